#include "cli_context.hpp"

#include <counselor/core/errors.hpp>
#include <counselor/core/logging.hpp>
#include <counselor/core/paths.hpp>
#include <counselor/core/plugin_search.hpp>

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

core::Database& CliContext::open(bool create) {
    if (!database_) {
        core::DatabaseOptions options;
        options.create_if_missing = create;
        database_.emplace(core::Database::open(database_path(), options));
        core::log().info("database open, schema version {}", database_->schema_version());
    }
    return *database_;
}

core::PluginHost& CliContext::plugins() {
    if (plugins_) return *plugins_;
    auto& db = database();
    auto search = core::standard_plugin_search(db, options_.plugin_dirs, options_.safe_mode);
    environment_ = std::make_unique<core::StoreHostEnvironment>(db);
    plugins_ = std::make_unique<core::PluginHost>(environment_.get());
    plugins_->load(search);
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
