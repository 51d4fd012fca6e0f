// Asks for the passphrase of an encrypted practice: at start, and when the
// window has locked itself after an idle time. The check is the caller's
// (it opens or verifies); a wrong passphrase comes back here as a message
// above the field, and the counselor tries again or cancels.
#pragma once

#include <counselor/core/security/secret.hpp>

#include <wx/dialog.h>

#include <functional>

class wxStaticText;
class wxTextCtrl;

namespace counselor::gui {

class PassphraseDialog : public wxDialog {
  public:
    // `check` gets the passphrase typed and returns "" when it is right, or
    // what to say (e.g. "The passphrase is wrong."), keeping the dialog open.
    using Check = std::function<wxString(const core::Secret& passphrase)>;

    PassphraseDialog(wxWindow* parent, const wxString& title, const wxString& message, Check check);

    // What a batch run types: checks it as if OK had been pressed.
    wxString submit(const core::Secret& passphrase);
    wxString problem() const;
    // Names the buttons for what they do here (e.g. Unlock and Quit at the idle lock).
    void set_button_labels(const wxString& ok, const wxString& cancel);
    wxString button_label(int id) const;
    // "&PIN:" where a PIN stands in for the passphrase.
    void set_field_label(const wxString& label);

  private:
    void on_ok();

    Check check_;
    wxStaticText* label_ = nullptr;
    wxTextCtrl* field_ = nullptr;
    wxStaticText* problem_ = nullptr;
};

}  // namespace counselor::gui
