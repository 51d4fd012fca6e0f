#include "counselor/core/platform/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

fs::path folder_of(const fs::path& file) {
    return file.has_parent_path() ? file.parent_path() : fs::path(".");
}

// Moves `from` to `to` unless `to` exists, in one step where the file
// system allows it, so no other program's file can be overwritten between
// a check and the rename. Returns errno or 0.
int move_without_replacing(const std::string& from, const fs::path& to) {
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return errno;
    // Older or foreign file systems: a hard link fails if `to` exists.
    if (::link(from.c_str(), to.c_str()) == 0) return ::unlink(from.c_str()) == 0 ? 0 : errno;
    if (errno == EEXIST) return EEXIST;
    std::error_code ignored;
    if (fs::exists(to, ignored)) return EEXIST;
    return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

FileExists::FileExists(const fs::path& file)
    : UserError(quoted(file) + " already exists; pass --replace to overwrite it") {}

void check_write_target(const fs::path& out, bool replace_existing) {
    std::error_code ignored;
    const fs::path folder = folder_of(out);
    if (!fs::is_directory(folder, ignored)) {
        throw NotFound("the folder " + quoted(folder) + " does not exist");
    }
    if (!replace_existing && fs::exists(fs::symlink_status(out, ignored))) throw FileExists(out);
    if (fs::is_directory(out, ignored)) {
        throw UserError("could not write " + quoted(out) + ": it is a folder");
    }
}

AtomicFile::AtomicFile(fs::path target, AtomicWriteOptions options)
    : target_(std::move(target)),
      options_(options),
      temporary_(
          (folder_of(target_) / ("." + target_.filename().string() + ".part-XXXXXX")).string()) {
    fd_ = ::mkostemp(temporary_.data(), O_CLOEXEC);
    if (fd_ < 0) fail(errno);
    if (::fchmod(fd_, options_.mode) != 0) {
        const int error = errno;
        ::close(fd_);
        ::unlink(temporary_.c_str());
        fail(error);
    }
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::fail(int error) const {
    throw UserError("could not write " + quoted(target_) + ": " + std::strerror(error));
}

void AtomicFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) fail(errno);
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void AtomicFile::commit() {
    if (::fsync(fd_) != 0) fail(errno);
    const int closed = ::close(fd_);
    fd_ = -1;
    if (closed != 0) fail(errno);
    if (options_.replace_existing) {
        if (::rename(temporary_.c_str(), target_.c_str()) != 0) fail(errno);
    } else if (const int error = move_without_replacing(temporary_, target_)) {
        if (error == EEXIST) throw FileExists(target_);
        fail(error);
    }
    committed_ = true;
    sync_folder(folder_of(target_));
}

void write_file_atomically(const fs::path& out, std::string_view bytes,
                           AtomicWriteOptions options) {
    AtomicFile file(out, options);
    file.write(bytes);
    file.commit();
}

}  // namespace counselor::core
