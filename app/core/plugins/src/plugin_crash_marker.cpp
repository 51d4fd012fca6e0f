#include "counselor/core/plugins/plugin_crash_marker.hpp"

#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/logging.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fstream>
#include <optional>
#include <sstream>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

// A slot: "slot-<n>.plugin-slot", kept from one process to the next and
// claimed with an exclusive flock(2) for the life of its marker. The kernel
// drops the lock when the process ends, however it ends, so a slot nobody
// holds belongs to no live process, and what it holds was left behind.
const char* const kSlotSuffix = ".plugin-slot";
// Before slots, each process created "<pid>-<n>.plugin-call" and removed it
// at the end; such files are still read (a crash of a program of the older
// kind), and used when the folder's file system has no locks.
const char* const kOwnFileSuffix = ".plugin-call";
// More slots than programs of the workstation ever run at once.
constexpr int kMaxSlots = 64;
// The part of a slot that is mapped: far more than a note takes (plugin id,
// call and time come to under 100 bytes). A longer note is written with pwrite.
constexpr std::size_t kViewBytes = 512;

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

// The whole of a small file, from its start.
std::string read_all(int fd) {
    std::string text;
    std::array<char, 512> buffer;
    for (off_t at = 0;;) {
        const ssize_t got = ::pread(fd, buffer.data(), buffer.size(), at);
        if (got <= 0) break;
        text.append(buffer.data(), static_cast<std::size_t>(got));
        at += got;
    }
    return text;
}

// Nothing, or only the spaces leave() writes: no plugin code was running.
bool blank(std::string_view text) {
    return text.find_first_not_of(' ') == std::string_view::npos;
}

// Spaces over the whole file: the note is read, or was never one.
void blank_out(int fd, std::size_t size) {
    const std::string spaces(size, ' ');
    if (::pwrite(fd, spaces.data(), spaces.size(), 0) != static_cast<ssize_t>(spaces.size()))
        log().warn("plugin crash marker not cleared");
}

// What the fault handler needs, as plain atomics: the note of the plugin
// call now running and where its text ends.
std::atomic<int> active_fd{-1};
std::atomic<long> active_note_end{0};

constexpr std::array<int, 6> kFaults{SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGSYS};
std::array<struct sigaction, kFaults.size()> previous_actions{};

// Adds "\nfault <signal>" after the running call's note, puts back the
// handler that was there before, and raises the signal again, so the process
// ends as it would have (a core dump, a sanitizer's report) once this returns.
// Only async-signal-safe calls.
extern "C" void note_fault(int signal) {
    const int fd = active_fd.load();
    if (fd >= 0) {
        char line[24] = "\nfault ";
        std::size_t length = sizeof("\nfault ") - 1;
        char digits[8];
        int count = 0;
        for (int value = signal; value > 0 && count < 7; value /= 10)
            digits[count++] = char('0' + value % 10);
        while (count > 0)
            line[length++] = digits[--count];
        line[length++] = '\n';
        [[maybe_unused]] const auto written = ::pwrite(fd, line, length, active_note_end.load());
    }
    for (std::size_t i = 0; i < kFaults.size(); ++i)
        if (kFaults[i] == signal) ::sigaction(signal, &previous_actions[i], nullptr);
    ::raise(signal);
}

// At every marker made, not once per process: a test framework or a
// toolkit may have put its own handlers in since, and ours goes in front of
// them (they still run after it). On its own stack, so a plugin that
// overflows its stack is still noted.
void install_fault_handler() {
    static std::array<char, 64 * 1024> alternate_stack;
    stack_t stack{};
    stack.ss_sp = alternate_stack.data();
    stack.ss_size = alternate_stack.size();
    ::sigaltstack(&stack, nullptr);
    struct sigaction action {};
    action.sa_handler = note_fault;
    action.sa_flags = SA_ONSTACK;
    ::sigemptyset(&action.sa_mask);
    // One call a signal: ours goes in, and what was there is kept to run
    // after it, unless it was ours already (it then keeps what it follows).
    for (std::size_t i = 0; i < kFaults.size(); ++i) {
        struct sigaction current {};
        ::sigaction(kFaults[i], &action, &current);
        if (current.sa_handler != note_fault) previous_actions[i] = current;
    }
}

