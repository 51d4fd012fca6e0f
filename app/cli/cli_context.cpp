#include "cli_context.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/security/encrypted_database.hpp>

#include <cstdlib>
#include <iostream>

namespace counselor::cli {

namespace fs = std::filesystem;

bool CliContext::database_named_explicitly() const {
    return core::practice_database_named(options_.db);
}

fs::path CliContext::database_path() const {
    return core::practice_database_path(options_.db);
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
    if (workspace_) return workspace_->db;
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
        workspace_ = core::Workspace::open(path, options);
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
    return workspace_->db;
}

core::PluginHost& CliContext::plugins() {
    database();
    if (workspace_->plugins) return *workspace_->plugins;
    auto& plugins =
        workspace_->load_plugins({options_.plugin_dirs, options_.safe_mode}, current_actor());
    for (const auto& crash : plugins.crashes_found()) {
        std::cerr << "counselorctl: plugin " << crash.plugin_id
                  << " is switched off: " << core::what_happened(crash)
                  << "; `counselorctl plugins enable " << crash.plugin_id
                  << "` switches it on again\n";
    }
    return plugins;
}

core::RecordService CliContext::records() {
    return core::RecordService(database(), current_actor());
}

}  // namespace counselor::cli
