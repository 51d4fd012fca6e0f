#include "counselor/core/backup_reminder.hpp"

#include <array>

namespace counselor::core {

namespace {

// The audit log's own time format, so the texts compare in time order.
std::string utc_text(std::time_t when) {
    std::tm parts{};
    gmtime_r(&when, &parts);
    std::array<char, 32> buffer{};
    std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer.data();
}

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
