#include "counselor_app.hpp"

#include "batch_action.hpp"
#include "first_run_dialog.hpp"
#include "handout_printout.hpp"
#include "idle_lock.hpp"
#include "main_frame.hpp"
#include "new_session_dialog.hpp"
#include "note_batch.hpp"
#include "note_editor.hpp"
#include "passphrase_dialog.hpp"
#include "plugins_dialog.hpp"
#include "practice_settings_dialog.hpp"
#include "print_dialog_answer.hpp"
#include "screenshot.hpp"
#include "sessions_page.hpp"
#include "toolkit_start.hpp"
#include "ui_language.hpp"
#include "wx_text.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/demo/demo_practice.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/workspace/actor.hpp>
#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/recent_client.hpp>

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

#include <unistd.h>
#include <cstdlib>
#include <iostream>

namespace counselor::gui {

using core::current_actor;

namespace {

// How long to let the window paint before reading the screen back.
constexpr int kSettleMs = 400;

}  // namespace

CounselorApp::CounselorApp(Options options, std::chrono::steady_clock::time_point started,
                           AppExit& exit)
    : options_(std::move(options)),
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
    // Nobody would see wx's message boxes in batch mode, and they would block.
    if (options_.batch()) delete wxLog::SetActiveTarget(new wxLogStderr);
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
                                options_.batch(),
                                {}});

    frame_ = new MainFrame(*context_);
    if (options_.batch()) {
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
        idle_lock_->batch = options_.batch();
    }
    batch_action_ = make_batch_action(options_);
    if (options_.batch()) wxPersistenceManager::Get().DisableSaving();
    wxPersistentRegisterAndRestore(frame_, "main");
    if (options_.width > 0) frame_->SetSize(options_.width, options_.height);

    auto client = options_.select_client ? std::optional<std::int64_t>(*options_.select_client)
                                         : core::last_client(workspace_->db);
    // Not on the first run: a practice made a minute ago has nothing to lose yet.
    // Before the client is opened: the reminder takes room from the client
    // list, and the list scrolls the client into what room is left.
    if (!first_run_) frame_->remind_of_backup();
    if (client) frame_->open_client(*client);
    if (!options_.tab.empty()) frame_->select_tab(options_.tab);
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

