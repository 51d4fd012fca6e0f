// The SDK as a clinic gets it: the sdk component of this build tree,
// installed under a prefix of the test's own, as the SDK package does under
// /usr. For the tests that build against the installed SDK.
#pragma once

#include "run_process.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace counselor::test {

inline void install_sdk(const std::filesystem::path& prefix) {
    const auto run = run_process(CMAKE_PROGRAM, {"--install", COUNSELOR_BUILD_DIR, "--prefix",
                                                 prefix.string(), "--component", "sdk"});
    INFO(run.out << run.err);
    REQUIRE(run.exit_code == 0);
}

}  // namespace counselor::test
