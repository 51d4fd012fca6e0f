#include "counselor/core/plugin_crash_marker.hpp"

#include "counselor/core/database.hpp"
#include "counselor/core/logging.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

const char* const kSuffix = ".plugin-call";

// Whether the process that wrote a marker still runs. EPERM: it runs, as
// another user.
bool process_alive(long pid) {
    if (pid <= 0) return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// "<pid>-<n>.plugin-call": the process, and which marker of it.
long pid_of(const fs::path& file) {
    try {
        const std::string stem = file.stem().string();
        return std::stol(stem.substr(0, stem.find('-')));
    } catch (const std::exception&) {
        return -1;
    }
}

// {"at":...,"call":...,"plugin":...}: written on every call into a plugin
// (six times as the window starts), so plain ids and calls, all there are
// in practice, are put together directly; anything needing escapes goes
// through the JSON library.
std::string marker_note(std::string_view plugin_id, std::string_view call) {
    const auto plain = [](std::string_view text) {
        return std::all_of(text.begin(), text.end(),
                           [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; });
    };
    const std::string at = utc_now();
    if (!plain(plugin_id) || !plain(call))
        return nlohmann::json{{"plugin", plugin_id}, {"call", call}, {"at", at}}.dump();
    std::string note = "{\"at\":\"";
    note += at;
    note += "\",\"call\":\"";
    note += call;
    note += "\",\"plugin\":\"";
    note += plugin_id;
    note += "\"}";
    return note;
}

}  // namespace

std::string what_happened(const PluginCrash& crash) {
    std::string text = "it crashed the program ";
    text += crash.call == "load" ? std::string("while loading") : "during " + crash.call;
    if (!crash.at.empty()) text += " (" + crash.at + ")";
    return text;
}

PluginCrashMarker::PluginCrashMarker(fs::path folder) : folder_(std::move(folder)) {
    std::error_code error;
    fs::create_directories(folder_, error);
    static std::atomic<int> markers{0};
    own_file_ = folder_ / (std::to_string(::getpid()) + "-" + std::to_string(++markers) + kSuffix);
    // Left open for the life of the process: entering and leaving plugin
    // code is then two small writes, not a file created and removed.
    fd_ = ::open(own_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) log().warn("plugin crash marker unavailable in {}", folder_.string());
}

PluginCrashMarker::~PluginCrashMarker() {
    if (fd_ < 0) return;
    ::close(fd_);
    std::error_code error;
    fs::remove(own_file_, error);
}

void PluginCrashMarker::enter(std::string_view plugin_id, std::string_view call) {
    if (fd_ < 0) return;
    const std::string note = marker_note(plugin_id, call);
    // pwrite then truncate: a reader never sees the end of an older, longer note.
    if (::pwrite(fd_, note.data(), note.size(), 0) < 0 ||
        ::ftruncate(fd_, static_cast<off_t>(note.size())) != 0)
        log().warn("plugin crash marker not written for plugin {}", plugin_id);
}

void PluginCrashMarker::leave() {
    if (fd_ >= 0 && ::ftruncate(fd_, 0) != 0) log().warn("plugin crash marker not cleared");
}

std::vector<PluginCrash> PluginCrashMarker::collect_crashes() {
    std::vector<PluginCrash> crashes;
    std::error_code error;
    for (fs::directory_iterator it(folder_, error), end; !error && it != end; it.increment(error)) {
        const fs::path file = it->path();
        if (file == own_file_ || file.extension() != kSuffix) continue;
        // A process's marker is named by its pid: it either died, or lives.
        if (process_alive(pid_of(file))) continue;
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        in.close();
        std::error_code ignored;
        fs::remove(file, ignored);
        // Empty: the process ended outside plugin code. Unreadable: nothing to blame.
        auto note = nlohmann::json::parse(text.str(), nullptr, false);
        if (!note.is_object() || !note.value("plugin", nlohmann::json()).is_string()) continue;
        crashes.push_back({note["plugin"].get<std::string>(), note.value("call", std::string()),
                           note.value("at", std::string())});
    }
    std::sort(crashes.begin(), crashes.end(),
              [](const PluginCrash& a, const PluginCrash& b) { return a.at < b.at; });
    return crashes;
}

}  // namespace counselor::core
