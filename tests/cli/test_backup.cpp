// Backups through counselorctl: `backup` writes one checked file (encrypted
// with the database's key when the database is), `restore` checks it before
// anything is replaced and keeps the replaced database aside, `check` runs
// the database's own checks and the audit chain. Every refusal is one line
// and leaves the live database byte for byte as it was.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

#include <counselor/core/backup/backup.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/security/key_file.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
using test::file_bytes;
using test::Workspace;
using test::write_text;
namespace fs = std::filesystem;

namespace {

const std::string kCanaryName = "Quillonberry";

std::string client_list(const Workspace& w) {
    return w.ok({"--json", "client", "list"});
}

// The files the restore put aside, beside the database.
std::vector<fs::path> kept_aside(const Workspace& w) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(w.db().parent_path())) {
        const auto name = entry.path().filename().string();
        if (name.find("practice.db.before-restore-") == 0 &&
            name.find('-', std::string("practice.db.before-restore-").size()) ==
                std::string::npos &&
            entry.path().extension() != ".keyparams" && entry.path().extension() != ".audithead")
            found.push_back(entry.path());
    }
    return found;
}

// What a backup or restore writes on the way: none must stay behind.
std::vector<std::string> temporary_files(const Workspace& w) {
    std::vector<std::string> found;
    for (const auto& folder : {w.db().parent_path(), w.home()}) {
        for (const auto& entry : fs::directory_iterator(folder)) {
            const auto name = entry.path().filename().string();
            if (name.find(".restoring-") != std::string::npos ||
                name.find(".payload-") != std::string::npos ||
                name.find(".part-") != std::string::npos)
                found.push_back(name);
        }
    }
    return found;
}

// The newest audit row: what a refusal must have left.
nlohmann::json newest_audit_row(const Workspace& w) {
    const auto rows = w.json({"audit", "list", "--limit", "1"});
    REQUIRE(rows.size() == 1);
    return rows[0];
}

// A refused restore: exit 1, one line naming what is wrong, nothing stored
// changed but the refusal's audit row, which names no file.
void expect_restore_refused(const Workspace& w, const fs::path& from, const std::string& expected) {
    test::expect_refused(w, {"restore", "--from", from.string()}, expected, "audit_log");
    CHECK(kept_aside(w).empty());
    CHECK(temporary_files(w).empty());
    const auto row = newest_audit_row(w);
    CHECK(row["action"] == "restore");
    CHECK(row["outcome"] == "refused");
    CHECK(row["detail"].get<std::string>().find(from.filename().string()) == std::string::npos);
    CHECK(w.run({"audit", "verify"}).exit_code == 0);
}

}  // namespace

TEST_CASE("backup: a plain database round trip, the replaced database kept aside",
          "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto before = client_list(w);
    const auto file = w.home() / "practice.backup";
    auto made = w.json({"backup", "--out", file.string()});
    CHECK(made["encrypted"] == false);
    CHECK(fs::exists(file));
    CHECK(file_bytes(file).rfind(std::string(core::kBackupMagic) + "\n", 0) == 0);
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);

    CHECK_THAT(w.ok({"audit", "list"}), Catch::Contains("backup"));
    w.add_client("Samuel", "Later");
    const auto live = test::database_snapshot(w.db());
    CHECK_THAT(w.ok({"restore", "--from", file.string()}), Catch::Contains("kept as"));
    CHECK(client_list(w) == before);
    CHECK(temporary_files(w).empty());
    const auto aside = kept_aside(w);
    REQUIRE(aside.size() == 1);
    CHECK(test::database_snapshot(aside.front()) == live);
    CHECK_THAT(w.ok({"audit", "list"}), Catch::Contains("restore"));
    CHECK_THAT(w.ok({"check"}), Catch::Contains("audit chain: ok"));
}

TEST_CASE("backup: an encrypted database's backup is encrypted and restores with its passphrase",
          "[cli][backup][encryption]") {
    Workspace w;
    const auto passphrase = write_text(w, "passphrase", "lantern heron seven\n");
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = passphrase.string();
    w.ok({"init"});
    w.add_client(kCanaryName, "Ostrander");
    const auto before = client_list(w);
    const auto file = w.home() / "practice.backup";
    auto made = w.json({"backup", "--out", file.string()});
    CHECK(made["encrypted"] == true);
    const auto bytes = file_bytes(file);
    CHECK(bytes.find(kCanaryName) == std::string::npos);
    CHECK(bytes.find("Ostrander") == std::string::npos);

    w.add_client("Samuel", "Later");
    w.ok({"restore", "--from", file.string()});
    CHECK(client_list(w) == before);
    CHECK_THAT(client_list(w), Catch::Contains(kCanaryName));
    const auto aside = kept_aside(w);
    REQUIRE(aside.size() == 1);
    CHECK(fs::exists(core::key_file_path(aside.front())));
    CHECK(fs::exists(core::key_file_path(w.db())));
}

