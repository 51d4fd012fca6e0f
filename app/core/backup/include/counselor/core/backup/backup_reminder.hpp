// Whether the counselor should be reminded to back up: the last successful
// backup (its "backup" audit row) is more than a week old, or there has
// never been one while the practice holds records. A brand-new empty
// practice is not nagged.
#pragma once

#include "counselor/core/store/database.hpp"

#include <ctime>
#include <optional>
#include <string>

namespace counselor::core {

inline constexpr int kBackupReminderDays = 7;

struct BackupStatus {
    std::optional<std::string> last_backup;  // UTC, as in the audit log; none when never
    bool has_records = false;                // at least one client
    bool due = false;                        // remind now
};

// One indexed query (the window asks it at every start). `now` for tests.
BackupStatus backup_status(Database& db, std::time_t now = std::time(nullptr));

}  // namespace counselor::core
