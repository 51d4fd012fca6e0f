// Schema versions: upgrading keeps data, a failed upgrade changes nothing, a
// database from a newer program is never touched; and the rules the schema
// itself enforces (signed notes, the audit trail).
#include "counselor/core/store/database.hpp"
#include "counselor/core/store/migrations.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace counselor::core;
using counselor::test::database_error_from;
using counselor::test::file_bytes;
using counselor::test::file_still_holds;
using counselor::test::folder_listing;
using counselor::test::read_only;
using counselor::test::row_count;
using counselor::test::scalar;
using counselor::test::TempDir;

namespace {

const Migration v1{1, "0001_people.sql",
                   "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"};
const Migration v2{2, "0002_people_email.sql", "ALTER TABLE people ADD COLUMN email TEXT;"};
const Migration v2_broken{2, "0002_broken.sql",
                          "ALTER TABLE people ADD COLUMN email TEXT;\n"
                          "CREATE TABLEE typo (id INTEGER);"};

bool has_column(Database& db, const std::string& table, const std::string& column) {
    Statement info = db.prepare("PRAGMA table_info(" + table + ")");
    while (info.step()) {
        if (info.text(1) == column) return true;
    }
    return false;
}

// A database the "next version" of the program wrote: schema 99. In rollback
// journal mode (as a backup copy is), so that switching it to WAL before
// checking the version would change the file.
void make_newer_database(const std::filesystem::path& path) {
    Database db = Database::open(path);
    db.execute("INSERT INTO practice_settings VALUES ('practice_name', 'Riverside')");
    db.execute("PRAGMA user_version = 99");
    CHECK(scalar(db, "PRAGMA journal_mode = DELETE") == "delete");
}

}  // namespace

TEST_CASE("store.migrations: the shipped migrations are numbered from 1 without gaps") {
    const auto& migrations = embedded_migrations();
    REQUIRE_FALSE(migrations.empty());
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        CHECK(migrations[i].version == static_cast<int>(i + 1));
        CHECK_FALSE(migrations[i].sql.empty());
    }
    CHECK(migrations.front().name == "0001_initial.sql");
    CHECK(latest_schema_version() == migrations.back().version);
}

TEST_CASE("store.migrations: a fresh database has every table of the design") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    for (const char* table : {"practice_settings", "clients", "cases", "case_members", "sessions",
                              "session_attendees", "notes", "note_addenda", "administrations",
                              "homework_assignments", "flags", "plugin_data", "audit_log"}) {
        INFO(table);
        CHECK(scalar(db, std::string("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                     "name = '") +
                             table + "'") == table);
    }
    CHECK(std::stoi(scalar(db, "PRAGMA user_version")) == latest_schema_version());
    // The schema is consistent: every foreign key names a real table and column.
    CHECK(scalar(db, "PRAGMA foreign_key_check").empty());
}

TEST_CASE("store.migrations: an older database is upgraded and keeps its data") {
    TempDir dir;
    const auto path = dir / "practice.db";
    {
        Database db = Database::open(path, {}, {v1});
        CHECK(db.schema_version() == 1);
        db.execute("INSERT INTO people (name) VALUES ('Ruth')");
    }
    Database db = Database::open(path, {}, {v1, v2});
    CHECK(db.schema_version() == 2);
    CHECK(scalar(db, "PRAGMA user_version") == "2");
    CHECK(has_column(db, "people", "email"));
    CHECK(scalar(db, "SELECT name FROM people") == "Ruth");
}

TEST_CASE("store.migrations: migrations already applied are not run again") {
    TempDir dir;
    const Migration seeding{1, "0001_seed.sql",
                            "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);"};
    Database::open(dir / "practice.db", {}, {seeding});
    Database db = Database::open(dir / "practice.db", {}, {seeding});
    CHECK(row_count(db, "t") == 1);
}

TEST_CASE("store.migrations: a failing migration leaves the database at its old version") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database::open(path, {}, {v1}).execute("INSERT INTO people (name) VALUES ('Ruth')");

    const DatabaseError error = database_error_from([&] {
        Database::open(path, {}, {v1, v2_broken});
    });
    CHECK_THAT(error.what(), Catch::Contains("0002_broken.sql") &&
                                 Catch::Contains("syntax error") && Catch::Contains(path.string()));

    Database db = Database::open(path, {}, {v1});
    CHECK(db.schema_version() == 1);
    CHECK_FALSE(has_column(db, "people", "email"));  // the first half was rolled back too
    CHECK(scalar(db, "SELECT name FROM people") == "Ruth");

    SECTION("and the fixed migration applies afterwards") {
        db = Database::open(path, {}, {v1, v2});
        CHECK(db.schema_version() == 2);
    }
}

TEST_CASE("store.migrations: an upgrade waits for another program, then reports it in use") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database other = Database::open(path, {}, {v1});
    other.execute("BEGIN IMMEDIATE");

    DatabaseOptions impatient;
    impatient.busy_timeout_ms = 100;
    const DatabaseError error = database_error_from([&] {
        Database::open(path, impatient, {v1, v2});
    });
    CHECK(error.reason() == DatabaseError::Reason::locked);
    CHECK_THAT(error.what(), Catch::Contains("in use by another program"));

    other.execute("COMMIT");
    CHECK(Database::open(path, impatient, {v1, v2}).schema_version() == 2);
}

