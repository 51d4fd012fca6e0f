// Opening a practice database: where it may be created, what is refused and
// with which message, and the connection settings every action relies on.
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/store/database.hpp"

#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <sys/wait.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <cctype>
#include <ctime>
#include <regex>

using namespace counselor::core;
using counselor::test::database_error_from;
using counselor::test::file_bytes;
using counselor::test::folder_listing;
using counselor::test::read_only;
using counselor::test::row_count;
using counselor::test::scalar;
using counselor::test::TempDir;
using counselor::test::write_file;

namespace {

DatabaseOptions existing_only() {
    DatabaseOptions options;
    options.create_if_missing = false;
    return options;
}

struct Refusal {
    DatabaseError::Reason reason = DatabaseError::Reason::io;
    std::string message;
};

// What opening `path` for writing says to a user whom file permissions apply
// to. Root ignores them, so as root (as in CI) the opening happens in a
// child process that has become user nobody, owner of `folder` and its files.
Refusal refusal_for_unprivileged_user(const std::filesystem::path& folder,
                                      const std::filesystem::path& path) {
    if (::geteuid() != 0) {
        const DatabaseError error = database_error_from([&] { Database::open(path); });
        return {error.reason(), error.what()};
    }
    constexpr uid_t nobody = 65534;
    REQUIRE(::chown(folder.c_str(), nobody, nobody) == 0);
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        REQUIRE(::chown(entry.path().c_str(), nobody, nobody) == 0);
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ends[0]);
        std::string said = "opened";
        if (::setgid(nobody) == 0 && ::setuid(nobody) == 0) {
            try {
                Database::open(path);
            } catch (const DatabaseError& error) {
                said = std::to_string(static_cast<int>(error.reason())) + " " + error.what();
            }
        } else {
            said = "setuid failed";
        }
        const auto written = ::write(ends[1], said.data(), said.size());
        ::_exit(written == static_cast<ssize_t>(said.size()) ? 0 : 1);
    }
    ::close(ends[1]);
    std::string said;
    char buffer[512];
    for (ssize_t got; (got = ::read(ends[0], buffer, sizeof buffer)) > 0;)
        said.append(buffer, static_cast<std::size_t>(got));
    ::close(ends[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    INFO("the child said: " << said);
    const auto space = said.find(' ');
    REQUIRE((space != std::string::npos && std::isdigit(static_cast<unsigned char>(said[0]))));
    return {static_cast<DatabaseError::Reason>(std::stoi(said.substr(0, space))),
            said.substr(space + 1)};
}

DatabaseOptions quick_timeout() {
    DatabaseOptions options;
    options.busy_timeout_ms = 100;
    return options;
}

}  // namespace

TEST_CASE("store.database: a new database is created with its folders and the latest schema") {
    TempDir dir;
    const auto path = dir.path() / "nested" / "deeper" / "practice.db";
    Database db = Database::open(path);
    CHECK(std::filesystem::exists(path));
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(db.path() == path);
    CHECK_FALSE(db.read_only());
}

TEST_CASE("store.database: connections enforce foreign keys, use WAL and full sync") {
    TempDir dir;
    DatabaseOptions options;
    options.busy_timeout_ms = 1234;
    Database db = Database::open(dir / "practice.db", options);
    CHECK(scalar(db, "PRAGMA foreign_keys") == "1");
    CHECK(scalar(db, "PRAGMA journal_mode") == "wal");
    CHECK(scalar(db, "PRAGMA synchronous") == "2");  // FULL
    CHECK(scalar(db, "PRAGMA busy_timeout") == "1234");

    // Foreign keys in effect: a case member must be a real client.
    db.execute("INSERT INTO cases (kind, opened_at) VALUES ('individual', '2024-01-01T00:00:00Z')");
    CHECK_THROWS_AS(db.execute("INSERT INTO case_members VALUES (1, 999, 0)"), DatabaseError);
}

