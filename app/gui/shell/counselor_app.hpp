// The program: opens the practice (asking for names on the first run),
// loads the plugins, shows the main window, and locks it when idle. A test
// run's automation acts at the hooks of shell/automation_hooks.hpp.
#pragma once

#include "dialogs/backup_dialog.hpp"
#include "shell/app_context.hpp"
#include "shell/automation_hooks.hpp"
#include "shell/startup.hpp"
#include "shell/window_options.hpp"

#include <wx/app.h>

#include <chrono>
#include <memory>
#include <optional>

namespace counselor::gui {

class IdleLock;
class MainFrame;

// How the run ended; it outlives the application object, which wx deletes on exit.
struct AppExit {
    int code = 0;
    // Start again with the same command line: a restore replaced the practice
    // this run had open, and the counselor expects the window back on it.
    bool reopen = false;
};

class CounselorApp : public wxApp, private AutomationHost {
  public:
    // `automation` is nullptr when a person runs the window.
    CounselorApp(WindowOptions options, std::unique_ptr<Automation> automation,
                 std::chrono::steady_clock::time_point started, AppExit& exit);
    ~CounselorApp() override;

    // Starts GTK (start_toolkit).
    bool Initialize(int& arg_count, wxChar** arg_values) override;
    bool OnInit() override;
    int OnExit() override;
    // Notes key presses and mouse use, which keep the idle lock away.
    int FilterEvent(wxEvent& event) override;

  private:
    std::unique_ptr<Workspace> start();
    void tell_of_plugin_crashes();
    std::unique_ptr<Workspace> start_first_run();
    std::unique_ptr<Workspace> open_existing();
    std::unique_ptr<Workspace> ask_passphrase_and_open();
    void audit_unlock(const char* outcome, int failed_attempts);
    void set_up_config();
    void set_up_translations();
    bool unattended() const { return automation_ && automation_->unattended(); }
    void shape_frame();
    void on_ready();
    void ask_restore_and_close();
    void finish_restore();
    void close_all();

    // AutomationHost
    MainFrame& frame() override { return *frame_; }
    IdleLock* idle_lock() override { return idle_lock_.get(); }
    bool encrypted() const override { return encrypted_; }
    std::filesystem::path database() const override { return database_path(options_); }
    std::optional<core::Secret> passphrase_from_file() const override;
    void quit(int exit_code) override;
    void restore_after_close(RestoreRequest request) override;

    WindowOptions options_;
    std::unique_ptr<Automation> automation_;
    std::chrono::steady_clock::time_point started_;
    std::unique_ptr<WindowLock> database_claim_;  // held while the window runs
    std::unique_ptr<Workspace> workspace_;
    std::optional<AppContext> context_;
    MainFrame* frame_ = nullptr;
    std::unique_ptr<IdleLock> idle_lock_;  // an encrypted practice only
    int& exit_code_;
    bool& reopen_;
    bool encrypted_ = false;  // the practice is under a passphrase
    bool unlocked_at_start_ = false;
    bool first_run_ = false;  // the practice was created by this start
    int failed_unlocks_ = 0;  // wrong passphrases typed before the right one
    // A confirmed restore: done in OnExit, once the window has let go of the practice.
    std::optional<RestoreRequest> pending_restore_;
};

}  // namespace counselor::gui
