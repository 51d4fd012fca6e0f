// What every counselorctl command shares: the global options, and the
// database and plugin host, each opened on first use.
#pragma once

#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/records/assessment_service.hpp>
#include <counselor/core/records/homework_service.hpp>
#include <counselor/core/records/note_service.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/session_service.hpp>
#include <counselor/core/security/secret.hpp>
#include <counselor/core/store/database.hpp>
#include <counselor/core/workspace/actor.hpp>
#include <counselor/core/workspace/workspace.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace counselor::cli {

struct GlobalOptions {
    std::string db;                        // --db; empty: COUNSELOR_DB, then the default
    std::vector<std::string> plugin_dirs;  // --plugin-dir, repeatable
    std::string passphrase_file;           // --passphrase-file; empty: COUNSELOR_PASSPHRASE_FILE
    bool json = false;
    bool verbose = false;
    bool safe_mode = false;
};

using core::current_actor;

class CliContext {
  public:
    explicit CliContext(GlobalOptions& options) : options_(options) {}

    bool json() const { return options_.json; }

    // The database the options point at. A path named with --db or
    // COUNSELOR_DB must already exist (a typo must not start an empty
    // practice); the default one is created on first use.
    core::Database& database();
    // Creates the database wherever the options point; for `init`.
    core::Database& create_database();
    std::filesystem::path database_path() const;
    // `init --no-encryption`: a database created now is plain SQLite.
    void create_without_encryption() { encrypt_new_ = false; }
    // The passphrase from --passphrase-file or COUNSELOR_PASSPHRASE_FILE;
    // nullopt when neither names a file.
    std::optional<core::Secret> passphrase() const;
    // The file the passphrase came from, or "" (for messages).
    std::string passphrase_source() const;

    core::PluginHost& plugins();
    core::RecordService records();
    core::AssessmentService assessments() { return {database(), plugins(), current_actor()}; }
    core::SessionService sessions() { return {database(), current_actor()}; }
    core::NoteService notes() { return {database(), plugins(), current_actor()}; }
    core::HomeworkService homework() { return {database(), plugins(), current_actor()}; }

  private:
    bool database_named_explicitly() const;
    core::Database& open(bool create);

    GlobalOptions& options_;
    bool encrypt_new_ = true;
    std::unique_ptr<core::Workspace> workspace_;
};

}  // namespace counselor::cli
