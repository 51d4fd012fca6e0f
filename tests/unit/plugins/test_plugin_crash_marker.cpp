// The note naming running plugin code: left behind only by a process that
// faulted inside a plugin, and never mistaken for a crash while its process
// lives, or when it was killed from outside.
#include "counselor/core/plugins/plugin_crash_marker.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

using namespace counselor::core;
namespace fs = std::filesystem;

namespace {

// Runs `body` in a child process that then ends at once with _exit, so
// nothing the child left behind is cleaned up. Returns its wait status.
template <class Body>
int in_child_that_dies(Body body) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        body();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return status;
}

// How many files in `folder` hold a note (anything but spaces).
int notes_in(const fs::path& folder) {
    int notes = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        std::ifstream in(entry.path());
        const std::string text((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        if (text.find_first_not_of(' ') != std::string::npos) ++notes;
    }
    return notes;
}

int files_in(const fs::path& folder) {
    const auto entries = fs::directory_iterator(folder);
    return static_cast<int>(std::distance(fs::begin(entries), fs::end(entries)));
}

// A child process that stays alive, inside a plugin call, until released.
class LiveChild {
  public:
    LiveChild(const fs::path& folder, const char* plugin_id) {
        int ready[2];
        REQUIRE(::pipe(ready) == 0);
        REQUIRE(::pipe(release_) == 0);
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            ::close(ready[0]);
            ::close(release_[1]);
            auto* marker = new PluginCrashMarker(folder);
            marker->enter(plugin_id, "evaluate");
            char byte = 1;
            [[maybe_unused]] auto written = ::write(ready[1], &byte, 1);
            [[maybe_unused]] auto got = ::read(release_[0], &byte, 1);
            marker->leave();
            ::_exit(0);
        }
        ::close(ready[1]);
        ::close(release_[0]);
        char byte = 0;
        REQUIRE(::read(ready[0], &byte, 1) == 1);
        ::close(ready[0]);
    }
    LiveChild(const LiveChild&) = delete;
    LiveChild& operator=(const LiveChild&) = delete;
    // Lets it leave the call and end normally.
    ~LiveChild() {
        ::close(release_[1]);
        int status = 0;
        ::waitpid(pid_, &status, 0);
    }

  private:
    pid_t pid_ = -1;
    int release_[2] = {-1, -1};
};

}  // namespace

TEST_CASE("plugin crash marker: a process that faults inside a plugin is found by the next one") {
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    const int fault = GENERATE(SIGSEGV, SIGABRT);

    const int status = in_child_that_dies([&] {
        // Never deleted: the process faults "inside" the call, as in a crash.
        auto* marker = new PluginCrashMarker(folder);
        marker->enter("clinic-forms", "evaluate");
        if (fault == SIGABRT) std::abort();
        *static_cast<volatile int*>(nullptr) = 1;  // a plugin's null pointer
    });
    // The handler noted the fault and let it end the process as before:
    // by the signal, or (under AddressSanitizer) by the sanitizer's report.
    if (WIFSIGNALED(status)) {
        CHECK(WTERMSIG(status) == fault);
    } else {
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) != 0);
    }

    PluginCrashMarker next(folder);
    const auto crashes = next.collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].plugin_id == "clinic-forms");
    CHECK(crashes[0].call == "evaluate");
    CHECK(crashes[0].signal == fault);
    CHECK(what_happened(crashes[0]).find("during evaluate") != std::string::npos);
    CHECK(next.collect_crashes().empty());  // reported once
}

TEST_CASE("plugin crash marker: a host kept in a static still notes when it crashed at exit") {
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    std::fflush(nullptr);  // the child's exit flushes what it inherited

    in_child_that_dies([&] {
        // As a program holding its plugin host in a static: the host shuts
        // its plugins down after the thread's own objects are destroyed.
        static PluginCrashMarker marker(folder);
        { PluginCrashMarker::Scope loading(&marker, "late-plugin", "load"); }
        static struct ShutsDownAtExit {
            ~ShutsDownAtExit() {
                marker.enter("late-plugin", "shutdown");
                std::abort();  // the plugin's shutdown crashes
            }
        } shuts_down;
        std::exit(0);
    });

    const auto crashes = PluginCrashMarker(folder).collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].call == "shutdown");
    CHECK(std::regex_match(crashes[0].at, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")));
}

TEST_CASE("plugin crash marker: calls that returned, and live processes, are no crashes") {
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";

    in_child_that_dies([&] {
        // Never deleted: the process ends outside plugin code, without cleaning up.
        auto* marker = new PluginCrashMarker(folder);
        { PluginCrashMarker::Scope running(marker, "homework", "render"); }
    });

    PluginCrashMarker own(folder);
    own.enter("intake", "form");  // this process, alive and inside a call
    PluginCrashMarker::Scope running(&own, "intake", "form");
    CHECK(PluginCrashMarker(folder).collect_crashes().empty());
}

TEST_CASE("plugin crash marker: a process killed inside a plugin call blames no plugin") {
    // SIGKILL from outside (a closed hung window, a test harness) or the
    // power going: the plugin did nothing wrong, so it stays on.
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";

    const int status = in_child_that_dies([&] {
        auto* marker = new PluginCrashMarker(folder);
        marker->enter("session-notes", "load");
        ::kill(::getpid(), SIGKILL);
    });
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(WTERMSIG(status) == SIGKILL);
    REQUIRE_FALSE(fs::is_empty(folder));  // its note was left behind

    CHECK(PluginCrashMarker(folder).collect_crashes().empty());
    CHECK(notes_in(folder) == 0);  // and cleared, so it is not read again
}

TEST_CASE("plugin crash marker: the note names the last call, whatever came before it") {
    // Notes are written over one another in one file: a shorter note after
    // a longer one, with or without the longer call having returned, and
    // ids JSON must escape, are all read back as written. So are notes longer
    // than the part of the file the marker maps, before or after short ones.
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    const bool returned = GENERATE(true, false);
    const std::string first = GENERATE(std::string("a-plugin-with-a-much-longer-id-than-the-next"),
                                       std::string(700, 'l'));
    const std::string id = GENERATE(std::string("a"), std::string("clinic \"forms\" \xC3\xA9\\"),
                                    std::string(900, 'x'));

    in_child_that_dies([&] {
        auto* marker = new PluginCrashMarker(folder);
        marker->enter(first, "templates");
        if (returned) marker->leave();
        marker->enter(id, "render");
        std::abort();
    });

    const auto crashes = PluginCrashMarker(folder).collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].plugin_id == id);
    CHECK(crashes[0].call == "render");
    CHECK(crashes[0].at.size() == std::string("2026-11-21T15:40:00Z").size());
}

