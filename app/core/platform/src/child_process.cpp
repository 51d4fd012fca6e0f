#include "counselor/core/platform/child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

extern char** environ;

namespace counselor::core {

namespace {

// Output goes to unlinked temporary files, not pipes: a child that prints a
// lot can never block on a full pipe while we wait for it.
struct TempFile {
    std::FILE* file = std::tmpfile();
    ~TempFile() {
        if (file) std::fclose(file);
    }
    std::string read(std::size_t limit) const {
        std::string text;
        if (!file) return text;
        std::rewind(file);
        char buffer[4096];
        std::size_t got = 0;
        while (text.size() < limit && (got = std::fread(buffer, 1, sizeof buffer, file)) > 0)
            text.append(buffer, got);
        if (text.size() > limit) text.resize(limit);
        return text;
    }
};

}  // namespace

ChildOutcome run_child(const std::vector<std::string>& argv, std::chrono::milliseconds limit,
                       std::size_t max_output) {
    ChildOutcome outcome;
    TempFile out, err;
    if (argv.empty() || !out.file || !err.file) return outcome;

    std::vector<char*> args;
    for (const auto& arg : argv)
        args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, ::fileno(out.file), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, ::fileno(err.file), STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return outcome;
    outcome.started = true;

    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() >= deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            outcome.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!outcome.timed_out && WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
    if (!outcome.timed_out && WIFSIGNALED(status)) outcome.signal = WTERMSIG(status);
    outcome.out = out.read(max_output);
    outcome.err = err.read(max_output);
    return outcome;
}

}  // namespace counselor::core
