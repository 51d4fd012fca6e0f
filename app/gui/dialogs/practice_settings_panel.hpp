// The practice's settings as fields: names (they head every printout), the
// counselor's credentials and role (a signed note carries name and
// credentials; the consent says what the role means for confidentiality),
// and the crisis numbers printed wherever the program points to help. Shown
// in the first-run dialog and in File > Practice Settings.
#pragma once

#include <counselor/core/records/practice.hpp>

#include <wx/panel.h>
#include <nlohmann/json.hpp>

class wxChoice;
class wxTextCtrl;

namespace counselor::gui {

class PracticeSettingsPanel : public wxPanel {
  public:
    PracticeSettingsPanel(wxWindow* parent, const core::PracticeSettings& shown);

    // What the fields hold, trimmed; an emptied crisis number is its default.
    core::PracticeSettings settings() const;
    void focus_first() const;
    // Types into the fields named in `fields` ({"practice", "counselor",
    // "credentials", "role", "emergency", "crisis_line",
    // "domestic_violence"}), as a person would; for batch runs. False for a
    // name the panel has no field for, or a role it does not offer.
    bool enter(const nlohmann::json& fields);

  private:
    wxTextCtrl* add_field(const wxString& label, const std::string& value);

    wxTextCtrl* practice_ = nullptr;
    wxTextCtrl* counselor_ = nullptr;
    wxTextCtrl* credentials_ = nullptr;
    wxChoice* role_ = nullptr;
    wxTextCtrl* emergency_ = nullptr;
    wxTextCtrl* crisis_line_ = nullptr;
    wxTextCtrl* domestic_violence_ = nullptr;
};

}  // namespace counselor::gui
