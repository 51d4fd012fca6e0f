// A database file, or the folder it is in, that the user may not write to:
// counselorctl says so in one line and changes nothing. Root ignores file
// permissions, so as root (as in CI) counselorctl runs as user nobody over
// files made nobody's, and the permissions apply to it as to anyone.
#include "cli_workspace.hpp"

#include <unistd.h>

namespace fs = std::filesystem;
using counselor::test::Workspace;

namespace {

constexpr uid_t kNobody = 65534;

// From here on counselorctl runs as a user that file permissions apply to.
void run_unprivileged(Workspace& w) {
    if (::geteuid() != 0) return;
    const fs::path folder = w.db().parent_path();
    REQUIRE(::chown(folder.c_str(), kNobody, kNobody) == 0);
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        REQUIRE(::lchown(entry.path().c_str(), kNobody, kNobody) == 0);
    w.launcher = {SETPRIV_PROGRAM, "--reuid=65534", "--regid=65534", "--clear-groups"};
}

const std::vector<std::string> kAddClient{"client", "add", "--first", "Read", "--last", "Only"};

}  // namespace

TEST_CASE("counselorctl: a read-only database file is refused for changes, and stays as it was") {
    Workspace w;
    w.init();
    w.add_client("Before", "Lock");
    run_unprivileged(w);
    fs::permissions(w.db(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    counselor::test::expect_refused(w, kAddClient, "is read-only");
}

TEST_CASE(
    "counselorctl: a database in a read-only folder is refused for changes, and stays as "
    "it was") {
    Workspace w;
    w.init();
    w.add_client("Before", "Lock");
    const auto before = counselor::test::database_snapshot(w.db());
    // Reading (the snapshot) leaves empty -wal and -shm files behind. With
    // those in place SQLite writes without needing the folder, so they go,
    // as when the last program using the database has closed it.
    const fs::path wal(w.db().string() + "-wal");
    REQUIRE(fs::file_size(wal) == 0);
    fs::remove(wal);
    fs::remove(w.db().string() + "-shm");
    run_unprivileged(w);
    const fs::path folder = w.db().parent_path();
    fs::permissions(folder,
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
    const auto result = w.run(kAddClient);
    fs::permissions(folder, fs::perms::owner_write, fs::perm_options::add);
    INFO("stdout: " << result.out << "stderr: " << result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.err == "counselorctl: " + w.db().string() + " cannot be used: its folder " +
                            folder.string() + " is read-only; check its permissions\n");
    CHECK(counselor::test::database_snapshot(w.db()) == before);
}
