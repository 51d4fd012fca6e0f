#include "dialogs/passphrase_dialog.hpp"

#include "widgets/wx_text.hpp"

#include <wx/busyinfo.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

namespace counselor::gui {

PassphraseDialog::PassphraseDialog(wxWindow* parent, const wxString& title, const wxString& message,
                                   Check check)
    : wxDialog(parent, wxID_ANY, title), check_(std::move(check)) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(new wxStaticText(this, wxID_ANY, message), wxSizerFlags().Border(wxALL, 12));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    label_ = new wxStaticText(this, wxID_ANY, _("&Passphrase:"));
    row->Add(label_, wxSizerFlags().CentreVertical().Border(wxRIGHT, 8));
    field_ = new wxTextCtrl(this, wxID_ANY, {}, wxDefaultPosition, wxDefaultSize,
                            wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    row->Add(field_, wxSizerFlags(1).Expand());
    column->Add(row, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    problem_ = new wxStaticText(this, wxID_ANY, {});
    problem_->SetForegroundColour(wxColour(170, 0, 0));
    column->Add(problem_, wxSizerFlags().Expand().Border(wxALL, 12));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(column);
    SetMinSize(wxSize(FromDIP(440), -1));
    Fit();
    CentreOnScreen();
    field_->SetFocus();
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    field_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { on_ok(); });
}

wxString PassphraseDialog::submit(const core::Secret& passphrase) {
    wxBusyCursor busy;  // the key derivation takes about half a second
    const wxString said = check_(passphrase);
    problem_->SetLabel(said);
    Layout();
    return said;
}

wxString PassphraseDialog::problem() const {
    return problem_->GetLabel();
}

void PassphraseDialog::set_button_labels(const wxString& ok, const wxString& cancel) {
    FindWindow(wxID_OK)->SetLabel(ok);
    FindWindow(wxID_CANCEL)->SetLabel(cancel);
    Layout();
    Fit();
}

void PassphraseDialog::set_field_label(const wxString& label) {
    label_->SetLabel(label);
    Layout();
}

wxString PassphraseDialog::button_label(int id) const {
    const wxWindow* button = FindWindow(id);
    return button ? wxStripMenuCodes(button->GetLabel()) : wxString();
}

void PassphraseDialog::on_ok() {
    std::string typed = utf8(field_->GetValue());
    core::Secret passphrase(typed);
    core::wipe(typed);
    // The control keeps its own copy; clear it either way.
    field_->ChangeValue({});
    if (passphrase.empty()) {
        problem_->SetLabel(_("Type the passphrase."));
        Layout();
        return;
    }
    if (submit(passphrase).empty()) EndModal(wxID_OK);
}

}  // namespace counselor::gui
