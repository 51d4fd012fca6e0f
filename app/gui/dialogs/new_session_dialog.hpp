// Planning a session of the shown case: when, how long, and which members
// attend. SessionService checks and stores it; a joint session while a
// safety concern is open needs the counselor's explicit go-ahead first.
#pragma once

#include "shell/app_context.hpp"

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/session_service.hpp>

#include <wx/dialog.h>

#include <optional>
#include <string>
#include <vector>

class wxCheckBox;
class wxDatePickerCtrl;
class wxSpinCtrl;
class wxStaticText;
class wxTimePickerCtrl;

namespace counselor::gui {

class NewSessionDialog : public wxDialog {
  public:
    NewSessionDialog(wxWindow* parent, AppContext& context, core::Case shown_case);

    // Sets the date and time controls from "YYYY-MM-DD HH:MM"; for batch runs.
    bool set_start(const std::string& starts_at);
    // Checks the entries, asks about any safety warning (in batch runs the
    // warning is accepted and kept in warnings()), and stores the session.
    // False when nothing was stored: error_text() says why, or the
    // counselor chose to change the attendees.
    bool plan();
    // Skips the question about a warning: nobody is there to answer it.
    void set_batch(bool batch) { batch_ = batch; }

    const std::optional<core::PlannedSession>& planned() const { return planned_; }
    wxString error_text() const { return error_text_; }

  private:
    std::string starts_at() const;
    std::vector<std::int64_t> attendees() const;
    bool confirm(const std::vector<std::string>& warnings);
    void show_error(const wxString& text);

    AppContext& context_;
    core::Case case_;
    wxDatePickerCtrl* date_ = nullptr;
    wxTimePickerCtrl* time_ = nullptr;
    wxSpinCtrl* minutes_ = nullptr;
    std::vector<wxCheckBox*> members_;  // in case_.members order
    wxStaticText* error_ = nullptr;
    wxString error_text_;
    bool batch_ = false;
    std::optional<core::PlannedSession> planned_;
};

}  // namespace counselor::gui
