// The program's log. Log ids, counts and outcomes; never a client name, note
// text or an answer.
#pragma once

#include <filesystem>
#include <memory>

namespace spdlog {
class logger;
}

namespace counselor::core {

// Sends the log to a rotating file in `dir` (kept when the folder can't be
// written: then the log is simply not kept) and, when `to_stderr`, to stderr.
void init_logging(const std::filesystem::path& dir, bool to_stderr);

// The program's logger; silent until init_logging.
spdlog::logger& log();

}  // namespace counselor::core