TEST_CASE("plugin crash marker: processes side by side each hold a slot of their own") {
    // Two live processes inside plugin calls at once, a third that faults
    // beside them: only the third is a crash, and each note stays its own.
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    {
        LiveChild first(folder, "intake");
        LiveChild second(folder, "homework");
        CHECK(files_in(folder) == 2);
        CHECK(notes_in(folder) == 2);

        const int status = in_child_that_dies([&] {
            auto* marker = new PluginCrashMarker(folder);
            if (!marker->collect_crashes().empty()) ::_exit(3);  // the live notes are no crashes
            marker->enter("clinic-forms", "render");
            std::abort();
        });
        CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 3));
        CHECK(files_in(folder) == 3);

        PluginCrashMarker own(folder);
        const auto crashes = own.collect_crashes();
        REQUIRE(crashes.size() == 1);
        CHECK(crashes[0].plugin_id == "clinic-forms");
        CHECK(crashes[0].call == "render");
        CHECK(notes_in(folder) == 2);  // the live processes' notes are untouched
        CHECK(PluginCrashMarker(folder).collect_crashes().empty());
    }
    // Both ended outside plugin code: their slots are blank and free again.
    CHECK(notes_in(folder) == 0);
    CHECK(PluginCrashMarker(folder).collect_crashes().empty());
    CHECK(files_in(folder) == 4);  // as many slots as markers were alive at once, no more
}

TEST_CASE("plugin crash marker: the slot of a process that crashed is taken again, once reported") {
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    in_child_that_dies([&] {
        auto* marker = new PluginCrashMarker(folder);
        marker->enter("a-plugin-with-a-long-id", "load");
        std::abort();
    });
    REQUIRE(files_in(folder) == 1);
    REQUIRE(notes_in(folder) == 1);

    // The next process claims the same slot: the note left in it is its
    // first report, and nothing is created beside it.
    PluginCrashMarker next(folder);
    CHECK(files_in(folder) == 1);
    const auto crashes = next.collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].plugin_id == "a-plugin-with-a-long-id");
    CHECK(crashes[0].signal == SIGABRT);
    CHECK(notes_in(folder) == 0);

    // A shorter note in the same slot covers the longer one entirely.
    next.enter("b", "form");
    const int status = in_child_that_dies([&] {
        if (!PluginCrashMarker(folder).collect_crashes().empty()) ::_exit(3);
    });
    CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));  // a live note, no crash
    next.leave();
    CHECK(PluginCrashMarker(folder).collect_crashes().empty());
}

TEST_CASE("plugin crash marker: a note of the one-file-per-process kind is still read") {
    // "<pid>-<n>.plugin-call", as programs before slots wrote it, from a
    // process that is gone.
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    fs::create_directories(folder);
    const pid_t gone = ::fork();
    REQUIRE(gone >= 0);
    if (gone == 0) ::_exit(0);
    ::waitpid(gone, nullptr, 0);
    std::ofstream(folder / (std::to_string(gone) + "-1.plugin-call"))
        << R"({"at":"2026-11-21T15:40:00Z","call":"evaluate","plugin":"old-kind"})"
        << "\nfault 11\n";
    // And one of this process, alive: no crash.
    std::ofstream(folder / (std::to_string(::getpid()) + "-99.plugin-call"))
        << R"({"at":"2026-11-21T15:40:00Z","call":"evaluate","plugin":"alive"})"
        << "\nfault 11\n";

    const auto crashes = PluginCrashMarker(folder).collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].plugin_id == "old-kind");
    CHECK(crashes[0].signal == 11);
    CHECK_FALSE(fs::exists(folder / (std::to_string(gone) + "-1.plugin-call")));
    CHECK(fs::exists(folder / (std::to_string(::getpid()) + "-99.plugin-call")));
}
