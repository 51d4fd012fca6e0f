#include "counselor_app.hpp"

#include "batch_action.hpp"
#include "first_run_dialog.hpp"
#include "main_frame.hpp"
#include "new_session_dialog.hpp"
#include "note_batch.hpp"
#include "plugins_dialog.hpp"
#include "screenshot.hpp"
#include "sessions_page.hpp"
#include "wx_text.hpp"

#include <counselor/core/demo_practice.hpp>
#include <counselor/core/logging.hpp>
#include <counselor/core/paths.hpp>
#include <counselor/core/recent_client.hpp>
#include <counselor/core/settings_repository.hpp>

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

#include <pwd.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>

namespace counselor::gui {

namespace {

// Who the audit log records as acting: the operating-system user, as in counselorctl.
std::string current_actor() {
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return entry->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "uid:" + std::to_string(::geteuid());
}

// How long to let the window paint before reading the screen back.
constexpr int kSettleMs = 400;

}  // namespace

CounselorApp::CounselorApp(Options options, std::chrono::steady_clock::time_point started,
                           int& exit_code)
    : options_(std::move(options)), started_(started), exit_code_(exit_code) {}

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

bool CounselorApp::OnInit() {
    set_up_translations();
    // Nobody would see wx's message boxes in batch mode, and they would block.
    if (options_.batch()) delete wxLog::SetActiveTarget(new wxLogStderr);
    set_up_config();
    core::init_logging(core::log_dir(), false);
    core::log().info("window starting{}", options_.safe_mode ? " in safe mode" : "");

    workspace_ = start();
    if (!workspace_) return false;
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
    batch_action_ = make_batch_action(options_);
    if (options_.batch()) wxPersistenceManager::Get().DisableSaving();
    wxPersistentRegisterAndRestore(frame_, "main");
    if (options_.width > 0) frame_->SetSize(options_.width, options_.height);

    auto client = options_.select_client ? std::optional<std::int64_t>(*options_.select_client)
                                         : core::last_client(workspace_->db);
    if (client) frame_->open_client(*client);
    if (!options_.tab.empty()) frame_->select_tab(options_.tab);
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
        return open_workspace(options_, false);
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

// The first run asks for the names that head every printout and offers a
// demo practice; cancelling leaves nothing behind.
std::unique_ptr<Workspace> CounselorApp::start_first_run() {
    wxString practice, counselor;
    bool demo = options_.demo;
    if (demo) {
        practice = _("Riverside Pastoral Counseling (demo)");
        counselor = _("Demo Counselor");
    }
    if (!options_.batch()) {
        FirstRunDialog dialog(ui(core::default_database_path().string()));
        if (dialog.ShowModal() != wxID_OK) return nullptr;
        practice = dialog.practice_name();
        counselor = dialog.counselor_name();
        demo = demo || dialog.wants_demo();
    }
    auto workspace = open_workspace(options_, true);
    {
        core::Transaction transaction(workspace->db);
        core::SettingsRepository settings(workspace->db);
        if (!practice.empty()) settings.set("practice.name", utf8(practice));
        if (!counselor.empty()) settings.set("counselor.name", utf8(counselor));
        transaction.commit();
    }
    if (demo) {
        auto practice_made =
            core::create_demo_practice(workspace->db, *workspace->plugins, current_actor());
        // Opens on a record rather than an empty page, as later runs do.
        if (!practice_made.clients.empty())
            core::remember_last_client(workspace->db, practice_made.clients.front());
    }
    core::log().info("first run: database created{}", demo ? " with the demo practice" : "");
    return workspace;
}

void CounselorApp::on_ready() {
    using namespace std::chrono;
    const auto ms = duration_cast<milliseconds>(steady_clock::now() - started_).count();
    core::log().info("ready in {} ms", ms);
    if (!options_.batch()) return;
    std::cout << "ready in " << ms << " ms" << std::endl;

    captured_ = frame_;
    if (options_.show == "plugins") {
        auto* dialog = frame_->show_plugins_dialog(false);
        captured_ = dialog;
        if (!dialog->warnings().empty()) std::cout << utf8(dialog->warnings()) << std::endl;
        if (!options_.examine.empty())
            std::cout << utf8(dialog->examine(options_.examine)) << std::endl;
    } else if (options_.show == "about") {
        frame_->show_about();
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
            settle();
        });
        note_batch_->start();
        return;
    }
    settle();
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
    core::log().info("window closed");
    delete wxConfig::Set(nullptr);
    // wx flushes its log once more after the application object is gone;
    // a GUI log target created on demand then would need that object.
    wxLog::DontCreateOnDemand();
    return wxApp::OnExit();
}

}  // namespace counselor::gui
