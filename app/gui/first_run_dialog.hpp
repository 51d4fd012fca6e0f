// The first start: the practice and counselor names that head every
// printout, the passphrase the new practice is encrypted with (typed twice,
// or an explicit choice not to encrypt), and whether to add a small demo
// practice to look around in.
#pragma once

#include <counselor/core/secret.hpp>

#include <wx/dialog.h>

#include <optional>

class wxCheckBox;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

class FirstRunDialog : public wxDialog {
  public:
    explicit FirstRunDialog(const wxString& database_path);

    wxString practice_name() const;
    wxString counselor_name() const;
    bool wants_demo() const;
    // nullopt when the counselor chose not to encrypt.
    std::optional<core::Secret> passphrase() const;

  private:
    void on_ok();
    void update_encryption();

    wxTextCtrl* practice_ = nullptr;
    wxTextCtrl* counselor_ = nullptr;
    wxTextCtrl* passphrase_ = nullptr;
    wxTextCtrl* again_ = nullptr;
    wxCheckBox* plain_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxCheckBox* demo_ = nullptr;
};

}  // namespace counselor::gui