TEST_CASE("backup: the canary is in a plain backup (the test above can fail)", "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client(kCanaryName, "Ostrander");
    const auto file = w.home() / "practice.backup";
    w.ok({"backup", "--out", file.string()});
    CHECK(file_bytes(file).find(kCanaryName) != std::string::npos);
}

TEST_CASE("backup: a wrong passphrase for an encrypted backup is refused", "[cli][backup]") {
    Workspace w;
    const auto passphrase = write_text(w, "passphrase", "lantern heron seven\n");
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = passphrase.string();
    w.ok({"init"});
    const auto file = w.home() / "practice.backup";
    w.ok({"backup", "--out", file.string()});
    const auto wrong = write_text(w, "wrong", "not the passphrase\n");
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = wrong.string();
    const auto bytes = test::database_files(w.db());
    auto run = w.run({"restore", "--from", file.string()});
    INFO(run.err);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("passphrase is wrong"));
    CHECK(test::database_files(w.db()) == bytes);
}

TEST_CASE("backup: truncated, changed, foreign and empty backups are refused, nothing replaced",
          "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto file = w.home() / "practice.backup";
    w.ok({"backup", "--out", file.string()});
    const auto good = file_bytes(file);
    w.add_client("Samuel", "Later");

    SECTION("truncated") {
        const auto cut = write_text(w, "cut.backup", good.substr(0, good.size() - 100));
        expect_restore_refused(w, cut, "is truncated");
    }
    SECTION("one byte of the database changed") {
        auto changed = good;
        changed[changed.size() - 2000] = static_cast<char>(changed[changed.size() - 2000] ^ 0x01);
        const auto flipped = write_text(w, "flipped.backup", changed);
        expect_restore_refused(w, flipped, "is damaged");
    }
    SECTION("a random file") {
        std::string noise;
        for (int i = 0; i < 5000; ++i)
            noise += static_cast<char>((i * 7919 + 13) % 256);
        const auto random = write_text(w, "random.backup", noise);
        expect_restore_refused(w, random, "is not a Counselor Workstation backup");
    }
    SECTION("an empty file") {
        const auto empty = write_text(w, "empty.backup", "");
        expect_restore_refused(w, empty, "is not a Counselor Workstation backup");
    }
    SECTION("the database itself") {
        expect_restore_refused(w, w.db(), "is not a Counselor Workstation backup");
    }
}

TEST_CASE("backup: a backup from a newer schema is refused", "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto newer = w.home() / "newer.db";
    fs::copy_file(w.db(), newer);
    core::Database::open(newer).execute("PRAGMA user_version = 999");
    core::BackupHeader header;
    SECTION("its header says so") {
        header.schema_version = 999;
    }
    SECTION("its header does not, the database does") {
        header.schema_version = 3;
    }
    const auto file = w.home() / "newer.backup";
    core::write_backup_file(newer, header, file, false);
    expect_restore_refused(w, file, "newer version");
}

TEST_CASE("backup: an existing file is replaced only with --replace", "[cli][backup]") {
    Workspace w;
    w.init();
    const auto file = write_text(w, "practice.backup", "keep me");
    const auto before_audit = test::database_snapshot(w.db(), "audit_log");
    auto run = w.run({"backup", "--out", file.string()});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("exists"));
    CHECK(file_bytes(file) == "keep me");
    CHECK(test::database_snapshot(w.db(), "audit_log") == before_audit);
    const auto row = newest_audit_row(w);
    CHECK(row["action"] == "backup");
    CHECK(row["outcome"] == "refused");
    CHECK(row["detail"] == "file exists");
    w.ok({"backup", "--out", file.string(), "--replace"});
    CHECK(file_bytes(file).rfind(std::string(core::kBackupMagic), 0) == 0);
}

TEST_CASE("backup: goes on while another connection holds a write transaction", "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto before = client_list(w);
    const auto file = w.home() / "practice.backup";
    {
        auto writer = core::Database::open(w.db());
        writer.execute("BEGIN IMMEDIATE");
        writer.execute("CREATE TABLE unfinished (x)");
        auto run = w.run({"backup", "--out", file.string()});
        INFO(run.err);
        CHECK(run.exit_code == 0);
        // The audit row waits for the writer; the backup itself does not.
        CHECK((run.err.empty() || run.err.find("audit row is not") != std::string::npos));
        writer.execute("COMMIT");
    }
    w.ok({"restore", "--from", file.string()});
    CHECK(client_list(w) == before);
    auto db = core::Database::open(w.db());
    auto table = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'unfinished'");
    REQUIRE(table.step());
    CHECK(table.int64(0) == 0);
    CHECK_THAT(w.ok({"check"}), Catch::Contains("integrity: ok"));
}

