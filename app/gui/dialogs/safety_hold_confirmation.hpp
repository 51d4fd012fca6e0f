// The question the window asks before joint work while the case's safety
// hold is open: the warning, then a choice whose default is not to go ahead.
// Used before a joint session and before a couple report; homework asks with
// a check box in its own dialog.
#pragma once

#include <wx/string.h>

#include <string>
#include <vector>

class wxWindow;

namespace counselor::gui {

struct HoldQuestion {
    wxString question;  // "Plan this joint session anyway?"
    wxString go_ahead;  // "Plan &anyway"
    wxString go_back;   // "&Change attendees"
};

// True when there is nothing to confirm or the counselor chose to go ahead.
bool confirm_despite_safety_hold(wxWindow* parent, const std::vector<std::string>& warnings,
                                 const HoldQuestion& ask);

}  // namespace counselor::gui
