// A practice database under a passphrase: the key derived with Argon2id from
// a salt in the key file beside it, every wrong way in refused with its own
// reason and the files left as they were, and a passphrase change that a
// crash at any step cannot lock the counselor out of.
#include "counselor/core/security/encrypted_database.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/security/key_file.hpp"

#include "database_snapshot.hpp"
#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace counselor::core;
using counselor::test::database_error_from;
using counselor::test::file_bytes;
using counselor::test::scalar;
using counselor::test::TempDir;
using counselor::test::write_file;
namespace fs = std::filesystem;

namespace {

// The cheapest costs Argon2id allows: these tests are about the files and
// the messages, not the cost of guessing.
PracticeOpenOptions with(const std::string& passphrase, bool create = false) {
    PracticeOpenOptions options;
    options.passphrase = Secret(passphrase);
    options.create_if_missing = create;
    options.new_opslimit = 1;
    options.new_memlimit = 8192;
    return options;
}

PracticeOpenOptions without_passphrase() {
    PracticeOpenOptions options;
    options.create_if_missing = false;
    return options;
}

void make_practice(const fs::path& db, const std::string& passphrase) {
    Database created = open_practice_database(db, with(passphrase, true));
    created.execute("INSERT INTO practice_settings VALUES ('practice.name', 'Canary Chapel')");
}

}  // namespace

TEST_CASE("store.encryption: a new database is encrypted with a key file beside it") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "correct horse");

    CHECK(is_encrypted(db));
    const auto key_file = nlohmann::json::parse(file_bytes(key_file_path(db)));
    CHECK(key_file["format"] == 1);
    CHECK(key_file["kdf"] == "argon2id13");
    CHECK(key_file["salt"].get<std::string>().size() == 32);
    CHECK(key_file["opslimit"] == 1);
    CHECK(key_file["memlimit"] == 8192);
    CHECK(file_bytes(db).find("SQLite format 3") == std::string::npos);
    CHECK(file_bytes(db).find("Canary Chapel") == std::string::npos);
    CHECK(file_bytes(key_file_path(db)).find("correct horse") == std::string::npos);

    Database again = open_practice_database(db, with("correct horse"));
    CHECK(scalar(again, "SELECT value FROM practice_settings") == "Canary Chapel");
}

TEST_CASE("store.encryption: the default costs are Argon2id's moderate region") {
    // libsodium's OPSLIMIT_MODERATE and MEMLIMIT_MODERATE: about half a
    // second of CPU per derivation on the project machine.
    const KeyParams params = new_key_params();
    CHECK(params.opslimit == 3);
    CHECK(params.memlimit == 256ull * 1024 * 1024);
    CHECK(new_key_params().salt_hex != params.salt_hex);
}

TEST_CASE("store.encryption: the same passphrase and salt give the same key, others do not") {
    const KeyParams params = new_key_params(1, 8192);
    const Secret key = derive_key_hex(Secret("pass one"), params);
    CHECK(key.size() == 64);
    CHECK(derive_key_hex(Secret("pass one"), params) == key);
    CHECK_FALSE(derive_key_hex(Secret("pass two"), params) == key);
    CHECK_FALSE(derive_key_hex(Secret("pass one"), new_key_params(1, 8192)) == key);
}

TEST_CASE("store.encryption: a wrong passphrase is refused and nothing changes") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "correct horse");
    const auto before = counselor::test::database_files(db);

    const auto error =
        database_error_from([&] { open_practice_database(db, with("wrong horse")); });
    CHECK(error.reason() == DatabaseError::Reason::wrong_passphrase);
    CHECK_THAT(error.what(),
               Catch::StartsWith("the passphrase is wrong") && !Catch::Contains("horse"));
    CHECK(counselor::test::database_files(db) == before);
}

