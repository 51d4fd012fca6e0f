// The audit trail as a hash chain: rows written by the program verify;
// a row changed, removed or slipped in behind the program's back is named.
#include "counselor/core/audit/audit_log.hpp"

#include "counselor/core/audit/audit_head.hpp"
#include "counselor/core/store/settings_repository.hpp"
#include "temp_dir.hpp"

#include <sys/stat.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace counselor::core;

namespace {

struct Trail {
    counselor::test::TempDir dir;
    Database db = Database::open(dir / "practice.db");

    void write(int rows) {
        for (int i = 0; i < rows; ++i) {
            Transaction transaction(db);
            AuditLog(db).append(audit_entry("jmoss", "client.view", "client", i + 1));
            transaction.commit();
        }
    }
    // What someone with the file and an SQLite shell could do: the triggers
    // that keep the program from changing rows do not stop them.
    void tamper(const std::string& sql) {
        db.execute("DROP TRIGGER IF EXISTS audit_log_no_update");
        db.execute("DROP TRIGGER IF EXISTS audit_log_no_delete");
        db.execute(sql);
    }
};

}  // namespace

TEST_CASE("audit: rows written by the program form an intact chain") {
    Trail trail;
    trail.write(5);
    const auto check = AuditLog(trail.db).verify();
    CHECK(check.intact());
    CHECK(check.rows_checked == 5);
    const auto rows = AuditLog(trail.db).recent(5);
    CHECK(rows[0].prev_hash == rows[1].hash);  // newest first: each names the one before
    CHECK(rows[4].prev_hash.empty());
    CHECK(rows[0].hash.size() == 64);
}

TEST_CASE("audit: a changed, removed or inserted row is named") {
    Trail trail;
    trail.write(6);

    SECTION("a row's detail changed") {
        trail.tamper("UPDATE audit_log SET actor = 'someone else' WHERE id = 3");
        const auto check = AuditLog(trail.db).verify();
        REQUIRE_FALSE(check.intact());
        CHECK(check.broken_at == 3);
        CHECK_THAT(check.problem, Catch::Contains("changed"));
    }
    SECTION("a row in the middle removed") {
        trail.tamper("DELETE FROM audit_log WHERE id = 4");
        const auto check = AuditLog(trail.db).verify();
        REQUIRE_FALSE(check.intact());
        CHECK(check.broken_at == 5);
        CHECK_THAT(check.problem, Catch::Contains("missing"));
    }
    SECTION("a row removed and the ids closed up behind it") {
        trail.tamper("DELETE FROM audit_log WHERE id = 2");
        trail.db.execute("UPDATE audit_log SET id = id - 1 WHERE id > 2");
        const auto check = AuditLog(trail.db).verify();
        REQUIRE_FALSE(check.intact());
        CHECK(check.broken_at == 2);
    }
    SECTION("the first row removed") {
        trail.tamper("DELETE FROM audit_log WHERE id = 1");
        CHECK(AuditLog(trail.db).verify().broken_at == 2);
    }
}

TEST_CASE("audit: rows from before the chain are counted, not checked") {
    Trail trail;
    trail.write(2);
    // As if rows 1-2 came from schema version 1 and the chain began after them.
    trail.tamper("UPDATE audit_log SET hash = NULL, prev_hash = NULL");
    {
        Transaction transaction(trail.db);
        SettingsRepository(trail.db).set("audit.chain_starts_after", "2");
        transaction.commit();
    }
    trail.write(3);
    const auto check = AuditLog(trail.db).verify();
    CHECK(check.intact());
    CHECK(check.rows_before_chain == 2);
    CHECK(check.rows_checked == 3);
}

