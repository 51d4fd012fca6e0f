// A program started in the background whose output is read while it runs,
// so that a test can kill it at any moment and still know exactly what it
// had printed by then.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace counselor::test {

class RunningProcess {
  public:
    RunningProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                   const std::map<std::string, std::string>& environment = {});
    RunningProcess(const RunningProcess&) = delete;
    RunningProcess& operator=(const RunningProcess&) = delete;
    ~RunningProcess();  // kills and reaps a process still running

    // Reads what the process has printed, waiting at most `timeout_ms` for
    // something to arrive. True while it may print more.
    bool read(int timeout_ms);
    void kill();  // SIGKILL, as a power cut or the task manager would
    // Reads the rest of its output and reaps it; the exit code, or 128 +
    // the signal that ended it.
    int wait();

    bool kill_sent() const { return kill_sent_; }
    // After wait(): true when SIGKILL ended it (not when it had ended already).
    bool killed() const { return killed_; }
    const std::string& out() const { return out_; }
    const std::string& err() const { return err_; }

  private:
    pid_t pid_ = -1;
    int out_fd_ = -1;
    int err_fd_ = -1;
    bool kill_sent_ = false;
    bool killed_ = false;
    int exit_code_ = -1;
    std::string out_;
    std::string err_;
};

}  // namespace counselor::test