TEST_CASE("store.migrations: a database from a newer program is refused and not touched") {
    TempDir dir;
    const auto path = dir / "practice.db";
    make_newer_database(path);
    const std::string before = file_bytes(path);
    const auto files_before = folder_listing(dir.path());

    const DatabaseError error = database_error_from([&] { Database::open(path); });
    CHECK(error.reason() == DatabaseError::Reason::newer_schema);
    CHECK(std::string(error.what()) ==
          path.string() +
              ": the database was written by a newer version of Counselor Workstation (schema "
              "99; this program knows up to " +
              std::to_string(latest_schema_version()) + "). Install the newer version to open it.");
    CHECK(file_still_holds(path, before));
    CHECK(folder_listing(dir.path()) == files_before);

    SECTION("read-only opening refuses it too") {
        const DatabaseError ro = database_error_from([&] { Database::open(path, read_only()); });
        CHECK(ro.reason() == DatabaseError::Reason::newer_schema);
        CHECK(file_still_holds(path, before));
    }
}

TEST_CASE("store.migrations: a newer schema still only in the write-ahead log is refused") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database newer = Database::open(path);  // stays open, so its log is not folded in yet
    newer.execute("PRAGMA user_version = 99");
    const std::string before = file_bytes(path);

    const DatabaseError error = database_error_from([&] { Database::open(path); });
    CHECK(error.reason() == DatabaseError::Reason::newer_schema);
    CHECK(file_still_holds(path, before));
}

TEST_CASE("store.migrations: read-only opening does not upgrade an older database") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database::open(path, {}, {v1});
    const std::string before = file_bytes(path);
    Database db = Database::open(path, read_only(), {v1, v2});
    CHECK(db.schema_version() == 1);
    CHECK(file_still_holds(path, before));
}

TEST_CASE("store.migrations: signed notes cannot be changed or deleted") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    db.execute(
        "INSERT INTO cases (id, kind, opened_at) VALUES (1, 'individual', '2024-01-01T00:00:00Z');"
        "INSERT INTO notes (id, case_id, body, created_at, updated_at) VALUES"
        " (1, 1, '{\"text\":\"draft\"}', '2024-01-02T00:00:00Z', '2024-01-02T00:00:00Z');");

    // A draft can be edited and then signed.
    CHECK_NOTHROW(db.execute("UPDATE notes SET body = '{\"text\":\"final\"}' WHERE id = 1"));
    CHECK_NOTHROW(
        db.execute("UPDATE notes SET status = 'signed', signed_at = '2024-01-02T01:00:00Z',"
                   " signed_by = 'counselor' WHERE id = 1"));

    const DatabaseError update = database_error_from(
        [&] { db.execute("UPDATE notes SET body = '{\"text\":\"changed\"}' WHERE id = 1"); });
    CHECK_THAT(update.what(), Catch::Contains("signed notes cannot be changed"));
    const DatabaseError erase =
        database_error_from([&] { db.execute("DELETE FROM notes WHERE id = 1"); });
    CHECK_THAT(erase.what(), Catch::Contains("signed notes cannot be changed"));
    CHECK(scalar(db, "SELECT body FROM notes WHERE id = 1") == "{\"text\":\"final\"}");

    SECTION("an addendum is added, and then is as fixed as the note") {
        db.execute(
            "INSERT INTO note_addenda (note_id, body, signed_at, signed_by, created_at) VALUES"
            " (1, 'correction', '2024-01-03T00:00:00Z', 'counselor', '2024-01-03T00:00:00Z')");
        CHECK_THROWS_WITH(db.execute("UPDATE note_addenda SET body = 'x'"),
                          Catch::Contains("cannot be changed"));
        CHECK_THROWS_WITH(db.execute("DELETE FROM note_addenda"),
                          Catch::Contains("cannot be changed"));
        CHECK(row_count(db, "note_addenda") == 1);
    }
}

TEST_CASE("store.migrations: the audit log can be appended to but not edited") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    db.execute(
        "INSERT INTO audit_log (at, actor, action) VALUES ('2024-01-01T00:00:00Z', 'c', 'x')");
    CHECK_THROWS_WITH(db.execute("UPDATE audit_log SET actor = 'someone else'"),
                      Catch::Contains("audit log cannot be changed"));
    CHECK_THROWS_WITH(db.execute("DELETE FROM audit_log"),
                      Catch::Contains("audit log cannot be changed"));
    CHECK(row_count(db, "audit_log") == 1);
}

TEST_CASE("store.migrations: the schema refuses values outside its lists") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    CHECK_THROWS_AS(
        db.execute("INSERT INTO cases (kind, opened_at) VALUES ('group', '2024-01-01T00:00:00Z')"),
        DatabaseError);
    CHECK_THROWS_AS(db.execute("INSERT INTO flags (client_id, code, severity, message, source, "
                               "raised_at) VALUES (NULL, 'c', 'info', 'm', 's', 'now')"),
                    DatabaseError);  // a flag belongs to a client or a case
    CHECK(row_count(db, "cases") == 0);
}
