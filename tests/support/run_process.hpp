// Runs a program to completion with extra environment variables and
// captures its exit code, stdout and stderr.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace counselor::test {

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

ProcessResult run_process(const std::filesystem::path& program,
                          const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment = {});

// Starts `program` with this environment plus `environment`, stdout and
// stderr on the given descriptors and stdin from /dev/null, and sets `pid`.
// posix_spawn's result: 0 when it started.
int spawn_process(pid_t& pid, const std::filesystem::path& program,
                  const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment, int out_fd, int err_fd);

}  // namespace counselor::test
