#include "counselor/core/platform/logging.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <system_error>

namespace counselor::core {

namespace {
constexpr std::size_t kLogFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kLogFilesKept = 3;

std::shared_ptr<spdlog::logger>& logger() {
    static auto instance = std::make_shared<spdlog::logger>("counselor");
    return instance;
}
}  // namespace

void init_logging(const std::filesystem::path& dir, bool to_stderr) {
    std::vector<spdlog::sink_ptr> sinks;
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            (dir / "counselor.log").string(), kLogFileBytes, kLogFilesKept));
    } catch (const spdlog::spdlog_ex&) {
        // A read-only home must not stop the counselor from working.
    }
    if (to_stderr) {
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        console->set_pattern("[%l] %v");
        sinks.push_back(console);
    }
    auto instance = std::make_shared<spdlog::logger>("counselor", sinks.begin(), sinks.end());
    instance->set_level(to_stderr ? spdlog::level::debug : spdlog::level::info);
    instance->flush_on(spdlog::level::warn);
    logger() = instance;
}

spdlog::logger& log() {
    return *logger();
}

}  // namespace counselor::core
