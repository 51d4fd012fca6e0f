// The real homework plugin, loaded through the plugin host as the program
// loads it: its exercise library, the handouts it renders, and those
// handouts printed to PDF.
#include "memory_environment.hpp"
#include "pdf_tools.hpp"
#include "temp_dir.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/plugins/loaded_plugin.hpp>
#include <counselor/core/plugins/plugin_host.hpp>

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace counselor;
using Catch::Contains;
using nlohmann::json;

namespace {

const std::filesystem::path kBundled = COUNSELOR_BUNDLED_PLUGIN_DIR;

struct Loaded {
    test::MemoryEnvironment environment;
    core::PluginHost host{&environment};
    Loaded() { host.load({{kBundled}, {}, {}, false, {}, {}, {}, {}, {}}); }
};

json request_for(const std::string& template_id, std::vector<std::string> recipients) {
    return {{"template_id", template_id},
            {"practice",
             {{"practice_name", "Riverside Pastoral Counseling"},
              {"counselor_name", "Pastor Ann Reyes"}}},
            {"recipients", recipients},
            {"due", "2026-12-05"},
            {"assigned", "2026-11-21"},
            {"counselor_note", "Keep it short: one line a day is plenty."}};
}

sdk::Document render(Loaded& loaded, const json& request) {
    return loaded.host.render("homework", request).get<sdk::Document>();
}

std::size_t count_type(const sdk::Document& doc, sdk::BlockType type) {
    std::size_t n = 0;
    for (const auto& b : doc.blocks)
        n += b.type == type;
    return n;
}

std::filesystem::path to_pdf(const test::TempDir& dir, const sdk::Document& doc) {
    const auto file = dir / "handout.pdf";
    core::export_document(doc, core::ExportFormat::pdf, file, true);
    return file;
}

}  // namespace

TEST_CASE("the homework plugin offers one homework tool", "[homework]") {
    Loaded loaded;
    const auto tool = loaded.host.find_tool("homework");
    REQUIRE(tool);
    CHECK(tool->plugin_id == "homework");
    CHECK(tool->info.kind == "homework");
}

TEST_CASE("every homework exercise carries every field", "[homework]") {
    Loaded loaded;
    const json templates = loaded.host.templates("homework");
    REQUIRE(templates.is_array());
    CHECK(templates.size() >= 11);
    const std::regex kebab("[a-z]+(-[a-z]+)*");
    std::set<std::string> ids;
    int intimacy = 0;
    for (const auto& t : templates) {
        const std::string id = t.at("id");
        INFO(id);
        CHECK(std::regex_match(id, kebab));
        CHECK(ids.insert(id).second);
        CHECK(!t.at("title").get<std::string>().empty());
        CHECK(!t.at("description").get<std::string>().empty());
        const json& body = t.at("body");
        CHECK(!body.at("theme").get<std::string>().empty());
        CHECK(body.at("why").get<std::string>().size() > 200);
        CHECK(body.at("steps").size() >= 3);
        CHECK(!body.at("prompts").empty());
        CHECK(body.at("writing_lines").get<int>() >= 2);
        CHECK(body.at("per_spouse").is_boolean());
        CHECK(body.at("conjoint").is_boolean());
        CHECK(body.at("intimacy").is_boolean());
        CHECK(std::set<std::string>{"couple", "individual", "either"}.count(body.at("for")));
        if (body.contains("tracker")) {
            CHECK(!body["tracker"].at("title").get<std::string>().empty());
            CHECK(body["tracker"].at("columns").size() == 7);
            CHECK(!body["tracker"].at("rows").empty());
        }
        intimacy += body["intimacy"].get<bool>();
    }
    CHECK(intimacy >= 1);
    for (const char* expected :
         {"trade-places", "daily-gratitude", "together-this-week", "communication-rhythms",
          "time-for-us", "praying-together", "listening-without-fixing", "apology-names-effect",
          "your-turn", "circle-of-friends", "intimacy-with-god", "invitation-not-demand"}) {
        CHECK(ids.count(expected));
    }
}

TEST_CASE("a personal exercise gives each spouse a copy of their own", "[homework]") {
    Loaded loaded;
    const auto doc =
        render(loaded, request_for("daily-gratitude", {"Naomi Hartwell", "Daniel Hartwell"}));
    CHECK(doc.header == "Riverside Pastoral Counseling · Pastor Ann Reyes");
    CHECK(doc.title == "Daily gratitude log");
    CHECK(doc.subtitle == "For Naomi Hartwell");
    CHECK(count_type(doc, sdk::BlockType::page_break) == 1);
    REQUIRE(count_type(doc, sdk::BlockType::title) == 1);
    for (const auto& b : doc.blocks) {
        if (b.type == sdk::BlockType::title) CHECK(b.subtitle == "For Daniel Hartwell");
    }
    // Both copies carry the note, the dates, the tracker and the log.
    CHECK(count_type(doc, sdk::BlockType::note) == 2);
    CHECK(count_type(doc, sdk::BlockType::tracker) == 2);
    CHECK(count_type(doc, sdk::BlockType::table) == 2);
    const json as_json = doc;
    CHECK_THAT(as_json.dump(), Contains("Given Saturday 21 November 2026") &&
                                   Contains("Please bring it back by Saturday 5 December 2026") &&
                                   Contains("A note from Pastor Ann Reyes"));
}

