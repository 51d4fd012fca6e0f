// The switches with which a test (or the documentation's screenshots) drives
// the window without a person: what to open, what to type, what to press,
// what to capture, then exit. Read with the rest of the command line
// (command_line.hpp beside main.cpp); the window itself never sees them.
#pragma once

#include <functional>
#include <optional>
#include <string>

namespace counselor::gui {

// --write-note TEMPLATE --answers FILE: writes a note for the latest session
// of the selected client's case (or one planned with --new-session through
// the New session dialog) through the note editor's controls, and waits for
// the autosave timer to store the draft. Then --sign signs it (and
// --addendum adds one), or --crash-after-autosave ends the run at once, as
// a crash would, so a test sees only what the autosave stored.
// --open-note ID opens a note of the selected client's case as a click in
// the list does; --answers, --sign and --addendum then work on it the same.
struct NoteOptions {
    std::string template_id;
    long long open_note = 0;
    std::string new_session;  // "YYYY-MM-DD HH:MM"
    bool sign = false;
    std::string addendum;
    bool crash_after_autosave = false;

    bool wanted() const { return !template_id.empty() || open_note > 0; }
};

struct AutomationOptions {
    // Start, report "ready in N ms", optionally capture the window, and exit.
    bool exit_when_ready = false;
    // --discreet-banner: once ready, click the Overview banner's Discreet
    // button, as a counselor does before a joint session on a laptop.
    bool discreet_banner = false;
    std::string screenshot;  // --screenshot FILE.png
    std::optional<long long> select_client;
    std::string tab;   // overview | assessments | sessions | homework
    std::string show;  // plugins | about | handout | report: what to open before the screenshot
    int width = 0;     // --size WxH
    int height = 0;
    // --fill-form TOOL --answers FILE: enter the JSON answers into the
    // tool's form as a person would, then save it.
    std::string fill_form;
    std::string answers;  // also for --write-note and --hand-over
    // --hand-over TOOL [--hand-over-pin FILE]: hand-over mode on the tool's
    // form for the selected client (see batch_hand_over.cpp).
    std::string hand_over;
    std::string hand_over_pin;
    // --practice-settings FILE: File > Practice Settings filled in from FILE.
    std::string practice_settings;
    NoteOptions note;
    // --new-client FILE: type the JSON details into the New Client dialog (a
    // "second" spouse makes it the New Couple dialog) and press OK.
    std::string new_client;
    // --assign-homework FILE: choose and type the JSON order into the Assign
    // Homework dialog, press Assign, and export the handout if it names a file.
    std::string assign_homework;
    // --search TEXT: type TEXT into the client search; report the rows and time.
    std::optional<std::string> search;
    // --mark-session STATUS: mark the selected client's latest session held,
    // cancelled, no-show or scheduled, as the Sessions tab's Mark as... does.
    std::string mark_session;
    // --backup-to FILE: once ready, back up as File > Back Up... does (with
    // --passphrase-file for an encrypted practice), print where and how big.
    std::string backup_to;
    // --restore-from FILE: restore as File > Restore... does after its
    // questions (the passphrase of an encrypted backup from --passphrase-file).
    std::string restore_from;
    // --examine FILE (with --show plugins): examine a plugin as the dialog's
    // Examine button does, and print what the dialog then shows.
    std::string examine;
    // --print-to FILE.pdf (with --show handout or report): press Print in the
    // preview and answer the print dialog with GTK's "Print to File" printer.
    std::string print_to;
    // --wrong-passphrase-at-lock FILE: with --lock-after-seconds, the idle
    // lock is answered with this passphrase first (it must be refused).
    std::string wrong_passphrase_at_lock;

    // Nobody is there to answer a dialog: errors go to stderr instead.
    bool unattended() const {
        return exit_when_ready || !screenshot.empty() || !fill_form.empty() || !hand_over.empty() ||
               !practice_settings.empty() || note.wanted() || !new_client.empty() ||
               !assign_homework.empty() || search.has_value() || !mark_session.empty() ||
               !backup_to.empty() || !restore_from.empty();
    }
    // Any switch given: the run has automation, attended or not (--select-client
    // alone opens the window on that client for a person).
    bool wanted() const {
        return unattended() || select_client.has_value() || !tab.empty() || !show.empty() ||
               width > 0 || discreet_banner || !wrong_passphrase_at_lock.empty();
    }
};

// Reads `arg` into `options` when it is one of the automation's switches
// (taking its value through `value`); false when it is not. A value that
// makes no sense sets `error`.
bool parse_automation_option(const std::string& arg, AutomationOptions& options,
                             const std::function<std::string()>& value, std::string& error);

// Switches that do not go together; empty when they do.
std::string check_automation_options(const AutomationOptions& options);

std::string automation_usage_text();

}  // namespace counselor::gui