TEST_CASE("store.encryption: an encrypted database without a passphrase asks for one") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "correct horse");
    const auto before = counselor::test::database_files(db);

    const auto error =
        database_error_from([&] { open_practice_database(db, without_passphrase()); });
    CHECK(error.reason() == DatabaseError::Reason::passphrase_needed);
    CHECK_THAT(error.what(), Catch::Contains("is encrypted") && Catch::Contains("passphrase"));
    CHECK(counselor::test::database_files(db) == before);

    PracticeOpenOptions create;
    create.create_if_missing = true;
    const auto refused =
        database_error_from([&] { open_practice_database(dir / "new.db", create); });
    CHECK(refused.reason() == DatabaseError::Reason::passphrase_needed);
    CHECK_FALSE(fs::exists(dir / "new.db"));
    CHECK_FALSE(fs::exists(key_file_path(dir / "new.db")));
}

TEST_CASE("store.encryption: a plain database where the key file expects an encrypted one") {
    TempDir dir;
    const auto db = dir / "practice.db";
    {
        PracticeOpenOptions plain = with("unused", true);
        plain.encrypt_new = false;
        open_practice_database(db, plain).execute(
            "INSERT INTO practice_settings VALUES ('a', 'b')");
    }
    CHECK_FALSE(is_encrypted(db));
    CHECK(file_bytes(db).find("SQLite format 3") == 0);
    KeyParams params = new_key_params(1, 8192);
    params.check_hex = key_check(derive_key_hex(Secret("correct horse"), params));
    write_key_file(key_file_path(db), params);
    const auto before = counselor::test::database_files(db);

    const auto error =
        database_error_from([&] { open_practice_database(db, with("correct horse")); });
    CHECK(error.reason() == DatabaseError::Reason::not_encrypted);
    CHECK_THAT(error.what(),
               Catch::Contains("is not encrypted") && Catch::Contains("practice.db.keyparams"));
    CHECK(counselor::test::database_files(db) == before);
}

TEST_CASE("store.encryption: an encrypted database whose key file is gone says so") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "correct horse");
    fs::remove(key_file_path(db));
    const auto before = counselor::test::database_files(db);

    const auto error =
        database_error_from([&] { open_practice_database(db, with("correct horse")); });
    CHECK(error.reason() == DatabaseError::Reason::not_a_database);
    CHECK_THAT(error.what(), Catch::Contains("its key file practice.db.keyparams is missing"));
    CHECK(counselor::test::database_files(db) == before);
}

TEST_CASE("store.encryption: a damaged encrypted database is not called a wrong passphrase",
          "[bad-input]") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "correct horse");
    {
        // Check-point the WAL into the file, then flip bytes in the first page.
        Database open = open_practice_database(db, with("correct horse"));
        open.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::string bytes = file_bytes(db);
    for (std::size_t i = 100; i < 200; ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
    write_file(db, bytes);

    const auto error =
        database_error_from([&] { open_practice_database(db, with("correct horse")); });
    CHECK(error.reason() == DatabaseError::Reason::corrupt);
    CHECK_THAT(error.what(),
               Catch::Contains("is damaged") && Catch::Contains("the passphrase is right"));
}

TEST_CASE("store.encryption: a passphrase change re-keys: the old one stops, the new one works") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "old words");
    const auto old_salt = read_key_file(key_file_path(db))->salt_hex;
    {
        Database open = open_practice_database(db, with("old words"));
        change_passphrase(open, Secret("new words"), "tester", 1, 8192);
        CHECK(scalar(open,
                     "SELECT action || '|' || record_type || '|' || outcome FROM audit_log "
                     "ORDER BY id DESC LIMIT 1") == "database.rekey|database|ok");
        CHECK(scalar(open, "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1").empty());
    }
    CHECK_FALSE(fs::exists(next_key_file_path(db)));
    CHECK(read_key_file(key_file_path(db))->salt_hex != old_salt);

    const auto before = counselor::test::database_files(db);
    const auto error = database_error_from([&] { open_practice_database(db, with("old words")); });
    CHECK(error.reason() == DatabaseError::Reason::wrong_passphrase);
    CHECK(counselor::test::database_files(db) == before);

    Database reopened = open_practice_database(db, with("new words"));
    CHECK(scalar(reopened, "SELECT value FROM practice_settings") == "Canary Chapel");
    CHECK(AuditLog(reopened).verify().intact());
}