TEST_CASE("store.database: a missing file is refused when creating is not allowed") {
    TempDir dir;
    const auto path = dir / "absent.db";
    const DatabaseError error = database_error_from([&] { Database::open(path, existing_only()); });
    CHECK(error.reason() == DatabaseError::Reason::missing);
    CHECK_THAT(error.what(), Catch::Contains(path.string()) && Catch::Contains("no database"));
    CHECK_FALSE(std::filesystem::exists(path));

    SECTION("read-only opening never creates a file either") {
        const DatabaseError ro = database_error_from([&] { Database::open(path, read_only()); });
        CHECK(ro.reason() == DatabaseError::Reason::missing);
        CHECK(folder_listing(dir.path()).empty());
    }
}

TEST_CASE("store.database: a file that is not a database is refused and left as it was") {
    TempDir dir;
    const auto path = dir / "notes.txt";
    const std::string text = std::string(4096, 'x') + "\nthis is a letter, not a database\n";
    write_file(path, text);

    const DatabaseError error = database_error_from([&] { Database::open(path); });
    CHECK(error.reason() == DatabaseError::Reason::not_a_database);
    CHECK(std::string(error.what()) ==
          path.string() +
              " is not a Counselor Workstation database (or it is encrypted with another key)");
    CHECK(file_bytes(path) == text);
    CHECK(folder_listing(dir.path()) == std::set<std::string>{"notes.txt"});
}

TEST_CASE("store.database: a folder given as the database path is refused") {
    TempDir dir;
    const DatabaseError error = database_error_from([&] { Database::open(dir.path()); });
    CHECK(error.reason() == DatabaseError::Reason::cannot_open);
    CHECK_THAT(error.what(), Catch::Contains("is a folder"));
}

TEST_CASE("store.database: reopening keeps the data") {
    TempDir dir;
    {
        Database db = Database::open(dir / "practice.db");
        db.execute("INSERT INTO practice_settings VALUES ('practice_name', 'Riverside')");
    }
    Database db = Database::open(dir / "practice.db", existing_only());
    CHECK(scalar(db, "SELECT value FROM practice_settings") == "Riverside");
}

TEST_CASE("store.database: read-only opening reads but refuses every write") {
    TempDir dir;
    Database::open(dir / "practice.db")
        .execute("INSERT INTO practice_settings VALUES ('practice_name', 'Riverside')");
    Database db = Database::open(dir / "practice.db", read_only());
    CHECK(db.read_only());
    CHECK(scalar(db, "SELECT value FROM practice_settings") == "Riverside");
    CHECK_THROWS_AS(db.execute("DELETE FROM practice_settings"), DatabaseError);
    CHECK(row_count(db, "practice_settings") == 1);
}

TEST_CASE("store.database: a read-only file is refused for writing, with a clear reason",
          "[bad-input]") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database::open(path);
    std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    const auto error = refusal_for_unprivileged_user(dir.path(), path);
    CHECK(error.reason == DatabaseError::Reason::read_only);
    CHECK_THAT(error.message, Catch::Contains("read-only"));
    CHECK_NOTHROW(Database::open(path, read_only()));

    SECTION("a new database in a read-only folder") {
        std::filesystem::permissions(
            dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
        const auto folder = refusal_for_unprivileged_user(dir.path(), dir / "new.db");
        CHECK(folder.reason == DatabaseError::Reason::read_only);
        CHECK_THAT(folder.message, Catch::Contains("read-only"));
    }
}

TEST_CASE("store.database: a database busy in another program is reported as in use",
          "[bad-input]") {
    TempDir dir;
    const auto path = dir / "practice.db";
    Database other = Database::open(path);
    other.execute("BEGIN IMMEDIATE");  // another program in the middle of a write

    Database db = Database::open(path, quick_timeout());  // reading is still possible in WAL
    const DatabaseError error = database_error_from([&] { Transaction transaction(db); });
    CHECK(error.reason() == DatabaseError::Reason::locked);
    CHECK_THAT(error.what(), Catch::Contains("in use by another program"));

    other.execute("COMMIT");
    CHECK_NOTHROW(Transaction(db).commit());
}

