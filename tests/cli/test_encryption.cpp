// Encryption at rest through counselorctl: a new database is encrypted with
// the passphrase from a file, nothing a counselor typed can be read from the
// files on disk without it, and every wrong way in says what is wrong in one
// line and leaves the files as they were.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"

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
const std::string kCanarySentence = "The brass heron sings of seven lanterns";

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1))
        ++count;
    return count;
}

// A refusal: exit 1, one line on stderr saying `expected`, no output.
void expect_one_line(const test::ProcessResult& result, const std::string& expected) {
    INFO("stdout: " << result.out << "stderr: " << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::StartsWith("counselorctl: ") && Catch::Contains(expected));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

struct CanaryRecords {
    std::string client, note;
};

// A client with the canary name and a draft note holding the canary sentence.
CanaryRecords write_canaries(const Workspace& w) {
    CanaryRecords ids;
    ids.client = w.add_client(kCanaryName, "Ostrander");
    const auto case_id =
        first_line(w.ok({"case", "open", "--kind", "individual", "--client", ids.client}));
    const auto session = first_line(
        w.ok({"session", "add", "--case", case_id, "--at", "2026-11-20 10:00", "--minutes", "50"}));
    const auto fields =
        write_text(w, "fields.json", nlohmann::json{{"subjective", kCanarySentence}}.dump());
    ids.note = first_line(w.ok(
        {"note", "add", "--session", session, "--template", "soap", "--fields", fields.string()}));
    return ids;
}

// Every file a counselor's data is in: the database, the -wal file (held
// open by `holder` so the writes stay in it), and a copy of both as a
// backup to a stick would be.
std::string bytes_on_disk(const Workspace& w) {
    const fs::path wal(w.db().string() + "-wal");
    const fs::path copy = w.home() / "copy-of-practice.db";
    fs::copy_file(w.db(), copy, fs::copy_options::overwrite_existing);
    return file_bytes(w.db()) + file_bytes(wal) + file_bytes(copy);
}

}  // namespace

TEST_CASE("encryption: canary name and note are absent from the files, present when unlocked",
          "[cli][encryption]") {
    Workspace w;
    const auto passphrase = write_text(w, "passphrase", "lantern heron seven\n");
    w.environment["COUNSELOR_PASSPHRASE_FILE"] = passphrase.string();
    auto init = w.json({"init"});
    CHECK(init["encrypted"] == true);
    CHECK(fs::exists(core::key_file_path(w.db())));

    // A second connection keeps the -wal file from being checkpointed away
    // when counselorctl exits, so the test also reads what sits in it.
    core::PracticeOpenOptions open;
    open.passphrase = core::read_passphrase_file(passphrase.string());
    auto holder = core::open_practice_database(w.db(), open);
    const auto ids = write_canaries(w);

    const fs::path wal(w.db().string() + "-wal");
    REQUIRE(fs::exists(wal));
    CHECK(fs::file_size(wal) > 0);
    const auto disk = bytes_on_disk(w);
    CHECK(occurrences(disk, kCanaryName) == 0);
    CHECK(occurrences(disk, kCanarySentence) == 0);
    CHECK(occurrences(disk, "Ostrander") == 0);

    // Unlocked with the passphrase, both are there.
    CHECK_THAT(w.ok({"client", "show", ids.client}), Catch::Contains(kCanaryName));
    CHECK_THAT(w.ok({"note", "show", ids.note}), Catch::Contains(kCanarySentence));
}

TEST_CASE("encryption: without encryption the canary is in the files (the test above can fail)",
          "[cli][encryption]") {
    Workspace w;
    w.init();
    CHECK_FALSE(fs::exists(core::key_file_path(w.db())));
    auto holder = core::open_practice_database(w.db(), {});
    write_canaries(w);
    const auto disk = bytes_on_disk(w);
    CHECK(occurrences(disk, kCanaryName) > 0);
    CHECK(occurrences(disk, kCanarySentence) > 0);
}

TEST_CASE("encryption: init without a passphrase refuses and names the ways forward",
          "[cli][encryption]") {
    Workspace w;
    auto result = w.run({"init"});
    expect_one_line(result, "a new database is encrypted");
    CHECK_THAT(result.err, Catch::Contains("--passphrase-file") &&
                               Catch::Contains("COUNSELOR_PASSPHRASE_FILE") &&
                               Catch::Contains("init --no-encryption"));
    CHECK_FALSE(fs::exists(w.db()));
    CHECK_FALSE(fs::exists(core::key_file_path(w.db())));

    // The default database, created on first use, is encrypted the same way.
    auto first_use = w.bare({"client", "add", "--first", "Ann", "--last", "Lee"});
    expect_one_line(first_use, "a new database is encrypted");
    CHECK_FALSE(fs::exists(w.data() / "counselor.db"));
}

TEST_CASE("encryption: the default database is created encrypted on first use",
          "[cli][encryption]") {
    Workspace w;
    const auto passphrase = write_text(w, "passphrase", "first use words");
    auto added = w.bare({"--passphrase-file", passphrase.string(), "client", "add", "--first",
                         "Ann", "--last", "Lee"});
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(fs::exists(core::key_file_path(w.data() / "counselor.db")));
    CHECK(occurrences(file_bytes(w.data() / "counselor.db"), "SQLite format 3") == 0);
    auto locked = w.bare({"client", "list"});
    expect_one_line(locked, "is encrypted: give its passphrase with --passphrase-file");
}

