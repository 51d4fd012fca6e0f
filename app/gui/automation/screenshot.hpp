// Saves what a window shows on screen as a PNG, for tests and documentation.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace counselor::gui {

// False when the screen could not be read or the file not written.
bool save_screenshot(wxWindow* window, const wxString& file);

}  // namespace counselor::gui
