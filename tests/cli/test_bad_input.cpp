// Bad input through counselorctl, as a person or a script would give it: each
// case is refused with one clear line (or stored exactly as given), and
// nothing stored is lost or changed. tests/bad-input.md lists every case
// with the test that proves it, here and elsewhere.
#include "cli_workspace.hpp"
#include "database_snapshot.hpp"
#include "form_filler.hpp"

#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
using test::expect_refused;
using test::file_bytes;
using test::Workspace;
using test::write_text;

namespace {

// A small sound form; `extra_item` is spliced into its only section.
std::string tiny_form(const std::string& id, const std::string& extra_item = "") {
    return R"({"id": ")" + id + R"(", "title": "Tiny", "kind": "questionnaire",
  "sections": [{"id": "s", "title": "S", "items": [
    {"id": "talked", "type": "boolean", "required": true, "text": "Did you talk?"})" +
           (extra_item.empty() ? "" : ",\n    " + extra_item) + "]}]}";
}

std::vector<std::filesystem::path> forms_installed(const Workspace& w) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (std::filesystem::directory_iterator it(w.data() / "forms", error), end;
         !error && it != end; it.increment(error))
        files.push_back(it->path());
    return files;
}

// `form import FILE` refused with "FILE: ..." holding `expected`, in one line, with no form
// installed and the database unchanged.
void expect_form_refused(const Workspace& w, const std::filesystem::path& file,
                         const std::string& expected) {
    auto before = test::database_snapshot(w.db());
    auto result = w.run({"form", "import", file.string()});
    INFO("stderr: " << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::StartsWith(file.string() + ": ") && Catch::Contains(expected));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(forms_installed(w).empty());
    CHECK(test::database_snapshot(w.db()) == before);
}

// A practice with one client and the tiny form (with `extra_item`) installed.
struct TinyPractice {
    explicit TinyPractice(const std::string& extra_item = "") {
        w.init();
        w.ok(
            {"form", "import", write_text(w, "tiny.json", tiny_form("tiny", extra_item)).string()});
        client = w.add_client("Ann", "Lee");
    }
    // `assess tiny` with `answers` as the file's text, refused saying `expected`.
    void refuse_answers(const std::string& answers, const std::string& expected) const {
        const auto file = write_text(w, "answers.json", answers);
        expect_refused(w, {"assess", "tiny", "--client", client, "--answers", file.string()},
                       expected);
    }
    Workspace w;
    std::string client;
};

const char* const kCalmItem =
    R"({"id": "calm", "type": "scale", "text": "Calm?", "min": 1, "max": 5})";

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// A couple in a case, and a session of theirs: where notes and homework go.
struct Couple {
    std::string first, second, case_id, session;
};

Couple add_couple(const Workspace& w, const std::string& first_name = "Naomi") {
    Couple couple;
    couple.first = w.add_client(first_name, "Hartwell");
    couple.second = w.add_client("Daniel", "Hartwell");
    couple.case_id = first_line(w.ok(
        {"case", "open", "--kind", "couple", "--client", couple.first, "--client", couple.second}));
    couple.session = first_line(w.ok({"session", "add", "--case", couple.case_id, "--at",
                                      "2026-11-20 10:00", "--minutes", "60"}));
    return couple;
}

// A homework exercise given to one spouse (not an intimacy exercise).
std::string personal_exercise(const Workspace& w) {
    for (const auto& t : w.json({"homework", "templates"})) {
        if (!t["body"].value("intimacy", false) && t["body"].value("per_spouse", false))
            return t["id"];
    }
    FAIL("no personal exercise in the library");
    return {};
}

// Gives `client` a personal exercise; its assignment id.
std::string assign_exercise(const Workspace& w, const std::string& client) {
    return first_line(
        w.ok({"homework", "assign", "--client", client, "--template", personal_exercise(w)}));
}

// Text a client may well be called or write, each stored byte for byte.
const std::string kAwkwardTexts[] = {
    "Zoe\xCC\x88 Ame\xCC\x81lie",  // combining marks (not precomposed)
    "\xF0\x9F\x99\x8F\xF0\x9F\x8F\xBD Grace \xE2\x9D\xA4\xEF\xB8\x8F",    // emoji, skin tone, VS16
    "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85",  // Hebrew and Arabic
    "Robert'); DROP TABLE clients;-- % _ \\ \" '' ;",                     // SQL metacharacters
};

}  // namespace

// ---------------------------------------------------------------- database

TEST_CASE("bad input: a database in use by another program is refused, nothing lost",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    auto before = test::database_snapshot(w.db());
    test::ProcessResult result;
    {
        auto other = core::Database::open(w.db());
        other.execute("BEGIN EXCLUSIVE");
        result = w.run({"client", "add", "--first", "Ben", "--last", "Lee"});
        other.execute("ROLLBACK");
    }
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(w.db().string() + " is in use by another program"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(test::database_snapshot(w.db()) == before);
}

TEST_CASE("bad input: a database with flipped bytes is called damaged and left as it was",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    {
        // Page 1's b-tree header (byte 100 on): the schema table can no longer be read.
        std::fstream file(w.db(), std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        file.write("\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8);
    }
    const auto before = file_bytes(w.db());
    auto result = w.run({"client", "list"});
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(w.db().string()) && Catch::Contains("damaged") &&
                               Catch::Contains("restore it from a backup"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(file_bytes(w.db()) == before);
}

TEST_CASE("bad input: a truncated database is called damaged and left as it was",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    w.add_client("Ann", "Lee");
    std::filesystem::resize_file(w.db(), 4096);  // the first page only
    const auto before = file_bytes(w.db());
    auto result = w.run({"client", "list"});
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(w.db().string()) && Catch::Contains("damaged"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(file_bytes(w.db()) == before);
}

TEST_CASE("bad input: a zero-length database file is refused, not silently made a database",
          "[cli][bad-input]") {
    Workspace w;
    std::ofstream(w.db()).close();
    auto result = w.run({"client", "add", "--first", "Ann", "--last", "Lee"});
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains(w.db().string() + " is empty") &&
                               Catch::Contains("restore it from a backup"));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(std::filesystem::file_size(w.db()) == 0);
}

// ------------------------------------------------------ definition files

TEST_CASE("bad input: a definition with a byte-order mark is accepted", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file = write_text(w, "bom.json", "\xEF\xBB\xBF" + tiny_form("with-bom"));
    w.ok({"form", "import", file.string()});
    CHECK(forms_installed(w).size() == 1);
}

TEST_CASE("bad input: a definition with a trailing comma names line and column",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file = write_text(w, "comma.json", "{\"id\": \"comma\",\n  \"title\": \"T\",\n}");
    expect_form_refused(w, file, "line 3, column 1: syntax error");
}

TEST_CASE("bad input: a definition that is not UTF-8 names the byte", "[cli][bad-input]") {
    Workspace w;
    w.init();
    // Latin-1 "é" as a Windows editor might save it: byte 0xE9 alone.
    auto file = write_text(w, "latin1.json", "{\"id\": \"latin\",\n \"title\": \"Caf\xE9\"}");
    expect_form_refused(w, file,
                        "line 2, column 15: byte 31 is not UTF-8; save the file as UTF-8 text");
    auto result = w.run({"form", "import", file.string()});
    CHECK(result.err.find('\xE9') == std::string::npos);  // not echoed raw to the terminal
}

TEST_CASE("bad input: a definition that is a bare number, with NUL bytes after it, is refused",
          "[cli][bad-input]") {
    // Both found by the form-file fuzzer: the parser stopped at the NUL and
    // read the number 3, and counting its items then threw.
    Workspace w;
    w.init();
    auto nul = write_text(w, "nul.json", std::string("3\0\0\0\"q2gg", 9));
    expect_form_refused(w, nul, "line 1, column 2: byte 2 is a NUL byte; this is not a text file");
    auto bare = write_text(w, "bare.json", "-5");
    expect_form_refused(w, bare, "");
}

TEST_CASE("bad input: a key twice in one object is refused with its line", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file =
        write_text(w, "twice.json", tiny_form("twice", R"({"id": "q2", "type": "scale", "min": 1,
     "max": 5, "text": "Calm?", "max": 7})"));
    expect_form_refused(w, file,
                        "line 5, column 33: the key \"max\" appears twice in one object; keep "
                        "one of them");
}

TEST_CASE("bad input: 100,000 levels of nesting are refused without a crash", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file = w.home() / "deep.json";
    {
        std::ofstream out(file);
        out << R"({"id": "deep", "title": )" << std::string(100000, '[') << std::string(100000, ']')
            << "}";
    }
    expect_form_refused(w, file, "line 1, column 88: nested deeper than 64 levels");
}

TEST_CASE("bad input: a 50 MB definition is refused before it is read", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file = w.home() / "huge.json";
    std::ofstream(file) << "{";
    std::filesystem::resize_file(file, 50u * 1024u * 1024u);  // sparse: costs no disk
    expect_form_refused(w, file, "it is 52428800 bytes; a form definition may be at most 2 MB");
}

TEST_CASE("bad input: numbers too large for a form are refused where they stand",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto beyond_double = write_text(
        w, "inf.json",
        tiny_form("inf", R"({"id": "q2", "type": "integer", "text": "N?", "max": 1e400})"));
    expect_form_refused(w, beyond_double, "line 4, column 58: the number 1e400 is too large");
    // 2^70 does not fit a 64-bit integer: nlohmann would keep it as a rounded double.
    auto beyond_int =
        write_text(w, "big.json", tiny_form("big", R"({"id": "q2", "type": "choice", "text": "N?",
      "options": [{"value": "a", "label": "A", "score": 1180591620717411303424}]})"));
    expect_form_refused(w, beyond_int,
                        "line 5, column 57: the number 1180591620717411303424 is too large");
}

TEST_CASE("bad input: a scale with a million points is refused", "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto file = write_text(
        w, "wide.json",
        tiny_form("wide",
                  R"({"id": "q2", "type": "scale", "text": "N?", "min": 0, "max": 999999})"));
    expect_form_refused(
        w, file, "item \"q2\": a scale from 0 to 999999 has too many points; use at most 101");
}

// ----------------------------------------------------------------- answers

TEST_CASE("bad input: answers of the wrong type name the item and store nothing",
          "[cli][bad-input]") {
    TinyPractice p;
    p.refuse_answers(R"({"talked": "yes"})", "item \"talked\": expected true or false");
    p.refuse_answers("[true]", "must hold a JSON object {\"id\": value, ...}, not a list");
}

TEST_CASE("bad input: an answer out of range names the item and the range", "[cli][bad-input]") {
    TinyPractice p(kCalmItem);
    for (const char* bad : {"6", "0", "2.5"}) {
        INFO(bad);
        p.refuse_answers(std::string(R"({"talked": true, "calm": )") + bad + "}", "item \"calm\"");
    }
    p.refuse_answers(R"({"talked": true, "calm": 1e400})",
                     "line 1, column 26: the number 1e400 is too large");
    p.refuse_answers(R"({"talked": true, "calm": 2, "calm": 5})",
                     "line 1, column 29: the key \"calm\" appears twice");
}

TEST_CASE("bad input: an answer to an item the branching does not ask is refused",
          "[cli][bad-input]") {
    TinyPractice p(R"({"id": "how", "type": "text", "text": "How did it go?",
      "enable_when": [{"item": "talked", "value": true}]})");
    p.refuse_answers(R"({"talked": false, "how": "Well"})",
                     "item \"how\": this item is not asked when the earlier answers are as given");
}

TEST_CASE("bad input: answers from an older definition version keep their record",
          "[cli][bad-input]") {
    // Version 1: a scale to 7, answered 7.
    TinyPractice p(R"({"id": "calm", "type": "scale", "text": "Calm?", "min": 1, "max": 7})");
    const std::string old_answers = R"({"talked": true, "calm": 7})";
    auto recorded = p.w.json({"assess", "tiny", "--client", p.client, "--answers",
                              write_text(p.w, "old.json", old_answers).string()});
    const auto id = std::to_string(recorded["id"].get<int>());

    // Version 2: the clinic narrows the scale to 5.
    p.w.ok({"form", "import", "--replace",
            write_text(p.w, "v2.json", tiny_form("tiny", kCalmItem)).string()});

    // The same answers now are refused under the new version...
    p.refuse_answers(old_answers, "item \"calm\": 7 is outside the scale 1-5");
    // ...and the administration given under the old one reads back as given
    // (the export itself is audited, so the audit log grows by a row).
    auto exported = p.w.json({"assess", "export", id, "--format", "fhir"});
    CHECK(exported.dump().find("\"valueInteger\":7") != std::string::npos);
}

// -------------------------------------------------------------------- text

TEST_CASE("bad input: awkward names are stored and read back byte for byte", "[cli][bad-input]") {
    Workspace w;
    w.init();
    for (const auto& name : kAwkwardTexts) {
        INFO(name);
        auto id = w.add_client(name, name);
        auto shown = w.json({"client", "show", id});
        CHECK(shown["first_name"].get<std::string>() == name);
        CHECK(shown["last_name"].get<std::string>() == name);
    }
    CHECK(w.json({"client", "list"}).size() == std::size(kAwkwardTexts));
}

TEST_CASE("bad input: note text with NUL bytes and awkward text is stored verbatim",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w);
    nlohmann::json fields;
    fields["subjective"] = std::string("before\0after", 12);
    fields["objective"] = kAwkwardTexts[0] + " " + kAwkwardTexts[1];
    fields["assessment"] = kAwkwardTexts[2];
    fields["plan"] = kAwkwardTexts[3];
    auto file = write_text(w, "fields.json", fields.dump());
    auto note = first_line(w.ok({"note", "add", "--session", couple.session, "--template", "soap",
                                 "--fields", file.string()}));
    auto shown = w.json({"note", "show", note});
    for (const auto& [field, text] : fields.items()) {
        INFO(field);
        CHECK(shown["fields"][field] == text);
    }
}

TEST_CASE("bad input: a session status that is not one, or held before it begins, changes nothing",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w);  // its session was on 2026-11-20
    const auto ahead =
        first_line(w.ok({"session", "add", "--case", couple.case_id, "--at", "2099-01-05 10:00"}));
    test::expect_refused(w, {"session", "status", couple.session, "attended"},
                         "'attended' is not a session status; use held, cancelled, no-show or "
                         "scheduled");
    test::expect_refused(w, {"session", "status", ahead, "held"},
                         "session " + ahead +
                             " starts 2099-01-05 10:00, still ahead; it can be marked held once "
                             "it has begun, or cancelled now");
    test::expect_refused(w, {"session", "status", "9999", "held"}, "no session with id 9999");
    test::expect_refused(w, {"session", "list", "--case", "9999"}, "no case with id 9999");
}

TEST_CASE("bad input: a 1 MB note field is refused with its limit and stores nothing",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w);
    auto file = write_text(w, "huge.json",
                           nlohmann::json{{"subjective", std::string(1024 * 1024, 'a')}}.dump());
    expect_refused(w,
                   {"note", "add", "--session", couple.session, "--template", "soap", "--fields",
                    file.string()},
                   "the limit is 20000");
}

