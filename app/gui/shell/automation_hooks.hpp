// The window's boundary with its test automation (app/gui/automation): the
// window is built and runs without it, and reaches it through these hooks
// only. A run with automation hands the program an Automation; the program
// hands it back an AutomationHost. Every hook is called, and every host
// function must be called, on the main (GUI) thread.
#pragma once

#include "dialogs/backup_dialog.hpp"

#include <counselor/core/security/secret.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace counselor::gui {

class IdleLock;
class MainFrame;

// What the automation may ask of the running program.
class AutomationHost {
  public:
    virtual MainFrame& frame() = 0;
    // The idle lock of an encrypted practice; nullptr on a plain one.
    virtual IdleLock* idle_lock() = 0;
    virtual bool encrypted() const = 0;
    virtual std::filesystem::path database() const = 0;
    // The passphrase in --passphrase-file; nothing when none was given.
    virtual std::optional<core::Secret> passphrase_from_file() const = 0;
    // Closes every window and ends the run with `exit_code` (0: success).
    virtual void quit(int exit_code) = 0;
    // Closes the window, then restores, as File > Restore... does once its
    // questions are answered; the exit hook hears the outcome.
    virtual void restore_after_close(RestoreRequest request) = 0;

  protected:
    ~AutomationHost() = default;
};

// How the window opens: set before it shows, in the order a person's start
// uses (size, then the client, then the tab).
struct StartShape {
    std::optional<std::int64_t> client;  // instead of the last one opened
    std::string tab;                     // overview | assessments | sessions | homework
    int width = 0;                       // 0: as saved
    int height = 0;
};

class Automation {
  public:
    virtual ~Automation() = default;
    // Nobody is at the screen: the start asks nothing (no passphrase dialog,
    // no first-run questions), problems go to stderr instead of message
    // boxes, and the window's size and layout are not saved.
    virtual bool unattended() const = 0;
    virtual StartShape start_shape() const = 0;
    // Hook "ready": the window is on screen and laid out, `ms` after the
    // program started. Without automation the idle lock starts here; with
    // it, the automation decides (host.idle_lock()).
    virtual void ready(AutomationHost& host, long long ms) = 0;
    // Hook "exit": the main loop has ended; `restore` is the outcome of a
    // restore done on the way out, if any. True when the automation told it
    // (a person's run shows a message box instead).
    virtual bool exiting(const std::optional<RestoreOutcome>& restore) = 0;
};

}  // namespace counselor::gui
