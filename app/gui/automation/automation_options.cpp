#include "automation/automation_options.hpp"

#include <charconv>

namespace counselor::gui {

namespace {

bool parse_size(const std::string& text, int& width, int& height) {
    auto x = text.find('x');
    if (x == std::string::npos) return false;
    auto number = [](const char* begin, const char* end, int& out) {
        auto [stop, error] = std::from_chars(begin, end, out);
        return error == std::errc() && stop == end && out >= 200 && out <= 10000;
    };
    const char* start = text.data();
    return number(start, start + x, width) && number(start + x + 1, start + text.size(), height);
}

bool parse_id(const std::string& text, long long& id) {
    auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    return error == std::errc() && stop == text.data() + text.size() && id > 0;
}

// The --write-note switches; false when `arg` is none of them.
bool parse_note_option(const std::string& arg, NoteOptions& note,
                       const std::function<std::string()>& value) {
    if (arg == "--write-note") {
        note.template_id = value();
    } else if (arg == "--open-note") {
        const std::string text = value();
        if (!parse_id(text, note.open_note)) note.open_note = -1;  // refused below
    } else if (arg == "--new-session")
        note.new_session = value();
    else if (arg == "--sign")
        note.sign = true;
    else if (arg == "--addendum")
        note.addendum = value();
    else if (arg == "--crash-after-autosave")
        note.crash_after_autosave = true;
    else
        return false;
    return true;
}

std::string check_note_options(const AutomationOptions& o) {
    const NoteOptions& note = o.note;
    if (note.open_note < 0) return "--open-note takes a note id";
    if (!note.wanted()) {
        if (!note.new_session.empty() || note.sign || !note.addendum.empty() ||
            note.crash_after_autosave)
            return "--new-session, --sign, --addendum and --crash-after-autosave go with "
                   "--write-note TEMPLATE or --open-note ID";
        return {};
    }
    if (!note.template_id.empty() && note.open_note > 0)
        return "--write-note and --open-note go one at a time";
    if (!o.select_client) return "--write-note and --open-note need --select-client ID";
    if (!note.template_id.empty() && o.answers.empty()) return "--write-note needs --answers FILE";
    if (!o.fill_form.empty()) return "--write-note, --open-note and --fill-form go one at a time";
    if (!note.template_id.empty() && !note.addendum.empty() && !note.sign)
        return "--addendum needs --sign: drafts are edited";
    if (note.open_note > 0 && !note.new_session.empty())
        return "--new-session goes with --write-note: an open note has its session";
    if (note.sign && note.crash_after_autosave)
        return "--crash-after-autosave ends the run before --sign could";
    if (note.crash_after_autosave && o.answers.empty())
        return "--crash-after-autosave waits for the autosave of --answers FILE";
    return {};
}

bool known_tab(const std::string& tab) {
    return tab == "overview" || tab == "assessments" || tab == "sessions" || tab == "homework";
}

}  // namespace

bool parse_automation_option(const std::string& arg, AutomationOptions& o,
                             const std::function<std::string()>& value, std::string& error) {
    if (parse_note_option(arg, o.note, value)) return true;
    if (arg == "--exit-when-ready")
        o.exit_when_ready = true;
    else if (arg == "--discreet-banner")
        o.discreet_banner = true;
    else if (arg == "--hand-over")
        o.hand_over = value();
    else if (arg == "--hand-over-pin")
        o.hand_over_pin = value();
    else if (arg == "--practice-settings")
        o.practice_settings = value();
    else if (arg == "--wrong-passphrase-at-lock")
        o.wrong_passphrase_at_lock = value();
    else if (arg == "--screenshot")
        o.screenshot = value();
    else if (arg == "--show")
        o.show = value();
    else if (arg == "--fill-form")
        o.fill_form = value();
    else if (arg == "--answers")
        o.answers = value();
    else if (arg == "--new-client")
        o.new_client = value();
    else if (arg == "--assign-homework")
        o.assign_homework = value();
    else if (arg == "--search")
        o.search = value();
    else if (arg == "--mark-session")
        o.mark_session = value();
    else if (arg == "--backup-to")
        o.backup_to = value();
    else if (arg == "--restore-from")
        o.restore_from = value();
    else if (arg == "--print-to")
        o.print_to = value();
    else if (arg == "--examine")
        o.examine = value();
    else if (arg == "--tab") {
        o.tab = value();
        if (error.empty() && !known_tab(o.tab))
            error = "--tab takes overview, assessments, sessions or homework";
    } else if (arg == "--select-client") {
        long long id = 0;
        const std::string text = value();
        if (error.empty() && !parse_id(text, id)) error = "--select-client takes a client id";
        o.select_client = id;
    } else if (arg == "--size") {
        const std::string text = value();
        if (error.empty() && !parse_size(text, o.width, o.height))
            error = "--size takes WIDTHxHEIGHT, e.g. 1280x800";
    } else {
        return false;
    }
    return true;
}

// The first pair of switches that do not go together, in the words a user reads.
std::string check_automation_options(const AutomationOptions& o) {
    if (!o.examine.empty() && o.show != "plugins") return "--examine goes with --show plugins";
    if (!o.print_to.empty() && o.show != "handout" && o.show != "report")
        return "--print-to goes with --show handout or --show report";
    if (!o.show.empty() && o.show != "plugins" && o.show != "about" && o.show != "handout" &&
        o.show != "new-session" && o.show != "report" && o.show != "practice-settings")
        return "--show takes plugins, about, handout, report, new-session or practice-settings";
    if (!o.fill_form.empty() && (o.answers.empty() || !o.select_client))
        return "--fill-form needs --answers FILE and --select-client ID";
    if (!o.assign_homework.empty() && !o.select_client)
        return "--assign-homework needs --select-client ID";
    if (!o.hand_over.empty() && !o.select_client) return "--hand-over needs --select-client ID";
    if (!o.mark_session.empty() && !o.select_client)
        return "--mark-session needs --select-client ID";
    if (!o.backup_to.empty() && !o.restore_from.empty())
        return "--backup-to and --restore-from go one at a time";
    if (auto error = check_note_options(o); !error.empty()) return error;
    if (!o.answers.empty() && o.fill_form.empty() && !o.note.wanted() && o.hand_over.empty())
        return "--answers goes with --fill-form TOOL, --hand-over TOOL, --write-note or "
               "--open-note";
    return {};
}

std::string automation_usage_text() {
    return "  --exit-when-ready  start, print \"ready in N ms\" and exit\n"
           "  --screenshot FILE  when ready, save the window as a PNG and exit\n"
           "  --select-client ID, --tab overview|assessments|sessions|homework,\n"
           "  --show plugins|about|handout|report|new-session|practice-settings,\n"
           "  --size WIDTHxHEIGHT\n"
           "  --fill-form TOOL --answers FILE\n"
           "                     fill in TOOL's form for the selected client with the\n"
           "                     answers in FILE (a JSON object), save it, print\n"
           "                     \"saved administration N\" and exit\n"
           "  --new-client FILE  type the details in FILE into the New Client dialog\n"
           "                     (New Couple when FILE has a \"second\" spouse), press\n"
           "                     OK, print \"added client N\" and exit\n"
           "  --assign-homework FILE\n"
           "                     choose and type the order in FILE into the Assign\n"
           "                     Homework dialog of the selected client's case, press\n"
           "                     Assign (and export the handout to FILE's \"export\"),\n"
           "                     print \"assigned homework N\" and exit\n"
           "  --search TEXT      type TEXT into the client search, print how many clients\n"
           "                     it lists and how long it took, and exit\n"
           "  --mark-session held|cancelled|no-show|scheduled\n"
           "                     mark the selected client's latest session so, as the\n"
           "                     Sessions tab's Mark as... does, print the sessions as\n"
           "                     listed and exit\n"
           "  --write-note TEMPLATE --answers FILE [--new-session \"YYYY-MM-DD HH:MM\"]\n"
           "      [--sign [--addendum TEXT] | --crash-after-autosave]\n"
           "                     write a note for the selected client's latest session (or\n"
           "                     a new one) through the note editor, wait for the autosave,\n"
           "                     then sign it, or stop at once as a crash would\n"
           "  --lock-after-seconds N [--wrong-passphrase-at-lock FILE]\n"
           "                     with --passphrase-file: once ready (after --write-note),\n"
           "                     wait for the idle lock, capture it, answer it (first\n"
           "                     with the wrong passphrase in FILE), print what the\n"
           "                     editor shows after the unlock and exit\n"
           "  --open-note ID [--answers FILE] [--sign] [--addendum TEXT]\n"
           "                     open a note of the selected client's case, as a click in\n"
           "                     the list does, and go on with it the same way\n"
           "  --backup-to FILE   back up the practice to FILE as File > Back Up... does,\n"
           "                     print where and how big, and exit\n"
           "  --restore-from FILE\n"
           "                     restore the practice from FILE as File > Restore...\n"
           "                     does once confirmed, print the outcome and exit\n"
           "  --show handout|report --print-to FILE.pdf\n"
           "                     press Print in the preview, answer the print dialog\n"
           "                     with the Print to File printer and FILE.pdf, print\n"
           "                     \"printed to FILE.pdf\" and exit\n"
           "  --hand-over TOOL [--answers FILE] [--hand-over-pin FILE]\n"
           "                     hand the tool's form to the selected client full screen,\n"
           "                     print what the screen shows, try Escape, closing and a\n"
           "                     wrong passphrase (each must be refused), fill in and save\n"
           "                     the answers if given, then leave with the passphrase of\n"
           "                     --passphrase-file (or the PIN in FILE on a plain practice)\n"
           "  --practice-settings FILE\n"
           "                     fill in File > Practice Settings from the JSON object\n"
           "                     in FILE (practice, counselor, credentials, role,\n"
           "                     emergency, crisis_line, domestic_violence) and press OK\n"
           "  --discreet-banner  click the Overview banner's Discreet button once ready,\n"
           "                     then report the banner as shown\n"
           "  --show plugins --examine FILE\n"
           "                     examine the plugin FILE (its folder, plugin.json or\n"
           "                     library) in a separate process, as the Plugins dialog's\n"
           "                     Examine button does, and print what it found\n";
}

}  // namespace counselor::gui
