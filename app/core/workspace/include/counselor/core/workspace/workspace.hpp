// Opening a practice, the one way both programs do it: the database a
// program is pointed at, opened (created where that is allowed, encrypted
// when a passphrase is given), then its plugins found and loaded and their
// changes since the last start audited. A plugin that took an earlier run
// down is already switched off by then; its crash is kept in
// plugins->crashes_found() for the program to tell in its own way (a
// dialog, a line on stderr).
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/records/store_host_environment.hpp"
#include "counselor/core/security/encrypted_database.hpp"
#include "counselor/core/store/database.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace counselor::core {

// The database a program is pointed at: `named` (--db) when given, else
// COUNSELOR_DB, else the default file in the user's data folder.
std::filesystem::path practice_database_path(const std::filesystem::path& named);

// Whether the database was named on purpose (--db or COUNSELOR_DB). Such a
// practice must exist already: a typo must not start an empty one.
bool practice_database_named(const std::filesystem::path& named);

struct PluginOptions {
    std::vector<std::string> extra_dirs;  // --plugin-dir, in the order given
    bool safe_mode = false;               // bundled plugins only
};

struct Workspace {
    explicit Workspace(Database database) : db(std::move(database)) {}

    // open_practice_database() at `path`, logged with its schema version
    // (never its name). Throws DatabaseError or UserError.
    static std::unique_ptr<Workspace> open(const std::filesystem::path& path,
                                           const PracticeOpenOptions& options);

    // Finds and loads the plugins (once; later calls return the same host)
    // and audits what changed since the last start, as `actor`.
    PluginHost& load_plugins(const PluginOptions& options, const std::string& actor);

    Database db;
    std::unique_ptr<StoreHostEnvironment> environment;
    std::unique_ptr<PluginHost> plugins;  // null until load_plugins()
};

}  // namespace counselor::core
