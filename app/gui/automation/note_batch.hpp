// --write-note: a session note written through the Sessions & notes tab by
// a batch run, as a person would write it: the New session dialog, the
// template, each answer through the editor's controls, the autosave timer,
// then the signature and an addendum. Prints what happened, one line a
// step, for the tests that check the database afterwards.
#pragma once

#include "automation/automation_options.hpp"

#include <wx/timer.h>

#include <cstdint>
#include <functional>

namespace counselor::gui {

class MainFrame;
class SessionsPage;

class NoteBatch {
  public:
    // `done(exit_code)` is called once, when the note is finished or a step failed.
    NoteBatch(MainFrame& frame, const AutomationOptions& options, std::function<void(int)> done);
    void start();

  private:
    bool open_note();
    bool plan_session();
    bool enter_answers();
    void after_autosave(bool stored);
    void finish_note();
    void fail(const std::string& message);

    MainFrame& frame_;
    const AutomationOptions& options_;
    std::function<void(int)> done_;
    SessionsPage* page_ = nullptr;
    std::int64_t note_id_ = 0;
    wxTimer deadline_;  // the autosave must come within this
};

}  // namespace counselor::gui
