// File > Practice Settings: the practice's names, the counselor's
// credentials and role, and its crisis numbers; saved (and audited) on OK.
#pragma once

#include "shell/app_context.hpp"

#include <wx/dialog.h>
#include <nlohmann/json.hpp>

namespace counselor::gui {

class PracticeSettingsPanel;

class PracticeSettingsDialog : public wxDialog {
  public:
    PracticeSettingsDialog(wxWindow* parent, AppContext& context);

    // Stores what the fields hold; false (with a message) when it could not.
    bool save();
    // See PracticeSettingsPanel::enter; for batch runs.
    bool enter(const nlohmann::json& fields);

  private:
    AppContext& context_;
    PracticeSettingsPanel* fields_ = nullptr;
};

}  // namespace counselor::gui
