// Locks the window of an encrypted practice after an idle time: the draft
// note in progress is saved first (and stays in the editor), the main window
// is hidden so no record shows, and a dialog asks for the passphrase again.
// Every unlock, and every wrong passphrase typed there, is an audit row
// (outcome only, never what was typed).
#pragma once

#include <counselor/core/security/secret.hpp>

#include <wx/string.h>
#include <wx/timer.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

namespace counselor::gui {

struct AppContext;
class MainFrame;
class PassphraseDialog;

class IdleLock {
  public:
    IdleLock(MainFrame& frame, AppContext& context, std::filesystem::path database,
             std::chrono::seconds after);
    ~IdleLock();
    IdleLock(const IdleLock&) = delete;
    IdleLock& operator=(const IdleLock&) = delete;

    // Starts counting idle time (again from now).
    void start();
    // A key press or mouse use: the counselor is there.
    void activity();
    bool locked() const { return dialog_ != nullptr; }
    std::chrono::seconds after() const { return after_; }

    // Batch runs: the lock dialog is shown without a modal loop, handed to
    // `on_locked`, and answered through submit(); on_unlocked follows a
    // right passphrase.
    bool batch = false;
    std::function<void(PassphraseDialog&)> on_locked;
    std::function<void()> on_unlocked;

    // The lock setting: security/lock_after_minutes in the config file, 15 by default.
    static std::chrono::seconds configured();

  private:
    void check();
    void lock();
    void unlock();
    wxString try_passphrase(const core::Secret& passphrase);
    void audit(const char* outcome);

    MainFrame& frame_;
    AppContext& context_;
    std::filesystem::path database_;
    std::chrono::seconds after_;
    std::chrono::steady_clock::time_point last_activity_;
    wxTimer timer_;
    PassphraseDialog* dialog_ = nullptr;
};

}  // namespace counselor::gui
