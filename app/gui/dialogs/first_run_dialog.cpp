#include "dialogs/first_run_dialog.hpp"

#include "dialogs/practice_settings_panel.hpp"
#include "widgets/wx_text.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace counselor::gui {

FirstRunDialog::FirstRunDialog(const wxString& database_path, const core::PracticeSettings& shown)
    : wxDialog(nullptr, wxID_ANY, _("Welcome to Counselor Workstation")) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Your practice's records will be kept on this computer, in\n%s\n\n"
                           "The names below head every handout and report you print; a signed "
                           "note carries\nthe counselor's name and credentials. The crisis "
                           "numbers are printed wherever the\nprogram points someone to help "
                           "(File > Practice Settings changes them later)."),
                         database_path));
    column->Add(intro, wxSizerFlags().Border(wxALL, 12));
    settings_ = new PracticeSettingsPanel(this, shown);
    column->Add(settings_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));

    column->Add(new wxStaticText(this, wxID_ANY,
                                 _("The records are encrypted with a passphrase. Without it "
                                   "nobody can read them, not even you:\nwrite it down "
                                   "somewhere safe.")),
                wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    auto* secrets = new wxFlexGridSizer(2, wxSize(8, 8));
    secrets->AddGrowableCol(1);
    passphrase_ =
        new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    again_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize, wxTE_PASSWORD);
    secrets->Add(new wxStaticText(this, wxID_ANY, _("P&assphrase:")),
                 wxSizerFlags().CentreVertical());
    secrets->Add(passphrase_, wxSizerFlags().Expand());
    secrets->Add(new wxStaticText(this, wxID_ANY, _("&Again:")), wxSizerFlags().CentreVertical());
    secrets->Add(again_, wxSizerFlags().Expand());
    column->Add(secrets, wxSizerFlags().Expand().Border(wxALL, 12));
    plain_ = new wxCheckBox(this, wxID_ANY,
                            _("Do&n't encrypt: anyone who can read the file can read the records"));
    column->Add(plain_, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    plain_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { update_encryption(); });

    demo_ = new wxCheckBox(this, wxID_ANY, _("Add a small &demo practice (three made-up couples)"));
    column->Add(demo_, wxSizerFlags().Border(wxALL, 12));
    problem_ = new wxStaticText(this, wxID_ANY, {});
    problem_->SetForegroundColour(wxColour(170, 0, 0));
    column->Add(problem_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(column);
    SetMinSize(wxSize(FromDIP(480), -1));
    Fit();
    settings_->focus_first();
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
}

void FirstRunDialog::update_encryption() {
    passphrase_->Enable(!plain_->GetValue());
    again_->Enable(!plain_->GetValue());
}

void FirstRunDialog::on_ok() {
    if (!plain_->GetValue()) {
        if (passphrase_->GetValue().empty()) {
            problem_->SetLabel(_("Choose a passphrase, or tick \"Don't encrypt\"."));
            Layout();
            passphrase_->SetFocus();
            return;
        }
        if (passphrase_->GetValue() != again_->GetValue()) {
            problem_->SetLabel(_("The two passphrases differ. Type it again in both fields."));
            again_->ChangeValue({});
            Layout();
            again_->SetFocus();
            return;
        }
    }
    EndModal(wxID_OK);
}

core::PracticeSettings FirstRunDialog::practice_settings() const {
    return settings_->settings();
}
bool FirstRunDialog::wants_demo() const {
    return demo_->GetValue();
}
std::optional<core::Secret> FirstRunDialog::passphrase() const {
    if (plain_->GetValue()) return std::nullopt;
    std::string typed = utf8(passphrase_->GetValue());
    core::Secret secret(typed);
    core::wipe(typed);
    return secret;
}

}  // namespace counselor::gui
