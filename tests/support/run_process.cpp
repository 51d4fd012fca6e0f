#include "run_process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace counselor::test {

namespace {
std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// This process's environment with `overrides` set over it, as "NAME=value".
std::vector<std::string> environment_with(const std::map<std::string, std::string>& overrides) {
    std::map<std::string, std::string> merged;
    for (char** entry = environ; *entry; ++entry) {
        std::string text(*entry);
        auto eq = text.find('=');
        if (eq != std::string::npos) merged[text.substr(0, eq)] = text.substr(eq + 1);
    }
    for (const auto& [key, value] : overrides)
        merged[key] = value;
    std::vector<std::string> texts;
    for (const auto& [key, value] : merged)
        texts.push_back(key + "=" + value);
    return texts;
}

// Pointers into `texts` followed by the null the exec functions want.
std::vector<char*> null_terminated(std::vector<std::string>& texts) {
    std::vector<char*> pointers;
    for (auto& text : texts)
        pointers.push_back(text.data());
    pointers.push_back(nullptr);
    return pointers;
}

}  // namespace

int spawn_process(pid_t& pid, const std::filesystem::path& program,
                  const std::vector<std::string>& args,
                  const std::map<std::string, std::string>& environment, int out_fd, int err_fd) {
    std::vector<std::string> env_text = environment_with(environment);
    std::vector<char*> envp = null_terminated(env_text);
    std::vector<std::string> argv_text{program.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv = null_terminated(argv_text);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return spawned;
}

ProcessResult run_process(const std::filesystem::path& program,
                          const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment) {
    // Output goes to files rather than pipes: no risk of a full pipe blocking the child.
    char out_template[] = "/tmp/counselor-out-XXXXXX";
    char err_template[] = "/tmp/counselor-err-XXXXXX";
    int out_fd = ::mkstemp(out_template);
    int err_fd = ::mkstemp(err_template);
    if (out_fd < 0 || err_fd < 0) throw std::runtime_error("mkstemp failed");

    pid_t pid = 0;
    const int spawned = spawn_process(pid, program, args, environment, out_fd, err_fd);
    ::close(out_fd);
    ::close(err_fd);

    ProcessResult result;
    if (spawned == 0) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    result.out = slurp(out_template);
    result.err = slurp(err_template);
    std::filesystem::remove(out_template);
    std::filesystem::remove(err_template);
    if (spawned != 0) throw std::runtime_error("could not start " + program.string());
    return result;
}

}  // namespace counselor::test
