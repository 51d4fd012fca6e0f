#include "shell/backup_reminder.hpp"

#include "dialogs/backup_dialog.hpp"

#include <counselor/core/backup/backup_reminder.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>

namespace counselor::gui {

namespace {
enum ButtonId { kBackUpNow = wxID_HIGHEST + 300, kLater };
}

BackupReminder::BackupReminder(wxWindow* parent) : wxInfoBar(parent) {
    AddButton(kBackUpNow, _("Back Up Now"));
    AddButton(kLater, _("Later"));
    Bind(wxEVT_BUTTON, &BackupReminder::on_button, this, kBackUpNow, kLater);
}

bool BackupReminder::show_if_due(core::Database& db) {
    const auto status = core::backup_status(db);
    if (!status.due) {
        if (IsShown()) Dismiss();
        return false;
    }
    const wxString when =
        status.last_backup
            ? wxString::Format(_("The last backup of this practice was made on %s, more than a "
                                 "week ago."),
                               backup_time_text(*status.last_backup))
            : _("This practice has never been backed up.");
    ShowMessage(when + " " + _("A backup keeps the records safe if this computer fails."),
                wxICON_INFORMATION);
    core::log().info("backup reminder shown");
    return true;
}

void BackupReminder::on_button(wxCommandEvent& event) {
    if (event.GetId() == kBackUpNow && on_back_up) {
        on_back_up();
        return;
    }
    Dismiss();
}

}  // namespace counselor::gui