TEST_CASE("bad input: markup and template syntax in client text print as text",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w, "<script>alert(1)</script>{{name}}");
    const std::string note = "<img src=x onerror=alert(2)> ${HOME} {% if %} &amp;";
    auto assigned = first_line(w.ok({"homework", "assign", "--client", couple.first, "--template",
                                     personal_exercise(w), "--note", note}));
    w.ok({"homework", "export", assigned, "--format", "html", "--out",
          (w.home() / "handout.html").string()});
    auto page = file_bytes(w.home() / "handout.html");
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("<img src=x") == std::string::npos);
    CHECK_THAT(page, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;{{name}}") &&
                         Catch::Contains("&lt;img src=x onerror=alert(2)&gt; ${HOME} {% if %} "
                                         "&amp;amp;"));
    // The printed page shows exactly what was typed, nothing expanded.
    const auto pdf = w.home() / "handout.pdf";
    w.ok({"homework", "export", assigned, "--format", "pdf", "--out", pdf.string()});
    auto printed = test::run_process(PDFTOTEXT, {pdf.string(), "-"});
    CHECK_THAT(printed.out, Catch::Contains("${HOME} {% if %} &amp;"));
}

// ------------------------------------------------------------ export paths

TEST_CASE("bad input: an export never overwrites an existing file without --replace",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w);
    auto assigned = assign_exercise(w, couple.first);
    auto existing = write_text(w, "letter.html", "A letter the counselor wrote.\n");
    expect_refused(w,
                   {"homework", "export", assigned, "--format", "html", "--out", existing.string()},
                   existing.string());
    CHECK(file_bytes(existing) == "A letter the counselor wrote.\n");
}

