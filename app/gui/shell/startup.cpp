#include "shell/startup.hpp"

#include "widgets/wx_text.hpp"

#include <counselor/core/platform/paths.hpp>
#include <counselor/core/workspace/actor.hpp>

#include <wx/intl.h>
#include <wx/msgdlg.h>

#include <iostream>

namespace counselor::gui {

namespace fs = std::filesystem;
using Reason = core::DatabaseError::Reason;

fs::path database_path(const WindowOptions& options) {
    return core::practice_database_path(options.db);
}

bool database_named(const WindowOptions& options) {
    return core::practice_database_named(options.db);
}

bool first_run(const WindowOptions& options) {
    return !database_named(options) && !fs::exists(core::default_database_path());
}

std::unique_ptr<Workspace> open_workspace(const WindowOptions& options, bool create,
                                          const std::optional<core::Secret>& passphrase) {
    core::PracticeOpenOptions open_options;
    open_options.create_if_missing = create;
    open_options.passphrase = passphrase;
    open_options.encrypt_new = passphrase.has_value();
    if (create) fs::create_directories(database_path(options).parent_path());
    auto workspace = Workspace::open(database_path(options), open_options);
    workspace->load_plugins({options.plugin_dirs, options.safe_mode}, core::current_actor());
    return workspace;
}

std::unique_ptr<WindowLock> claim_database(const fs::path& database) {
    const fs::path folder = database.parent_path().empty() ? fs::path(".") : database.parent_path();
    // First run: no folder, nothing to share yet; the claim is unheld.
    const fs::path file = fs::is_directory(folder)
                              ? folder / ("." + database.filename().string() + ".window-lock")
                              : fs::path();
    auto claim = std::make_unique<WindowLock>(file);
    if (claim->another_holds()) return nullptr;
    return claim;
}

namespace {

StartupProblem problem_for(Reason reason) {
    switch (reason) {
        case Reason::missing:
            return {_("The practice database does not exist"),
                    _("Check the file name you gave. To start a new practice, run Counselor "
                      "Workstation without --db and it will create one in your data folder."),
                    {}};
        case Reason::locked:
            return {_("The practice database is in use"),
                    _("Another program is writing to it, perhaps Counselor Workstation in "
                      "another window. Close that program and start again."),
                    {}};
        case Reason::read_only:
            return {_("The practice database cannot be written"),
                    _("You may read the file but not change it. Ask whoever manages this "
                      "computer for write permission on the file and its folder, or copy it "
                      "to a folder of your own."),
                    {}};
        case Reason::newer_schema:
            return {_("The practice database is from a newer version"),
                    _("It was last used by a newer Counselor Workstation. Install that version "
                      "to open it. This version has not changed the file."),
                    {}};
        case Reason::not_a_database:
            return {_("This file is not a practice database"),
                    _("It may be another kind of file, or an encrypted database whose key "
                      "file (.keyparams) is not beside it. Check that you chose the right "
                      "file. Nothing was changed."),
                    {}};
        case Reason::corrupt:
            return {_("The practice database is damaged"),
                    _("Do not keep working in it. Restore your latest backup, and keep the "
                      "damaged file for whoever helps you recover it."),
                    {}};
        case Reason::io:
            return {_("The disk reported an error"),
                    _("Check that the disk is connected and has free space, then start "
                      "again."),
                    {}};
        case Reason::passphrase_needed:
            return {_("The practice database is encrypted"),
                    _("Start Counselor Workstation without --passphrase-file to type the "
                      "passphrase, or name the file that holds it with --passphrase-file."),
                    {}};
        case Reason::wrong_passphrase:
            return {_("The passphrase is wrong"),
                    _("The practice was not opened and nothing was changed. Check the "
                      "passphrase (and its file) and start again."),
                    {}};
        case Reason::not_encrypted:
            return {_("The practice database is not encrypted, but should be"),
                    _("The key file beside it says it is encrypted, yet the file is a plain "
                      "database: it may have been replaced. Nothing was changed. If it is the "
                      "right file, move the key file (.keyparams) away and start again."),
                    {}};
        case Reason::cannot_open:
            break;
    }
    return {_("The practice database cannot be opened"),
            _("Check that the file and its folder exist and that you may use them."),
            {}};
}

}  // namespace

StartupProblem describe(const core::DatabaseError& error) {
    StartupProblem problem = problem_for(error.reason());
    problem.detail = ui(error.what());
    return problem;
}

StartupProblem describe(const core::UserError& error) {
    return {_("Counselor Workstation cannot start"),
            _("Correct the command line or the setting named below and start again."),
            ui(error.what())};
}

StartupProblem already_open(const fs::path& database) {
    return {_("This practice is already open in another window"),
            _("Switch to the Counselor Workstation window that has it open; it may be "
              "minimized or on another desktop, or belong to another user of this computer. "
              "Only one window opens a practice at a time, so two windows never keep "
              "different drafts of the same note."),
            ui(database.string())};
}

void report(const StartupProblem& problem, bool batch) {
    if (batch) {
        std::cerr << "counselor: " << utf8(problem.title) << ": " << utf8(problem.detail) << '\n'
                  << utf8(problem.advice) << '\n';
        return;
    }
    wxMessageDialog dialog(nullptr, problem.title, _("Counselor Workstation"),
                           wxOK | wxICON_ERROR | wxCENTRE);
    dialog.SetExtendedMessage(problem.advice + "\n\n" + problem.detail);
    dialog.ShowModal();
}

}  // namespace counselor::gui
