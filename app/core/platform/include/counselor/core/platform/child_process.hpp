// Runs a program as a child process with a time limit, so whatever it does
// (crash, hang, print too much) happens outside the caller. Used to examine
// a plugin that might take the program down with it.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace counselor::core {

struct ChildOutcome {
    bool started = false;
    bool timed_out = false;  // killed at the time limit
    int exit_code = -1;      // when it exited by itself
    int signal = 0;          // when a signal ended it (e.g. SIGSEGV)
    std::string out;         // stdout and stderr, each cut at `max_output`
    std::string err;
};

// argv[0] is the program's path. stdin is /dev/null.
ChildOutcome run_child(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                       std::size_t max_output = 1 << 20);

}  // namespace counselor::core
