// Running what a counselor asked for: a refusal or a plugin failure is shown
// (status bar, and a message box titled for the tab unless nobody is there
// to close it), never fatal.
#pragma once

#include "shell/app_context.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>

#include <wx/msgdlg.h>

namespace counselor::gui {

template <class Action>
bool attempt(wxWindow* parent, AppContext& context, const wxString& title, Action&& action) {
    try {
        action();
        return true;
    } catch (const core::UserError& error) {
        if (context.report) context.report(error.what());
        if (!context.batch) wxMessageBox(ui(error.what()), title, wxOK | wxICON_WARNING, parent);
        return false;
    }
}

}  // namespace counselor::gui
