#include "dialogs/practice_settings_dialog.hpp"

#include "dialogs/practice_settings_panel.hpp"
#include "shell/user_action.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/records/practice.hpp>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace counselor::gui {

PracticeSettingsDialog::PracticeSettingsDialog(wxWindow* parent, AppContext& context)
    : wxDialog(parent, wxID_ANY, _("Practice Settings")), context_(context) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(this, wxID_ANY,
                                 _("The names head every printout; a signed note carries the "
                                   "counselor's name and credentials.\nThe crisis numbers are "
                                   "printed wherever the program points someone to help.")),
                wxSizerFlags().Border(wxALL, 12));
    fields_ = new PracticeSettingsPanel(this, core::read_practice_settings(context_.db));
    column->Add(fields_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(column);
    fields_->focus_first();
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            if (save()) EndModal(wxID_OK);
        },
        wxID_OK);
}

bool PracticeSettingsDialog::enter(const nlohmann::json& fields) {
    return fields_->enter(fields);
}

bool PracticeSettingsDialog::save() {
    return attempt(this, context_, _("Practice Settings"), [this] {
        core::Transaction transaction(context_.db);
        core::write_practice_settings(context_.db, fields_->settings());
        core::AuditLog(context_.db)
            .append(
                core::audit_entry(context_.actor, "practice.settings", "practice", std::nullopt));
        transaction.commit();
    });
}

}  // namespace counselor::gui
