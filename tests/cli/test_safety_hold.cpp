// The case's safety hold, end to end on the real plugins: every way danger
// between the spouses can be told (the intake's abuse questions, each
// question of the safety screen, choosing to tell in person, the note's
// field, a clinic's own form) opens it, and from then on a joint session,
// each kind of held homework and the couple report wait on the counselor's
// decision; the report, once confirmed, puts safety first and prints no
// private answer (read back from the PDF with pdftotext).
#include "cli_couple.hpp"
#include "gui_harness.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace counselor;
using test::Workspace;

namespace {

using test::assess;
using test::Couple;
using test::write_json;

Couple add_couple(const Workspace& w) {
    auto couple = test::add_couple(w, "Grace Counseling", "Ruth Alvarez");
    w.ok({"practice", "set", "--credentials", "LMFT"});
    return couple;
}

test::Chooser saying_yes_to(const std::string& item_id, nlohmann::json yes = true) {
    return [item_id, yes](const sdk::Item& item) {
        return item.id == item_id ? yes : test::plain_answer(item);
    };
}

// Both spouses take the stage inventory. They answer a private statement
// (walking on eggshells) four points apart and an ordinary one (telling the
// whole truth) three apart: without privacy both would be "talk about these".
void take_stage_inventory(const Workspace& w, const Couple& couple) {
    auto answers_of = [](int eggshells, int truth) -> test::Chooser {
        return [=](const sdk::Item& item) -> nlohmann::json {
            if (item.id == "saf_eggshells") return eggshells;
            if (item.id == "hon_whole_truth") return truth;
            return test::plain_answer(item);
        };
    };
    assess(w, "stage-inventory", couple.naomi, couple.case_id, answers_of(5, 5));
    assess(w, "stage-inventory", couple.daniel, couple.case_id, answers_of(1, 2));
}

// A clinic's own check-in, as a definition file: its "hold" flag is all it
// takes to open the hold.
nlohmann::json clinic_form() {
    nlohmann::json flag = {{"when", {{"op", "="}, {"value", true}}},
                           {"severity", "warning"},
                           {"code", "clinic-physical"},
                           {"hold", true},
                           {"message", "Reports being pushed, grabbed or cornered this week."}};
    nlohmann::json item = {{"id", "pushed_around"},
                           {"type", "boolean"},
                           {"required", true},
                           {"private", true},
                           {"text", "This week, did your spouse push, grab or corner you?"},
                           {"flag", flag}};
    nlohmann::json section = {{"id", "week"}, {"title", "This week"}, {"items", {item}}};
    return {{"id", "clinic-checkin"},  {"title", "Clinic check-in"},   {"version", "1.0.0"},
            {"kind", "questionnaire"}, {"respondent", "each_partner"}, {"sections", {section}}};
}

void sign_note_with_danger(const Workspace& w, const Couple& couple) {
    auto session = w.ok({"session", "add", "--case", couple.case_id, "--at", "2026-11-02 10:00",
                         "--attendees", couple.naomi});
    session = session.substr(0, session.find('\n'));
    auto fields = write_json(w, "note",
                             {{"subjective", "Spoke about the week."},
                              {"objective", "Tearful when speaking of home."},
                              {"assessment", "Fear of her husband."},
                              {"plan", "See each alone."},
                              {"risk_observed", false},
                              {"danger_between_spouses", true},
                              {"attendance", "one_spouse"}});
    auto note = w.ok(
        {"note", "add", "--session", session, "--template", "soap", "--fields", fields.string()});
    w.ok({"note", "sign", note.substr(0, note.find('\n'))});
}

// Each way of telling of danger, by what a counselor would call it.
std::map<std::string, std::function<void(const Workspace&, const Couple&)>> disclosures() {
    std::map<std::string, std::function<void(const Workspace&, const Couple&)>> all;
    for (const char* item : {"being_abused", "abuse_in_home"}) {
        all[std::string("intake ") + item] = [item](const Workspace& w, const Couple& c) {
            assess(w, "intake", c.daniel, c.case_id, saying_yes_to(item));
        };
    }
    for (const char* item : {"unsafe_to_answer", "afraid", "hurt", "threatened", "forced_sexually",
                             "forced_otherwise"}) {
        all[std::string("safety screen ") + item] = [item](const Workspace& w, const Couple& c) {
            assess(w, "safety-screen", c.daniel, c.case_id, saying_yes_to(item));
        };
    }
    all["safety screen: rather tell in person"] = [](const Workspace& w, const Couple& c) {
        assess(w, "safety-screen", c.daniel, c.case_id,
               saying_yes_to("how_to_answer", "in_person"));
    };
    all["session note field"] = sign_note_with_danger;
    all["a clinic form's hold flag"] = [](const Workspace& w, const Couple& c) {
        w.ok({"form", "import", write_json(w, "clinic", clinic_form()).string()});
        assess(w, "clinic-checkin", c.daniel, c.case_id, saying_yes_to("pushed_around"));
    };
    return all;
}

// What the window's Overview banner says for this client ("" for none).
std::string banner_of(const Workspace& w, const std::string& client) {
    test::TempDir home;
    auto run = test::run_window(
        home, {"--db", w.db().string(), "--select-client", client, "--exit-when-ready"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto at = run.out.find("banner: ");
    REQUIRE(at != std::string::npos);
    return run.out.substr(at + 8, run.out.find('\n', at) - at - 8);
}

void check_hold_open(const Workspace& w, const Couple& couple) {
    bool held = false;
    for (const auto& flag : w.json({"flags", "list", "--case", couple.case_id}))
        held = held || flag.value("hold", false);
    CHECK(held);
    // The flags list says which flag holds the case, and the window's
    // banner, on the page of the spouse who did not disclose too.
    CHECK_THAT(w.ok({"flags", "list", "--case", couple.case_id}), Catch::Contains("(hold)"));
    CHECK_THAT(banner_of(w, couple.naomi),
               Catch::StartsWith("SAFETY HOLD") && Catch::Contains("See each spouse on their own"));
}

void check_joint_work_waits(const Workspace& w, const Couple& couple) {
    test::expect_refused(w,
                         {"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30"},
                         "a joint session is not advised");
    // Together, intimacy, and alone but toward the other spouse.
    for (const char* exercise : {"together-this-week", "invitation-not-demand", "trade-places",
                                 "daily-gratitude", "apology-names-effect", "intimacy-with-god"}) {
        INFO(exercise);
        test::expect_refused(
            w, {"homework", "assign", "--case", couple.case_id, "--template", exercise},
            "--despite-safety-hold");
    }
    // Work a spouse does for themselves is not held.
    auto friends =
        w.run({"homework", "assign", "--client", couple.naomi, "--template", "circle-of-friends"});
    CHECK(friends.exit_code == 0);
    CHECK(friends.err.empty());
}

void check_report_puts_safety_first(const Workspace& w, const Couple& couple) {
    test::expect_refused(w, {"report", "couple", "--case", couple.case_id},
                         "--despite-safety-hold");
    const auto pdf = w.home() / "report.pdf";
    w.ok({"report", "couple", "--case", couple.case_id, "--format", "pdf", "--out", pdf.string(),
          "--despite-safety-hold"});
    // Words as a reader reads them: the lines a table cell wraps into joined.
    std::string text;
    for (char c : test::pdf_text(pdf)) {
        const bool space = c == ' ' || c == '\n' || c == '\f' || c == '\r';
        if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
    }
    CHECK_THAT(text, Catch::Contains("Safety concern reported"));
    CHECK_THAT(text, Catch::Contains("Safety comes first"));
    CHECK_THAT(text, !Catch::Contains("Start with honesty"));  // a stage's "where to work"
    // The ordinary statement they answered apart is listed; the private one,
    // four points apart, is not, here or anywhere in the report.
    CHECK_THAT(text, Catch::Contains("I tell the whole truth"));
    CHECK_THAT(text, !Catch::Contains("watch every word"));
}

}  // namespace

TEST_CASE("every disclosure of danger opens the safety hold, and joint work waits on it",
          "[cli][safety]") {
    for (const auto& [path, disclose] : disclosures()) {
        DYNAMIC_SECTION(path) {
            Workspace w;
            auto couple = add_couple(w);
            take_stage_inventory(w, couple);
            // Before: nothing holds the case (the inventory's strong private
            // answer asks to talk alone, which is no hold).
            for (const auto& flag : w.json({"flags", "list", "--case", couple.case_id}))
                CHECK_FALSE(flag.value("hold", false));

            disclose(w, couple);

            check_hold_open(w, couple);
            check_joint_work_waits(w, couple);
            check_report_puts_safety_first(w, couple);
        }
    }
}

TEST_CASE("the counselor can go ahead despite the hold, and the audit trail says so each time",
          "[cli][safety]") {
    Workspace w;
    auto couple = add_couple(w);
    take_stage_inventory(w, couple);
    assess(w, "safety-screen", couple.daniel, couple.case_id, saying_yes_to("afraid"));

    auto joint = w.run({"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30",
                        "--despite-safety-hold"});
    CHECK(joint.exit_code == 0);
    CHECK_THAT(joint.err, Catch::Contains("a joint session is not advised"));
    auto homework = w.run({"homework", "assign", "--case", couple.case_id, "--template",
                           "trade-places", "--despite-safety-hold"});
    CHECK(homework.exit_code == 0);
    CHECK_THAT(homework.err, Catch::Contains("move toward the other"));
    w.ok({"report", "couple", "--case", couple.case_id, "--despite-safety-hold"});

    std::map<std::string, int> overrides;
    for (const auto& row : w.json({"audit", "list", "--limit", "20"})) {
        if (row.value("detail", std::string()).find("despite-safety-hold") != std::string::npos)
            ++overrides[row.value("action", std::string())];
    }
    CHECK(overrides == std::map<std::string, int>{
                           {"homework.assign", 1}, {"report.couple", 1}, {"session.create", 1}});
}

TEST_CASE("control alone asks to talk alone, and with fear it holds the case too",
          "[cli][safety]") {
    Workspace w;
    auto couple = add_couple(w);
    auto controlled =
        assess(w, "safety-screen", couple.daniel, couple.case_id, saying_yes_to("controls_money"));
    REQUIRE(controlled["result"]["flags"].size() == 1);
    CHECK(controlled["result"]["flags"][0]["severity"] == "warning");
    CHECK_FALSE(controlled["result"]["flags"][0].value("hold", false));
    // An agreed way of keeping the books holds nothing.
    CHECK(
        w.run({"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30"}).exit_code ==
        0);

    auto both = assess(w, "safety-screen", couple.naomi, couple.case_id,
                       [](const sdk::Item& item) -> nlohmann::json {
                           if (item.id == "afraid" || item.id == "controls_phone") return true;
                           return test::plain_answer(item);
                       });
    for (const auto& flag : both["result"]["flags"])
        CHECK(flag.value("hold", false));
}

TEST_CASE("after a disclosure the counselor's follow-up shows each sign of lethal danger",
          "[cli][safety]") {
    Workspace w;
    auto couple = add_couple(w);
    auto form = w.json({"form", "show", "safety-screen"});
    // Not asked while nothing is disclosed.
    auto calm = test::fill_form(form);
    CHECK_FALSE(calm.contains("weapon"));
    for (const char* sign :
         {"getting_worse", "threat_to_kill", "weapon", "strangled", "separation"}) {
        INFO(sign);
        auto result = assess(w, "safety-screen", couple.daniel, couple.case_id,
                             [sign](const sdk::Item& item) -> nlohmann::json {
                                 if (item.id == "hurt" || item.id == sign) return true;
                                 return test::plain_answer(item);
                             });
        bool high = false;
        for (const auto& flag : result["result"]["flags"]) {
            if (flag.value("item", std::string()) == sign) {
                high = flag["severity"] == "critical" && flag.value("hold", false) &&
                       flag["message"].get<std::string>().rfind("HIGH DANGER", 0) == 0;
            }
        }
        CHECK(high);
        CHECK_THAT(result["result"]["summary"].get<std::string>(), Catch::Contains("HIGH DANGER"));
    }
}

TEST_CASE("a note is signed with the counselor's name and credentials, never the login",
          "[cli][safety][notes]") {
    Workspace w;
    auto couple = add_couple(w);
    sign_note_with_danger(w, couple);
    auto notes = w.json({"note", "show", "1"});
    CHECK(notes["signed_by"] == "Ruth Alvarez, LMFT");
    w.ok({"note", "addendum", "1", "--text", "Called her the next day; she is safe."});
    CHECK(w.json({"note", "show", "1"})["addenda"][0]["signed_by"] == "Ruth Alvarez, LMFT");
}

TEST_CASE("a practice without the counselor's name refuses to sign, and changes nothing",
          "[cli][safety][notes]") {
    Workspace w;
    w.init();
    auto naomi = w.add_client("Naomi", "Hartwell");
    auto id = w.ok({"case", "open", "--kind", "individual", "--client", naomi});
    auto session =
        w.ok({"session", "add", "--case", id.substr(0, id.find('\n')), "--at", "2026-11-02 10:00"});
    auto fields = write_json(w, "note",
                             {{"subjective", "A quiet week."},
                              {"objective", "Calm."},
                              {"assessment", "Steady."},
                              {"plan", "Next week."},
                              {"risk_observed", false},
                              {"danger_between_spouses", false},
                              {"attendance", "both"}});
    auto note = w.ok({"note", "add", "--session", session.substr(0, session.find('\n')),
                      "--template", "soap", "--fields", fields.string()});
    note = note.substr(0, note.find('\n'));
    test::expect_refused(w, {"note", "sign", note}, "the counselor's name is not set");
    w.ok({"practice", "set", "--counselor", "Ruth Alvarez"});
    w.ok({"note", "sign", note});
    CHECK(w.json({"note", "show", note})["signed_by"] == "Ruth Alvarez");
}

TEST_CASE("crisis numbers are practice settings, with the US ones until changed",
          "[cli][safety][practice]") {
    Workspace w;
    w.init();
    auto shown = w.json({"practice", "show"});
    CHECK(shown["crisis_numbers"]["emergency"] == "911");
    CHECK_THAT(shown["crisis_numbers"]["crisis_line"].get<std::string>(), Catch::StartsWith("988"));
    CHECK_THAT(shown["crisis_numbers"]["domestic_violence"].get<std::string>(),
               Catch::StartsWith("1-800-799-7233"));

    w.ok({"practice", "set", "--emergency", "112", "--domestic-violence-line", "0800 123 456"});
    shown = w.json({"practice", "show"});
    CHECK(shown["crisis_numbers"]["emergency"] == "112");
    CHECK(shown["crisis_numbers"]["domestic_violence"] == "0800 123 456");

    // The intake's consent names them, and the handout of an exercise toward
    // the spouse points to them.
    auto naomi = w.add_client("Naomi", "Hartwell");
    w.ok({"case", "open", "--kind", "individual", "--client", naomi});
    auto form = w.json({"form", "show", "intake"});
    std::string consent;
    for (const auto& section : form["sections"])
        for (const auto& item : section["items"])
            if (item["id"] == "consent_text") consent = item["text"];
    CHECK_THAT(consent, Catch::Contains("112") && Catch::Contains("0800 123 456") &&
                            Catch::Contains("law and professional ethics"));

    auto homework = w.ok({"homework", "assign", "--client", naomi, "--template", "trade-places"});
    const auto pdf = w.home() / "handout.pdf";
    w.ok({"homework", "export", homework.substr(0, homework.find('\n')), "--format", "pdf", "--out",
          pdf.string()});
    const auto text = test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("If you are afraid of your spouse"));
    CHECK_THAT(text, Catch::Contains("0800 123 456"));

    // A role that is not one is refused, and nothing changes.
    auto before = w.json({"practice", "show"});
    auto bad = w.run({"practice", "set", "--role", "bishop"});
    CHECK(bad.exit_code == 2);
    CHECK(w.json({"practice", "show"}) == before);
}

TEST_CASE("resolving the concern, once followed up, ends the hold everywhere it showed",
          "[cli][safety]") {
    Workspace w;
    auto couple = add_couple(w);
    assess(w, "safety-screen", couple.daniel, couple.case_id, saying_yes_to("afraid"));
    const auto on_case = w.json({"flags", "list", "--case", couple.case_id});
    REQUIRE(on_case.size() == 1);
    REQUIRE(w.json({"flags", "list"}).size() == 2);  // on Daniel and on the case
    const std::string id = std::to_string(on_case[0]["id"].get<std::int64_t>());

    auto resolved = w.json({"flags", "resolve", id});
    CHECK(resolved["resolved"] == 2);  // the case's copy and the client's
    CHECK(w.json({"flags", "list"}).empty());
    CHECK(banner_of(w, couple.naomi).empty());
    auto joint = w.run({"session", "add", "--case", couple.case_id, "--at", "2026-12-03 14:30"});
    CHECK(joint.exit_code == 0);
    CHECK(joint.err.empty());
    bool audited = false;
    for (const auto& row : w.json({"audit", "list", "--limit", "5"}))
        audited = audited || row.value("action", std::string()) == "flag.resolve";
    CHECK(audited);

    test::expect_refused(w, {"flags", "resolve", id}, "already resolved");
    test::expect_refused(w, {"flags", "resolve", "999"}, "no flag with id 999");
}
