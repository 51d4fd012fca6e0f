#include "cli_context.hpp"

#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/plugins/plugin_audit.hpp>
#include <counselor/core/plugins/plugin_search.hpp>

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <pwd.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>

namespace counselor::cli {

namespace fs = std::filesystem;

bool CliContext::database_named_explicitly() const {
    return !options_.db.empty() || core::database_from_environment().has_value();
}

fs::path CliContext::database_path() const {
    if (!options_.db.empty()) return options_.db;
    if (auto from_environment = core::database_from_environment()) return *from_environment;
    return core::default_database_path();
}

core::Database& CliContext::database() {
    return open(!database_named_explicitly());
}
core::Database& CliContext::create_database() {
    return open(true);
}

std::string CliContext::passphrase_source() const {
    if (!options_.passphrase_file.empty()) return options_.passphrase_file;
    const char* from_environment = std::getenv("COUNSELOR_PASSPHRASE_FILE");
    return from_environment != nullptr ? from_environment : "";
}

std::optional<core::Secret> CliContext::passphrase() const {
    const std::string file = passphrase_source();
    if (file.empty()) return std::nullopt;
    return core::read_passphrase_file(file);
}

core::Database& CliContext::open(bool create) {
    if (database_) return *database_;
    using Reason = core::DatabaseError::Reason;
    const fs::path path = database_path();
    core::PracticeOpenOptions options;
    options.create_if_missing = create;
    options.encrypt_new = encrypt_new_;
    // Read only when it is needed, so a COUNSELOR_PASSPHRASE_FILE set for
    // another practice does not stand in the way of a plain one.
    std::error_code ignored;
    const bool creating = create && !fs::exists(path, ignored);
    if (core::is_encrypted(path) || (creating && encrypt_new_)) options.passphrase = passphrase();
    try {
        database_.emplace(core::open_practice_database(path, options));
    } catch (const core::DatabaseError& error) {
        if (error.reason() != Reason::passphrase_needed) throw;
        if (creating) {
            throw core::DatabaseError(
                Reason::passphrase_needed,
                "a new database is encrypted: give its passphrase with --passphrase-file FILE "
                "or COUNSELOR_PASSPHRASE_FILE, or create it unencrypted with "
                "`counselorctl init --no-encryption`");
        }
        throw core::DatabaseError(Reason::passphrase_needed,
                                  path.string() +
                                      " is encrypted: give its passphrase with "
                                      "--passphrase-file FILE or COUNSELOR_PASSPHRASE_FILE");
    }
    core::log().info("database open{}, schema version {}", options.passphrase ? " (encrypted)" : "",
                     database_->schema_version());
    return *database_;
}

core::PluginHost& CliContext::plugins() {
    if (plugins_) return *plugins_;
    auto& db = database();
    auto search = core::standard_plugin_search(db, options_.plugin_dirs, options_.safe_mode);
    environment_ = std::make_unique<core::StoreHostEnvironment>(db);
    plugins_ = std::make_unique<core::PluginHost>(environment_.get());
    plugins_->load(search);
    core::audit_plugin_changes(db, plugins_->plugins(), options_.safe_mode, current_actor());
    for (const auto& crash : plugins_->crashes_found()) {
        std::cerr << "counselorctl: plugin " << crash.plugin_id
                  << " is switched off: " << core::what_happened(crash)
                  << "; `counselorctl plugins enable " << crash.plugin_id
                  << "` switches it on again\n";
    }
    return *plugins_;
}

core::RecordService CliContext::records() {
    return core::RecordService(database(), current_actor());
}

std::string current_actor() {
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return entry->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "uid:" + std::to_string(::geteuid());
}

}  // namespace counselor::cli