TEST_CASE("bad input: a client named like a path stays inside the export folder",
          "[cli][bad-input]") {
    Workspace w;
    w.init();
    auto couple = add_couple(w, "../../../etc/passwd");
    auto assigned = assign_exercise(w, couple.first);
    auto folder = w.home() / "handouts";
    std::filesystem::create_directories(folder);
    auto written =
        w.json({"homework", "export", assigned, "--format", "html", "--out", folder.string()});
    const std::filesystem::path path = written["path"].get<std::string>();
    CHECK(path.parent_path() == folder);
    CHECK(std::filesystem::exists(path));
}

TEST_CASE("bad input: an export path with .. or an absolute path goes where it says",
          "[cli][bad-input]") {
    // The counselor typed it: honoured as the shell would, never reinterpreted.
    Workspace w;
    w.init();
    auto couple = add_couple(w);
    auto assigned = assign_exercise(w, couple.first);
    std::filesystem::create_directories(w.home() / "a" / "b");
    const auto dotted = w.home() / "a" / "b" / ".." / "up.html";
    w.ok({"homework", "export", assigned, "--format", "html", "--out", dotted.string()});
    CHECK(std::filesystem::exists(w.home() / "a" / "up.html"));
    CHECK_FALSE(std::filesystem::exists(w.home() / "a" / "b" / "up.html"));
    CHECK(std::filesystem::path(w.home()).is_absolute());
    const auto missing_folder = w.home() / "no-such-folder" / "x.html";
    expect_refused(
        w, {"homework", "export", assigned, "--format", "html", "--out", missing_folder.string()},
        "no-such-folder");
}