TEST_CASE("audit: the newest rows removed are found by the head beside the database") {
    Trail trail;
    trail.write(6);
    REQUIRE(read_audit_head(trail.db.path())->row == 6);

    SECTION("the last two rows deleted") {
        trail.tamper("DELETE FROM audit_log WHERE id > 4");
        const auto check = AuditLog(trail.db).verify();
        REQUIRE_FALSE(check.intact());
        CHECK(check.rows_removed_at_end == 2);
        CHECK(check.describe() ==
              "the newest 2 audit rows were removed (the log ended at row 6, now ends at row 4)");
    }
    SECTION("every row deleted") {
        trail.tamper("DELETE FROM audit_log");
        CHECK(AuditLog(trail.db).verify().rows_removed_at_end == 6);
    }
    SECTION("the last row replaced by one hashed alike") {
        // Someone who removes row 6 and lets the program write a new row 6.
        trail.tamper("DELETE FROM audit_log WHERE id = 6");
        const AuditHead before = *read_audit_head(trail.db.path());
        trail.write(1);
        write_audit_head(trail.db.path(), before);  // as if the head were not moved on
        const auto check = AuditLog(trail.db).verify();
        REQUIRE_FALSE(check.intact());
        CHECK(check.end_rewritten);
        CHECK_THAT(check.describe(), Catch::Contains("row 6"));
    }
}

TEST_CASE("audit: a head left behind by a crash after commit is no alarm") {
    Trail trail;
    trail.write(3);
    const AuditHead after_three = *read_audit_head(trail.db.path());
    trail.write(2);
    // The crash: rows 4-5 committed, their head never written.
    write_audit_head(trail.db.path(), after_three);
    const auto check = AuditLog(trail.db).verify();
    CHECK(check.intact());
    CHECK(check.head_row == 3);
    CHECK(check.last_row == 5);
}

TEST_CASE("audit: the head moves once per transaction, and not on rollback") {
    Trail trail;
    trail.write(1);
    {
        Transaction transaction(trail.db);
        AuditChainWriter writer(trail.db);
        for (int i = 0; i < 3; ++i)
            writer.append(audit_entry("jmoss", "client.view", "client", i + 1));
        // Not yet: the rows are not committed.
        CHECK(read_audit_head(trail.db.path())->row == 1);
        transaction.commit();
    }
    CHECK(read_audit_head(trail.db.path())->row == 4);
    {
        Transaction transaction(trail.db);
        AuditLog(trail.db).append(audit_entry("jmoss", "client.view", "client", 1));
    }  // rolled back
    Transaction after(trail.db);
    after.commit();  // a later commit does not write the rolled-back head
    CHECK(read_audit_head(trail.db.path())->row == 4);
}

// The bytes hashed must never change, or every practice's stored chain
// would stop verifying: these hashes are SHA-256 of the rows as JSON arrays
// (computed outside the program), one row of plain ASCII and one with a
// quote, a newline and a letter outside ASCII.
TEST_CASE("audit: a row's hash is that of the row as a JSON array, as it always was") {
    Trail trail;
    auto first = audit_entry("ruth", "client.view", "client", 7, "case=3");
    first.at = "2026-01-02T03:04:05Z";
    auto second = audit_entry("ruth", "note.create", "note", std::nullopt, "said \"Zo\xC3\xAB\"\n");
    second.at = "2026-01-02T03:04:06Z";
    {
        Transaction transaction(trail.db);
        AuditLog(trail.db).append(first);
        AuditLog(trail.db).append(second);
        transaction.commit();
    }
    auto rows = trail.db.prepare("SELECT hash FROM audit_log ORDER BY id");
    REQUIRE(rows.step());
    CHECK(rows.text(0) == "af9912c99149338ae6fd88da30a7999b11b7b1965b3c8b8c939607d56f558c8f");
    REQUIRE(rows.step());
    CHECK(rows.text(0) == "9f5e4b65371523beff5dedc39083ba79c4883d89e491aae17977e651f762b2fe");
    CHECK(AuditLog(trail.db).verify().intact());
}

namespace {

std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void put_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

std::int64_t newest_row_of(Database& db) {
    return AuditLog(db).recent(1).at(0).id;
}

}  // namespace

