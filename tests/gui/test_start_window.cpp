// How the window starts: one window per practice (a lock file beside it
// that is locked, not synced, and removed at the end), the Overview's
// timeline filled when the window says it is ready, opening a client on a
// case audited as both views, the opened client's row whole below the
// backup reminder, the profile and the case heading (untitled or titled)
// as shown, and no translation catalog looked for when the strings need
// none.
#include "gui_harness.hpp"

#include "../../app/gui/shell/ui_language.hpp"

#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/timeline.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>
#include <fstream>
#include <map>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

fs::path lock_file_of(const test::Practice& practice) {
    return practice.db_file.parent_path() / ".practice.db.window-lock";
}

// The lock a running window takes, held here by the test itself.
int hold_lock(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    struct flock whole {};
    whole.l_type = F_WRLCK;
    whole.l_whence = SEEK_SET;
    REQUIRE(::fcntl(fd, F_SETLK, &whole) == 0);
    return fd;
}

// The variables english_needs_no_catalog reads, set per check.
std::map<std::string, std::string> environment;

const char* from_environment(const char* name) {
    auto found = environment.find(name);
    return found == environment.end() ? nullptr : found->second.c_str();
}

bool english_without_catalog(std::map<std::string, std::string> values) {
    environment = std::move(values);
    return gui::english_needs_no_catalog(from_environment);
}

}  // namespace

TEST_CASE("window start: a practice locked by another process is not opened a second time",
          "[gui]") {
    test::Practice practice;
    test::TempDir home;
    const fs::path lock = lock_file_of(practice);
    const int held = hold_lock(lock);

    auto second = test::run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    CHECK(second.exit_code == 1);
    CHECK(second.err.find("already open in another window") != std::string::npos);
    CHECK(second.out.find("ready") == std::string::npos);

    // The lock ends with its holder (as when a window crashes): the practice opens.
    ::close(held);
    auto again = test::run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    INFO(again.err);
    CHECK(again.exit_code == 0);
    CHECK_FALSE(fs::exists(lock));  // the window removes its lock file when it closes
}

TEST_CASE("window start: a lock file left by a window that crashed does not keep it closed",
          "[gui]") {
    test::Practice practice;
    test::TempDir home;
    std::ofstream(lock_file_of(practice)) << "999999\n";

    auto run = test::run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"});
    INFO(run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("ready in ") != std::string::npos);
    CHECK_FALSE(fs::exists(lock_file_of(practice)));
}

TEST_CASE(
    "window start: when ready the Overview shows the case's whole timeline, and opening "
    "the client is audited as the client's and the case's view",
    "[gui]") {
    test::Practice practice;
    test::TempDir home;
    auto run = test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                       std::to_string(practice.naomi), "--exit-when-ready"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);

    auto db = core::Database::open(practice.db_file);
    const auto entries = core::case_timeline(db, practice.case_id);
    REQUIRE_FALSE(entries.empty());
    const std::string first =
        "timeline: " + std::to_string(entries.size()) + " rows; first: " + entries[0].date + " | ";
    CHECK(run.out.find(first) != std::string::npos);

    const auto client_views = test::audit_rows_of(practice.db_file, "client.view");
    const auto case_views = test::audit_rows_of(practice.db_file, "case.view");
    REQUIRE(client_views.size() == 1);
    REQUIRE(case_views.size() == 1);
    CHECK(client_views[0].record_id == practice.naomi);
    CHECK(case_views[0].record_id == practice.case_id);
}

TEST_CASE(
    "window start: the client opened at start is scrolled fully into view, below the backup "
    "reminder",
    "[gui]") {
    test::Practice practice;  // never backed up: the reminder takes its room at the top
    test::TempDir home;
    std::int64_t last_listed = 0;
    std::int64_t listed = 0;
    {
        auto db = core::Database::open(practice.db_file);
        auto query = db.prepare(
            "SELECT id, (SELECT COUNT(*) FROM clients) FROM clients"
            " ORDER BY last_name COLLATE NOCASE DESC, first_name COLLATE NOCASE DESC, id DESC");
        REQUIRE(query.step());
        last_listed = query.int64(0);
        listed = query.int64(1);
    }
    auto run = test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                       std::to_string(last_listed), "--exit-when-ready"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.find("backup reminder shown") != std::string::npos);
    const std::string row = std::to_string(listed);
    CHECK(run.out.find("client list: row " + row + " of " + row + ", in view") !=
          std::string::npos);
}

TEST_CASE(
    "window start: the Overview shows the client's profile, and heads a case by its title or as "
    "untitled",
    "[gui]") {
    test::Practice practice;
    test::TempDir home;
    {
        auto db = core::Database::open(practice.db_file);
        core::RecordService(db, "test")
            .open_case(core::CaseKind::individual, {practice.daniel}, "");
    }
    auto untitled = test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                            std::to_string(practice.daniel), "--exit-when-ready"});
    INFO(untitled.out << untitled.err);
    REQUIRE(untitled.exit_code == 0);
    CHECK(untitled.out.find("case: Individual case (untitled), open since ") != std::string::npos);
    CHECK(untitled.out.find("profile: Daniel Hartwell | \u2014 | \u2014 | \u2014 | ") !=
          std::string::npos);

    auto titled = test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                          std::to_string(practice.naomi), "--exit-when-ready"});
    INFO(titled.out << titled.err);
    REQUIRE(titled.exit_code == 0);
    CHECK(titled.out.find("case: Couple case \u201cHartwell marriage\u201d, open since ") !=
          std::string::npos);
    CHECK(titled.out.find("profile: Naomi Hartwell | 1988-03-14 | naomi@example.org | \u2014 | ") !=
          std::string::npos);
}

TEST_CASE("window start: a catalog is looked for unless the language asked for is US English or C",
          "[gui]") {
    CHECK(english_without_catalog({}));
    CHECK(english_without_catalog({{"LANG", "C.UTF-8"}}));
    CHECK(english_without_catalog({{"LANG", "en_US.UTF-8"}}));
    CHECK(english_without_catalog({{"LC_ALL", "POSIX"}, {"LANG", "de_DE.UTF-8"}}));
    CHECK(english_without_catalog({{"LANGUAGE", "en_US:de"}, {"LANG", "de_DE.UTF-8"}}));
    CHECK_FALSE(english_without_catalog({{"LANG", "de_DE.UTF-8"}}));
    CHECK_FALSE(english_without_catalog({{"LANG", "en_GB.UTF-8"}}));
    CHECK_FALSE(english_without_catalog({{"LC_MESSAGES", "fr_FR.UTF-8"}, {"LANG", "C"}}));
    CHECK_FALSE(english_without_catalog({{"LANGUAGE", "de:en"}, {"LANG", "C.UTF-8"}}));
    CHECK_FALSE(english_without_catalog({{"LC_ALL", ""}, {"LANG", "es_ES.UTF-8"}}));
}
