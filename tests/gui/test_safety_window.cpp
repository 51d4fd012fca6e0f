// What the window shows of danger: the Overview's banner while the safety
// hold is open (the flag's words, what to do now, the practice's crisis
// numbers), made discreet with one click for a screen the couple can see,
// a banner for every other critical concern too, and the Practice Settings
// where the crisis numbers and the counselor's credentials are set.
#include "gui_harness.hpp"

#include <counselor/core/records/flag_repository.hpp>
#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

// The window's report line "banner: ..." (the banner's lines joined by " / ").
std::string banner_line(const std::string& out) {
    const auto at = out.find("banner: ");
    if (at == std::string::npos) return "(no banner line)";
    const auto end = out.find('\n', at);
    return out.substr(at + 8, end == std::string::npos ? std::string::npos : end - at - 8);
}

test::ProcessResult overview_of(test::Practice& practice, std::int64_t client,
                                const std::string& png, std::vector<std::string> more = {}) {
    test::TempDir home;
    fs::create_directories(test::kScreenshots);
    std::vector<std::string> args = {"--db",
                                     practice.db_file.string(),
                                     "--select-client",
                                     std::to_string(client),
                                     "--size",
                                     "1280x800",
                                     "--screenshot",
                                     (test::kScreenshots / png).string()};
    args.insert(args.end(), more.begin(), more.end());
    return test::run_window(home, args);
}

}  // namespace

TEST_CASE("the safety hold's banner says what to do now, with the practice's numbers",
          "[gui][safety][screenshot]") {
    test::Practice practice;
    {
        auto db = core::Database::open(practice.db_file);
        core::Transaction transaction(db);
        auto settings = core::read_practice_settings(db);
        settings.crisis.domestic_violence = "0800 222 333";
        core::write_practice_settings(db, settings);
        transaction.commit();
    }
    auto run = overview_of(practice, practice.naomi, "overview-safety-hold.png");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto banner = banner_line(run.out);
    CHECK_THAT(banner, Catch::StartsWith("SAFETY HOLD"));
    CHECK_THAT(banner, Catch::Contains("Reports being afraid of their spouse."));
    CHECK_THAT(banner, Catch::Contains("See each spouse on their own"));
    CHECK_THAT(banner, Catch::Contains("safety plan"));
    CHECK_THAT(banner, Catch::Contains("0800 222 333"));
    CHECK_THAT(banner, Catch::Contains("Emergency 911"));
    // The spouse's page shows the same hold: it is the case's.
    auto spouse = overview_of(practice, practice.daniel, "overview-safety-hold-spouse.png");
    CHECK_THAT(banner_line(spouse.out), Catch::StartsWith("SAFETY HOLD"));
}

TEST_CASE("one click makes the banner discreet: it then names nothing",
          "[gui][safety][screenshot]") {
    test::Practice practice;
    auto run = overview_of(practice, practice.naomi, "overview-banner-discreet.png",
                           {"--discreet-banner"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(banner_line(run.out) == "A critical concern is open: see it alone");
}

TEST_CASE("self-harm shows a banner as prominent as danger, without holding joint work",
          "[gui][safety]") {
    test::Practice practice;
    std::int64_t ruth = 0;
    {
        auto db = core::Database::open(practice.db_file);
        core::RecordService records(db, "test");
        ruth = records.add_client({"Ruth", "Moss", {}, {}, {}});
        records.open_case(core::CaseKind::individual, {ruth}, "");
        core::Flag flag;
        flag.client_id = ruth;
        flag.code = "risk";
        flag.severity = "critical";
        flag.message = "Reports thoughts of self-harm or suicide. Assess the risk at once.";
        flag.source = "test";
        core::Transaction transaction(db);
        core::FlagRepository(db).raise(flag);
        transaction.commit();
    }
    auto run = overview_of(practice, ruth, "overview-critical-concern.png");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto banner = banner_line(run.out);
    CHECK_THAT(banner, Catch::StartsWith("CRITICAL CONCERN OPEN"));
    CHECK_THAT(banner, Catch::Contains("Assess the risk at once."));
    CHECK_THAT(banner, Catch::Contains("Suicide and crisis line 988"));
    CHECK_THAT(banner, !Catch::Contains("SAFETY HOLD"));
}

TEST_CASE("a client with nothing critical open has no banner", "[gui][safety]") {
    test::Practice practice;
    std::int64_t calm = 0;
    {
        auto db = core::Database::open(practice.db_file);
        core::RecordService records(db, "test");
        calm = records.add_client({"Abel", "Stone", {}, {}, {}});
        records.open_case(core::CaseKind::individual, {calm}, "");
    }
    test::TempDir home;
    auto run = test::run_window(home, {"--db", practice.db_file.string(), "--select-client",
                                       std::to_string(calm), "--exit-when-ready"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(banner_line(run.out).empty());
}

TEST_CASE("Practice Settings shows the names, credentials and crisis numbers",
          "[gui][safety][screenshot]") {
    test::Practice practice;
    test::TempDir home;
    fs::create_directories(test::kScreenshots);
    const auto png = test::kScreenshots / "practice-settings.png";
    fs::remove(png);
    auto run = test::run_window(home, {"--db", practice.db_file.string(), "--show",
                                       "practice-settings", "--screenshot", png.string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(fs::exists(png));
}
