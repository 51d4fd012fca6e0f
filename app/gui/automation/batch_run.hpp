// A run driven by the automation switches, at the window's hooks
// (shell/automation_hooks.hpp). Once the window is ready it prints what the
// record shows, does the one thing asked (open a dialog and fill it in,
// write a note, back up, restore, print), waits for the idle lock if asked,
// captures the screenshot and ends the run with the outcome: what was stored
// on stdout, a refusal on stderr and a non-zero exit code.
#pragma once

#include "automation/automation_options.hpp"
#include "automation/batch_action.hpp"
#include "shell/automation_hooks.hpp"
#include "shell/window_options.hpp"

#include <wx/timer.h>

#include <memory>
#include <string>

class wxWindow;

namespace counselor::gui {

class NoteBatch;
class PassphraseDialog;

class BatchRun : public Automation {
  public:
    // `window`: the window's own switches (the passphrase file, the lock time).
    BatchRun(AutomationOptions options, WindowOptions window);
    ~BatchRun() override;

    bool unattended() const override { return options_.unattended(); }
    StartShape start_shape() const override;
    void ready(AutomationHost& host, long long ms) override;
    bool exiting(const std::optional<RestoreOutcome>& restore) override;

  private:
    void report_record() const;
    bool act();
    void show_asked();
    void write_note();
    void print_preview();
    void back_up();
    bool lock_test() const;
    void wait_for_lock();
    void answer_lock(PassphraseDialog& dialog);
    void settle();
    void finish();
    void fail(const std::string& message);

    AutomationOptions options_;
    WindowOptions window_;
    AutomationHost* host_ = nullptr;
    MainFrame* frame_ = nullptr;
    wxWindow* captured_ = nullptr;  // what the screenshot shows
    std::unique_ptr<BatchAction> action_;
    std::unique_ptr<NoteBatch> note_;  // --write-note, --open-note: finishes by itself
    // Made once the toolkit runs (a wxTimer needs it); each owns its events:
    // Bind on the timer itself.
    std::unique_ptr<wxTimer> settle_;
    std::unique_ptr<wxTimer> lock_step_;  // the screenshot of the lock, then the unlock
    int exit_code_ = 0;
};

// The automation the switches ask for; nullptr when they ask for none.
std::unique_ptr<Automation> make_automation(const AutomationOptions& options,
                                            const WindowOptions& window);

}  // namespace counselor::gui
