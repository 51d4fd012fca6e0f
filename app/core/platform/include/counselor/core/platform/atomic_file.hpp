// Writing a whole file so that a reader, a crash or a power cut finds the
// old file or the new one, never a part of either. The one way every writer
// of the program puts a file in place (documents, form files, key files,
// the audit head, backups):
//   1. a temporary file beside the target, in the same folder so the rename
//      stays on one file system, created for its owner only;
//   2. every byte written, looping over short writes and interruptions;
//   3. fsync of the file, so its bytes are on the disk before its name;
//   4. rename over the target, or, when replacing is not allowed, a move
//      that fails if the target appeared meanwhile (renameat2 NOREPLACE,
//      else a hard link), so no other program's file is overwritten;
//   5. fsync of the folder, so the rename itself survives a power cut.
// A failure at any step removes the temporary file and leaves the target as
// it was. The folder's fsync is best effort: some file systems refuse it.
#pragma once

#include "counselor/core/platform/errors.hpp"

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace counselor::core {

// The file is there already and replacing it was not allowed.
class FileExists : public UserError {
  public:
    explicit FileExists(const std::filesystem::path& file);
};

struct AtomicWriteOptions {
    bool replace_existing = true;
    mode_t mode = 0600;  // the file's permissions once in place
};

// Whether `out` could be written as asked, before anything is produced:
// throws NotFound (no such folder), FileExists or UserError (a folder).
void check_write_target(const std::filesystem::path& out, bool replace_existing);

// A file being written: bytes go to the temporary file; commit() puts it
// in place (steps 3 to 5). Destroyed without commit(), it leaves nothing.
// Errors are UserError "could not write "<target>": <reason>".
class AtomicFile {
  public:
    AtomicFile(std::filesystem::path target, AtomicWriteOptions options = {});
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    void write(std::string_view bytes);
    void commit();

  private:
    [[noreturn]] void fail(int error) const;
    std::filesystem::path target_;
    AtomicWriteOptions options_;
    std::string temporary_;
    int fd_ = -1;
    bool committed_ = false;
};

// The whole of `bytes` as `out`, by the steps above.
void write_file_atomically(const std::filesystem::path& out, std::string_view bytes,
                           AtomicWriteOptions options = {});

}  // namespace counselor::core