// utc_now(), asked once a second and kept: a note is written around every
// plugin call, often many in one second, and formatting the time with
// strftime was more than half of putting a note together. Plain chars, not
// a std::string: a thread's strings are destroyed before the program's
// statics, and a plugin host held in a static still writes notes as it
// shuts its plugins down at exit.
std::string_view utc_now_text() {
    thread_local std::time_t second = -1;
    thread_local std::array<char, 32> text{};
    thread_local std::size_t length = 0;
    const std::time_t now = std::time(nullptr);
    if (now != second) {
        length = utc_now().copy(text.data(), text.size());
        second = now;
    }
    return {text.data(), length};
}

// The signal in a note's "fault N" line; 0 when the process ended without one.
int fault_in(const std::string& rest) {
    const auto at = rest.find("fault ");
    if (at == std::string::npos) return 0;
    try {
        return std::stoi(rest.substr(at + 6));
    } catch (const std::exception&) {
        return 0;
    }
}

// Text that JSON carries as it is: printable ASCII without quotes or
// backslashes, as plugin ids, call names and times are.
bool plain(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}

// The note: {"at":...,"call":...,"plugin":...}, the bytes nlohmann writes
// for it. Put together directly for plain text: a note is written around
// every plugin call, and building a JSON document for each cost more than
// the write.
std::string note_text(std::string_view plugin_id, std::string_view call, std::string_view at) {
    if (!plain(plugin_id) || !plain(call) || !plain(at))
        return nlohmann::json{{"plugin", plugin_id}, {"call", call}, {"at", at}}.dump();
    std::string note;
    note.reserve(32 + at.size() + call.size() + plugin_id.size());
    note.append("{\"at\":\"").append(at).append("\",\"call\":\"").append(call);
    note.append("\",\"plugin\":\"").append(plugin_id).append("\"}");
    return note;
}

// The crash a note left behind names, when its process faulted inside the
// call. Empty or blank: the process ended outside plugin code. Unreadable:
// nothing to blame. Without a fault the process was killed, or the power
// went: only logged.
std::optional<PluginCrash> crash_in(const std::string& content) {
    if (blank(content)) return std::nullopt;
    const auto line_end = content.find('\n');
    auto note = nlohmann::json::parse(content.substr(0, line_end), nullptr, false);
    if (!note.is_object() || !note.value("plugin", nlohmann::json()).is_string())
        return std::nullopt;
    PluginCrash crash{note["plugin"].get<std::string>(), note.value("call", std::string()),
                      note.value("at", std::string()), 0};
    crash.signal = line_end == std::string::npos ? 0 : fault_in(content.substr(line_end));
    if (crash.signal == 0) {
        log().info(
            "plugin {} was running {} when its process ended without a fault "
            "(killed, or the power went); not switched off",
            crash.plugin_id, crash.call);
        return std::nullopt;
    }
    return crash;
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
    // Left open for the life of the marker: entering and leaving plugin
    // code is then two small writes, not a file created and removed.
    if (!claim_slot()) {
        // No locks here (some network file systems): a file of this
        // process's own, named by its pid, as before slots.
        static std::atomic<int> markers{0};
        own_file_ = folder_ /
                    (std::to_string(::getpid()) + "-" + std::to_string(++markers) + kOwnFileSuffix);
        fd_ = ::open(own_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        owns_file_ = fd_ >= 0;
    }
    if (fd_ < 0) log().warn("plugin crash marker unavailable in {}", folder_.string());
    install_fault_handler();
}

// The first slot no one holds, created when there is none. Opening a file
// that is there costs far less than creating one (and removing it at the
// end) on a journalling file system.
bool PluginCrashMarker::claim_slot() {
    for (int n = 0; n < kMaxSlots; ++n) {
        fs::path file = folder_ / ("slot-" + std::to_string(n) + kSlotSuffix);
        const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) return false;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            fd_ = fd;
            own_file_ = std::move(file);
            // What the slot's last holder left: read by collect_crashes().
            left_behind_ = read_all(fd);
            file_size_ = left_behind_.size();
            map_slot();
            return true;
        }
        const int why = errno;
        ::close(fd);
        if (why != EWOULDBLOCK) return false;  // held by a live marker: try the next
    }
    return false;
}

