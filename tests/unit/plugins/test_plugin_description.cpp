// describe()'s answer as the SDK writes it and as the host reads it: each
// quick path held to the nlohmann path it stands in front of, byte for byte
// when writing, value for value when reading, stepping aside on anything
// else.
#include "counselor/core/plugins/plugin_description.hpp"

#include <counselor/sdk/describe_text.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace counselor;

namespace {

// What the host read before: the parser, then the SDK's mapping.
std::optional<sdk::PluginInfo> read_description_fully(const std::string& text) {
    try {
        return nlohmann::json::parse(text).get<sdk::PluginInfo>();
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

bool same(const sdk::PluginInfo& a, const sdk::PluginInfo& b) {
    return nlohmann::json(a) == nlohmann::json(b);
}

}  // namespace

TEST_CASE(
    "describe() read quickly: answers as the SDK writes them are read as the parser reads them") {
    sdk::PluginInfo info{"trust-safety", "Trust and safety", "1.0.0", "Stages\nand \"needs\"", {}};
    info.tools.push_back({"needs-check", "Needs check", "assessment", "2", "", ""});
    info.tools.push_back({"form-x",
                          "Fr\xC3\xBChst\xC3\xBC"
                          "ck",
                          "questionnaire", "1", "d/e\\f", "/etc/counselor/forms/x.json"});
    info.warnings = {"x.json: line 3, column 4: a \"quote\"", "tab\there"};
    sdk::PluginInfo bare{"bare", "", "", "", {}};
    for (const auto& described : {info, bare}) {
        const std::string text = nlohmann::json(described).dump();  // what the SDK's bridge sends
        CAPTURE(text);
        const auto quick = core::detail::read_description_quickly(text);
        REQUIRE(quick);
        const auto full = read_description_fully(text);
        REQUIRE(full);
        CHECK(same(*quick, *full));
    }
    const auto quick = core::detail::read_description_quickly(nlohmann::json(info).dump());
    REQUIRE(quick);
    CHECK(quick->tools.at(1).source == "/etc/counselor/forms/x.json");
    CHECK(quick->warnings.at(1) == "tab\there");
}

TEST_CASE("describe() read quickly: defaults as the SDK's mapping, and awkward answers") {
    const std::vector<std::string> texts = {
        R"({"id":"a"})",
        R"({"id":"a","tools":[{"id":"t"}]})",
        R"({"id":"a","tools":[{"id":"t","name":"T","kind":"notes"}],"future":"x","flag":true})",
        R"({"id":"","name":""})",
        R"({"name":"a"})",
        R"({"id":1})",
        R"({"id":"a","tools":[{"name":"t"}]})",
        R"({"id":"a","tools":null})",
        R"({"id":"a","tools":{}})",
        R"({"id":"a","warnings":[1]})",
        R"({"id":"a","warnings":"w"})",
        R"({"id":"a","id":"b"})",
        R"({"id":"a","count":3})",
        R"({"id":"a","extra":{"x":"y"}})",
        R"({"id":"caf\u00e9"})",
        R"({"id":"a"} x)",
        R"({"id":"a",})",
        "{\"id\":\"a\xFF\"}",
        "[]",
        "",
    };
    int read_quickly = 0;
    for (const auto& text : texts) {
        CAPTURE(text);
        const auto quick = core::detail::read_description_quickly(text);
        const auto full = read_description_fully(text);
        if (!quick) continue;
        ++read_quickly;
        REQUIRE(full);
        CHECK(same(*quick, *full));
    }
    CHECK(read_quickly == 4);  // the first four; the rest go to the parser
    const auto defaults =
        core::detail::read_description_quickly(R"({"id":"a","tools":[{"id":"t"}]})");
    REQUIRE(defaults);
    CHECK(defaults->name == "a");
    CHECK(defaults->tools.at(0).name == "t");
    CHECK(defaults->tools.at(0).kind == "questionnaire");
}

TEST_CASE("describe() written directly: the bytes nlohmann writes, and read back quickly") {
    sdk::PluginInfo full{"trust-safety", "Trust and safety", "1.0.0", "Stages\nand \"needs\"", {}};
    full.tools.push_back({"needs-check", "Needs check", "assessment", "2", "", ""});
    full.tools.push_back({"form-x", "Form\tX", "questionnaire", "1", "d/e\\f\r", "/forms/x.json"});
    full.warnings = {"x.json: line 3: a \"quote\"", ""};
    sdk::PluginInfo bare{"bare", "", "", "", {}};
    sdk::PluginInfo accented{"a", "Caf\xC3\xA9", "1", "", {}};
    sdk::PluginInfo control{"a", "bell\a", "1", "", {}};
    sdk::PluginInfo backspace{"a", "A", "1", "", {{"t", "x\by", "notes", "1", "\f", ""}}};
    sdk::PluginInfo del{"a", "A", "1", "", {}, {"\x7f"}};
    for (const auto& info : {full, bare, accented, control, backspace, del}) {
        const std::string expected = nlohmann::json(info).dump();
        CAPTURE(expected);
        const std::string text = sdk::detail::describe_text(info);
        CHECK(text == expected);
        const auto quick = core::detail::read_description_quickly(text);
        const auto parsed = read_description_fully(text);
        REQUIRE(parsed);
        if (quick) CHECK(same(*quick, *parsed));
    }
    CHECK(core::detail::read_description_quickly(sdk::detail::describe_text(full)));
}
