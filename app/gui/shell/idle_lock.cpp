#include "shell/idle_lock.hpp"

#include "dialogs/passphrase_dialog.hpp"
#include "record/note_editor.hpp"
#include "record/sessions_page.hpp"
#include "shell/app_context.hpp"
#include "shell/main_frame.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/platform/logging.hpp>
#include <counselor/core/security/encrypted_database.hpp>

#include <spdlog/spdlog.h>
#include <wx/app.h>
#include <wx/config.h>

namespace counselor::gui {

namespace {
constexpr int kTickMs = 1000;
constexpr long kDefaultMinutes = 15;
}  // namespace

IdleLock::IdleLock(MainFrame& frame, AppContext& context, std::filesystem::path database,
                   std::chrono::seconds after)
    : frame_(frame), context_(context), database_(std::move(database)), after_(after) {
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { check(); });
}

IdleLock::~IdleLock() {
    timer_.Stop();
}

std::chrono::seconds IdleLock::configured() {
    long minutes = kDefaultMinutes;
    if (auto* config = wxConfig::Get()) {
        config->Read("/security/lock_after_minutes", &minutes, kDefaultMinutes);
    }
    if (minutes < 1) minutes = kDefaultMinutes;
    return std::chrono::minutes(minutes);
}

void IdleLock::start() {
    last_activity_ = std::chrono::steady_clock::now();
    timer_.Start(kTickMs);
}

void IdleLock::activity() {
    if (!locked()) last_activity_ = std::chrono::steady_clock::now();
}

void IdleLock::check() {
    if (locked() || std::chrono::steady_clock::now() - last_activity_ < after_) return;
    lock();
}

void IdleLock::lock() {
    timer_.Stop();
    // Saved before the record is hidden; the text stays in the editor.
    if (auto* page = frame_.sessions_page(); page && page->editor()) page->editor()->flush();
    frame_.Hide();
    core::log().info("window locked after {} idle seconds", after_.count());
    dialog_ = new PassphraseDialog(
        nullptr, _("Counselor Workstation is locked"),
        _("The window locked itself after a time without use.\nType the passphrase to go on "
          "where you left off, or quit: the draft is already saved."),
        [this](const core::Secret& passphrase) { return try_passphrase(passphrase); });
    // A shared computer: leaving the lock closes the program, and the button says so.
    dialog_->set_button_labels(_("&Unlock"), _("&Quit"));
    if (batch) {
        dialog_->Show();
        if (on_locked) on_locked(*dialog_);
        return;
    }
    const int answer = dialog_->ShowModal();
    if (answer == wxID_OK) {
        unlock();
        return;
    }
    // Quit: the program closes (the draft is already saved).
    dialog_->Destroy();
    dialog_ = nullptr;
    frame_.Close(true);
}

wxString IdleLock::try_passphrase(const core::Secret& passphrase) {
    bool right = false;
    try {
        right = core::passphrase_matches(database_, passphrase);
    } catch (const core::UserError& error) {
        return wxString::FromUTF8(error.what());
    }
    if (!right) {
        audit("refused");
        return _("The passphrase is wrong. Try again.");
    }
    // A modal dialog ends itself on a right passphrase; a batch one is ended here.
    if (batch) wxTheApp->CallAfter([this] { unlock(); });
    return {};
}

void IdleLock::unlock() {
    if (!dialog_) return;
    dialog_->Destroy();
    dialog_ = nullptr;
    audit("ok");
    frame_.Show();
    frame_.Raise();
    core::log().info("window unlocked");
    start();
    if (on_unlocked) on_unlocked();
}

void IdleLock::audit(const char* outcome) {
    try {
        core::Transaction transaction(context_.db);
        auto entry = core::audit_entry(context_.actor, "database.unlock", "database", std::nullopt,
                                       "idle_lock");
        entry.outcome = outcome;
        core::AuditLog(context_.db).append(entry);
        transaction.commit();
    } catch (const core::UserError&) {
        core::log().warn("an unlock ({}) could not be written to the audit log", outcome);
    }
}

}  // namespace counselor::gui
