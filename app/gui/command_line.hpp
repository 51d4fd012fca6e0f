// The window's command line. Parsed before the toolkit starts, so --version
// and usage mistakes work without a display.
#pragma once

#include <optional>
#include <string>
#include <vector>

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

struct Options {
    std::string db;                        // --db FILE; empty: COUNSELOR_DB, then the default
    std::vector<std::string> plugin_dirs;  // --plugin-dir DIR, repeatable
    bool safe_mode = false;
    bool version = false;
    bool demo = false;  // --demo: a first run adds the demo practice without asking
    // --passphrase-file FILE: the passphrase of an encrypted practice (and of
    // the one a first run creates) from a file instead of the dialog. In batch
    // mode a first run without it creates a plain database: nobody is there
    // to choose a passphrase.
    std::string passphrase_file;
    // --lock-after-seconds N: lock the window after N idle seconds instead of
    // the setting (security.lock_after_minutes in counselor.conf, default 15).
    std::optional<int> lock_after_seconds;
    // --wrong-passphrase-at-lock FILE: a batch run answers the idle lock with
    // this passphrase first (for tests: it must be refused and let retry).
    std::string wrong_passphrase_at_lock;
    bool help = false;
    // For tests and documentation: start, report "ready in N ms", optionally
    // capture the window, and exit without waiting for a person.
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
    // --probe-plugin-here FILE: the child process of an examination (see
    // core::probe_plugin); prints the report as JSON and exits, no window.
    std::string probe_here;

    // Nobody is there to answer a dialog: errors go to stderr instead.
    bool batch() const {
        return exit_when_ready || !screenshot.empty() || !fill_form.empty() || !hand_over.empty() ||
               !practice_settings.empty() || note.wanted() || !new_client.empty() ||
               !assign_homework.empty() || search.has_value() || !mark_session.empty() ||
               !backup_to.empty() || !restore_from.empty();
    }
};

struct ParseResult {
    Options options;
    std::string error;  // empty when the command line made sense
};

ParseResult parse_command_line(const std::vector<std::string>& args);
std::string usage_text();

}  // namespace counselor::gui