TEST_CASE("store.database: statements bind and read back every kind of value") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, o TEXT, n INTEGER)");
    db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
        .bind(1, std::int64_t{9'000'000'000})
        .bind(2, 2.5)
        .bind(3, std::string("Zoë, with a 'quote'"))
        .bind(4, std::optional<std::string>())
        .bind(5, std::optional<std::int64_t>(7))
        .run();
    db.prepare("INSERT INTO t (s) VALUES (?)").bind(1, "").run();

    Statement query = db.prepare("SELECT i, r, s, o, n FROM t ORDER BY rowid");
    REQUIRE(query.step());
    CHECK(query.int64(0) == 9'000'000'000);
    CHECK(query.real(1) == 2.5);
    CHECK(query.text(2) == "Zoë, with a 'quote'");
    CHECK(query.is_null(3));
    CHECK(query.optional_text(3) == std::nullopt);
    CHECK(query.optional_int64(4) == 7);
    REQUIRE(query.step());
    CHECK(query.optional_text(2) == std::string());  // empty text stays text, not NULL
    CHECK_FALSE(query.step());
}

TEST_CASE("store.database: SQL mistakes are reported, not ignored") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    CHECK_THROWS_AS(db.prepare("SELEC 1"), DatabaseError);
    // A second statement in one prepare would silently never run.
    CHECK_THROWS_AS(db.prepare("SELECT 1; SELECT 2"), std::logic_error);
    CHECK_NOTHROW(db.prepare("SELECT 1;"));
}

TEST_CASE("store.database: error messages never contain the values that were bound") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    Statement insert = db.prepare("INSERT INTO cases (kind, title, opened_at) VALUES (?, ?, ?)");
    insert.bind(1, "Margaret Whitfield").bind(2, "secret title").bind(3, "2024-01-01T00:00:00Z");
    const DatabaseError error = database_error_from([&] { insert.run(); });
    CHECK_THAT(error.what(), !Catch::Contains("Whitfield") && !Catch::Contains("secret"));
    CHECK_THAT(error.what(), Catch::Contains("CHECK constraint failed"));
}

TEST_CASE("store.database: a transaction keeps its changes only when committed") {
    TempDir dir;
    Database db = Database::open(dir / "practice.db");
    {
        Transaction transaction(db);
        db.execute("INSERT INTO practice_settings VALUES ('a', '1')");
    }  // no commit: rolled back
    CHECK(row_count(db, "practice_settings") == 0);
    {
        Transaction transaction(db);
        db.execute("INSERT INTO practice_settings VALUES ('b', '2')");
        transaction.commit();
    }
    CHECK(row_count(db, "practice_settings") == 1);
}

TEST_CASE("store.database: with a key the file is encrypted and useless without it") {
    TempDir dir;
    const auto path = dir / "practice.db";
    DatabaseOptions keyed;
    keyed.raw_key_hex = std::string(64, 'a');
    Database::open(path, keyed).execute("INSERT INTO practice_settings VALUES ('k', 'visible')");

    CHECK(file_bytes(path).find("SQLite format 3") == std::string::npos);
    const DatabaseError error = database_error_from([&] { Database::open(path); });
    CHECK(error.reason() == DatabaseError::Reason::not_a_database);
    Database again = Database::open(path, keyed);
    CHECK(scalar(again, "SELECT value FROM practice_settings") == "visible");
}

TEST_CASE("store.database: a malformed key is refused without echoing it") {
    TempDir dir;
    DatabaseOptions keyed;
    keyed.raw_key_hex = "not-hex-SECRETKEY";
    const DatabaseError error =
        database_error_from([&] { Database::open(dir / "practice.db", keyed); });
    CHECK_THAT(error.what(),
               Catch::Contains("64 hexadecimal digits") && !Catch::Contains("SECRET"));
    CHECK_FALSE(std::filesystem::exists(dir / "practice.db"));
}

namespace {
// The C library's reading of the same clock, for utc_now to agree with.
std::string c_library_utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}
}  // namespace

TEST_CASE("store.database: utc_now is an ISO 8601 UTC timestamp") {
    CHECK(std::regex_match(utc_now(), std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")));
    // The same second as the C library says (ISO text sorts as time does),
    // whatever the time zone of the machine.
    const std::string before = c_library_utc_now();
    const std::string ours = utc_now();
    const std::string after = c_library_utc_now();
    CHECK(before <= ours);
    CHECK(ours <= after);
}
