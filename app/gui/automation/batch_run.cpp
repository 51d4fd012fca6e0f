#include "automation/batch_run.hpp"

#include "automation/note_batch.hpp"
#include "automation/print_dialog_answer.hpp"
#include "automation/screenshot.hpp"
#include "dialogs/new_session_dialog.hpp"
#include "dialogs/passphrase_dialog.hpp"
#include "dialogs/plugins_dialog.hpp"
#include "dialogs/practice_settings_dialog.hpp"
#include "printing/handout_printout.hpp"
#include "record/note_editor.hpp"
#include "record/sessions_page.hpp"
#include "shell/idle_lock.hpp"
#include "shell/main_frame.hpp"
#include "widgets/wx_text.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/workspace/actor.hpp>

#include <iostream>
#include <utility>

namespace counselor::gui {

namespace {

// How long to let the window paint before reading the screen back.
constexpr int kSettleMs = 400;

}  // namespace

BatchRun::BatchRun(AutomationOptions options, WindowOptions window)
    : options_(std::move(options)), window_(std::move(window)) {}

BatchRun::~BatchRun() = default;

StartShape BatchRun::start_shape() const {
    StartShape shape;
    if (options_.select_client) shape.client = *options_.select_client;
    shape.tab = options_.tab;
    shape.width = options_.width;
    shape.height = options_.height;
    return shape;
}

void BatchRun::ready(AutomationHost& host, long long ms) {
    host_ = &host;
    frame_ = &host.frame();
    if (!unattended()) {
        // A person's window, only opened where the switches said.
        if (auto* lock = host.idle_lock()) lock->start();
        return;
    }
    std::cout << "ready in " << ms << " ms" << std::endl;
    report_record();
    captured_ = frame_;
    action_ = make_batch_action(options_, window_.passphrase_file);
    if (!act()) return;  // it ends the run itself, now or later
    if (!options_.print_to.empty() && exit_code_ == 0) print_preview();
    if (lock_test() && exit_code_ == 0) {
        wait_for_lock();
        return;
    }
    settle();
}

// What the record shows, one line a part, for the tests to read.
void BatchRun::report_record() const {
    std::cout << "status: " << utf8(frame_->counts_shown()) << std::endl;
    std::cout << "profile: " << utf8(frame_->profile_shown()) << std::endl;
    std::cout << "case: " << utf8(frame_->case_shown()) << std::endl;
    if (options_.discreet_banner) frame_->set_banner_discreet(true);
    // One line: the banner's own line breaks are read as " / ".
    wxString banner = frame_->banner_shown();
    banner.Replace("\n", " / ");
    std::cout << "banner: " << utf8(banner) << std::endl;
    std::cout << "timeline: " << utf8(frame_->timeline_shown()) << std::endl;
    std::cout << "client list: " << utf8(frame_->client_row_shown()) << std::endl;
    std::cout << "sessions: " << utf8(frame_->sessions_shown()) << std::endl;
    std::cout << "backup reminder " << (frame_->backup_reminder_shown() ? "shown" : "not shown")
              << std::endl;
}

// The one thing asked. False when the run ends by other means: a restore
// closes the window, a note finishes after the autosave, a failure quits.
bool BatchRun::act() {
    if (!options_.backup_to.empty()) {
        back_up();
    } else if (!options_.restore_from.empty()) {
        host_->restore_after_close(
            RestoreRequest{options_.restore_from, host_->passphrase_from_file()});
        return false;
    } else if (options_.show != "new-session" && !options_.show.empty()) {
        show_asked();
    } else if (action_) {
        try {
            captured_ = action_->start(*frame_);
        } catch (const BatchError& error) {
            fail(error.what());
            return false;
        }
    } else if (options_.show == "new-session") {
        frame_->select_tab("sessions");
        if (auto* dialog = frame_->sessions_page()->make_session_dialog()) {
            dialog->Show();
            captured_ = dialog;
        } else {
            std::cerr << "counselor: no case is shown to plan a session for\n";
            exit_code_ = 1;
        }
    } else if (options_.note.wanted()) {
        write_note();
        return false;
    }
    return true;
}

// --show plugins, about, practice-settings, handout or report: opened for the screenshot.
void BatchRun::show_asked() {
    if (options_.show == "plugins") {
        auto* dialog = frame_->show_plugins_dialog(false);
        captured_ = dialog;
        if (!dialog->warnings().empty()) std::cout << utf8(dialog->warnings()) << std::endl;
        if (!options_.examine.empty())
            std::cout << utf8(dialog->examine(options_.examine)) << std::endl;
    } else if (options_.show == "about") {
        frame_->show_about();
    } else if (options_.show == "practice-settings") {
        captured_ = frame_->show_practice_settings(false);
    } else if (options_.show == "handout") {
        if (auto* preview = frame_->preview_handout()) {
            captured_ = preview;
        } else {
            std::cerr << "counselor: no handout to preview for this client's case\n";
            exit_code_ = 1;
        }
    } else if (options_.show == "report") {
        wxString why;
        if (auto* preview = frame_->preview_couple_report(why)) {
            captured_ = preview;
        } else {
            std::cerr << "counselor: " << utf8(why) << '\n';
            exit_code_ = 1;
        }
    }
}

// Waits for the autosave timer, so it finishes later, by itself.
void BatchRun::write_note() {
    note_ = std::make_unique<NoteBatch>(*frame_, options_, [this](int code) {
        if (code != 0) exit_code_ = code;
        if (code == 0 && lock_test()) {
            wait_for_lock();
            return;
        }
        settle();
    });
    note_->start();
}

// --print-to: the preview's Print button, and the print dialog answered.
void BatchRun::print_preview() {
    auto* preview = dynamic_cast<PrintPreviewFrame*>(captured_);
    if (preview == nullptr) {
        std::cerr << "counselor: there is no preview to print from\n";
        exit_code_ = 1;
        return;
    }
    answer_next_print_dialog(options_.print_to);
    if (preview->print()) {
        std::cout << "printed to " << options_.print_to << std::endl;
        return;
    }
    std::cerr << "counselor: nothing was printed\n";
    exit_code_ = 1;
}

// --backup-to FILE: the menu's backup without its dialogs.
void BatchRun::back_up() {
    try {
        std::optional<core::Secret> passphrase;
        if (host_->encrypted()) passphrase = host_->passphrase_from_file();
        const auto result = back_up_practice(frame_, host_->database(), passphrase,
                                             options_.backup_to, core::current_actor());
        std::cout << "backup written to " << result.file.string() << " (" << result.bytes
                  << " bytes)" << std::endl;
        frame_->after_backup();
        std::cout << "backup reminder " << (frame_->backup_reminder_shown() ? "shown" : "not shown")
                  << std::endl;
    } catch (const std::exception& error) {
        std::cerr << "counselor: the backup was not written: " << error.what() << '\n';
        exit_code_ = 1;
    }
}

// --lock-after-seconds on an encrypted practice: after the note is written,
// nobody touches the window until it locks; then the lock is captured and
// answered with the passphrase from --passphrase-file.
bool BatchRun::lock_test() const {
    return host_->idle_lock() != nullptr && window_.lock_after_seconds.has_value();
}

void BatchRun::wait_for_lock() {
    IdleLock& lock = *host_->idle_lock();
    lock.on_locked = [this, &lock](PassphraseDialog& dialog) {
        std::cout << "locked after " << lock.after().count() << " idle seconds; window "
                  << (frame_->IsShown() ? "shown" : "hidden") << std::endl;
        std::cout << "the lock offers: " << utf8(dialog.button_label(wxID_OK)) << ", "
                  << utf8(dialog.button_label(wxID_CANCEL)) << std::endl;
        captured_ = &dialog;
        lock_step_ = std::make_unique<wxTimer>();
        lock_step_->Bind(wxEVT_TIMER, [this, &dialog](wxTimerEvent&) { answer_lock(dialog); });
        lock_step_->StartOnce(kSettleMs);
    };
    lock.on_unlocked = [this] {
        captured_ = frame_;
        auto* editor = frame_->sessions_page()->editor();
        std::cout << "unlocked; window " << (frame_->IsShown() ? "shown" : "hidden") << std::endl;
        if (const auto note = editor->note_id()) {
            std::cout << "editor shows note " << *note << ": " << editor->on_screen().dump()
                      << std::endl;
        } else {
            std::cout << "editor shows no note" << std::endl;
        }
        settle();
    };
    std::cout << "waiting for the idle lock" << std::endl;
    lock.start();
}

// The lock on screen: captured, then a wrong passphrase (if asked), then the right one.
void BatchRun::answer_lock(PassphraseDialog& dialog) {
    if (!options_.screenshot.empty()) {
        captured_->Update();
        if (save_screenshot(captured_, ui(options_.screenshot)))
            std::cout << "screenshot " << options_.screenshot << std::endl;
        options_.screenshot.clear();
    }
    try {
        const auto passphrase = host_->passphrase_from_file();
        if (!passphrase) {
            fail("the idle lock test needs --passphrase-file FILE");
            return;
        }
        if (!options_.wrong_passphrase_at_lock.empty()) {
            const wxString refused =
                dialog.submit(core::read_passphrase_file(options_.wrong_passphrase_at_lock));
            std::cout << "the lock said: " << utf8(refused) << std::endl;
            if (refused.empty()) {
                fail("the lock took the wrong passphrase");
                return;
            }
        }
        const wxString said = dialog.submit(*passphrase);
        if (!said.empty()) fail("the lock refused the passphrase: " + utf8(said));
    } catch (const core::UserError& error) {
        fail(error.what());
    }
}

void BatchRun::settle() {
    settle_ = std::make_unique<wxTimer>();
    settle_->Bind(wxEVT_TIMER, [this](wxTimerEvent&) { finish(); });
    settle_->StartOnce(options_.screenshot.empty() ? 1 : kSettleMs);
}

void BatchRun::fail(const std::string& message) {
    std::cerr << "counselor: " << message << '\n';
    host_->quit(1);
}

void BatchRun::finish() {
    if (!options_.screenshot.empty()) {
        captured_->Update();
        if (save_screenshot(captured_, ui(options_.screenshot))) {
            std::cout << "screenshot " << options_.screenshot << std::endl;
        } else {
            std::cerr << "counselor: could not save the screenshot to " << options_.screenshot
                      << '\n';
            exit_code_ = 1;
        }
    }
    if (action_ && !action_->finish(*frame_)) exit_code_ = 1;
    host_->quit(exit_code_);
}

bool BatchRun::exiting(const std::optional<RestoreOutcome>& restore) {
    if (!restore || !unattended()) return false;
    (restore->restored ? std::cout : std::cerr)
        << "counselor: " << utf8(restore->message) << std::endl;
    return true;
}

std::unique_ptr<Automation> make_automation(const AutomationOptions& options,
                                            const WindowOptions& window) {
    if (!options.wanted()) return nullptr;
    return std::make_unique<BatchRun>(options, window);
}

}  // namespace counselor::gui