TEST_CASE("check: a healthy database is ok, a changed audit row is found", "[cli][check]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto healthy = w.ok({"check"});
    CHECK_THAT(healthy, Catch::Contains("integrity: ok") && Catch::Contains("foreign keys: ok") &&
                            Catch::Contains("audit chain: ok"));
    {
        auto db = core::Database::open(w.db());
        db.execute("DROP TRIGGER audit_log_no_update");
        db.execute("UPDATE audit_log SET actor = 'someone else'");
    }
    auto run = w.run({"check"});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.out, Catch::Contains("integrity: ok") &&
                            Catch::Contains("audit chain: problem: audit row "));
    CHECK_THAT(run.err, Catch::Contains("audit chain"));
}

namespace {

// A case member who points at no client, as a crash of another tool or a
// hand edit could leave behind.
void break_a_foreign_key(const fs::path& db_file) {
    auto db = core::Database::open(db_file);
    db.execute("PRAGMA foreign_keys = OFF");
    db.execute("INSERT INTO cases (kind, opened_at) VALUES ('individual', '2026-11-20')");
    db.execute("INSERT INTO case_members (case_id, client_id, position) VALUES (1, 999, 0)");
}

}  // namespace

TEST_CASE("check: a row pointing at a missing record is found", "[cli][check]") {
    Workspace w;
    w.init();
    break_a_foreign_key(w.db());
    auto run = w.run({"check"});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.out, Catch::Contains("integrity: ok") &&
                            Catch::Contains("foreign keys: problem: 1 rows") &&
                            Catch::Contains("case_members") && Catch::Contains("audit chain: ok"));
    CHECK_THAT(run.err, Catch::Contains("foreign keys"));
}

TEST_CASE("backup: a backup whose database breaks a foreign key is refused", "[cli][backup]") {
    Workspace w;
    w.init();
    w.add_client("Ruth", "Okafor");
    const auto broken = w.home() / "broken.db";
    fs::copy_file(w.db(), broken);
    break_a_foreign_key(broken);
    const auto file = w.home() / "broken.backup";
    core::write_backup_file(broken, {}, file, false);
    expect_restore_refused(w, file, "points at a missing row");
}

TEST_CASE("backup: a separate backup passphrase encrypts a plain practice's backup",
          "[cli][backup][encryption]") {
    Workspace w;
    w.init();
    w.add_client(kCanaryName, "Ostrander");
    const auto before = client_list(w);
    const auto backup_passphrase = write_text(w, "backup-passphrase", "copper kestrel nine\n");
    const auto file = w.home() / "practice.backup";
    auto made = w.json(
        {"backup", "--out", file.string(), "--backup-passphrase-file", backup_passphrase.string()});
    CHECK(made["encrypted"] == true);
    CHECK(made["own_passphrase"] == true);
    CHECK(file_bytes(file).find(kCanaryName) == std::string::npos);
    CHECK(core::verify_backup_file(file).own_passphrase);
    w.add_client("Samuel", "Later");

    SECTION("without its passphrase, or with a wrong one, nothing changes") {
        expect_restore_refused(w, file, "--backup-passphrase-file");
        const auto wrong = write_text(w, "wrong", "not the passphrase\n");
        test::expect_refused(
            w, {"restore", "--from", file.string(), "--backup-passphrase-file", wrong.string()},
            "passphrase is wrong", "audit_log");
        CHECK_FALSE(core::is_encrypted(w.db()));
    }
    SECTION("with it, the practice comes back encrypted under that passphrase") {
        const auto said = w.ok({"restore", "--from", file.string(), "--backup-passphrase-file",
                                backup_passphrase.string()});
        CHECK_THAT(said, Catch::Contains("encrypted with the backup's passphrase"));
        CHECK(core::is_encrypted(w.db()));
        CHECK(w.run({"client", "list"}).exit_code != 0);
        w.environment["COUNSELOR_PASSPHRASE_FILE"] = backup_passphrase.string();
        CHECK(client_list(w) == before);
        CHECK_THAT(w.ok({"check"}), Catch::Contains("audit chain: ok"));
    }
}

TEST_CASE("backup: an encrypted practice's backup under its own passphrase", "[cli][backup]") {
    Workspace w;
    const auto passphrase = write_text(w, "passphrase", "lantern heron seven\n");
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = passphrase.string();
    w.ok({"init"});
    w.add_client(kCanaryName, "Ostrander");
    const auto backup_passphrase = write_text(w, "backup-passphrase", "copper kestrel nine\n");
    const auto file = w.home() / "practice.backup";
    w.ok(
        {"backup", "--out", file.string(), "--backup-passphrase-file", backup_passphrase.string()});
    CHECK(file_bytes(file).find(kCanaryName) == std::string::npos);
    // The practice's passphrase does not open it.
    auto run = w.run({"restore", "--from", file.string()});
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("--backup-passphrase-file"));
    w.ok({"restore", "--from", file.string(), "--backup-passphrase-file",
          backup_passphrase.string()});
    CHECK(w.run({"client", "list"}).exit_code != 0);
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = backup_passphrase.string();
    CHECK_THAT(client_list(w), Catch::Contains(kCanaryName));
}
