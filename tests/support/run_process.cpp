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
}  // namespace

ProcessResult run_process(const std::filesystem::path& program,
                          const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& environment) {
    // Output goes to files rather than pipes: no risk of a full pipe blocking the child.
    char out_template[] = "/tmp/counselor-out-XXXXXX";
    char err_template[] = "/tmp/counselor-err-XXXXXX";
    int out_fd = ::mkstemp(out_template);
    int err_fd = ::mkstemp(err_template);
    if (out_fd < 0 || err_fd < 0) throw std::runtime_error("mkstemp failed");

    std::map<std::string, std::string> merged;
    for (char** entry = environ; *entry; ++entry) {
        std::string text(*entry);
        auto eq = text.find('=');
        if (eq != std::string::npos) merged[text.substr(0, eq)] = text.substr(eq + 1);
    }
    for (const auto& [key, value] : environment)
        merged[key] = value;
    std::vector<std::string> env_text;
    for (const auto& [key, value] : merged)
        env_text.push_back(key + "=" + value);
    std::vector<char*> envp;
    for (auto& text : env_text)
        envp.push_back(text.data());
    envp.push_back(nullptr);

    std::vector<std::string> argv_text{program.string()};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& text : argv_text)
        argv.push_back(text.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_fd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_fd, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
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