TEST_CASE("store.encryption: a crash after the new key file, before the re-key, keeps the old") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "old words");
    // What change_passphrase writes first, then "crashes".
    KeyParams next = new_key_params(1, 8192);
    next.check_hex = key_check(derive_key_hex(Secret("new words"), next));
    write_key_file(next_key_file_path(db), next);
    const auto before = counselor::test::database_files(db);

    const auto error = database_error_from([&] { open_practice_database(db, with("new words")); });
    CHECK(error.reason() == DatabaseError::Reason::wrong_passphrase);
    CHECK_THAT(error.what(), Catch::Contains("did not finish: use the previous passphrase"));
    CHECK(counselor::test::database_files(db) == before);

    Database open = open_practice_database(db, with("old words"));
    CHECK(scalar(open, "SELECT value FROM practice_settings") == "Canary Chapel");
    CHECK_FALSE(fs::exists(next_key_file_path(db)));  // the void change is cleared
}

TEST_CASE("store.encryption: a crash after the re-key, before the rename, takes the new") {
    TempDir dir;
    const auto db = dir / "practice.db";
    make_practice(db, "old words");
    const auto old_key_file = file_bytes(key_file_path(db));
    {
        Database open = open_practice_database(db, with("old words"));
        change_passphrase(open, Secret("new words"), "tester", 1, 8192);
    }
    // As if the rename had not happened: the new key file still .next.
    fs::rename(key_file_path(db), next_key_file_path(db));
    write_file(key_file_path(db), old_key_file);
    const auto before = counselor::test::database_files(db);

    const auto error = database_error_from([&] { open_practice_database(db, with("old words")); });
    CHECK(error.reason() == DatabaseError::Reason::wrong_passphrase);
    CHECK_THAT(error.what(), Catch::Contains("was changed: use the new passphrase"));
    CHECK(counselor::test::database_files(db) == before);

    {
        Database open = open_practice_database(db, with("new words"));
        CHECK(scalar(open, "SELECT value FROM practice_settings") == "Canary Chapel");
    }
    CHECK_FALSE(fs::exists(next_key_file_path(db)));
    CHECK(file_bytes(key_file_path(db)) != old_key_file);
    CHECK_NOTHROW(open_practice_database(db, with("new words")));
}

TEST_CASE("store.encryption: a plain database cannot have its passphrase changed") {
    TempDir dir;
    const auto db = dir / "practice.db";
    PracticeOpenOptions plain = with("unused", true);
    plain.encrypt_new = false;
    Database open = open_practice_database(db, plain);
    const auto error =
        database_error_from([&] { change_passphrase(open, Secret("new"), "tester", 1, 8192); });
    CHECK(error.reason() == DatabaseError::Reason::not_encrypted);
    CHECK_FALSE(fs::exists(key_file_path(db)));
    CHECK_FALSE(fs::exists(next_key_file_path(db)));
}

TEST_CASE("store.encryption: a passphrase file loses one trailing line break, nothing else") {
    TempDir dir;
    write_file(dir / "unix", "two words\n");
    write_file(dir / "dos", "two words\r\n");
    write_file(dir / "spaces", " two words \n\n");
    write_file(dir / "empty", "\n");
    CHECK(read_passphrase_file((dir / "unix").string()).view() == "two words");
    CHECK(read_passphrase_file((dir / "dos").string()).view() == "two words");
    CHECK(read_passphrase_file((dir / "spaces").string()).view() == " two words \n");
    CHECK_THROWS_WITH(read_passphrase_file((dir / "empty").string()), Catch::Contains("is empty"));
    CHECK_THROWS_WITH(read_passphrase_file((dir / "missing").string()),
                      Catch::Contains("cannot read the passphrase file"));
}
