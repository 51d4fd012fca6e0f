#include "gui_harness.hpp"

#include <counselor/core/database.hpp>
#include <counselor/core/flag_repository.hpp>
#include <counselor/core/record_service.hpp>
#include <counselor/core/session_service.hpp>

#include <catch2/catch.hpp>

#include <unistd.h>
#include <fstream>
#include <iterator>

namespace counselor::test {

namespace fs = std::filesystem;

Practice::Practice() {
    auto db = core::Database::open(db_file);
    core::RecordService records(db, "test");
    naomi = records.add_client({"Naomi", "Hartwell", "1988-03-14", "naomi@example.org", {}});
    daniel = records.add_client({"Daniel", "Hartwell", {}, {}, {}});
    for (int i = 0; i < 40; ++i)
        records.add_client({"Client" + std::to_string(i), "Zimmer", {}, {}, {}});
    case_id = records.open_case(core::CaseKind::couple, {naomi, daniel}, "Hartwell marriage");
    core::SessionService(db, "test").add(case_id, "2025-05-06 10:00", 50, {});
    core::Flag flag;
    flag.client_id = naomi;
    flag.case_id = case_id;
    flag.code = "safety";
    flag.severity = "critical";
    flag.message = "Reports being afraid of their spouse.";
    flag.source = "test";
    core::Transaction transaction(db);
    core::FlagRepository(db).raise(flag);
    transaction.commit();
}

ProcessResult run_window(const TempDir& home, const std::vector<std::string>& args) {
    // xvfb-run -a starts looking at -n; a per-process start keeps parallel tests apart.
    std::vector<std::string> command = {"60",
                                        XVFB_RUN,
                                        "-a",
                                        "-n",
                                        std::to_string(200 + ::getpid() % 700),
                                        "-s",
                                        "-screen 0 1920x1080x24",
                                        COUNSELOR_GUI};
    command.insert(command.end(), args.begin(), args.end());
    return run_process(TIMEOUT_PROGRAM, command,
                       {{"HOME", home.path().string()},
                        {"XDG_DATA_HOME", (home / "share").string()},
                        {"XDG_CONFIG_HOME", (home / "config").string()}});
}

// Width and height from the IHDR chunk: big-endian at bytes 16 and 20.
PngSize png_size(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string head(24, '\0');
    in.read(head.data(), 24);
    REQUIRE(in.gcount() == 24);
    REQUIRE(head.substr(1, 3) == "PNG");
    auto number = [&head](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i)
            value = (value << 8) | static_cast<unsigned char>(head[at + i]);
        return value;
    };
    return {number(16), number(20)};
}

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace counselor::test
