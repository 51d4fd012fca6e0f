// File > Back Up... and File > Restore...: the core's backup and restore
// with a file dialog, a progress dialog while the work runs on a worker
// thread, and the core's one-line reason when it refuses.
#pragma once

#include <counselor/core/backup/backup.hpp>
#include <counselor/core/security/secret.hpp>

#include <wx/string.h>

#include <filesystem>
#include <optional>
#include <string>

class wxWindow;

namespace counselor::gui {

// counselor-backup-<today>.cwbackup in the folder last used, else Documents.
std::filesystem::path suggested_backup_file();

// Writes the backup of `database` to `out` (replacing it: the save dialog
// has asked) through a connection of its own on a worker thread, so the
// window's connection and its autosave are not disturbed. `passphrase` is
// needed when the practice is encrypted. Throws what the core throws.
core::BackupResult back_up_practice(wxWindow* parent, const std::filesystem::path& database,
                                    const std::optional<core::Secret>& passphrase,
                                    const std::filesystem::path& out, const std::string& actor);

// A time from the audit log or a backup header ("2026-11-21T19:30:00Z") as
// the counselor's local date and time.
wxString backup_time_text(const std::string& utc);

// "The backup is written to FILE (12.3 MB)."
wxString backup_written_text(const core::BackupResult& result);

// The Back Up... command for a person: asks where (and the passphrase of an
// encrypted practice), writes it and says where it went and how big it is.
// True when a backup was written.
bool back_up_interactively(wxWindow* parent, const std::filesystem::path& database,
                           const std::string& actor);

// A restore the counselor has confirmed, done once the window has closed
// its connection to the practice.
struct RestoreRequest {
    std::filesystem::path backup;
    std::optional<core::Secret> passphrase;  // for an encrypted backup
};

// The Restore... command's questions: which file (checked with progress),
// the confirmation naming the backup's date and where the current practice
// goes, and the backup's passphrase. Nothing when the counselor stops or the
// file is refused (said in a message box).
std::optional<RestoreRequest> ask_restore(wxWindow* parent, const std::filesystem::path& database);

// Restores with progress; the message to show afterwards (or the refusal).
struct RestoreOutcome {
    bool restored = false;
    wxString message;
};
RestoreOutcome restore_practice(wxWindow* parent, const std::filesystem::path& database,
                                const RestoreRequest& request, const std::string& actor);

}  // namespace counselor::gui
