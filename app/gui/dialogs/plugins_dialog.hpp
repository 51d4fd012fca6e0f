// Every plugin the host found: loaded, refused or disabled, and why; the
// warnings a plugin gave while loading (a form pack's broken files); where
// to put a new one; the switch that lets a plugin run or keeps it from
// running from the next start; and an examination of a plugin file in a
// separate process, so one that crashes can be looked at safely.
#pragma once

#include "shell/app_context.hpp"

#include <wx/dialog.h>

#include <map>

class wxButton;
class wxListCtrl;
class wxTextCtrl;

namespace counselor::gui {

class PluginsDialog : public wxDialog {
  public:
    PluginsDialog(wxWindow* parent, AppContext& context);

    // Switches the plugin on the row on or off, as the button does.
    bool switch_plugin(long row, bool on);

    // Examines the plugin at `path` (folder, plugin.json or library) in a
    // child process, as the Examine button does; shows and returns what it
    // found.
    wxString examine(const std::string& path);

    // The loading warnings the dialog shows, one per line; empty when none.
    const wxString& warnings() const { return warnings_; }

  private:
    void update_switch();
    void choose_and_examine();

    AppContext& context_;
    wxListCtrl* list_ = nullptr;
    wxButton* switch_ = nullptr;
    wxTextCtrl* findings_ = nullptr;
    wxString warnings_;
    std::map<long, bool> switched_;  // row -> on, for what was switched in this dialog
};

}  // namespace counselor::gui
