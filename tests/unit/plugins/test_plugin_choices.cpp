// The counselor's plugin switches: kept in the practice, audited by id,
// and a bad id changes nothing.
#include "counselor/core/plugins/plugin_choices.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/plugins/plugin_data_repository.hpp"
#include "store_helpers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace counselor::core;
using counselor::test::row_count;

TEST_CASE("plugins: switching a plugin on and off is kept and audited") {
    counselor::test::TempDir dir;
    auto db = Database::open(dir / "practice.db");
    PluginChoices choices(db, "jmoss");
    CHECK_FALSE(choices.switched_on("clinic-forms"));
    CHECK_FALSE(choices.switched_off("clinic-forms"));

    choices.enable("clinic-forms");
    CHECK(choices.switched_on("clinic-forms"));
    CHECK_FALSE(choices.switched_off("clinic-forms"));

    choices.disable("clinic-forms");
    choices.disable("homework");
    CHECK_FALSE(choices.switched_on("clinic-forms"));
    CHECK(choices.switched_off("clinic-forms"));
    CHECK(choices.switched_off("homework"));

    // Read back through a fresh connection: it is in the practice, not in memory.
    auto again = Database::open(dir / "practice.db");
    CHECK(PluginChoices(again, "jmoss").switched_off("homework"));
    const auto entries = AuditLog(again).recent(3);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].action == "plugin.disable");
    CHECK(entries[0].detail == "plugin=homework");
    CHECK(entries[2].action == "plugin.enable");
}

TEST_CASE("plugins: an id that cannot be a plugin's is refused and nothing is written") {
    counselor::test::TempDir dir;
    auto db = Database::open(dir / "practice.db");
    PluginChoices choices(db, "jmoss");
    const auto settings = row_count(db, "practice_settings");
    const auto audit = row_count(db, "audit_log");
    CHECK_THROWS_WITH(choices.enable(""), Catch::Contains("is not a plugin id"));
    CHECK_THROWS_WITH(choices.disable("two words"), Catch::Contains("is not a plugin id"));
    CHECK(row_count(db, "practice_settings") == settings);
    CHECK(row_count(db, "audit_log") == audit);
}

TEST_CASE("plugins: switching off a plugin, by hand or after a crash, keeps its stored data") {
    counselor::test::TempDir dir;
    auto db = Database::open(dir / "practice.db");
    PluginDataRepository(db).set("clinic-forms", "last-export", "2026-11-01");
    PluginChoices choices(db, "jmoss");

    choices.disable("clinic-forms");
    CHECK(PluginDataRepository(db).get("clinic-forms", "last-export") == "2026-11-01");

    choices.disable_after_crash("clinic-forms", "it crashed the program during render");
    CHECK(choices.switched_off("clinic-forms"));
    CHECK(choices.crash_note("clinic-forms") == "it crashed the program during render");
    CHECK(PluginDataRepository(db).get("clinic-forms", "last-export") == "2026-11-01");

    // Switched on again, the crash is forgotten along with the switch.
    choices.enable("clinic-forms");
    CHECK_FALSE(choices.crash_note("clinic-forms"));
    CHECK(PluginDataRepository(db).get("clinic-forms", "last-export") == "2026-11-01");
}
