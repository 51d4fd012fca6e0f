#include "counselor/core/backup/backup_reminder.hpp"

#include "counselor/core/platform/dates.hpp"

#include <array>

namespace counselor::core {

namespace {

// Backup rows are about the database (record_type 'database', no record
// id), so audit_log_by_record finds them; newest first by id.
constexpr const char* kQuery =
    "SELECT EXISTS (SELECT 1 FROM clients), "
    "(SELECT at FROM audit_log WHERE record_type = 'database' AND record_id IS NULL "
    "AND action = 'backup' AND outcome = 'ok' ORDER BY id DESC LIMIT 1)";

}  // namespace

BackupStatus backup_status(Database& db, std::time_t now) {
    BackupStatus status;
    auto row = db.prepare(kQuery);
    if (row.step()) {
        status.has_records = row.int64(0) != 0;
        status.last_backup = row.optional_text(1);
    }
    const std::string week_ago = utc_text(now - kBackupReminderDays * 24 * 60 * 60);
    if (status.last_backup)
        status.due = *status.last_backup < week_ago;
    else
        status.due = status.has_records;
    return status;
}

}  // namespace counselor::core
