// Long work (a backup, checking a backup file) on a worker thread while a
// progress dialog pulses, so the window keeps painting and never looks
// hung. The work must not touch wx or the window's database connection.
#pragma once

#include <wx/string.h>

#include <functional>

class wxWindow;

namespace counselor::gui {

// Runs `work` on a worker thread and returns when it has finished;
// rethrows here whatever it threw. The progress dialog is modal to the
// application, so nothing else can be started meanwhile.
void run_with_progress(wxWindow* parent, const wxString& title, const wxString& message,
                       const std::function<void()>& work);

}  // namespace counselor::gui
