// The first start: the practice's settings (the names that head every
// printout, the counselor's credentials, the crisis numbers), the passphrase the new practice is
// encrypted with (typed twice, or an explicit choice not to encrypt), and whether to add a small
// demo practice to look around in.
#pragma once

#include <counselor/core/records/practice.hpp>
#include <counselor/core/security/secret.hpp>

#include <wx/dialog.h>

#include <optional>

class wxCheckBox;
class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

class PracticeSettingsPanel;

class FirstRunDialog : public wxDialog {
  public:
    FirstRunDialog(const wxString& database_path, const core::PracticeSettings& shown);

    core::PracticeSettings practice_settings() const;
    bool wants_demo() const;
    // nullopt when the counselor chose not to encrypt.
    std::optional<core::Secret> passphrase() const;

  private:
    void on_ok();
    void update_encryption();

    PracticeSettingsPanel* settings_ = nullptr;
    wxTextCtrl* passphrase_ = nullptr;
    wxTextCtrl* again_ = nullptr;
    wxCheckBox* plain_ = nullptr;
    wxStaticText* problem_ = nullptr;
    wxCheckBox* demo_ = nullptr;
};

}  // namespace counselor::gui
