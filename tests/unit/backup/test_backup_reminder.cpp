// The weekly backup reminder: due when the last backup is more than a week
// old, or when a practice with records has never been backed up; never for
// a brand-new empty practice, and a refused backup does not count.
#include "counselor/core/backup/backup_reminder.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;

namespace {

constexpr std::time_t kNow = 1'790'000'000;  // 2026-09-21T14:13:20Z
constexpr std::time_t kDay = 24 * 60 * 60;

std::string utc(std::time_t when) {
    std::tm parts{};
    gmtime_r(&when, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

void backup_row(Database& db, std::time_t at, const std::string& outcome = "ok") {
    auto entry = audit_entry("test", "backup", "database", std::nullopt, "schema 3");
    entry.at = utc(at);
    entry.outcome = outcome;
    Transaction transaction(db);
    AuditLog(db).append(entry);
    transaction.commit();
}

}  // namespace

TEST_CASE("backup reminder: an empty new practice is not reminded") {
    counselor::test::TempDir dir;
    auto db = Database::open(dir / "practice.db");
    const auto status = backup_status(db, kNow);
    CHECK_FALSE(status.has_records);
    CHECK_FALSE(status.last_backup);
    CHECK_FALSE(status.due);
}

TEST_CASE("backup reminder: records never backed up, or backed up over a week ago, are due") {
    counselor::test::TempDir dir;
    auto db = Database::open(dir / "practice.db");
    // A client row as the records module writes it; the reminder only asks whether one exists.
    db.execute(
        "INSERT INTO clients (first_name, last_name, created_at, updated_at)"
        " VALUES ('Naomi', 'Hartwell', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')");
    CHECK(backup_status(db, kNow).due);

    backup_row(db, kNow - 8 * kDay);
    backup_row(db, kNow - 2 * kDay, "refused");  // a refusal is no backup
    auto status = backup_status(db, kNow);
    CHECK(status.has_records);
    REQUIRE(status.last_backup);
    CHECK(*status.last_backup == utc(kNow - 8 * kDay));
    CHECK(status.due);

    backup_row(db, kNow - kDay);
    status = backup_status(db, kNow);
    CHECK(*status.last_backup == utc(kNow - kDay));
    CHECK_FALSE(status.due);
    CHECK(backup_status(db, kNow + 7 * kDay).due);  // a week later it is due again
}
