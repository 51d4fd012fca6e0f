#include "command_line.hpp"

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

bool known_tab(const std::string& tab) {
    return tab == "overview" || tab == "assessments" || tab == "sessions" || tab == "homework";
}

}  // namespace

ParseResult parse_command_line(const std::vector<std::string>& args) {
    ParseResult parsed;
    Options& o = parsed.options;
    for (std::size_t i = 0; i < args.size() && parsed.error.empty(); ++i) {
        const std::string& arg = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 < args.size()) return args[++i];
            parsed.error = arg + " needs a value";
            return {};
        };
        if (arg == "--version")
            o.version = true;
        else if (arg == "--help" || arg == "-h")
            o.help = true;
        else if (arg == "--safe-mode")
            o.safe_mode = true;
        else if (arg == "--demo")
            o.demo = true;
        else if (arg == "--exit-when-ready")
            o.exit_when_ready = true;
        else if (arg == "--db")
            o.db = value();
        else if (arg == "--plugin-dir")
            o.plugin_dirs.push_back(value());
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
        else if (arg == "--tab") {
            o.tab = value();
            if (parsed.error.empty() && !known_tab(o.tab))
                parsed.error = "--tab takes overview, assessments, sessions or homework";
        } else if (arg == "--select-client") {
            long long id = 0;
            std::string text = value();
            if (parsed.error.empty() && !parse_id(text, id))
                parsed.error = "--select-client takes a client id";
            o.select_client = id;
        } else if (arg == "--size") {
            std::string text = value();
            if (parsed.error.empty() && !parse_size(text, o.width, o.height))
                parsed.error = "--size takes WIDTHxHEIGHT, e.g. 1280x800";
        } else {
            parsed.error = "unknown option " + arg;
        }
    }
    if (parsed.error.empty() && !o.show.empty() && o.show != "plugins" && o.show != "about" &&
        o.show != "handout" && o.show != "report")
        parsed.error = "--show takes plugins, about, handout or report";
    if (parsed.error.empty() && !o.fill_form.empty() && (o.answers.empty() || !o.select_client))
        parsed.error = "--fill-form needs --answers FILE and --select-client ID";
    if (parsed.error.empty() && !o.assign_homework.empty() && !o.select_client)
        parsed.error = "--assign-homework needs --select-client ID";
    if (parsed.error.empty() && !o.answers.empty() && o.fill_form.empty())
        parsed.error = "--answers goes with --fill-form TOOL";
    return parsed;
}

std::string usage_text() {
    return "Usage: counselor [--db FILE] [--plugin-dir DIR]... [--safe-mode] [--version]\n"
           "\n"
           "  --db FILE          the practice database (default: COUNSELOR_DB, then\n"
           "                     ~/.local/share/counselor/counselor.db)\n"
           "  --plugin-dir DIR   also load the plugins in DIR (repeatable)\n"
           "  --safe-mode        load the bundled plugins only\n"
           "  --version          print the version and exit\n"
           "  --demo             on the first run, add the demo practice without asking\n"
           "\n"
           "For tests and documentation:\n"
           "  --exit-when-ready  start, print \"ready in N ms\" and exit\n"
           "  --screenshot FILE  when ready, save the window as a PNG and exit\n"
           "  --select-client ID, --tab overview|assessments|sessions|homework,\n"
           "  --show plugins|about|handout|report, --size WIDTHxHEIGHT\n"
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
           "                     it lists and how long it took, and exit\n";
}

}  // namespace counselor::gui
