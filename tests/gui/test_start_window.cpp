// How the window starts: one window per practice (a lock file beside it
// that is locked, not synced, and removed at the end).
#include "gui_harness.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>
#include <fstream>

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
