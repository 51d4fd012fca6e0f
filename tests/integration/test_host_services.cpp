// The services a plugin receives at init, exercised through the C struct
// exactly as plugin code sees it.
#include "memory_environment.hpp"

#include <counselor/core/plugins/abi_check.hpp>
#include <counselor/core/plugins/host_services.hpp>
#include <counselor/core/plugins/plugin_manifest.hpp>

#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>

using namespace counselor;

namespace {
std::string take(const counselor_host_services* s, char* text) {
    REQUIRE(text);
    std::string copy(text);
    s->free_text(s->context, text);
    return copy;
}
}  // namespace

TEST_CASE("each plugin's key-value store is its own", "[host-services]") {
    test::MemoryEnvironment environment;
    core::HostServices first(&environment, "first-plugin");
    core::HostServices second(&environment, "second-plugin");
    const auto* a = first.c_services();
    const auto* b = second.c_services();

    CHECK(a->struct_size == sizeof(counselor_host_services));
    CHECK(a->abi_major == COUNSELOR_ABI_MAJOR);
    REQUIRE(a->store_set(a->context, "last-template", "soap") == COUNSELOR_OK);
    CHECK(take(a, a->store_get(a->context, "last-template")) == "soap");
    CHECK(b->store_get(b->context, "last-template") == nullptr);

    REQUIRE(a->store_set(a->context, "last-template", nullptr) == COUNSELOR_OK);
    CHECK(a->store_get(a->context, "last-template") == nullptr);
}

TEST_CASE("a plugin learns the practice it prints for", "[host-services]") {
    test::MemoryEnvironment environment;
    core::HostServices services(&environment, "any");
    const auto* s = services.c_services();
    auto info = nlohmann::json::parse(take(s, s->practice_info(s->context)));
    CHECK(info["practice_name"] == "Grace Counseling");
    CHECK(info["counselor_name"] == "R. Alvarez");
}

TEST_CASE("version policy: same major, plugin minor not newer", "[abi]") {
    using core::abi_refusal;
    CHECK_FALSE(abi_refusal({1, 0}, {1, 0}));
    CHECK_FALSE(abi_refusal({1, 1}, {1, 3}));  // older minor loads
    auto newer = abi_refusal({1, 4}, {1, 3});
    REQUIRE(newer);
    CHECK_THAT(*newer,
               Catch::Contains("1.4") && Catch::Contains("1.3") && Catch::Contains("Update"));
    auto other_major = abi_refusal({2, 0}, {1, 3});
    REQUIRE(other_major);
    CHECK_THAT(*other_major, Catch::Contains("2.0") && Catch::Contains("Rebuild"));
    CHECK(abi_refusal({0, 9}, {1, 0}));
}

TEST_CASE("manifests are checked before any plugin code runs", "[manifest]") {
    test::TempDir dir;
    auto write = [&](const std::string& text) {
        std::ofstream(dir / "plugin.json") << text;
        return dir / "plugin.json";
    };
    CHECK_THROWS_WITH(core::read_manifest(write("{\"id\": \"x\",\n \"name\": }")),
                      Catch::Contains("not valid JSON: line 2"));
    CHECK_THROWS_WITH(
        core::read_manifest(write(
            R"({"id":"x","name":"X","version":"1","sdk_version":"1.0","library":"x.so","tools":[]})")),
        Catch::Contains("lists no tools"));
    CHECK_THROWS_WITH(
        core::read_manifest(write(
            R"({"id":"x","name":"X","version":"1","sdk_version":"one","library":"x.so","tools":[{"id":"t"}]})")),
        Catch::Contains("MAJOR.MINOR"));
    CHECK_THROWS_WITH(
        core::read_manifest(write(
            R"({"id":"x","name":"X","version":"1","sdk_version":"1.0","library":"../x.so","tools":[{"id":"t"}]})")),
        Catch::Contains("file name beside plugin.json"));
    CHECK_THROWS_WITH(core::read_manifest(write(R"({"name":"X"})")), Catch::Contains("\"id\""));

    auto good = core::read_manifest(write(
        R"({"id":"x","name":"X","version":"1.2.0","sdk_version":"1.0","library":"x.so","tools":[{"id":"t","name":"T","kind":"assessment"}]})"));
    CHECK(good.library_path() == dir / "x.so");
    CHECK(good.sdk_major() == 1);
    CHECK(good.tools.at(0).kind == "assessment");
}
