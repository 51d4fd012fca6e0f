// The quick reader of plugin.json, held to the nlohmann reader it stands in
// front of: on every text either the quick one steps aside, or it reads
// exactly what the full one reads. And a manifest the full reader refuses
// is still refused with its message.
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/plugins/plugin_manifest.hpp"

#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

using namespace counselor;
using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

const fs::path kFile = "/plugins/example/plugin.json";

const std::string kPlain = R"({
  "id": "trust-safety",
  "name": "Trust and safety assessments",
  "version": "1.0.0",
  "sdk_version": "1.0",
  "library": "trust-safety.so",
  "description": "The stages of intimacy, the needs check and the safety screen.",
  "tools": [
    { "id": "stage-inventory", "name": "Stages of intimacy", "kind": "assessment" },
    { "id": "couple-report", "name": "Couple report", "kind": "report" }
  ]
})";

// Manifests the quick reader must read itself: what plugins ship.
const std::vector<std::string> kReadQuickly = {
    kPlain,
    R"({"id":"form-packs","name":"Form packs","version":"1.0.0","sdk_version":"1.0",)"
    R"("library":"form-packs.so","dynamic_tools":true,"tools":[]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.2","library":"a.so",)"
    R"("dynamic_tools":true})",
    // Escapes, text beyond ASCII, unknown keys, a tool without name or kind.
    R"({"id":"a","name":"Caf\"quoted\"\n\t\\ \/\b\f\r","version":"1","sdk_version":"1.0",)"
    R"("library":"a.so","homepage":"x","beta":false,"tools":[{"id":"t","extra":"y"}]})",
    "{\"id\":\"a\",\"name\":\"Fr\xC3\xBChst\xC3\xBC"
    "ck \xE2\x9C\x93\",\"version\":\"1\","
    "\"sdk_version\":\"1.0\",\"library\":\"a.so\",\"tools\":[{\"id\":\"t\"}]}",
    "\r\n\t {\"id\":\"a\",\"name\":\"A\",\"version\":\"1\",\"sdk_version\":\"1.0\",\"library\":"
    "\"a.so\",\"tools\":[{\"id\":\"t\",\"name\":\"T\",\"kind\":\"notes\"}]} \n",
};

// Texts of every awkward kind, well-formed or not.
const std::vector<std::string> kAwkward = {
    "",
    " ",
    "{}",
    "[]",
    "null",
    "\"text\"",
    "{\"id\":\"a\"}",
    kPlain + "x",
    kPlain + "{}",
    "\xEF\xBB\xBF" + kPlain,  // a byte-order mark
    R"({"id":"a","id":"b","name":"A","version":"1","sdk_version":"1.0","library":"a.so",)"
    R"("tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so",)"
    R"("tools":[{"id":"t","id":"u"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[],})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"},]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so"})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":{}})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":["t"]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":""}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"name":"T"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":1}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t","name":null}]})",
    R"({"id":"","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"one","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0 ","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"+1.0","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"lib/a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","dynamic_tools":"yes"})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","dynamic_tools":true,"tools":{}})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","dynamic_tools":tru})",
    R"({"id":"a","name":"A","version":1,"sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","size":1e400,"tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","x":{"y":{"z":[[[[[[1]]]]]]}},"tools":[{"id":"t"}]})",
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","description":null,"tools":[{"id":"t"}]})",
    R"({"id":"a\x","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"a\u0000b","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}]})",
    R"({"id":"\ud800","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}]})",
    "{\"id\":\"a\tb\",\"name\":\"A\",\"version\":\"1\",\"sdk_version\":\"1.0\",\"library\":\"a."
    "so\","
    "\"tools\":[{\"id\":\"t\"}]}",
    "{\"id\":\"a\xFF\",\"name\":\"A\",\"version\":\"1\",\"sdk_version\":\"1.0\",\"library\":\"a."
    "so\","
    "\"tools\":[{\"id\":\"t\"}]}",
    "{\"id\":\"a\xC3\",\"name\":\"A\",\"version\":\"1\",\"sdk_version\":\"1.0\",\"library\":\"a."
    "so\","
    "\"tools\":[{\"id\":\"t\"}]}",
    "{\"id\":\"a\0b\",\"name\":\"A\"}"s,
    "{\"id\":\"a\"}\0garbage"s,
    R"({"id":"a","name":"A","version":"1","sdk_version":"1.0","library":"a.so","tools":[{"id":"t"}])",
    R"({"id" "a"})",
    R"({id:"a"})",
    R"({"id":'a'})",
};

// The full reader's answer: the manifest, or the message it refuses with.
struct FullAnswer {
    std::optional<core::PluginManifest> manifest;
    std::string refusal;
};

FullAnswer read_fully(const std::string& text) {
    try {
        return {core::detail::read_manifest_fully(text, kFile), {}};
    } catch (const std::exception& e) {
        return {std::nullopt, e.what()};
    }
}

