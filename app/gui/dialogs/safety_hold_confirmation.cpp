#include "dialogs/safety_hold_confirmation.hpp"

#include "widgets/wx_text.hpp"

#include <wx/msgdlg.h>

namespace counselor::gui {

bool confirm_despite_safety_hold(wxWindow* parent, const std::vector<std::string>& warnings,
                                 const HoldQuestion& ask) {
    if (warnings.empty()) return true;
    wxString text;
    for (const auto& warning : warnings)
        text += ui(warning) + "\n\n";
    text += ask.question;
    wxMessageDialog dialog(parent, text, _("Safety concern open"),
                           wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    dialog.SetYesNoLabels(ask.go_ahead, ask.go_back);
    return dialog.ShowModal() == wxID_YES;
}

}  // namespace counselor::gui
