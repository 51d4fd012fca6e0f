// The session notes plugin, loaded from the build's bundled plugins: three
// note formats whose forms pass the validator and share their common fields,
// a risk flag, and the printout of a note with its addenda.
#include "bundled_host.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/forms/definition_validator.hpp>
#include <counselor/sdk/document.hpp>

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <vector>

using namespace counselor;
using nlohmann::json;

namespace {

const std::map<std::string, std::vector<std::string>> kFormatFields = {
    {"soap", {"subjective", "objective", "assessment", "plan"}},
    {"dap", {"data", "assessment", "plan"}},
    {"birp", {"behavior", "intervention", "response", "plan"}},
};

const std::set<std::string> kSharedFields = {"attendees",
                                             "prayer",
                                             "scripture",
                                             "spiritual_themes",
                                             "risk_observed",
                                             "risk_details",
                                             "danger_between_spouses",
                                             "attendance",
                                             "homework",
                                             "next_appointment"};

std::vector<std::string> ids_of(const sdk::FormDefinition& form) {
    std::vector<std::string> ids;
    for (const sdk::Item* item : form.items())
        ids.push_back(item->id);
    return ids;
}

json soap_fields() {
    return {{"attendees", "Both spouses"},
            {"subjective", "Naomi said the week felt lonely.\n\nDaniel said he felt blamed."},
            {"objective", "Sat apart at first; closer by the end."},
            {"assessment", "Working on safety: criticism still meets openness."},
            {"plan", "Practise listening without fixing."},
            {"prayer", "Closed with prayer for patience."},
            {"scripture", ""},
            {"risk_observed", false},
            {"danger_between_spouses", false},
            {"attendance", "both"},
            {"homework", "Listening without fixing, three times this week"},
            {"next_appointment", "2026-11-28"}};
}

json note_request(json note) {
    return {{"practice", {{"practice_name", "Grace Counseling"}, {"counselor_name", "R. Alvarez"}}},
            {"case", {{"id", 3}, {"title", "Hartwell marriage"}}},
            {"session",
             {{"id", 21},
              {"starts_at", "2026-11-21 14:00"},
              {"minutes", 50},
              {"attendees", {"Naomi Hartwell", "Daniel Hartwell"}}}},
            {"note", std::move(note)}};
}

json signed_note() {
    return {{"id", 40},
            {"template", "soap"},
            {"fields", soap_fields()},
            {"status", "signed"},
            {"signed_at", "2026-11-21 15:10"},
            {"signed_by", "R. Alvarez"},
            {"addenda",
             {{{"id", 1},
               {"text", "Daniel called: he wants to move the next session."},
               {"signed_at", "2026-11-23 09:00"},
               {"signed_by", "R. Alvarez"}},
              {{"id", 2},
               {"text", "Moved to 2026-11-29 at their request."},
               {"signed_at", "2026-11-24 11:30"},
               {"signed_by", "J. Okafor"}}}}};
}

sdk::Document render(core::PluginHost& host, const json& request) {
    return host.render("session-note", request).get<sdk::Document>();
}

// Index of the first block of this type and text, or -1.
int index_of(const sdk::Document& doc, sdk::BlockType type, const std::string& text) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        if (doc.blocks[i].type == type && doc.blocks[i].text == text) return static_cast<int>(i);
    }
    return -1;
}

int heading(const sdk::Document& doc, const std::string& text) {
    return index_of(doc, sdk::BlockType::heading, text);
}

int paragraph(const sdk::Document& doc, const std::string& text) {
    return index_of(doc, sdk::BlockType::paragraph, text);
}

}  // namespace

TEST_CASE("the session note offers SOAP, DAP and BIRP, each a valid form",
          "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    REQUIRE(host.find_tool("session-note"));
    CHECK(host.find_tool("session-note")->info.kind == "notes");

    auto templates = host.templates("session-note");
    REQUIRE(templates.size() == 3);
    std::vector<std::set<std::string>> shared_per_format;
    for (const auto& entry : templates) {
        const std::string id = entry.at("id");
        INFO(id);
        REQUIRE(kFormatFields.count(id));
        CHECK_FALSE(entry.at("description").get<std::string>().empty());
        const json& form_json = entry.at("body").at("form");
        CHECK(core::validate_definition(form_json).empty());
        auto form = form_json.get<sdk::FormDefinition>();
        CHECK(form.id == "session-note-" + id);
        CHECK(form.kind == "notes");
        CHECK(form.respondent == "counselor");
        for (const auto& field : kFormatFields.at(id)) {
            INFO(field);
            const sdk::Item* item = form.find_item(field);
            REQUIRE(item);
            CHECK(item->type == sdk::ItemType::long_text);
            CHECK(item->required);
        }
        const auto ids = ids_of(form);
        std::set<std::string> shared;
        for (const auto& item_id : ids) {
            if (kSharedFields.count(item_id)) shared.insert(item_id);
        }
        CHECK(shared == kSharedFields);
        CHECK(ids.size() == kFormatFields.at(id).size() + kSharedFields.size());
    }
    CHECK(templates[0]["title"] == "SOAP note");
    CHECK(templates[1]["title"] == "DAP note");
    CHECK(templates[2]["title"] == "BIRP note");
}

TEST_CASE("the session note's own form is the SOAP format under the tool id",
          "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    CHECK(core::validate_definition(host.form_json("session-note")).empty());
    auto form = host.form("session-note");
    CHECK(form.id == "session-note");
    CHECK(form.find_item("subjective"));
    CHECK_FALSE(form.find_item("data"));
}

