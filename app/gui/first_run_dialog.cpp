#include "first_run_dialog.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace counselor::gui {

FirstRunDialog::FirstRunDialog(const wxString& database_path)
    : wxDialog(nullptr, wxID_ANY, _("Welcome to Counselor Workstation")) {
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("Your practice's records will be kept on this computer, in\n%s\n\n"
                           "The names below head every handout and report you print."),
                         database_path));
    column->Add(intro, wxSizerFlags().Border(wxALL, 12));

    auto* grid = new wxFlexGridSizer(2, wxSize(8, 8));
    grid->AddGrowableCol(1);
    practice_ = new wxTextCtrl(this, wxID_ANY);
    counselor_ = new wxTextCtrl(this, wxID_ANY);
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Practice name:")),
              wxSizerFlags().CentreVertical());
    grid->Add(practice_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("&Counselor name:")),
              wxSizerFlags().CentreVertical());
    grid->Add(counselor_, wxSizerFlags().Expand());
    column->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));

    demo_ = new wxCheckBox(this, wxID_ANY, _("Add a small &demo practice (three made-up couples)"));
    column->Add(demo_, wxSizerFlags().Border(wxALL, 12));
    column->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
                wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(column);
    SetMinSize(wxSize(FromDIP(480), -1));
    Fit();
    practice_->SetFocus();
}

wxString FirstRunDialog::practice_name() const {
    return practice_->GetValue().Strip(wxString::both);
}
wxString FirstRunDialog::counselor_name() const {
    return counselor_->GetValue().Strip(wxString::both);
}
bool FirstRunDialog::wants_demo() const {
    return demo_->GetValue();
}

}  // namespace counselor::gui
