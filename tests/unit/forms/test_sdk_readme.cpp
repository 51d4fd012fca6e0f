// sdk/README.md is what plugin authors and clinics copy from, so its
// examples must be true: the form definition passes the validator, the
// answers pass against it, the result is what the standard scoring really
// produces, and the other examples map onto the SDK types and back unchanged.
#include "counselor/core/forms/answer_validator.hpp"
#include "counselor/core/forms/definition_validator.hpp"

#include <catch2/catch.hpp>
#include <counselor/sdk/sdk.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace sdk = counselor::sdk;
using counselor::core::describe;
using nlohmann::json;

namespace {

std::string read_readme() {
    std::ifstream in(std::string(COUNSELOR_SOURCE_DIR) + "/sdk/README.md");
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

const std::string& readme() {
    static const std::string text = read_readme();
    return text;
}

// The first ```json block after the Markdown heading whose text is `heading`.
json json_block_under(const std::string& heading) {
    const std::string& text = readme();
    std::size_t at = 0;
    std::size_t heading_at = std::string::npos;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(at, end - at);
        const std::size_t hashes = line.find_first_not_of('#');
        if (hashes > 0 && hashes != std::string::npos && line.substr(hashes) == " " + heading) {
            heading_at = end;
            break;
        }
        at = end + 1;
    }
    INFO("heading: " << heading);
    REQUIRE(heading_at != std::string::npos);
    const std::string fence = "```json\n";
    const std::size_t start = text.find(fence, heading_at);
    REQUIRE(start != std::string::npos);
    const std::size_t body = start + fence.size();
    const std::size_t stop = text.find("\n```", body);
    REQUIRE(stop != std::string::npos);
    return json::parse(text.substr(body, stop - body));
}

}  // namespace

TEST_CASE("the README's form definition is sound and shows every field and type", "[readme]") {
    const json form = json_block_under("Form definition");
    const auto problems = counselor::core::validate_definition(form);
    INFO(describe(problems));
    REQUIRE(problems.empty());

    std::set<std::string> types, fields;
    for (const auto& section : form["sections"]) {
        for (const auto& item : section["items"]) {
            types.insert(item["type"].get<std::string>());
            for (const auto& [key, value] : item.items())
                fields.insert(key);
        }
    }
    CHECK(types == std::set<std::string>{"display", "boolean", "choice", "multi_choice", "scale",
                                         "integer", "decimal", "text", "long_text", "date"});
    CHECK(fields == std::set<std::string>{"id", "type", "text", "help", "required", "options",
                                          "min", "max", "labels", "reverse", "subscale",
                                          "enable_when", "enable_behavior", "flag", "private"});
    for (const char* key : {"id", "title", "version", "kind", "respondent", "instructions",
                            "sections", "subscales", "total"}) {
        INFO(key);
        CHECK(form.contains(key));
    }
}

TEST_CASE("the README's answers are valid for its form", "[readme]") {
    const auto form = counselor::core::parse_definition(json_block_under("Form definition"));
    const auto problems = counselor::core::validate_answers(form, json_block_under("Answers"));
    INFO(describe(problems));
    CHECK(problems.empty());
}

TEST_CASE("the README's result is what the standard scoring gives", "[readme]") {
    const auto form = counselor::core::parse_definition(json_block_under("Form definition"));
    const sdk::Answers answers(json_block_under("Answers"));
    const json scored = sdk::score_form(form, answers);
    const json documented = json_block_under("Result");
    INFO("scored: " << scored.dump(2));
    CHECK(scored == documented);
}

TEST_CASE("the README's document uses every block type and maps exactly", "[readme]") {
    const json documented = json_block_under("Document");
    const auto document = documented.get<sdk::Document>();
    std::set<std::string> types;
    for (const auto& block : document.blocks)
        types.insert(std::string(sdk::to_string(block.type)));
    CHECK(types == std::set<std::string>{"heading", "paragraph", "list", "checkboxes",
                                         "writing_lines", "table", "page_break", "tracker", "note",
                                         "title", "bar_chart"});
    CHECK(!document.header.empty());
    CHECK(sdk::document_problems(document).empty());
    CHECK(json(document) == documented);
}

TEST_CASE("the README's describe() and templates() map exactly", "[readme]") {
    const json described = json_block_under("describe()");
    const auto info = described.get<sdk::PluginInfo>();
    CHECK(json(info) == described);

    // The manifest example lists the same tools under the same plugin id.
    const json manifest = json_block_under("The manifest: plugin.json");
    CHECK(manifest["id"] == described["id"]);
    REQUIRE(manifest["tools"].size() == info.tools.size());
    for (std::size_t i = 0; i < info.tools.size(); ++i) {
        CHECK(manifest["tools"][i]["id"] == info.tools[i].id);
        CHECK(manifest["tools"][i]["kind"] == info.tools[i].kind);
    }

    const json templates = json_block_under("templates()");
    REQUIRE(templates.is_array());
    CHECK(json(templates.get<std::vector<sdk::Template>>()) == templates);
}
