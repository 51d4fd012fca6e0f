#include "shell/window_lock.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <string>

namespace counselor::gui {

namespace {

// A write lock over the whole file, as wxSingleInstanceChecker took it.
struct flock whole_file(short type) {
    struct flock lock {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    return lock;
}

// Whether the open file is still the one at `path`: the window before may
// have removed its file between our open and our lock.
bool still_at(int fd, const std::filesystem::path& path) {
    struct stat opened {};
    struct stat named {};
    if (::fstat(fd, &opened) != 0 || ::stat(path.c_str(), &named) != 0) return false;
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

// The process id, for an older window's wxSingleInstanceChecker (it reads
// it to tell a running window from a stale file) and for a person looking.
void write_pid(int fd) {
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const auto written = ::pwrite(fd, pid.data(), pid.size(), 0);
    }
}

}  // namespace

WindowLock::WindowLock(std::filesystem::path file) : file_(std::move(file)) {
    if (file_.empty()) return;
    for (int attempt = 0; attempt < 3; ++attempt) {
        switch (try_take()) {
            case Try::taken:
            case Try::busy:
            case Try::cannot:
                return;
            case Try::file_replaced:
                break;
        }
    }
}

WindowLock::~WindowLock() {
    if (fd_ < 0) return;
    // Removed while still locked, so no other window takes the lock on a
    // file that is about to vanish (it would see the file replaced and retry).
    ::unlink(file_.c_str());
    ::close(fd_);
}

WindowLock::Try WindowLock::try_take() {
    const int fd = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        check_read_only();
        return Try::cannot;
    }
    auto lock = whole_file(F_WRLCK);
    if (::fcntl(fd, F_SETLK, &lock) != 0) {
        const int error = errno;
        ::close(fd);
        another_holds_ = error == EAGAIN || error == EACCES;
        return another_holds_ ? Try::busy : Try::cannot;
    }
    if (!still_at(fd, file_)) {
        ::close(fd);
        return Try::file_replaced;
    }
    write_pid(fd);
    fd_ = fd;
    return Try::taken;
}

// Another user's lock file cannot be opened for writing; whether their
// window holds it can still be asked.
void WindowLock::check_read_only() {
    const int fd = ::open(file_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    auto probe = whole_file(F_WRLCK);
    another_holds_ = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
}

}  // namespace counselor::gui
