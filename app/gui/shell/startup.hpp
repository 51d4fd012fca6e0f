// Opening the practice database and loading the plugins, and telling the
// counselor, in words they can act on, why the database could not be opened.
#pragma once

#include "shell/window_lock.hpp"
#include "shell/window_options.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/security/secret.hpp>
#include <counselor/core/workspace/workspace.hpp>

#include <wx/string.h>

#include <filesystem>
#include <memory>
#include <optional>

namespace counselor::gui {

using core::Workspace;

// --db, then COUNSELOR_DB, then the default file in the user's data folder.
std::filesystem::path database_path(const WindowOptions& options);
// A database named on purpose must exist: a typo must not start an empty practice.
bool database_named(const WindowOptions& options);
// The first run: the default database does not exist yet.
bool first_run(const WindowOptions& options);

// Opens the practice as counselorctl does (core::Workspace: the database,
// created only on the first run and encrypted when a passphrase is given;
// the plugins loaded and their changes audited). Throws core::DatabaseError
// or core::UserError.
std::unique_ptr<Workspace> open_workspace(const WindowOptions& options, bool create,
                                          const std::optional<core::Secret>& passphrase = {});

// One window per practice database: a second window on it would hold its
// own drafts of the same notes. The claim is a lock file beside the
// database, so it holds across users of a shared computer too. Nothing when
// another running window holds it; an unheld claim when the folder cannot
// take a lock file (the database then reports what is wrong with it).
std::unique_ptr<WindowLock> claim_database(const std::filesystem::path& database);

struct StartupProblem {
    wxString title;   // what is wrong, in a few words
    wxString advice;  // what to do about it
    wxString detail;  // the core's own line, naming the file
};

StartupProblem describe(const core::DatabaseError& error);
StartupProblem describe(const core::UserError& error);
StartupProblem already_open(const std::filesystem::path& database);

// A dialog when someone is there to read it; stderr in batch mode.
void report(const StartupProblem& problem, bool batch);

}  // namespace counselor::gui
