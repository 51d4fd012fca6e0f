// Every plugin the host found: loaded, refused or disabled, and why; and
// where to put a new one.
#pragma once

#include "app_context.hpp"

#include <wx/dialog.h>

namespace counselor::gui {

class PluginsDialog : public wxDialog {
  public:
    PluginsDialog(wxWindow* parent, const AppContext& context);
};

}  // namespace counselor::gui
