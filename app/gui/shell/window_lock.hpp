// One window per practice database: a lock file beside the database, held
// with a POSIX record lock while the window runs.
#pragma once

#include <filesystem>

namespace counselor::gui {

// wxSingleInstanceChecker did this before, and synced the lock file to disk
// (an fsync of 16 to 26 ms on a busy disk, before the window could start).
// The file needs no sync: it only has to exist while this process runs, the
// kernel drops the lock when the process ends (a crash included), and after
// a power cut no window is running. The lock is the same kind wx took
// (fcntl F_SETLK) and the file still holds the process id, so a window of an
// older version and this one still keep each other out.
class WindowLock {
  public:
    explicit WindowLock(std::filesystem::path file);
    ~WindowLock();
    WindowLock(const WindowLock&) = delete;
    WindowLock& operator=(const WindowLock&) = delete;

    // Another running window holds the file.
    bool another_holds() const { return another_holds_; }
    // This window holds it (false also when no lock file could be made).
    bool held() const { return fd_ >= 0; }

  private:
    enum class Try { taken, busy, file_replaced, cannot };
    Try try_take();
    void check_read_only();

    std::filesystem::path file_;
    int fd_ = -1;
    bool another_holds_ = false;
};

}  // namespace counselor::gui