TEST_CASE("encryption: a wrong passphrase says so in one line and changes nothing",
          "[cli][encryption][bad-input]") {
    Workspace w;
    const auto right = write_text(w, "right", "the right words\n");
    const auto wrong = write_text(w, "wrong", "the wrong words\n");
    w.ok({"--passphrase-file", right.string(), "init"});
    const auto before = test::database_files(w.db());

    auto result = w.run(
        {"--passphrase-file", wrong.string(), "client", "add", "--first", "Ann", "--last", "Lee"});
    expect_one_line(result, "the passphrase is wrong");
    CHECK_THAT(result.err, !Catch::Contains("wrong words"));
    CHECK(test::database_files(w.db()) == before);

    auto missing = w.run({"client", "list"});
    expect_one_line(missing,
                    "is encrypted: give its passphrase with --passphrase-file FILE or "
                    "COUNSELOR_PASSPHRASE_FILE");
    CHECK(test::database_files(w.db()) == before);

    auto unreadable =
        w.run({"--passphrase-file", (w.home() / "nowhere").string(), "client", "list"});
    expect_one_line(unreadable, "cannot read the passphrase file");
    CHECK(test::database_files(w.db()) == before);

    // Never from an argument: there is no option that takes the passphrase itself.
    auto typed = w.run({"--passphrase", "the right words", "client", "list"});
    CHECK(typed.exit_code == 2);
}

TEST_CASE("encryption: a plain database where an encrypted one is expected is refused",
          "[cli][encryption][bad-input]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    // A key file from another, encrypted practice put beside the plain one.
    Workspace other;
    const auto passphrase = write_text(other, "passphrase", "other words");
    other.ok({"--passphrase-file", passphrase.string(), "init"});
    fs::copy_file(core::key_file_path(other.db()), core::key_file_path(w.db()));
    const auto before = test::database_snapshot(w.db());
    const auto bytes_before = test::database_files(w.db());

    auto result = w.run({"--passphrase-file", passphrase.string(), "client", "list"});
    expect_one_line(result,
                    "is not encrypted, but the key file practice.db.keyparams beside it "
                    "says it should be");
    CHECK(test::database_files(w.db()) == bytes_before);
    CHECK(test::database_snapshot(w.db()) == before);

    // And the other way round: an encrypted database whose key file is gone.
    fs::remove(core::key_file_path(other.db()));
    const auto other_before = test::database_files(other.db());
    auto lost = other.run({"--passphrase-file", passphrase.string(), "client", "list"});
    expect_one_line(lost, "or it is encrypted and its key file practice.db.keyparams is missing");
    CHECK(test::database_files(other.db()) == other_before);
}

TEST_CASE("encryption: passphrase change re-keys, the old passphrase stops working",
          "[cli][encryption]") {
    Workspace w;
    const auto old_file = write_text(w, "old", "old words\n");
    const auto new_file = write_text(w, "new", "new words\n");
    w.ok({"--passphrase-file", old_file.string(), "init"});
    const auto client = first_line(w.ok({"--passphrase-file", old_file.string(), "client", "add",
                                         "--first", kCanaryName, "--last", "Lee"}));

    auto changed = w.ok({"--passphrase-file", old_file.string(), "passphrase", "change",
                         "--new-passphrase-file", new_file.string()});
    CHECK_THAT(changed, Catch::Contains("Passphrase changed"));
    CHECK_FALSE(fs::exists(core::next_key_file_path(w.db())));

    const auto before = test::database_files(w.db());
    expect_one_line(w.run({"--passphrase-file", old_file.string(), "client", "show", client}),
                    "the passphrase is wrong");
    CHECK(test::database_files(w.db()) == before);

    w.environment["COUNSELOR_PASSPHRASE_FILE"] = new_file.string();
    CHECK_THAT(w.ok({"client", "show", client}), Catch::Contains(kCanaryName));
    const auto audit = w.json({"audit", "list", "--limit", "5"});
    bool rekey_logged = false;
    for (const auto& row : audit)
        rekey_logged = rekey_logged || row["action"] == "database.rekey";
    CHECK(rekey_logged);
    CHECK_THAT(audit.dump(), !Catch::Contains("new words") && !Catch::Contains("old words"));
    CHECK_THAT(w.ok({"audit", "verify"}), Catch::Contains("intact"));
}

TEST_CASE("encryption: passphrase change on a plain database is refused", "[cli][encryption]") {
    Workspace w;
    w.init();
    const auto new_file = write_text(w, "new", "new words");
    test::expect_refused(w, {"passphrase", "change", "--new-passphrase-file", new_file.string()},
                         "is not encrypted, so it has no passphrase to change");
    CHECK_FALSE(fs::exists(core::key_file_path(w.db())));
    CHECK_FALSE(fs::exists(core::next_key_file_path(w.db())));
}
