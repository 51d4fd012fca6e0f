// The gentle weekly reminder at the top of the main window: the last backup
// is more than a week old (or there has never been one and the practice has
// records). Not modal: the counselor can work on, press Back Up Now, or
// Later to hide it until the next start.
#pragma once

#include <counselor/core/store/database.hpp>

#include <wx/infobar.h>

#include <functional>

namespace counselor::gui {

class BackupReminder : public wxInfoBar {
  public:
    explicit BackupReminder(wxWindow* parent);

    // Shows the reminder when a backup is due (one indexed query); true then.
    bool show_if_due(core::Database& db);
    bool shown() const { return IsShown(); }

    std::function<void()> on_back_up;  // Back Up Now

  private:
    void on_button(wxCommandEvent& event);
};

}  // namespace counselor::gui
