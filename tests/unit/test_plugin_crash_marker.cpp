// The note naming running plugin code: left behind only by a process that
// died inside a plugin, and never mistaken for a crash while its process lives.
#include "counselor/core/plugin_crash_marker.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <fstream>

using namespace counselor::core;
namespace fs = std::filesystem;

namespace {

// Runs `body` in a child process that then ends at once with _exit, so
// nothing the child left behind is cleaned up.
template <class Body>
void in_child_that_dies(Body body) {
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        body();
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
}

}  // namespace

TEST_CASE("plugin crash marker: a process that dies inside a plugin is found by the next one") {
    counselor::test::TempDir dir;
    const fs::path folder = dir / "plugin-calls";

    in_child_that_dies([&] {
        // Never deleted: the process dies "inside" the call, as in a crash.
        auto* marker = new PluginCrashMarker(folder);
        marker->enter("clinic-forms", "evaluate");
    });

    PluginCrashMarker next(folder);
    const auto crashes = next.collect_crashes();
    REQUIRE(crashes.size() == 1);
    CHECK(crashes[0].plugin_id == "clinic-forms");
    CHECK(crashes[0].call == "evaluate");
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
