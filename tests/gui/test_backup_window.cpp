// Backups from the window: the weekly reminder at start (shown when the last
// backup is more than a week old, not after a recent one), File > Back Up
// writing a file the core accepts (and the reminder gone after it), and
// File > Restore bringing the backed-up practice back while a truncated
// backup is refused with nothing changed.
#include "database_snapshot.hpp"
#include "gui_harness.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/backup/backup.hpp>
#include <counselor/core/records/record_service.hpp>

#include <catch2/catch.hpp>

#include <ctime>
#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

using test::kScreenshots;
using test::Practice;
using test::run_window;

core::Database opened(const Practice& practice) {
    return core::Database::open(practice.db_file);
}

// A backup row as File > Back Up would have written it `days` ago.
void backed_up_days_ago(const Practice& practice, int days) {
    const std::time_t when = std::time(nullptr) - days * 24 * 60 * 60;
    std::tm parts{};
    gmtime_r(&when, &parts);
    char at[32];
    std::strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &parts);
    auto db = opened(practice);
    auto entry = core::audit_entry("test", "backup", "database", std::nullopt, "schema 3");
    entry.at = at;
    core::Transaction transaction(db);
    core::AuditLog(db).append(entry);
    transaction.commit();
}

std::int64_t clients_in(const Practice& practice) {
    auto db = opened(practice);
    auto row = db.prepare("SELECT count(*) FROM clients");
    row.step();
    return row.int64(0);
}

}  // namespace

TEST_CASE("the window reminds of a backup more than a week old, not of a recent one",
          "[gui][backup][screenshot]") {
    Practice practice;
    backed_up_days_ago(practice, 8);
    test::TempDir home;
    fs::create_directories(kScreenshots);
    const fs::path png = kScreenshots / "backup-reminder.png";
    fs::remove(png);
    auto run = run_window(
        home, {"--db", practice.db_file.string(), "--select-client", std::to_string(practice.naomi),
               "--size", "1280x800", "--screenshot", png.string()});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("backup reminder shown") != std::string::npos);
    CHECK(fs::exists(png));

    Practice recent;
    backed_up_days_ago(recent, 1);
    auto quiet = run_window(home, {"--db", recent.db_file.string(), "--exit-when-ready"});
    INFO(quiet.out << quiet.err);
    REQUIRE(quiet.exit_code == 0);
    CHECK(quiet.out.find("backup reminder not shown") != std::string::npos);
}

TEST_CASE("File > Back Up writes a backup the core accepts and the reminder goes",
          "[gui][backup]") {
    Practice practice;  // records, never backed up: reminded
    test::TempDir home;
    const fs::path file = home / "counselor-backup.cwbackup";
    auto run = run_window(home, {"--db", practice.db_file.string(), "--backup-to", file.string()});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    const auto written = run.out.find("backup written to " + file.string());
    const auto before = run.out.find("backup reminder shown");
    const auto after = run.out.find("backup reminder not shown");
    REQUIRE(written != std::string::npos);
    CHECK(before < written);
    CHECK(after > written);
    CHECK(after != std::string::npos);

    const auto header = core::verify_backup_file(file);
    CHECK(header.schema_version == opened(practice).schema_version());
    CHECK_FALSE(header.key);
    auto db = opened(practice);
    int backups = 0;
    for (const auto& row : core::AuditLog(db).recent(20))
        backups += row.action == "backup" && row.outcome == "ok";
    CHECK(backups == 1);

    auto next = run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    CHECK(next.out.find("backup reminder not shown") != std::string::npos);
}

TEST_CASE("File > Restore brings the backup back, a truncated backup changes nothing",
          "[gui][backup]") {
    Practice practice;
    test::TempDir home;
    const fs::path file = home / "before.cwbackup";
    {
        auto db = opened(practice);
        core::create_backup(db, {}, file, false, "test");
        core::RecordService(db, "test").add_client({"Added", "Later", {}, {}, {}});
    }
    REQUIRE(clients_in(practice) == 43);

    const fs::path truncated = home / "truncated.cwbackup";
    {
        const std::string bytes = test::bytes_of(file);
        std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    }
    // The window's first start records the plugins it loads; the refused
    // restore after it must add nothing.
    REQUIRE(run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"}).exit_code ==
            0);
    const auto snapshot = test::database_snapshot(practice.db_file);
    auto refused =
        run_window(home, {"--db", practice.db_file.string(), "--restore-from", truncated.string()});
    INFO(refused.out << refused.err);
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("nothing was restored") != std::string::npos);
    CHECK(refused.err.find("truncated") != std::string::npos);
    CHECK(test::database_snapshot(practice.db_file) == snapshot);

    auto run =
        run_window(home, {"--db", practice.db_file.string(), "--restore-from", file.string()});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    const auto restored_at = run.out.find("The practice is restored from");
    CHECK(restored_at != std::string::npos);
    // The window comes back by itself, on the restored practice.
    CHECK(run.out.find("ready in", restored_at) != std::string::npos);
    CHECK(clients_in(practice) == 42);
    bool kept_aside = false;
    for (const auto& entry : fs::directory_iterator(practice.dir.path()))
        kept_aside |= entry.path().filename().string().rfind("practice.db.before-restore-", 0) == 0;
    CHECK(kept_aside);
}