TEST_CASE("risk observed in a session raises a warning and asks for details",
          "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    sdk::Answers quiet(soap_fields());
    CHECK(host.evaluate("session-note", quiet).flags.empty());

    auto unexplained = sdk::Answers(soap_fields()).set("risk_observed", true);
    CHECK_THROWS_AS(host.evaluate("session-note", unexplained), core::InvalidAnswers);
    auto risky = unexplained.set("risk_details", "Daniel spoke of not wanting to go on.");
    auto result = host.evaluate("session-note", risky);
    REQUIRE(result.flags.size() == 1);
    CHECK(result.flags[0].code == "risk");
    CHECK(result.flags[0].severity == "warning");

    auto stray = sdk::Answers(soap_fields()).set("risk_details", "nothing");
    CHECK_THROWS_AS(host.evaluate("session-note", stray), core::InvalidAnswers);
}

TEST_CASE("a signed note prints its fields, its signature, then its addenda in order",
          "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto doc = render(bundled.host, note_request(signed_note()));
    CHECK(doc.title == "Session note (SOAP)");
    CHECK(doc.subtitle == "2026-11-21 14:00 (50 minutes) with Naomi Hartwell and Daniel Hartwell");

    // The fields in form order, each under its heading; empty ones left out.
    const int subjective = heading(doc, "Subjective");
    const int plan = heading(doc, "Plan");
    const int prayer = heading(doc, "Prayer");
    CHECK(subjective >= 0);
    CHECK(subjective < plan);
    CHECK(plan < prayer);
    CHECK(paragraph(doc, "Naomi said the week felt lonely.") == subjective + 1);
    CHECK(paragraph(doc, "Daniel said he felt blamed.") == subjective + 2);
    CHECK(heading(doc, "Scripture") == -1);
    CHECK(heading(doc, "Risk details") == -1);
    CHECK(paragraph(doc, "No") == heading(doc, "Risk observed") + 1);
    CHECK(paragraph(doc, "2026-11-28") == heading(doc, "Next appointment") + 1);

    const int signature = paragraph(doc, "Signed by R. Alvarez at 2026-11-21 15:10");
    const int addenda = heading(doc, "Addenda");
    const int first = paragraph(doc, "Daniel called: he wants to move the next session.");
    const int second = paragraph(doc, "Moved to 2026-11-29 at their request.");
    CHECK(heading(doc, "Next appointment") < signature);
    CHECK(signature < addenda);
    CHECK(addenda < first);
    CHECK(first < second);
    CHECK(heading(doc, "Addendum 1, 2026-11-23 09:00") == first - 1);
    CHECK(paragraph(doc, "Signed by R. Alvarez at 2026-11-23 09:00") == first + 1);
    CHECK(heading(doc, "Addendum 2, 2026-11-24 11:30") == second - 1);
    CHECK(paragraph(doc, "Signed by J. Okafor at 2026-11-24 11:30") == second + 1);
    CHECK(second + 1 == static_cast<int>(doc.blocks.size()) - 1);
    CHECK(paragraph(doc, "DRAFT — not signed") == -1);
}

TEST_CASE("a draft note says so and other formats print under their own name",
          "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    json draft = {{"id", 41},
                  {"template", "birp"},
                  {"status", "draft"},
                  {"fields",
                   {{"behavior", "Both tense."},
                    {"intervention", "Taught the speaker-listener exercise."},
                    {"risk_observed", true},
                    {"risk_details", "Raised voices; no threat. Checked in with each alone."}}}};
    auto doc = render(host, note_request(draft));
    CHECK(doc.title == "Session note (BIRP)");
    CHECK(heading(doc, "Risk details") >= 0);
    CHECK(paragraph(doc, "DRAFT — not signed") >= 0);
    CHECK(heading(doc, "Addenda") == -1);
    for (const auto& block : doc.blocks)
        CHECK_THAT(block.text, !Catch::StartsWith("Signed by"));

    // Details left behind after risk was set back to no are not asked, so not printed.
    draft["fields"]["risk_observed"] = false;
    auto cleared = render(host, note_request(draft));
    CHECK(paragraph(cleared, "No") == heading(cleared, "Risk observed") + 1);
    CHECK(heading(cleared, "Risk details") == -1);
}

TEST_CASE("a note request that breaks the contract is refused", "[plugins][session-notes]") {
    test::BundledHost bundled;
    auto& host = bundled.host;
    auto unknown_template = signed_note();
    unknown_template["template"] = "narrative";
    CHECK_THROWS_WITH(host.render("session-note", note_request(unknown_template)),
                      Catch::Contains("soap, dap or birp"));
    // A field the format does not have would otherwise vanish from the printout.
    auto stray_field = signed_note();
    stray_field["fields"]["data"] = "written for DAP";
    CHECK_THROWS_WITH(host.render("session-note", note_request(stray_field)),
                      Catch::Contains("\"data\""));
    auto unsigned_signed = signed_note();
    unsigned_signed.erase("signed_by");
    CHECK_THROWS_WITH(host.render("session-note", note_request(unsigned_signed)),
                      Catch::Contains("signed_by"));

    test::MemoryEnvironment environment;
    auto plugin = test::load_bundled("session-notes", environment);
    CHECK_THROWS_WITH(plugin->templates("homework"), Catch::Contains("unknown tool 'homework'"));
}