std::string write_manifest(const counselor::test::TempDir& dir, const std::string& text) {
    std::ofstream(dir / "plugin.json", std::ios::binary) << text;
    try {
        core::read_manifest(dir / "plugin.json");
        return "";
    } catch (const core::UserError& e) {
        return e.what();
    }
}

}  // namespace

TEST_CASE("plugin.json read quickly: what plugins ship is read as the full reader reads it") {
    for (const auto& text : kReadQuickly) {
        CAPTURE(text);
        const auto quick = core::detail::read_manifest_quickly(text, kFile);
        REQUIRE(quick);
        const auto full = read_fully(text);
        REQUIRE(full.manifest);
        CHECK(*quick == *full.manifest);
    }
    const auto plain = core::detail::read_manifest_quickly(kPlain, kFile);
    REQUIRE(plain);
    CHECK(plain->id == "trust-safety");
    CHECK(plain->library_path() == "/plugins/example/trust-safety.so");
    REQUIRE(plain->tools.size() == 2);
    CHECK(plain->tools[1].kind == "report");
}

TEST_CASE("plugin.json read quickly: on awkward text it steps aside or reads the same") {
    int stepped_aside = 0;
    for (const auto& text : kAwkward) {
        CAPTURE(text);
        const auto quick = core::detail::read_manifest_quickly(text, kFile);
        const auto full = read_fully(text);
        if (quick) {
            REQUIRE(full.manifest);
            CHECK(*quick == *full.manifest);
        } else {
            ++stepped_aside;
        }
    }
    // None of them is plain enough for the quick reader: each is refused by
    // the full one, or holds a \u escape.
    CHECK(stepped_aside == static_cast<int>(kAwkward.size()));
}

TEST_CASE("plugin.json: a broken manifest is still refused with its message", "[bad-input]") {
    counselor::test::TempDir dir;
    using Catch::Contains;
    const std::string head = R"({"id":"a","name":"A","version":"1","sdk_version":"1.0",)";
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","tools":[{"id":"t"}],})"),
               Contains("plugin.json is not valid JSON: line 1, column"));
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","library":"b.so","tools":[]})"),
               Contains("the key \"library\" appears twice in one object"));
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","tools":[]})"),
               Contains("plugin.json lists no tools"));
    CHECK_THAT(write_manifest(dir, head + R"("library":"lib/a.so","tools":[{"id":"t"}]})"),
               Contains("it must be a file name beside plugin.json"));
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","tools":[{"name":"t"}]})"),
               Contains("plugin.json has no \"id\" text"));
    // Found by fuzz.plugin_manifest: a description that is not text ended
    // the reader with the JSON library's own exception, not a refusal.
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","description":[],)"
                                          R"("tools":[{"id":"t"}]})"),
               Contains("plugin.json: \"description\" must be text"));
    CHECK_THAT(write_manifest(dir, head + R"("library":"a.so","tools":[{"id":"t","kind":7}]})"),
               Contains("plugin.json: a tool's \"kind\" must be text"));
    CHECK_THAT(write_manifest(dir, "\"a\xFF\""), Contains("byte 3 is not UTF-8"));
    CHECK_THAT(write_manifest(dir, "[]"), Contains("plugin.json must hold a JSON object"));
    CHECK_THAT(write_manifest(dir, ""), Contains("the file is empty"));
    CHECK_THAT(write_manifest(dir, std::string(70 * 1024, ' ')),
               Contains("plugin.json is 71680 bytes; a manifest may be at most 64 KB"));
    CHECK_THAT(write_manifest(dir, R"({"id":"a","name":"A","version":"1","sdk_version":"2",)"
                                   R"("library":"a.so","tools":[{"id":"t"}]})"),
               Contains("plugin.json has sdk_version \"2\"; expected MAJOR.MINOR"));
    // A \u escape is the full reader's, and read as it reads it.
    CHECK(write_manifest(dir, head + R"("library":"a.so","tools":[{"id":"caf\u00e9"}]})") == "");
    CHECK(core::read_manifest(dir / "plugin.json").tools.at(0).id == "caf\xC3\xA9");
    CHECK_THAT(write_manifest(dir, head), Contains("not valid JSON"));
    CHECK_THROWS_WITH(core::read_manifest(dir / "missing" / "plugin.json"),
                      Contains("cannot read"));
}

TEST_CASE("plugin.json if present: a folder without one is no plugin, a broken one is refused") {
    counselor::test::TempDir dir;
    CHECK_FALSE(core::read_manifest_if_present(dir / "plugin.json"));
    CHECK_FALSE(core::read_manifest_if_present(dir / "not-a-folder" / "plugin.json"));
    std::ofstream(dir / "plugin.json") << "{";
    CHECK_THROWS_AS(core::read_manifest_if_present(dir / "plugin.json"), core::UserError);
    std::ofstream(dir / "plugin.json") << kPlain;
    const auto manifest = core::read_manifest_if_present(dir / "plugin.json");
    REQUIRE(manifest);
    CHECK(manifest->file == dir / "plugin.json");
    CHECK(manifest->tools.size() == 2);
}
