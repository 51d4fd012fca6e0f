// Adding people in the window: the New Couple and New Client dialogs store
// what was typed into their fields, open the new record, and on a mistake
// keep the dialog's text and store nothing.
#include "gui_harness.hpp"

#include <counselor/core/records/case_repository.hpp>
#include <counselor/core/records/client_repository.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace counselor;
namespace fs = std::filesystem;

namespace {

test::ProcessResult add_in_window(test::Practice& practice, const nlohmann::json& details,
                                  const fs::path& png = {}) {
    test::TempDir home;
    const fs::path file = home / "details.json";
    std::ofstream(file) << details.dump();
    std::vector<std::string> args = {"--db", practice.db_file.string(), "--new-client",
                                     file.string()};
    if (!png.empty()) args.insert(args.end(), {"--screenshot", png.string()});
    return test::run_window(home, args);
}

std::int64_t count_of(const fs::path& db_file, const std::string& table) {
    auto db = core::Database::open(db_file);
    auto query = db.prepare("SELECT COUNT(*) FROM " + table);
    query.step();
    return query.int64(0);
}

nlohmann::json okafor_couple() {
    return {
        {"first", {{"first_name", "Ruth"}, {"last_name", "Okafor"}, {"email", "ruth@example.org"}}},
        {"second",
         {{"first_name", "Samuel"}, {"last_name", "Okafor"}, {"date_of_birth", "1984-11-02"}}},
        {"title", "Okafor marriage"}};
}

}  // namespace

TEST_CASE("a couple typed into the New Couple dialog is stored with their case",
          "[gui][people][screenshot]") {
    test::Practice practice;
    fs::create_directories(test::kScreenshots);
    const fs::path png = test::kScreenshots / "new-couple-dialog.png";
    fs::remove(png);

    auto run = add_in_window(practice, okafor_couple(), png);

    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto db = core::Database::open(practice.db_file);
    auto found = core::ClientRepository(db).search("Okafor");
    REQUIRE(found.size() == 2);
    const auto& ruth = found[0].first_name == "Ruth" ? found[0] : found[1];
    const auto& samuel = found[0].first_name == "Ruth" ? found[1] : found[0];
    CHECK(ruth.email == std::optional<std::string>("ruth@example.org"));
    CHECK(samuel.date_of_birth == std::optional<std::string>("1984-11-02"));
    auto cases = core::CaseRepository(db).for_client(ruth.id);
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].kind == core::CaseKind::couple);
    CHECK(cases[0].title == "Okafor marriage");
    REQUIRE(cases[0].members.size() == 2);
    CHECK(cases[0].members[1].client_id == samuel.id);
    CHECK(run.out.find("added client " + std::to_string(ruth.id) + " case " +
                       std::to_string(cases[0].id)) != std::string::npos);
    REQUIRE(fs::exists(png));
    CHECK(test::png_size(png).width >= 600);
}

TEST_CASE("one client can be added without a case", "[gui][people]") {
    test::Practice practice;
    const auto cases_before = count_of(practice.db_file, "cases");

    auto run = add_in_window(
        practice,
        {{"first", {{"first_name", "Lena"}, {"last_name", "Brandt"}}}, {"open_case", false}});

    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    auto db = core::Database::open(practice.db_file);
    REQUIRE(core::ClientRepository(db).search("Brandt").size() == 1);
    CHECK(count_of(practice.db_file, "cases") == cases_before);
    CHECK(run.out.find(" case ") == std::string::npos);
}

TEST_CASE("a couple with a mistake in one spouse's details is refused and nothing is stored",
          "[gui][people]") {
    test::Practice practice;
    // The window's first start records the plugins it loads; a refused couple
    // after it must add nothing.
    test::TempDir home;
    REQUIRE(test::run_window(home, {"--db", practice.db_file.string(), "--exit-when-ready"})
                .exit_code == 0);
    const auto clients = count_of(practice.db_file, "clients");
    const auto audit_rows = count_of(practice.db_file, "audit_log");

    SECTION("the second spouse has no last name") {
        auto details = okafor_couple();
        details["second"].erase("last_name");
        auto run = add_in_window(practice, details);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("second spouse: last name is required") != std::string::npos);
    }
    SECTION("the first spouse's date of birth is not a date") {
        auto details = okafor_couple();
        details["first"]["date_of_birth"] = "1984-02-30";
        auto run = add_in_window(practice, details);
        CHECK(run.exit_code == 1);
        CHECK(run.err.find("first spouse: date of birth '1984-02-30' is not a real date") !=
              std::string::npos);
    }
    CHECK(count_of(practice.db_file, "clients") == clients);
    CHECK(count_of(practice.db_file, "audit_log") == audit_rows);
}

TEST_CASE("typing in the search box of a 10,000-client practice lists exactly the matches",
          "[gui][people][scale]") {
    test::TempDir dir;
    const fs::path db_file = dir / "large.db";
    const std::vector<std::string> firsts = {"Ada",  "Ben",   "Cleo", "Dawit", "Esther",
                                             "Femi", "Grace", "Hana", "Ivan",  "Joy"};
    const std::vector<std::string> lasts = {"Okafor", "Lind", "Nguyen", "Berg",  "Ortiz",
                                            "Haddad", "Kim",  "Mensah", "Novak", "Olsen"};
    {
        auto db = core::Database::open(db_file);
        core::Transaction transaction(db);
        core::ClientRepository clients(db);
        for (int i = 0; i < 10000; ++i) {
            core::NewClient client;
            client.first_name = firsts[static_cast<std::size_t>(i) % firsts.size()];
            client.last_name =
                lasts[static_cast<std::size_t>(i / 10) % lasts.size()] + std::to_string(i / 100);
            clients.add(client);
        }
        transaction.commit();
    }
    auto db = core::Database::open(db_file);
    core::ClientRepository clients(db);
    test::TempDir home;

    for (const std::string typed : {"Ok", "novak4", "Ol", "zz"}) {
        auto run = test::run_window(home, {"--db", db_file.string(), "--search", typed});
        INFO(typed << ": " << run.out << run.err);
        REQUIRE(run.exit_code == 0);
        const auto expected = clients.count(typed);
        CHECK(run.out.find("listed " + std::to_string(expected) + " clients") != std::string::npos);
        const auto first = clients.search(typed, 1);
        if (!first.empty()) {
            CHECK(run.out.find("first client " + std::to_string(first[0].id)) != std::string::npos);
        }
    }
}
