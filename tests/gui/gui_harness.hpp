// What every window test needs: a practice database with a couple in it,
// the real program started under its own virtual X server with a time
// limit, and small readers for what it leaves behind (PNG sizes, bytes).
#pragma once

#include "run_process.hpp"
#include "temp_dir.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace counselor::test {

inline const std::filesystem::path kScreenshots = SCREENSHOT_DIR;

// Naomi and Daniel Hartwell in a couple case with one session and an open
// critical safety flag on Naomi, beside 40 other clients.
struct Practice {
    TempDir dir;
    std::filesystem::path db_file = dir / "practice.db";
    std::int64_t naomi = 0;
    std::int64_t daniel = 0;
    std::int64_t case_id = 0;

    // With a passphrase the practice is encrypted (with the cheapest
    // Argon2id costs, so the window's unlock is quick too).
    explicit Practice(const std::optional<std::string>& passphrase = std::nullopt);
};

// Runs the window under its own virtual X server, bounded in time so a
// window that never gets ready fails the test instead of hanging it.
// `environment`: more variables, e.g. a locale.
ProcessResult run_window(const TempDir& home, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& environment = {});

// The window with no file allowed to grow past `max_bytes`, as on a full
// disk: a write beyond fails (EFBIG) instead of the signal ending the program.
ProcessResult run_window_with_file_limit(const TempDir& home, const std::vector<std::string>& args,
                                         std::uint64_t max_bytes);

// A window left running (as a person would leave it open) until this object
// goes: then it and its virtual X server are ended.
class BackgroundWindow {
  public:
    BackgroundWindow(const TempDir& home, const std::vector<std::string>& args);
    ~BackgroundWindow();
    BackgroundWindow(const BackgroundWindow&) = delete;
    BackgroundWindow& operator=(const BackgroundWindow&) = delete;

  private:
    int pid_ = -1;
};

// Waits, at most `seconds`, for the file to appear.
bool wait_for_file(const std::filesystem::path& file, int seconds);

// The audit rows of one action in a plain practice, oldest first.
struct AuditRow {
    std::optional<std::int64_t> record_id;
    std::string detail;
};
std::vector<AuditRow> audit_rows_of(const std::filesystem::path& db_file,
                                    const std::string& action);

struct PngSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};
PngSize png_size(const std::filesystem::path& file);

std::string bytes_of(const std::filesystem::path& file);

}  // namespace counselor::test