// A plugin that took the last run down is already switched off; the
// counselor hears which one and how to switch it on again.
void CounselorApp::tell_of_plugin_crashes() {
    for (const auto& crash : workspace_->plugins->crashes_found()) {
        const wxString text = wxString::Format(
            _("The plugin \"%s\" has been switched off: %s.\n\nThe records made with it are "
              "kept. Once it is fixed, switch it on again in Plugins > Manage Plugins."),
            ui(crash.plugin_id), ui(core::what_happened(crash)));
        if (options_.batch()) {
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
        report(already_open(database), options_.batch());
        exit_code_ = 1;
        return nullptr;
    }
    try {
        if (first_run(options_)) return start_first_run();
        return open_existing();
    } catch (const core::DatabaseError& error) {
        core::log().error("database not opened (reason {})", static_cast<int>(error.reason()));
        report(describe(error), options_.batch());
    } catch (const core::UserError& error) {
        report(describe(error), options_.batch());
    } catch (const std::filesystem::filesystem_error& error) {
        report(
            describe(core::DatabaseError(core::DatabaseError::Reason::cannot_open, error.what())),
            options_.batch());
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
    if (!options_.passphrase_file.empty() || options_.batch()) {
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
    if (!options_.batch()) {
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
    if (!options_.batch()) {
        if (idle_lock_) idle_lock_->start();
        return;
    }
    std::cout << "ready in " << ms << " ms" << std::endl;
    std::cout << "status: " << utf8(frame_->counts_shown()) << std::endl;
    std::cout << "profile: " << utf8(frame_->profile_shown()) << std::endl;
    std::cout << "case: " << utf8(frame_->case_shown()) << std::endl;
    if (options_.discreet_banner) frame_->set_banner_discreet(true);
    // One line: the banner's own line breaks are read as " / ".
    wxString banner = frame_->banner_shown();
    banner.Replace("\n", " / ");
    std::cout << "banner: " << utf8(banner) << std::endl;
    std::cout << "timeline: " << utf8(frame_->timeline_shown()) << std::endl;
    std::cout << "client list: " << utf8(frame_->client_row_shown()) << std::endl;
    std::cout << "sessions: " << utf8(frame_->sessions_shown()) << std::endl;
    std::cout << "backup reminder " << (frame_->backup_reminder_shown() ? "shown" : "not shown")
              << std::endl;

    captured_ = frame_;
    if (!options_.backup_to.empty()) {
        batch_backup();
    } else if (!options_.restore_from.empty()) {
        // As after the questions of File > Restore...: the window closes, then restores.
        pending_restore_ = RestoreRequest{options_.restore_from, passphrase_from_file()};
        quit();
        return;
    } else if (options_.show == "plugins") {
        auto* dialog = frame_->show_plugins_dialog(false);
        captured_ = dialog;
        if (!dialog->warnings().empty()) std::cout << utf8(dialog->warnings()) << std::endl;
        if (!options_.examine.empty())
            std::cout << utf8(dialog->examine(options_.examine)) << std::endl;
    } else if (options_.show == "about") {
        frame_->show_about();
    } else if (options_.show == "practice-settings") {
        captured_ = frame_->show_practice_settings(false);
    } else if (options_.show == "handout") {
        if (auto* preview = frame_->preview_handout()) {
            captured_ = preview;
        } else {
            std::cerr << "counselor: no handout to preview for this client's case\n";
            exit_code_ = 1;
        }
    } else if (options_.show == "report") {
        wxString why;
        if (auto* preview = frame_->preview_couple_report(why)) {
            captured_ = preview;
        } else {
            std::cerr << "counselor: " << utf8(why) << '\n';
            exit_code_ = 1;
        }
    } else if (batch_action_) {
        try {
            captured_ = batch_action_->start(*frame_);
        } catch (const BatchError& error) {
            fail_batch(error.what());
            return;
        }
    } else if (options_.show == "new-session") {
        frame_->select_tab("sessions");
        if (auto* dialog = frame_->sessions_page()->make_session_dialog()) {
            dialog->Show();
            captured_ = dialog;
        } else {
            std::cerr << "counselor: no case is shown to plan a session for\n";
            exit_code_ = 1;
        }
    } else if (options_.note.wanted()) {
        // Waits for the autosave timer, so it finishes later, by itself.
        note_batch_ = std::make_unique<NoteBatch>(*frame_, options_, [this](int code) {
            if (code != 0) exit_code_ = code;
            if (code == 0 && lock_test()) {
                wait_for_lock();
                return;
            }
            settle();
        });
        note_batch_->start();
        return;
    }
    if (!options_.print_to.empty() && exit_code_ == 0) batch_print();
    if (lock_test() && exit_code_ == 0) {
        wait_for_lock();
        return;
    }
    settle();
}

// --print-to: the preview's Print button, and the print dialog answered.
void CounselorApp::batch_print() {
    auto* preview = dynamic_cast<PrintPreviewFrame*>(captured_);
    if (preview == nullptr) {
        std::cerr << "counselor: there is no preview to print from\n";
        exit_code_ = 1;
        return;
    }
    answer_next_print_dialog(options_.print_to);
    if (preview->print()) {
        std::cout << "printed to " << options_.print_to << std::endl;
        return;
    }
    std::cerr << "counselor: nothing was printed\n";
    exit_code_ = 1;
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

// --lock-after-seconds in a batch run of an encrypted practice: after the
// note is written, nobody touches the window until it locks; then the lock
// is captured and answered with the passphrase from --passphrase-file.
bool CounselorApp::lock_test() const {
    return idle_lock_ && options_.lock_after_seconds.has_value();
}

void CounselorApp::wait_for_lock() {
    idle_lock_->on_locked = [this](PassphraseDialog& dialog) {
        std::cout << "locked after " << idle_lock_->after().count() << " idle seconds; window "
                  << (frame_->IsShown() ? "shown" : "hidden") << std::endl;
        std::cout << "the lock offers: " << utf8(dialog.button_label(wxID_OK)) << ", "
                  << utf8(dialog.button_label(wxID_CANCEL)) << std::endl;
        captured_ = &dialog;
        lock_step_.Bind(wxEVT_TIMER, [this, &dialog](wxTimerEvent&) {
            if (!options_.screenshot.empty()) {
                captured_->Update();
                if (save_screenshot(captured_, ui(options_.screenshot)))
                    std::cout << "screenshot " << options_.screenshot << std::endl;
                options_.screenshot.clear();
            }
            try {
                const auto passphrase = passphrase_from_file();
                if (!passphrase) {
                    fail_batch("the idle lock test needs --passphrase-file FILE");
                    return;
                }
                if (!options_.wrong_passphrase_at_lock.empty()) {
                    const wxString refused = dialog.submit(
                        core::read_passphrase_file(options_.wrong_passphrase_at_lock));
                    std::cout << "the lock said: " << utf8(refused) << std::endl;
                    if (refused.empty()) {
                        fail_batch("the lock took the wrong passphrase");
                        return;
                    }
                }
                const wxString said = dialog.submit(*passphrase);
                if (!said.empty()) fail_batch("the lock refused the passphrase: " + utf8(said));
            } catch (const core::UserError& error) {
                fail_batch(error.what());
            }
        });
        lock_step_.StartOnce(kSettleMs);
    };
    idle_lock_->on_unlocked = [this] {
        captured_ = frame_;
        auto* editor = frame_->sessions_page()->editor();
        std::cout << "unlocked; window " << (frame_->IsShown() ? "shown" : "hidden") << std::endl;
        if (const auto note = editor->note_id()) {
            std::cout << "editor shows note " << *note << ": " << editor->on_screen().dump()
                      << std::endl;
        } else {
            std::cout << "editor shows no note" << std::endl;
        }
        settle();
    };
    std::cout << "waiting for the idle lock" << std::endl;
    idle_lock_->start();
}

// File > Restore...: once the counselor has chosen and confirmed, the draft
// is saved and the window closes; OnExit restores (the window's connection
// must be gone before its files are moved aside).
void CounselorApp::ask_restore_and_close() {
    auto request = ask_restore(frame_, database_path(options_));
    if (!request) return;
    if (auto* page = frame_->sessions_page(); page && page->editor()) page->editor()->flush();
    pending_restore_ = std::move(request);
    quit();
}

// --backup-to FILE: the menu's backup without its dialogs.
void CounselorApp::batch_backup() {
    try {
        std::optional<core::Secret> passphrase;
        if (encrypted_) passphrase = passphrase_from_file();
        const auto result = back_up_practice(frame_, database_path(options_), passphrase,
                                             options_.backup_to, current_actor());
        std::cout << "backup written to " << result.file.string() << " (" << result.bytes
                  << " bytes)" << std::endl;
        frame_->after_backup();
        std::cout << "backup reminder " << (frame_->backup_reminder_shown() ? "shown" : "not shown")
                  << std::endl;
    } catch (const std::exception& error) {
        std::cerr << "counselor: the backup was not written: " << error.what() << '\n';
        exit_code_ = 1;
    }
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
    if (options_.batch()) {
        (outcome.restored ? std::cout : std::cerr)
            << "counselor: " << utf8(outcome.message) << std::endl;
        return;
    }
    wxMessageBox(
        outcome.message + (outcome.restored
                               ? "\n\n" + _("The window opens again on the restored practice.")
                               : wxString()),
        outcome.restored ? _("Practice restored") : _("Nothing was restored"),
        wxOK | (outcome.restored ? wxICON_INFORMATION : wxICON_ERROR));
}

void CounselorApp::settle() {
    settle_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { finish_batch(); });
    settle_.StartOnce(options_.screenshot.empty() ? 1 : kSettleMs);
}

void CounselorApp::fail_batch(const std::string& message) {
    std::cerr << "counselor: " << message << '\n';
    exit_code_ = 1;
    quit();
}

void CounselorApp::quit() {
    for (auto* window : wxTopLevelWindows)
        window->Destroy();
    ExitMainLoop();
}

void CounselorApp::finish_batch() {
    if (!options_.screenshot.empty()) {
        captured_->Update();
        if (save_screenshot(captured_, ui(options_.screenshot))) {
            std::cout << "screenshot " << options_.screenshot << std::endl;
        } else {
            std::cerr << "counselor: could not save the screenshot to " << options_.screenshot
                      << '\n';
            exit_code_ = 1;
        }
    }
    if (batch_action_ && !batch_action_->finish(*frame_)) exit_code_ = 1;
    quit();
}

int CounselorApp::OnExit() {
    if (pending_restore_) finish_restore();
    core::log().info("window closed");
    delete wxConfig::Set(nullptr);
    // wx flushes its log once more after the application object is gone;
    // a GUI log target created on demand then would need that object.
    wxLog::DontCreateOnDemand();
    return wxApp::OnExit();
}

}  // namespace counselor::gui