TEST_CASE("audit: a head write torn by a crash leaves the head before it") {
    Trail trail;
    trail.write(3);
    const AuditHead third = *read_audit_head(trail.db.path());
    trail.write(1);
    const auto file = audit_head_path(trail.db.path());
    const std::string whole = file_bytes(file);
    // The write of row 4's head cut off halfway through its slot: whichever
    // slot holds row 4 is the one written last.
    std::string torn = whole;
    const std::size_t slot = torn.find("row=4") < torn.size() / 2 ? 0 : 1;
    torn.replace(slot * torn.size() / 2 + 60, 40, std::string(40, '\0'));
    put_bytes(file, torn);

    const auto head = read_audit_head(trail.db.path());
    REQUIRE(head);
    CHECK(head->row == third.row);
    CHECK(head->hash == third.hash);
    const auto check = AuditLog(trail.db).verify();
    CHECK(check.intact());
    CHECK(check.head_row == 3);

    trail.write(1);  // the next write goes on from the slot that stood
    CHECK(read_audit_head(trail.db.path())->row == 5);
    CHECK(AuditLog(trail.db).verify().intact());
}

TEST_CASE("audit: the head is written in place, in one of two slots") {
    Trail trail;
    trail.write(1);
    const auto file = audit_head_path(trail.db.path());
    const auto inode = [&] {
        struct stat info {};
        ::stat(file.c_str(), &info);
        return info.st_ino;
    };
    const auto before = inode();
    trail.write(5);
    CHECK(inode() == before);  // not a new file renamed over it each time
    CHECK(std::filesystem::file_size(file) == 512);
    CHECK(read_audit_head(trail.db.path())->row == 6);
    CHECK(AuditLog(trail.db).verify().intact());
}

TEST_CASE("audit: a head file that a power cut left empty or zeroed counts as no head") {
    Trail trail;
    trail.write(2);
    const auto file = audit_head_path(trail.db.path());
    for (const std::string& bytes :
         {std::string(), std::string(512, '\0'), std::string(256, '\0')}) {
        put_bytes(file, bytes);
        CHECK_FALSE(read_audit_head(trail.db.path()));
        CHECK(AuditLog(trail.db).verify().intact());
        trail.write(1);  // and the next commit writes one again
        CHECK(read_audit_head(trail.db.path())->row == newest_row_of(trail.db));
    }
}

TEST_CASE("audit: a head file whose both slots are damaged is named, and nothing changes") {
    Trail trail;
    trail.write(2);
    const auto file = audit_head_path(trail.db.path());
    std::string damaged = file_bytes(file);
    for (std::size_t at = 70; at < damaged.size(); at += 256)
        damaged[at] = damaged[at] == 'x' ? 'y' : 'x';
    put_bytes(file, damaged);
    REQUIRE_THROWS_WITH(read_audit_head(trail.db.path()),
                        "the audit head file " + file.string() +
                            " is unreadable; the newest audit rows cannot be checked");
    CHECK(file_bytes(file) == damaged);
    CHECK(AuditLog(trail.db).recent(10).size() == 2);
}

TEST_CASE("audit: a head file of the first format is read, then replaced by the next write") {
    Trail trail;
    trail.write(2);
    const auto rows = AuditLog(trail.db).recent(1);
    const auto file = audit_head_path(trail.db.path());
    put_bytes(file, R"({"format":1,"hash":")" + rows[0].hash + R"(","row":2})" + "\n");
    const auto head = read_audit_head(trail.db.path());
    REQUIRE(head);
    CHECK(head->row == 2);
    CHECK(head->hash == rows[0].hash);
    trail.tamper("DELETE FROM audit_log WHERE id = 2");
    CHECK(AuditLog(trail.db).verify().rows_removed_at_end == 1);

    Trail fresh;
    fresh.write(1);
    put_bytes(audit_head_path(fresh.db.path()),
              R"({"format":1,"hash":")" + AuditLog(fresh.db).recent(1)[0].hash + R"(","row":1})");
    fresh.write(1);
    CHECK(file_bytes(audit_head_path(fresh.db.path())).rfind("counselor-audit-head 2 ", 0) == 0);
    CHECK(read_audit_head(fresh.db.path())->row == 2);
    CHECK(AuditLog(fresh.db).verify().intact());
}
