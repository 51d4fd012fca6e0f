// The program: opens the practice (asking for names on the first run),
// loads the plugins, shows the main window, and, for tests, reports when it
// is ready and captures a screenshot.
#pragma once

#include "app_context.hpp"
#include "backup_dialog.hpp"
#include "batch_action.hpp"
#include "command_line.hpp"
#include "startup.hpp"

#include <wx/app.h>
#include <wx/timer.h>

#include <chrono>
#include <memory>
#include <optional>

namespace counselor::gui {

class IdleLock;
class MainFrame;
class NoteBatch;

// How the run ended; it outlives the application object, which wx deletes on exit.
struct AppExit {
    int code = 0;
    // Start again with the same command line: a restore replaced the practice
    // this run had open, and the counselor expects the window back on it.
    bool reopen = false;
};

class CounselorApp : public wxApp {
  public:
    CounselorApp(Options options, std::chrono::steady_clock::time_point started, AppExit& exit);
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
    std::optional<core::Secret> passphrase_from_file() const;
    void audit_unlock(const char* outcome, int failed_attempts);
    void set_up_config();
    void set_up_translations();
    void on_ready();
    void settle();
    void finish_batch();
    void fail_batch(const std::string& message);
    void quit();
    void wait_for_lock();
    bool lock_test() const;
    void ask_restore_and_close();
    void batch_backup();
    void batch_print();
    void finish_restore();

    Options options_;
    std::chrono::steady_clock::time_point started_;
    std::unique_ptr<WindowLock> database_claim_;  // held while the window runs
    std::unique_ptr<Workspace> workspace_;
    std::optional<AppContext> context_;
    MainFrame* frame_ = nullptr;
    wxWindow* captured_ = nullptr;  // what the screenshot shows
    std::unique_ptr<BatchAction> batch_action_;
    std::unique_ptr<NoteBatch> note_batch_;  // --write-note, --open-note: finishes by itself
    wxTimer settle_;                         // owns its events: Bind on the timer itself
    std::unique_ptr<IdleLock> idle_lock_;    // an encrypted practice only
    wxTimer lock_step_;                      // batch: the screenshot of the lock, then unlock
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
