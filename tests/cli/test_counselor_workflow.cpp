// The counselor's working day from the command line, end to end on the real
// plugins: a couple completes the trust and safety instruments, the couple
// report prints, a session note is signed and corrected, homework handouts
// are exported, and a safety concern follows the couple everywhere.
#include "cli_couple.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace counselor;
using test::Workspace;

namespace {

const char* const kInstruments[] = {"stage-inventory", "needs-check", "safety-screen"};

using test::assess;
using test::Couple;
using test::write_json;

Couple add_couple(const Workspace& w) {
    return test::add_couple(w, "Riverside Pastoral Counseling", "Pastor Ann Reyes");
}

// Agrees strongly with everything: a spouse who feels secure.
nlohmann::json content(const sdk::Item& item) {
    if (item.type == sdk::ItemType::scale)
        return item.reverse ? item.min.value_or(1) : item.max.value_or(5);
    return test::plain_answer(item);
}

// Disagrees with everything: a spouse who does not.
nlohmann::json troubled(const sdk::Item& item) {
    if (item.type == sdk::ItemType::scale)
        return item.reverse ? item.max.value_or(5) : item.min.value_or(1);
    return test::plain_answer(item);
}

// Says yes to the first yes/no question: reports a danger.
test::Chooser afraid() {
    auto first = std::make_shared<bool>(true);
    return [first](const sdk::Item& item) -> nlohmann::json {
        if (item.type == sdk::ItemType::boolean && *first) {
            *first = false;
            return true;
        }
        return test::plain_answer(item);
    };
}

std::string pdf_text(const std::filesystem::path& pdf) {
    auto result = test::run_process(PDFTOTEXT, {"-layout", pdf.string(), "-"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

}  // namespace

TEST_CASE("both spouses complete the instruments and the couple report prints", "[cli][workflow]") {
    Workspace w;
    auto couple = add_couple(w);
    for (const char* tool : kInstruments) {
        auto naomi = assess(w, tool, couple.naomi, couple.case_id, content);
        auto daniel = assess(w, tool, couple.daniel, couple.case_id, troubled);
        CHECK(naomi["id"].get<int>() > 0);
        CHECK(daniel["result"]["tool_id"] == tool);
    }
    // Daniel disagrees with everything, the private statements too: each of
    // those asks to talk with him alone; none holds the case.
    std::set<std::string> ask_alone;
    for (const auto& flag : w.json({"flags", "list", "--case", couple.case_id})) {
        CHECK_FALSE(flag.value("hold", false));
        CHECK(flag["severity"] == "warning");
        ask_alone.insert(flag["message"].get<std::string>());
    }
    CHECK(ask_alone.size() == 4);

    auto text = w.ok({"report", "couple", "--case", couple.case_id});
    CHECK_THAT(text, Catch::Contains("Naomi Hartwell") && Catch::Contains("Daniel Hartwell"));
    CHECK_THAT(text, Catch::Contains("Strength") && Catch::Contains("Growth area"));

    auto pdf = w.home() / "report.pdf";
    w.ok({"report", "couple", "--case", couple.case_id, "--format", "pdf", "--out", pdf.string()});
    auto printed = pdf_text(pdf);
    CHECK_THAT(printed, Catch::Contains("Naomi Hartwell") && Catch::Contains("Page 1 of"));

    auto html = w.ok({"report", "couple", "--case", couple.case_id, "--format", "html"});
    CHECK_THAT(html, Catch::Contains("<html") && Catch::Contains("Daniel Hartwell"));
}

TEST_CASE("invalid answers name the item and store nothing", "[cli][workflow][bad-input]") {
    Workspace w;
    auto couple = add_couple(w);
    auto form = w.json({"form", "show", "stage-inventory"});
    auto answers = test::fill_form(form);
    const std::string first_item = form["sections"][0]["items"][0]["id"];
    answers[first_item] = 9;
    auto file = write_json(w, "bad", answers);
    test::expect_refused(
        w, {"assess", "stage-inventory", "--client", couple.naomi, "--answers", file.string()},
        "\"" + first_item + "\"");
    std::ofstream(w.home() / "broken.json") << "{\"a\": 1,,}";
    test::expect_refused(w,
                         {"assess", "stage-inventory", "--client", couple.naomi, "--answers",
                          (w.home() / "broken.json").string()},
                         "not valid JSON: line 1");
    test::expect_refused(
        w, {"assess", "stage-inventory", "--client", "99", "--answers", file.string()},
        "no client with id 99");
}

TEST_CASE("answers for a case the client is not in, or no such case, store nothing",
          "[cli][workflow][bad-input]") {
    Workspace w;
    auto couple = add_couple(w);
    const auto stranger = w.add_client("Ruth", "Okafor");
    auto answers = test::fill_form(w.json({"form", "show", "stage-inventory"}));
    auto file = write_json(w, "answers", answers);
    test::expect_refused(w,
                         {"assess", "stage-inventory", "--client", stranger, "--case",
                          couple.case_id, "--answers", file.string()},
                         "client " + stranger + " is not a member of case " + couple.case_id);
    test::expect_refused(w,
                         {"assess", "stage-inventory", "--client", couple.naomi, "--case", "999",
                          "--answers", file.string()},
                         "no case with id 999");
    test::expect_refused(w,
                         {"assess", "stage-inventory", "--client", "99", "--case", couple.case_id,
                          "--answers", file.string()},
                         "no client with id 99");
    // A member of the case is still recorded on it.
    auto recorded = w.json({"assess", "stage-inventory", "--client", couple.naomi, "--case",
                            couple.case_id, "--answers", file.string()});
    CHECK(recorded["result"]["tool_id"] == "stage-inventory");
}

TEST_CASE("a safety concern follows the couple everywhere joint work is offered",
          "[cli][workflow][safety]") {
    Workspace w;
    auto couple = add_couple(w);
    auto screened = assess(w, "safety-screen", couple.naomi, couple.case_id, afraid());
    REQUIRE_FALSE(screened["result"]["flags"].empty());
    CHECK(screened["result"]["flags"][0]["severity"] == "critical");

    auto on_case = w.json({"flags", "list", "--case", couple.case_id});
    auto on_client = w.json({"flags", "list", "--client", couple.naomi});
    CHECK_FALSE(on_case.empty());
    CHECK_FALSE(on_client.empty());
    CHECK(on_case[0]["code"] == "safety");

    // The report waits for the counselor's decision; once confirmed it
    // opens with the concern and puts safety first instead of a stage.
    test::expect_refused(w, {"report", "couple", "--case", couple.case_id},
                         "--despite-safety-hold");
    auto report = w.ok({"report", "couple", "--case", couple.case_id, "--despite-safety-hold"});
    auto safety_at = report.find("afety");
    auto stages_at = report.find("Honesty");
    REQUIRE(safety_at != std::string::npos);
    CHECK(safety_at < stages_at);
    CHECK_THAT(report, Catch::Contains("Safety comes first"));

    // Intimacy homework is offered with a warning and refused without the counselor's decision.
    auto templates = w.json({"homework", "templates", "--case", couple.case_id});
    std::string intimate;
    for (const auto& t : templates) {
        if (t["body"].value("intimacy", false)) {
            intimate = t["id"];
            CHECK_FALSE(t["warning"].is_null());
        }
    }
    REQUIRE_FALSE(intimate.empty());
    test::expect_refused(w,
                         {"homework", "assign", "--case", couple.case_id, "--template", intimate},
                         "--despite-safety-hold");
    auto despite = w.run({"homework", "assign", "--case", couple.case_id, "--template", intimate,
                          "--despite-safety-hold"});
    CHECK(despite.exit_code == 0);
    CHECK_THAT(despite.err, Catch::StartsWith("warning: A safety concern is open"));

    // A joint session waits for the counselor's decision, then is planned
    // with the warning; a session alone needs none.
    test::expect_refused(w,
                         {"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30"},
                         "a joint session is not advised");
    auto joint = w.run({"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30",
                        "--despite-safety-hold"});
    CHECK(joint.exit_code == 0);
    CHECK_THAT(joint.err, Catch::Contains("a joint session is not advised"));
    // Each override is in the audit trail.
    auto audit = w.json({"audit", "list", "--limit", "10"});
    int overrides = 0;
    for (const auto& row : audit)
        overrides +=
            row.value("detail", std::string()).find("despite-safety-hold") != std::string::npos;
    CHECK(overrides == 3);
    auto alone = w.run({"session", "add", "--case", couple.case_id, "--at", "2026-12-03 16:00",
                        "--attendees", couple.naomi});
    CHECK(alone.exit_code == 0);
    CHECK(alone.err.empty());
}

TEST_CASE("a session note is drafted, signed, refused an edit and given addenda",
          "[cli][workflow][notes]") {
    Workspace w;
    auto couple = add_couple(w);
    auto session = w.ok({"session", "add", "--case", couple.case_id, "--at", "2026-11-20 10:00",
                         "--minutes", "60"});
    session = session.substr(0, session.find('\n'));

    nlohmann::json soap;
    for (const auto& t : w.json({"note", "templates"})) {
        if (t["id"] == "soap") soap = t["body"]["form"];
    }
    REQUIRE(soap.is_object());

    // A draft may be incomplete, but cannot be signed until it is whole.
    auto empty = write_json(w, "empty", nlohmann::json::object());
    auto note = w.ok(
        {"note", "add", "--session", session, "--template", "soap", "--fields", empty.string()});
    note = note.substr(0, note.find('\n'));
    test::expect_refused(w, {"note", "sign", note}, "required answer is missing");
    CHECK(w.json({"note", "show", note})["status"] == "draft");

    auto full = write_json(w, "full", test::fill_form(soap));
    w.ok({"note", "edit", note, "--fields", full.string()});
    w.ok({"note", "sign", note});
    auto signed_note = w.json({"note", "show", note});
    CHECK(signed_note["status"] == "signed");
    CHECK_FALSE(signed_note["signed_at"].is_null());

    // Once signed, it never changes: corrections are addenda, in order.
    test::expect_refused(w, {"note", "edit", note, "--fields", empty.string()},
                         "cannot be changed");
    w.ok({"note", "addendum", note, "--text", "Correction: the session ran 60 minutes, not 50."});
    w.ok({"note", "addendum", note, "--text", "Second correction: prayer was at the close."});
    auto history = w.json({"note", "show", note});
    REQUIRE(history["addenda"].size() == 2);
    CHECK_THAT(history["addenda"][0]["text"].get<std::string>(), Catch::StartsWith("Correction"));
    CHECK_THAT(history["addenda"][1]["text"].get<std::string>(), Catch::StartsWith("Second"));
    CHECK(history["fields"] == signed_note["fields"]);

    auto text = w.ok({"note", "show", note});
    auto first = text.find("Correction: the session");
    auto second = text.find("Second correction");
    REQUIRE(first != std::string::npos);
    CHECK(first < second);
    test::expect_refused(w, {"note", "addendum", note, "--text", "   "}, "needs text");
}

TEST_CASE("how each session went is recorded afterwards and listed with the case's sessions",
          "[cli][workflow]") {
    Workspace w;
    auto couple = add_couple(w);
    const auto add = [&](const std::string& at) {
        const auto id = w.ok({"session", "add", "--case", couple.case_id, "--at", at});
        return id.substr(0, id.find('\n'));
    };
    const auto held = add("2026-11-06 10:00");
    const auto missed = add("2026-11-13 10:00");
    const auto ahead = add("2099-11-20 10:00");

    CHECK(w.ok({"session", "status", held, "held"}) == "Session " + held + ": held\n");
    w.ok({"session", "status", missed, "no-show"});
    w.ok({"session", "status", ahead, "cancelled"});  // called off in advance

    const auto listed = w.json({"session", "list", "--case", couple.case_id});
    REQUIRE(listed.size() == 3);
    CHECK(listed[0]["status"] == "held");
    CHECK(listed[1]["status"] == "no_show");
    CHECK(listed[2]["status"] == "cancelled");
    CHECK(listed[0]["attendees"].size() == 2);
    CHECK_THAT(w.ok({"session", "list", "--case", couple.case_id}),
               Catch::Contains("2026-11-13 10:00  no-show"));
    const auto trail = w.json({"audit", "list"});
    CHECK(std::count_if(trail.begin(), trail.end(), [](const nlohmann::json& row) {
              return row["action"] == "session.status";
          }) == 3);
}

TEST_CASE("two homework handouts export to PDF with names, titles and page numbers",
          "[cli][workflow][homework]") {
    Workspace w;
    auto couple = add_couple(w);
    auto templates = w.json({"homework", "templates"});
    REQUIRE(templates.size() >= 10);
    std::string personal, shared;
    for (const auto& t : templates) {
        if (t["body"].value("intimacy", false)) continue;
        if (t["body"].value("per_spouse", false) && personal.empty()) personal = t["id"];
        if (!t["body"].value("per_spouse", true) && shared.empty()) shared = t["id"];
    }
    REQUIRE_FALSE(personal.empty());

    auto first = w.ok({"homework", "assign", "--case", couple.case_id, "--template", personal,
                       "--due", "2026-12-05", "--note", "Start on Sunday evening."});
    first = first.substr(0, first.find('\n'));
    auto second = w.ok({"homework", "assign", "--client", couple.naomi, "--template",
                        shared.empty() ? personal : shared});
    second = second.substr(0, second.find('\n'));

    auto folder = w.home() / "handouts";
    std::filesystem::create_directories(folder);
    auto written =
        w.json({"homework", "export", first, "--format", "pdf", "--out", folder.string()});
    std::filesystem::path pdf = written["path"].get<std::string>();
    CHECK(pdf.parent_path() == folder);
    auto text = pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Naomi Hartwell") && Catch::Contains("Daniel Hartwell"));
    CHECK_THAT(text,
               Catch::Contains("Riverside Pastoral Counseling") && Catch::Contains("Page 1 of"));
    CHECK_THAT(text, Catch::Contains("Start on Sunday evening."));

    auto solo = folder / "naomi.pdf";
    w.ok({"homework", "export", second, "--format", "pdf", "--out", solo.string()});
    CHECK_THAT(pdf_text(solo), Catch::Contains("Naomi Hartwell"));
    test::expect_refused(
        w, {"homework", "export", second, "--format", "pdf", "--out", solo.string()}, "exists");
    w.ok({"homework", "export", second, "--format", "pdf", "--out", solo.string(), "--replace"});

    w.ok({"homework", "status", first, "completed"});
    w.ok({"homework", "status", first, "reviewed"});
    test::expect_refused(w, {"homework", "status", "999", "completed"}, "999");
}
