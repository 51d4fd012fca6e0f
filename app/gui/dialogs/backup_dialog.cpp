#include "dialogs/backup_dialog.hpp"

#include "dialogs/passphrase_dialog.hpp"
#include "shell/background_task.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/security/key_derivation.hpp>
#include <counselor/core/store/migrations.hpp>

#include <wx/config.h>
#include <wx/datetime.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>

namespace counselor::gui {

namespace fs = std::filesystem;

namespace {

const char* const kFolderKey = "/Backup/Folder";

wxString backup_files() {
    return _("Counselor Workstation backups (*.cwbackup)|*.cwbackup|All files (*)|*");
}

wxString backup_folder() {
    wxString folder;
    if (wxConfig::Get()->Read(kFolderKey, &folder) && wxFileName::DirExists(folder)) return folder;
    return wxStandardPaths::Get().GetDocumentsDir();
}

void remember_folder(const fs::path& file) {
    wxConfig::Get()->Write(kFolderKey, ui(file.parent_path().string()));
}

void refuse(wxWindow* parent, const wxString& title, const std::exception& error) {
    wxMessageBox(ui(error.what()), title, wxOK | wxICON_ERROR, parent);
}

// Asks until `right` accepts what was typed, or the counselor cancels.
std::optional<core::Secret> ask_passphrase(wxWindow* parent, const wxString& message,
                                           const std::function<bool(const core::Secret&)>& right) {
    std::optional<core::Secret> accepted;
    PassphraseDialog dialog(parent, _("Passphrase"), message,
                            [&](const core::Secret& passphrase) -> wxString {
                                if (!right(passphrase))
                                    return _("The passphrase is wrong. Try again.");
                                accepted = passphrase;
                                return {};
                            });
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return accepted;
}

}  // namespace

wxString backup_time_text(const std::string& utc) {
    wxDateTime when;
    if (!when.ParseISOCombined(ui(utc.substr(0, 19)), 'T')) return ui(utc);
    return when.FromTimezone(wxDateTime::UTC).Format("%x %H:%M");
}

fs::path suggested_backup_file() {
    const wxString name = "counselor-backup-" + wxDateTime::Now().FormatISODate() + ".cwbackup";
    return fs::path(utf8(backup_folder())) / utf8(name);
}

core::BackupResult back_up_practice(wxWindow* parent, const fs::path& database,
                                    const std::optional<core::Secret>& passphrase,
                                    const fs::path& out, const std::string& actor) {
    core::BackupResult result;
    run_with_progress(parent, _("Backing Up"),
                      wxString::Format(_("Writing the backup to\n%s"), ui(out.string())), [&] {
                          core::PracticeOpenOptions options;
                          options.passphrase = passphrase;
                          auto db = core::open_practice_database(database, options);
                          core::Secret key;
                          if (passphrase) key = core::database_key(database, *passphrase);
                          result = core::create_backup(db, key, out, true, actor);
                      });
    remember_folder(out);
    return result;
}

wxString backup_written_text(const core::BackupResult& result) {
    return wxString::Format(_("The backup is written to\n%s\n(%s)."), ui(result.file.string()),
                            wxFileName::GetHumanReadableSize(wxULongLong(result.bytes)));
}

bool back_up_interactively(wxWindow* parent, const fs::path& database, const std::string& actor) {
    const fs::path suggested = suggested_backup_file();
    wxFileDialog choose(parent, _("Back Up the Practice"), ui(suggested.parent_path().string()),
                        ui(suggested.filename().string()), backup_files(),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (choose.ShowModal() != wxID_OK) return false;
    const fs::path out(utf8(choose.GetPath()));
    std::optional<core::Secret> passphrase;
    if (core::is_encrypted(database)) {
        passphrase = ask_passphrase(
            parent,
            _("Type the practice's passphrase to write its backup.\nThe backup stays "
              "encrypted with it."),
            [&](const core::Secret& typed) { return core::passphrase_matches(database, typed); });
        if (!passphrase) return false;
    }
    try {
        const auto result = back_up_practice(parent, database, passphrase, out, actor);
        wxMessageBox(backup_written_text(result), _("Backup written"), wxOK | wxICON_INFORMATION,
                     parent);
        return true;
    } catch (const std::exception& error) {
        refuse(parent, _("The backup was not written"), error);
        return false;
    }
}

std::optional<RestoreRequest> ask_restore(wxWindow* parent, const fs::path& database) {
    wxFileDialog choose(parent, _("Restore a Backup"), backup_folder(), {}, backup_files(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (choose.ShowModal() != wxID_OK) return std::nullopt;
    RestoreRequest request{fs::path(utf8(choose.GetPath())), std::nullopt};
    core::BackupHeader header;
    try {
        run_with_progress(parent, _("Checking the Backup"),
                          wxString::Format(_("Checking\n%s"), ui(request.backup.string())),
                          [&] { header = core::verify_backup_file(request.backup); });
        if (header.schema_version > core::latest_schema_version()) {
            throw core::UserError(request.backup.string() +
                                  " was written by a newer version of Counselor Workstation; "
                                  "install the newer version to restore it");
        }
    } catch (const std::exception& error) {
        refuse(parent, _("This backup cannot be restored"), error);
        return std::nullopt;
    }
    wxMessageDialog confirm(
        parent,
        wxString::Format(
            _("This replaces the practice with the backup from %s.\n\nThe current practice is "
              "kept aside as\n%s.before-restore-<date>\n\nThe window closes to restore; start "
              "Counselor Workstation again to open the restored practice."),
            backup_time_text(header.created), ui(database.string())),
        _("Restore the Backup?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    confirm.SetYesNoLabels(_("&Restore"), _("&Keep the Current Practice"));
    if (confirm.ShowModal() != wxID_YES) return std::nullopt;
    if (header.key) {
        const core::KeyParams params = *header.key;
        request.passphrase = ask_passphrase(
            parent, _("This backup is encrypted. Type its passphrase."),
            [&](const core::Secret& typed) {
                return core::key_check(core::derive_key_hex(typed, params)) == params.check_hex;
            });
        if (!request.passphrase) return std::nullopt;
    }
    remember_folder(request.backup);
    return request;
}

RestoreOutcome restore_practice(wxWindow* parent, const fs::path& database,
                                const RestoreRequest& request, const std::string& actor) {
    core::RestoreResult result;
    try {
        run_with_progress(
            parent, _("Restoring"),
            wxString::Format(_("Restoring the practice from\n%s"), ui(request.backup.string())),
            [&] {
                result = core::restore_backup(database, request.backup, request.passphrase, actor);
            });
    } catch (const std::exception& error) {
        return {false, ui(error.what())};  // the core's line ends "nothing was restored"
    }
    wxString text =
        wxString::Format(_("The practice is restored from\n%s."), ui(request.backup.string()));
    if (!result.kept_aside.empty())
        text += "\n" + wxString::Format(_("The practice it replaced is kept as\n%s."),
                                        ui(result.kept_aside.string()));
    return {true, text};
}

}  // namespace counselor::gui