TEST_CASE("a shared exercise gives the couple one copy naming both", "[homework]") {
    Loaded loaded;
    const auto doc =
        render(loaded, request_for("together-this-week", {"Naomi Hartwell", "Daniel Hartwell"}));
    CHECK(doc.subtitle == "For Naomi Hartwell and Daniel Hartwell");
    CHECK(count_type(doc, sdk::BlockType::title) == 0);
    CHECK(count_type(doc, sdk::BlockType::page_break) == 0);
}

TEST_CASE("the practice header comes from the host when the request has none", "[homework]") {
    Loaded loaded;
    auto request = request_for("trade-places", {"Naomi Hartwell"});
    request.erase("practice");
    CHECK(render(loaded, request).header == "Grace Counseling · R. Alvarez");
}

TEST_CASE("the homework plugin refuses what it cannot print", "[homework]") {
    Loaded loaded;
    CHECK_THROWS_WITH(render(loaded, request_for("no-such-exercise", {"Naomi"})),
                      Contains("there is no homework exercise \"no-such-exercise\""));
    auto bad_date = request_for("trade-places", {"Naomi"});
    bad_date["due"] = "2026-02-30";
    CHECK_THROWS_WITH(render(loaded, bad_date), Contains("due: \"2026-02-30\" is not a date"));
    auto no_id = request_for("trade-places", {"Naomi"});
    no_id.erase("template_id");
    CHECK_THROWS_WITH(render(loaded, no_id), Contains("template_id is missing"));
    auto bad_names = request_for("trade-places", {});
    bad_names["recipients"] = "Naomi";
    CHECK_THROWS_WITH(render(loaded, bad_names), Contains("recipients must be a list of names"));
    CHECK_THROWS_AS(render(loaded, request_for("no-such-exercise", {})), core::PluginCallFailed);
}

TEST_CASE("the reflection questions print as a three-page handout", "[homework][pdf]") {
    Loaded loaded;
    test::TempDir dir;
    const auto pdf = to_pdf(dir, render(loaded, request_for("your-turn", {"Naomi Hartwell"})));
    CHECK(test::pdf_pages(pdf) == 3);
    const std::string text = test::pdf_text(pdf);
    CHECK(test::count_of(text, "\f") == 3);
    CHECK_THAT(text, Contains("Your turn: reflection questions") && Contains("Naomi Hartwell") &&
                         Contains("Page 1 of 3") && Contains("Page 3 of 3"));
    CHECK_THAT(text, Contains("Where do you sense God inviting you closer to Him?"));
}

TEST_CASE("a handout for each spouse prints with page numbers per copy", "[homework][pdf]") {
    Loaded loaded;
    test::TempDir dir;
    const auto pdf = to_pdf(
        dir, render(loaded, request_for("daily-gratitude", {"Naomi Hartwell", "Daniel Hartwell"})));
    const std::string text = test::pdf_text(pdf);
    const int pages = test::pdf_pages(pdf);
    CHECK(pages % 2 == 0);
    const std::string last =
        "Page " + std::to_string(pages / 2) + " of " + std::to_string(pages / 2);
    CHECK(test::count_of(text, last) == 2);
    CHECK(test::count_of(text, "Page 1 of ") == 2);
    CHECK(test::count_of(text, "Riverside Pastoral Counseling · Pastor Ann Reyes") ==
          static_cast<std::size_t>(pages));
    CHECK_THAT(text, Contains("For Naomi Hartwell") && Contains("For Daniel Hartwell") &&
                         Contains("Daily gratitude log") && Contains("Looked for one good thing"));
}

TEST_CASE("a recipient's name in any script reaches the printed page", "[homework][pdf]") {
    Loaded loaded;
    test::TempDir dir;
    const auto pdf =
        to_pdf(dir, render(loaded, request_for("trade-places", {"José Ñúñez 😀 שלום"})));
    const std::string text = test::pdf_text(pdf);
    INFO(text.substr(0, 400));
    CHECK_THAT(text, Contains("José Ñúñez"));
    CHECK_THAT(text, Contains("שלום"));
    CHECK_THAT(text, Contains("😀"));
}
