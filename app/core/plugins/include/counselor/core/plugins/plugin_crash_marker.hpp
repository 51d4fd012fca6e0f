// A note on disk, kept while plugin code runs, naming the plugin and what it
// was asked. When the process faults inside a plugin (a segfault, an abort),
// a signal handler adds the signal to the note, which stays behind, and the
// next start knows which plugin to keep from running instead of crashing
// again. A note without a fault (the process was killed, or the power went
// while plugin code ran) blames nobody: switching a sound plugin off because
// the counselor closed a hung window, or a laptop's battery ran out, would
// take their tools away for nothing. Each marker holds a file of its own
// (a slot, "slot-<n>.plugin-slot", locked with flock(2) while the marker
// lives), so programs of the workstation running side by side never take
// each other's live notes for crashes; between calls it holds only spaces.
// The slots stay in the folder for the processes after: the lock, which the
// kernel drops when a process ends however it ends, tells a live note from
// one left behind.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

struct PluginCrash {
    std::string plugin_id;
    std::string call;  // what the plugin was doing: "load", "form", "evaluate", ...
    std::string at;    // when it began, UTC
    int signal = 0;    // the fault that ended the process (SIGSEGV, SIGABRT, ...)
};

// "it crashed the program during evaluate (2026-11-21T15:40:00Z)".
std::string what_happened(const PluginCrash& crash);

class PluginCrashMarker {
  public:
    // Creates `folder` when needed. A marker that cannot be written only
    // loses the protection; it never stops a plugin from running.
    explicit PluginCrashMarker(std::filesystem::path folder);
    ~PluginCrashMarker();
    PluginCrashMarker(const PluginCrashMarker&) = delete;
    PluginCrashMarker& operator=(const PluginCrashMarker&) = delete;

    // Plugin code is about to run / has returned.
    void enter(std::string_view plugin_id, std::string_view call);
    void leave();

    // The notes left by processes that faulted inside a plugin, oldest
    // first. Every note of a process that is gone is removed as it is read;
    // those without a fault are only logged.
    std::vector<PluginCrash> collect_crashes();

    // While alive, plugin code runs; leaves when it goes, thrown or not.
    class Scope {
      public:
        Scope(PluginCrashMarker* marker, std::string_view plugin_id, std::string_view call)
            : marker_(marker) {
            if (marker_) marker_->enter(plugin_id, call);
        }
        ~Scope() {
            if (marker_) marker_->leave();
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

      private:
        PluginCrashMarker* marker_;
    };

  private:
    bool claim_slot();
    void map_slot();
    void write_note(const std::string& note, std::string_view plugin_id);

    std::filesystem::path folder_;
    std::filesystem::path own_file_;
    int fd_ = -1;
    bool owns_file_ = false;     // a file of this process's own, removed at the end
    std::size_t file_size_ = 0;  // the file's bytes: the longest note written so far
    // The slot's first bytes, mapped shared: entering and leaving plugin
    // code writes memory the kernel keeps for the file, with no system call.
    // Null when the file could not be mapped; notes are then written with pwrite.
    char* view_ = nullptr;
    std::size_t view_size_ = 0;
    std::size_t note_size_ = 0;  // how much of the view the last note took
    std::string left_behind_;    // the slot's text when claimed: a note of a process gone
};

}  // namespace counselor::core
