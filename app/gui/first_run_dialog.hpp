// The first start: the practice and counselor names that head every
// printout, and whether to add a small demo practice to look around in.
#pragma once

#include <wx/dialog.h>

class wxCheckBox;
class wxTextCtrl;

namespace counselor::gui {

class FirstRunDialog : public wxDialog {
  public:
    explicit FirstRunDialog(const wxString& database_path);

    wxString practice_name() const;
    wxString counselor_name() const;
    bool wants_demo() const;

  private:
    wxTextCtrl* practice_ = nullptr;
    wxTextCtrl* counselor_ = nullptr;
    wxCheckBox* demo_ = nullptr;
};

}  // namespace counselor::gui
