// The program: opens the practice (asking for names on the first run),
// loads the plugins, shows the main window, and, for tests, reports when it
// is ready and captures a screenshot.
#pragma once

#include "app_context.hpp"
#include "batch_action.hpp"
#include "command_line.hpp"
#include "startup.hpp"

#include <wx/app.h>
#include <wx/timer.h>

#include <chrono>
#include <memory>
#include <optional>

namespace counselor::gui {

class MainFrame;
class NoteBatch;

class CounselorApp : public wxApp {
  public:
    // `exit_code` outlives the application object, which wx deletes on exit.
    CounselorApp(Options options, std::chrono::steady_clock::time_point started, int& exit_code);
    ~CounselorApp() override;

    bool OnInit() override;
    int OnExit() override;

  private:
    std::unique_ptr<Workspace> start();
    void tell_of_plugin_crashes();
    std::unique_ptr<Workspace> start_first_run();
    void set_up_config();
    void set_up_translations();
    void on_ready();
    void settle();
    void finish_batch();
    void fail_batch(const std::string& message);
    void quit();

    Options options_;
    std::chrono::steady_clock::time_point started_;
    std::unique_ptr<wxSingleInstanceChecker> database_claim_;  // held while the window runs
    std::unique_ptr<Workspace> workspace_;
    std::optional<AppContext> context_;
    MainFrame* frame_ = nullptr;
    wxWindow* captured_ = nullptr;  // what the screenshot shows
    std::unique_ptr<BatchAction> batch_action_;
    std::unique_ptr<NoteBatch> note_batch_;  // --write-note, --open-note: finishes by itself
    wxTimer settle_;                         // owns its events: Bind on the timer itself
    int& exit_code_;
};

}  // namespace counselor::gui
