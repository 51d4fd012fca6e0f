// The note naming running plugin code: left behind only by a process that
// faulted inside a plugin, and never mistaken for a crash while its process
// lives, or when it was killed from outside.
#include "counselor/core/plugin_crash_marker.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <fstream>

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
    CHECK(fs::is_empty(folder));  // and cleared, so it is not read again
}

TEST_CASE("plugin crash marker: the note names the last call, whatever came before it") {
    // Notes are written over one another in one file: a shorter note after
    // a longer one, with or without the longer call having returned, and
    // ids JSON must escape, are all read back as written.
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";
    const bool returned = GENERATE(true, false);
    const std::string id = GENERATE(std::string("a"), std::string("clinic \"forms\" \xC3\xA9\\"));

    in_child_that_dies([&] {
        auto* marker = new PluginCrashMarker(folder);
        marker->enter("a-plugin-with-a-much-longer-id-than-the-next", "templates");
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
