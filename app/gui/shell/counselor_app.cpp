#include "shell/counselor_app.hpp"

#include "dialogs/first_run_dialog.hpp"
#include "dialogs/passphrase_dialog.hpp"
#include "record/note_editor.hpp"
#include "record/sessions_page.hpp"
#include "shell/idle_lock.hpp"
#include "shell/main_frame.hpp"
#include "shell/toolkit_start.hpp"
#include "shell/ui_language.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/demo/demo_practice.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/recent_client.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/workspace/actor.hpp>

#include <spdlog/spdlog.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <iostream>

namespace counselor::gui {

using core::current_actor;

CounselorApp::CounselorApp(WindowOptions options, std::unique_ptr<Automation> automation,
                           std::chrono::steady_clock::time_point started, AppExit& exit)
    : options_(std::move(options)),
      automation_(std::move(automation)),
      started_(started),
      exit_code_(exit.code),
      reopen_(exit.reopen) {}

CounselorApp::~CounselorApp() = default;

void CounselorApp::set_up_config() {
    SetAppName("counselor");
    SetAppDisplayName(_("Counselor Workstation"));
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    // ~/.config/counselor/counselor.conf: window size, position and layout.
    // Named in full: wx's own choice of folder ignores the XDG layout, and
    // it writes the file but does not make its folder.
    const auto folder = core::config_dir();
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
    wxConfig::Set(new wxFileConfig("counselor", {}, ui((folder / "counselor.conf").string()), {},
                                   wxCONFIG_USE_LOCAL_FILE));
}

// Translations follow the user's language: wx's own strings and ours, from
// share/locale beside the program's folder (build tree and install alike).
void CounselorApp::set_up_translations() {
    wxUILocale::UseDefault();
    if (english_needs_no_catalog()) return;
    const wxFileName program(wxStandardPaths::Get().GetExecutablePath());
    wxFileName locale_dir(program.GetPath(), {});
    locale_dir.RemoveLastDir();
    locale_dir.AppendDir("share");
    locale_dir.AppendDir("locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(locale_dir.GetPath());
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    translations->AddStdCatalog();
    translations->AddCatalog("counselor");
}

bool CounselorApp::Initialize(int& arg_count, wxChar** arg_values) {
    return start_toolkit([&] { return wxApp::Initialize(arg_count, arg_values); });
}

bool CounselorApp::OnInit() {
    set_up_translations();
    // Nobody would see wx's message boxes in an unattended run, and they would block.
    if (unattended()) delete wxLog::SetActiveTarget(new wxLogStderr);
    set_up_config();
    core::init_logging(core::log_dir(), false);
    core::log().info("window starting{}", options_.safe_mode ? " in safe mode" : "");

    workspace_ = start();
    if (!workspace_) return false;
    if (unlocked_at_start_) audit_unlock("ok", failed_unlocks_);
    context_.emplace(AppContext{workspace_->db,
                                *workspace_->plugins,
                                current_actor(),
                                options_.safe_mode,
                                unattended(),
                                {}});

    frame_ = new MainFrame(*context_);
    if (unattended()) {
        // What the status bar says is also what a test reads on stderr.
        context_->report = [this](const std::string& text) {
            frame_->say(ui(text));
            std::cerr << "counselor: " << text << '\n';
        };
    }
    if (encrypted_) {
        const auto after = options_.lock_after_seconds
                               ? std::chrono::seconds(*options_.lock_after_seconds)
                               : IdleLock::configured();
        idle_lock_ = std::make_unique<IdleLock>(*frame_, *context_, database_path(options_), after);
        idle_lock_->batch = unattended();
    }
    if (unattended()) wxPersistenceManager::Get().DisableSaving();
    wxPersistentRegisterAndRestore(frame_, "main");
    shape_frame();
    frame_->on_restore = [this] { ask_restore_and_close(); };
    frame_->Show();
    tell_of_plugin_crashes();

    // The first idle after showing: the window is on screen and laid out.
    Bind(wxEVT_IDLE, [this](wxIdleEvent& event) {
        event.Skip();
        static bool once = false;
        if (once) return;
        once = true;
        on_ready();
    });
    return true;
}

// The window as the automation shapes it (size, client, tab), or as it was
// left: on the client opened last.
void CounselorApp::shape_frame() {
    const StartShape shape = automation_ ? automation_->start_shape() : StartShape{};
    if (shape.width > 0) frame_->SetSize(shape.width, shape.height);
    auto client = shape.client ? shape.client : core::last_client(workspace_->db);
    // Not on the first run: a practice made a minute ago has nothing to lose yet.
    // Before the client is opened: the reminder takes room from the client
    // list, and the list scrolls the client into what room is left.
    if (!first_run_) frame_->remind_of_backup();
    if (client) frame_->open_client(*client);
    if (!shape.tab.empty()) frame_->select_tab(shape.tab);
}

// A plugin that took the last run down is already switched off; the
// counselor hears which one and how to switch it on again.
void CounselorApp::tell_of_plugin_crashes() {
    for (const auto& crash : workspace_->plugins->crashes_found()) {
        const wxString text = wxString::Format(
            _("The plugin \"%s\" has been switched off: %s.\n\nThe records made with it are "
              "kept. Once it is fixed, switch it on again in Plugins > Manage Plugins."),
            ui(crash.plugin_id), ui(core::what_happened(crash)));
        if (unattended()) {
            std::cerr << "counselor: " << utf8(text) << '\n';
        } else {
            CallAfter([this, text] {
                wxMessageBox(text, _("A plugin was switched off"), wxOK | wxICON_WARNING, frame_);
            });
        }
    }
}

std::unique_ptr<Workspace> CounselorApp::start() {
    const auto database = database_path(options_);
    database_claim_ = claim_database(database);
    if (!database_claim_) {
        core::log().warn("database already open in another window");
        report(already_open(database), unattended());
        exit_code_ = 1;
        return nullptr;
    }
    try {
        if (first_run(options_)) return start_first_run();
        return open_existing();
    } catch (const core::DatabaseError& error) {
        core::log().error("database not opened (reason {})", static_cast<int>(error.reason()));
        report(describe(error), unattended());
    } catch (const core::UserError& error) {
        report(describe(error), unattended());
    } catch (const std::filesystem::filesystem_error& error) {
        report(
            describe(core::DatabaseError(core::DatabaseError::Reason::cannot_open, error.what())),
            unattended());
    }
    exit_code_ = 1;
    return nullptr;
}

std::optional<core::Secret> CounselorApp::passphrase_from_file() const {
    if (options_.passphrase_file.empty()) return std::nullopt;
    return core::read_passphrase_file(options_.passphrase_file);
}

// An unlock in the audit log: ids and counts only, never what was typed.
void CounselorApp::audit_unlock(const char* outcome, int failed_attempts) {
    core::Database& db = workspace_->db;
    try {
        core::Transaction transaction(db);
        auto entry = core::audit_entry(
            current_actor(), "database.unlock", "database", std::nullopt,
            failed_attempts > 0 ? "failed_attempts=" + std::to_string(failed_attempts) : "");
        entry.outcome = outcome;
        core::AuditLog(db).append(entry);
        transaction.commit();
    } catch (const core::UserError&) {
        core::log().warn("unlock ({}) could not be written to the audit log", outcome);
    }
}

// An encrypted practice opens with the passphrase from --passphrase-file,
// or, when someone is there, with the one typed into the passphrase dialog.
std::unique_ptr<Workspace> CounselorApp::open_existing() {
    encrypted_ = core::is_encrypted(database_path(options_));
    if (!encrypted_) return open_workspace(options_, false);
    unlocked_at_start_ = true;
    if (!options_.passphrase_file.empty() || unattended()) {
        return open_workspace(options_, false, passphrase_from_file());
    }
    return ask_passphrase_and_open();
}

// Asks until the passphrase is right or the counselor cancels (nothing is
// then opened or changed). Errors other than a wrong passphrase end the
// dialog and are reported as at any start.
std::unique_ptr<Workspace> CounselorApp::ask_passphrase_and_open() {
    std::unique_ptr<Workspace> opened;
    std::exception_ptr failure;
    int wrong = 0;
    PassphraseDialog dialog(
        nullptr, _("Counselor Workstation"),
        wxString::Format(_("The practice in\n%s\nis encrypted. Type its passphrase to open it."),
                         ui(database_path(options_).string())),
        [&](const core::Secret& passphrase) -> wxString {
            try {
                opened = open_workspace(options_, false, passphrase);
                return {};
            } catch (const core::DatabaseError& error) {
                if (error.reason() != core::DatabaseError::Reason::wrong_passphrase) {
                    failure = std::current_exception();
                    return {};
                }
                ++wrong;
                wxString said = _("The passphrase is wrong. Try again.");
                const std::string detail = error.what();
                if (detail.rfind("the passphrase is wrong", 0) != 0) said += "\n" + ui(detail);
                return said;
            } catch (...) {
                failure = std::current_exception();
                return {};
            }
        });
    const int answer = dialog.ShowModal();
    if (failure) std::rethrow_exception(failure);
    if (answer != wxID_OK || !opened) {
        core::log().info("start cancelled at the passphrase dialog");
        exit_code_ = 0;
        return nullptr;
    }
    failed_unlocks_ = wrong;
    return opened;
}

// The first run asks for the names that head every printout and offers a
// demo practice; cancelling leaves nothing behind.
std::unique_ptr<Workspace> CounselorApp::start_first_run() {
    core::PracticeSettings settings;
    settings.crisis = core::default_crisis_numbers();
    bool demo = options_.demo;
    // Batch: encrypted only with --passphrase-file; nobody is there to choose one.
    std::optional<core::Secret> passphrase = passphrase_from_file();
    if (demo) {
        settings.practice_name = utf8(_("Riverside Pastoral Counseling (demo)"));
        settings.counselor_name = utf8(_("Demo Counselor"));
    }
    if (!unattended()) {
        FirstRunDialog dialog(ui(core::default_database_path().string()), settings);
        if (dialog.ShowModal() != wxID_OK) return nullptr;
        settings = dialog.practice_settings();
        demo = demo || dialog.wants_demo();
        if (!passphrase) passphrase = dialog.passphrase();
    }
    encrypted_ = passphrase.has_value();
    first_run_ = true;
    auto workspace = open_workspace(options_, true, passphrase);
    {
        core::Transaction transaction(workspace->db);
        core::write_practice_settings(workspace->db, settings);
        transaction.commit();
    }
    if (demo) {
        auto practice_made =
            core::create_demo_practice(workspace->db, *workspace->plugins, current_actor());
        // Opens on a record rather than an empty page, as later runs do.
        if (!practice_made.clients.empty())
            core::remember_last_client(workspace->db, practice_made.clients.front());
    }
    core::log().info("first run: database created{}{}", encrypted_ ? " encrypted" : "",
                     demo ? " with the demo practice" : "");
    return workspace;
}

void CounselorApp::on_ready() {
    using namespace std::chrono;
    const auto ms = duration_cast<milliseconds>(steady_clock::now() - started_).count();
    core::log().info("ready in {} ms", ms);
    if (automation_) {
        automation_->ready(*this, ms);
    } else if (idle_lock_) {
        idle_lock_->start();
    }
}

int CounselorApp::FilterEvent(wxEvent& event) {
    if (idle_lock_) {
        const auto type = event.GetEventType();
        if (type == wxEVT_KEY_DOWN || type == wxEVT_LEFT_DOWN || type == wxEVT_RIGHT_DOWN ||
            type == wxEVT_MOTION || type == wxEVT_MOUSEWHEEL) {
            idle_lock_->activity();
        }
    }
    return Event_Skip;
}

// File > Restore...: once the counselor has chosen and confirmed, the draft
// is saved and the window closes; OnExit restores (the window's connection
// must be gone before its files are moved aside).
void CounselorApp::ask_restore_and_close() {
    auto request = ask_restore(frame_, database_path(options_));
    if (!request) return;
    if (auto* page = frame_->sessions_page(); page && page->editor()) page->editor()->flush();
    restore_after_close(std::move(*request));
}

void CounselorApp::restore_after_close(RestoreRequest request) {
    pending_restore_ = std::move(request);
    close_all();
}

void CounselorApp::finish_restore() {
    // Everything that holds the practice open goes first: windows, lock, plugins, connection.
    DeletePendingObjects();
    idle_lock_.reset();
    context_.reset();
    workspace_.reset();
    const auto outcome =
        restore_practice(nullptr, database_path(options_), *pending_restore_, current_actor());
    pending_restore_.reset();
    if (!outcome.restored) exit_code_ = 1;
    reopen_ = outcome.restored;
    if (automation_ && automation_->exiting(outcome)) return;
    wxMessageBox(
        outcome.message + (outcome.restored
                               ? "\n\n" + _("The window opens again on the restored practice.")
                               : wxString()),
        outcome.restored ? _("Practice restored") : _("Nothing was restored"),
        wxOK | (outcome.restored ? wxICON_INFORMATION : wxICON_ERROR));
}

void CounselorApp::quit(int exit_code) {
    if (exit_code != 0) exit_code_ = exit_code;
    close_all();
}

void CounselorApp::close_all() {
    for (auto* window : wxTopLevelWindows)
        window->Destroy();
    ExitMainLoop();
}

int CounselorApp::OnExit() {
    if (pending_restore_) {
        finish_restore();
    } else if (automation_) {
        automation_->exiting(std::nullopt);
    }
    core::log().info("window closed");
    delete wxConfig::Set(nullptr);
    // wx flushes its log once more after the application object is gone;
    // a GUI log target created on demand then would need that object.
    wxLog::DontCreateOnDemand();
    return wxApp::OnExit();
}

}  // namespace counselor::gui
