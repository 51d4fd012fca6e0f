// Every plugin the host found: loaded, refused or disabled, and why; where
// to put a new one; and the switch that lets a plugin run or keeps it from
// running from the next start.
#pragma once

#include "app_context.hpp"

#include <wx/dialog.h>

#include <map>

class wxButton;
class wxListCtrl;

namespace counselor::gui {

class PluginsDialog : public wxDialog {
  public:
    PluginsDialog(wxWindow* parent, AppContext& context);

    // Switches the plugin on the row on or off, as the button does.
    bool switch_plugin(long row, bool on);

  private:
    void update_switch();

    AppContext& context_;
    wxListCtrl* list_ = nullptr;
    wxButton* switch_ = nullptr;
    std::map<long, bool> switched_;  // row -> on, for what was switched in this dialog
};

}  // namespace counselor::gui