// Spaces make the slot as long as the view once (its first use, or a slot
// of an older version): a mapping must not reach past the file's end.
void PluginCrashMarker::map_slot() {
    if (file_size_ < kViewBytes) {
        const std::string spaces(kViewBytes - file_size_, ' ');
        if (::pwrite(fd_, spaces.data(), spaces.size(), static_cast<off_t>(file_size_)) !=
            static_cast<ssize_t>(spaces.size()))
            return;
        file_size_ = kViewBytes;
    }
    void* view = ::mmap(nullptr, kViewBytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
    if (view == MAP_FAILED) return;
    view_ = static_cast<char*>(view);
    view_size_ = kViewBytes;
    // The first note must cover what the last holder left, as a pwrite
    // padded to the file's size did.
    note_size_ = std::min(left_behind_.size(), view_size_);
}

PluginCrashMarker::~PluginCrashMarker() {
    if (view_) ::munmap(view_, view_size_);
    if (fd_ < 0) return;
    int own = fd_;
    active_fd.compare_exchange_strong(own, -1);
    ::close(fd_);  // and the slot's lock with it; the slot stays for the next process
    if (owns_file_) {
        std::error_code error;
        fs::remove(own_file_, error);
    }
}

// The file never shrinks: a note is written over the one before, spaces
// cover what is left of a longer one (white space after the JSON), and
// leave() writes spaces over it all. Truncating instead (ftruncate to the
// note's size, and to 0 on leaving) made every call two journalled changes
// of the file's size on ext4, about a fifth of loading the bundled plugins.
void PluginCrashMarker::enter(std::string_view plugin_id, std::string_view call) {
    if (fd_ < 0) return;
    const std::string note = note_text(plugin_id, call, utc_now_text());
    write_note(note, plugin_id);
    active_note_end = static_cast<long>(note.size());
    active_fd = fd_;
}

// Over the note before; what is left of a longer one becomes spaces.
void PluginCrashMarker::write_note(const std::string& note, std::string_view plugin_id) {
    if (view_ && note.size() <= view_size_ && file_size_ <= view_size_) {
        std::memcpy(view_, note.data(), note.size());
        if (note_size_ > note.size())
            std::memset(view_ + note.size(), ' ', note_size_ - note.size());
        note_size_ = note.size();
        return;
    }
    std::string padded = note;
    if (padded.size() < file_size_) padded.append(file_size_ - padded.size(), ' ');
    if (::pwrite(fd_, padded.data(), padded.size(), 0) != static_cast<ssize_t>(padded.size()))
        log().warn("plugin crash marker not written for plugin {}", plugin_id);
    file_size_ = std::max(file_size_, padded.size());
    note_size_ = std::min(file_size_, view_size_);
}

void PluginCrashMarker::leave() {
    if (fd_ < 0) return;
    int own = fd_;
    active_fd.compare_exchange_strong(own, -1);
    // A blank note names no plugin: the process is outside plugin code.
    if (view_ && file_size_ <= view_size_) {
        std::memset(view_, ' ', note_size_);
        note_size_ = 0;
        return;
    }
    blank_out(fd_, file_size_);
}

std::vector<PluginCrash> PluginCrashMarker::collect_crashes() {
    std::vector<PluginCrash> crashes;
    const auto note = [&crashes](const std::string& content) {
        if (auto crash = crash_in(content)) crashes.push_back(std::move(*crash));
    };
    // The own slot's, read when it was claimed; blanked unless a call of
    // this process has written its own note over it since.
    if (!blank(left_behind_)) {
        note(left_behind_);
        if (active_fd.load() != fd_) blank_out(fd_, file_size_);
    }
    left_behind_.clear();
    std::error_code error;
    for (fs::directory_iterator it(folder_, error), end; !error && it != end; it.increment(error)) {
        const fs::path file = it->path();
        if (file == own_file_) continue;
        if (file.extension() == kSlotSuffix) {
            // A slot held by a live marker is in use; one that is free is
            // read and blanked while held, so two processes never both
            // report it.
            const int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
            if (fd < 0) continue;
            if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
                const std::string content = read_all(fd);
                if (!blank(content)) {
                    blank_out(fd, content.size());
                    note(content);
                }
            }
            ::close(fd);
        } else if (file.extension() == kOwnFileSuffix) {
            // A process's own file is named by its pid: it either died, or lives.
            if (process_alive(pid_of(file))) continue;
            std::ifstream in(file);
            std::stringstream text;
            text << in.rdbuf();
            in.close();
            std::error_code ignored;
            fs::remove(file, ignored);
            note(text.str());
        }
    }
    std::sort(crashes.begin(), crashes.end(),
              [](const PluginCrash& a, const PluginCrash& b) { return a.at < b.at; });
    return crashes;
}

}  // namespace counselor::core
