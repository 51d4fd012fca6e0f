#include "dialogs/new_session_dialog.hpp"

#include "dialogs/form_dialog.hpp"
#include "dialogs/safety_hold_confirmation.hpp"
#include "record/form_panel.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/datectrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/timectrl.h>

namespace counselor::gui {

namespace {

constexpr int kWrapDip = 420;

// Sessions start on the hour or the half hour; the last one that has begun.
wxDateTime default_start() {
    wxDateTime now = wxDateTime::Now();
    now.SetSecond(0);
    now.SetMillisecond(0);
    return now.SetMinute(now.GetMinute() < 30 ? 0 : 30);
}

}  // namespace

NewSessionDialog::NewSessionDialog(wxWindow* parent, AppContext& context, core::Case shown_case)
    : wxDialog(parent, wxID_ANY, _("New session")),
      context_(context),
      case_(std::move(shown_case)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(10, 8)));
    const wxDateTime start = default_start();
    date_ = new wxDatePickerCtrl(this, wxID_ANY, start);
    time_ = new wxTimePickerCtrl(this, wxID_ANY, start);
    minutes_ = new wxSpinCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                              1, 600, 50);
    auto add_row = [this, grid](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(control);
    };
    add_row(_("Date:"), date_);
    add_row(_("Starts at:"), time_);
    add_row(_("Minutes:"), minutes_);
    column->Add(grid, wxSizerFlags().Border(wxALL, 12));

    column->Add(new wxStaticText(this, wxID_ANY, _("Attending:")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    for (const auto& member : case_.members) {
        auto* check =
            new wxCheckBox(this, wxID_ANY, ui(member.first_name + " " + member.last_name));
        check->SetValue(true);  // most sessions of a case see all of it
        members_.push_back(check);
        column->Add(check, wxSizerFlags().Border(wxLEFT | wxTOP, 12));
    }
    error_ = make_label(this, {}, problem_colour());
    error_->Hide();
    column->Add(error_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    column->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(column);
    SetMinSize(FromDIP(wxSize(360, -1)));
    CentreOnParent();

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (plan()) EndModal(wxID_OK);
        },
        wxID_OK);
}

bool NewSessionDialog::set_start(const std::string& starts_at) {
    if (!core::is_session_time(starts_at)) return false;
    wxDateTime when;
    if (!when.ParseFormat(ui(starts_at), "%Y-%m-%d %H:%M")) return false;
    date_->SetValue(when);
    time_->SetValue(when);
    return true;
}

std::string NewSessionDialog::starts_at() const {
    return utf8(date_->GetValue().FormatISODate() + " " + time_->GetValue().Format("%H:%M"));
}

std::vector<std::int64_t> NewSessionDialog::attendees() const {
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < members_.size(); ++i) {
        if (members_[i]->GetValue()) ids.push_back(case_.members[i].client_id);
    }
    return ids;
}

void NewSessionDialog::show_error(const wxString& text) {
    show_error_line(error_, error_text_, text, kWrapDip);
    Fit();
}

// The counselor decides; the default is to go back and change who attends.
bool NewSessionDialog::confirm(const std::vector<std::string>& warnings) {
    if (batch_) return true;
    return confirm_despite_safety_hold(
        this, warnings,
        {_("Plan this joint session anyway?"), _("Plan &anyway"), _("&Change attendees")});
}

bool NewSessionDialog::plan() {
    const auto who = attendees();
    if (who.empty()) {
        show_error(_("Choose who attends."));
        return false;
    }
    core::SessionService sessions(context_.db, context_.actor);
    try {
        if (!confirm(sessions.warnings(case_.id, who))) return false;
        // Confirmed just above (or nothing to confirm).
        planned_ = sessions.add(case_.id, starts_at(), minutes_->GetValue(), who, true);
    } catch (const core::UserError& error) {
        show_error(ui(error.what()));
        return false;
    }
    core::log().info("session {} planned for case {}{}", planned_->id, case_.id,
                     planned_->warnings.empty() ? "" : " after a safety warning");
    return true;
}

}  // namespace counselor::gui
