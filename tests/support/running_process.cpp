#include "running_process.hpp"

#include "run_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <stdexcept>

namespace counselor::test {

namespace {

// Both ends close on exec, so a second child started meanwhile does not hold
// this one's pipe open; dup2 in the child clears the flag on its copy.
std::array<int, 2> cloexec_pipe() {
    std::array<int, 2> ends{-1, -1};
    if (::pipe2(ends.data(), O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    return ends;
}

// Appends what is readable now to `text`; closes `fd` (sets it to -1) at its end.
void drain(int& fd, std::string& text) {
    std::array<char, 4096> buffer{};
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got > 0) {
        text.append(buffer.data(), static_cast<std::size_t>(got));
    } else if (got == 0) {
        ::close(fd);
        fd = -1;
    }
}

}  // namespace

RunningProcess::RunningProcess(const std::filesystem::path& program,
                               const std::vector<std::string>& args,
                               const std::map<std::string, std::string>& environment) {
    const auto out = cloexec_pipe();
    const auto err = cloexec_pipe();
    const int spawned = spawn_process(pid_, program, args, environment, out[1], err[1]);
    ::close(out[1]);
    ::close(err[1]);
    out_fd_ = out[0];
    err_fd_ = err[0];
    if (spawned != 0) {
        ::close(out_fd_);
        ::close(err_fd_);
        throw std::runtime_error("could not start " + program.string());
    }
}

RunningProcess::~RunningProcess() {
    if (exit_code_ < 0) {
        kill();
        wait();
    }
}

bool RunningProcess::read(int timeout_ms) {
    if (out_fd_ < 0 && err_fd_ < 0) return false;  // poll would wait for nothing
    std::array<pollfd, 2> fds{pollfd{out_fd_, POLLIN, 0}, pollfd{err_fd_, POLLIN, 0}};
    if (::poll(fds.data(), fds.size(), timeout_ms) > 0) {
        if (fds[0].revents != 0) drain(out_fd_, out_);
        if (fds[1].revents != 0) drain(err_fd_, err_);
    }
    return out_fd_ >= 0 || err_fd_ >= 0;
}

void RunningProcess::kill() {
    if (exit_code_ >= 0 || kill_sent_) return;
    ::kill(pid_, SIGKILL);
    kill_sent_ = true;
}

int RunningProcess::wait() {
    if (exit_code_ >= 0) return exit_code_;
    while (read(-1)) {
    }
    int status = 0;
    ::waitpid(pid_, &status, 0);
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    killed_ = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    return exit_code_;
}

}  // namespace counselor::test
