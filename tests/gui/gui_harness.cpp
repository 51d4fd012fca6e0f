#include "gui_harness.hpp"

#include <counselor/core/records/flag_repository.hpp>
#include <counselor/core/records/practice.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/session_service.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/store/database.hpp>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <fstream>
#include <iterator>
#include <map>
#include <thread>

namespace counselor::test {

namespace fs = std::filesystem;

Practice::Practice(const std::optional<std::string>& passphrase) {
    core::PracticeOpenOptions options;
    options.create_if_missing = true;
    options.encrypt_new = passphrase.has_value();
    if (passphrase) options.passphrase = core::Secret(*passphrase);
    options.new_opslimit = 1;
    options.new_memlimit = 8192;
    auto db = core::open_practice_database(db_file, options);
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
    flag.hold = true;
    core::Transaction transaction(db);
    core::FlagRepository(db).raise(flag);
    // As the first run asks: a signed note carries the counselor's name.
    auto settings = core::read_practice_settings(db);
    settings.practice_name = "Grace Counseling";
    settings.counselor_name = "Ruth Alvarez";
    settings.counselor_credentials = "LMFT";
    core::write_practice_settings(db, settings);
    transaction.commit();
}

namespace {

std::vector<std::string> window_command(const std::vector<std::string>& args) {
    // xvfb-run -a starts looking at -n; a per-process start keeps parallel tests apart.
    static int next_display = 200 + ::getpid() % 700;
    std::vector<std::string> command = {TIMEOUT_PROGRAM,
                                        "60",
                                        XVFB_RUN,
                                        "-a",
                                        "-n",
                                        std::to_string(next_display),
                                        "-s",
                                        "-screen 0 1920x1080x24",
                                        COUNSELOR_GUI};
    next_display += 3;
    command.insert(command.end(), args.begin(), args.end());
    return command;
}

std::map<std::string, std::string> window_environment(const TempDir& home) {
    return {{"HOME", home.path().string()},
            {"XDG_DATA_HOME", (home / "share").string()},
            {"XDG_CONFIG_HOME", (home / "config").string()},
            {"XDG_STATE_HOME", (home / "state").string()}};
}

}  // namespace

ProcessResult run_window(const TempDir& home, const std::vector<std::string>& args,
                         const std::map<std::string, std::string>& environment) {
    auto command = window_command(args);
    const std::string program = command.front();
    command.erase(command.begin());
    auto variables = window_environment(home);
    for (const auto& [name, value] : environment)
        variables[name] = value;
    return run_process(program, command, variables);
}

ProcessResult run_window_with_file_limit(const TempDir& home, const std::vector<std::string>& args,
                                         std::uint64_t max_bytes) {
    auto command = window_command(args);
    command.insert(command.begin(), {"--fsize=" + std::to_string(max_bytes), "--"});
    // An ignored signal stays ignored across exec: the child gets EFBIG, not SIGXFSZ.
    const auto previous = ::signal(SIGXFSZ, SIG_IGN);
    auto result = run_process(PRLIMIT_PROGRAM, command, window_environment(home));
    ::signal(SIGXFSZ, previous);
    return result;
}

BackgroundWindow::BackgroundWindow(const TempDir& home, const std::vector<std::string>& args) {
    const auto command = window_command(args);
    const auto environment = window_environment(home);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
        ::setpgid(0, 0);  // its own group, so the X server goes with it
        for (const auto& [name, value] : environment)
            ::setenv(name.c_str(), value.c_str(), 1);
        const int quiet = ::open("/dev/null", O_WRONLY);
        ::dup2(quiet, STDOUT_FILENO);
        ::dup2(quiet, STDERR_FILENO);
        std::vector<char*> argv;
        for (const auto& arg : command)
            argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::setpgid(pid_, pid_);
}

BackgroundWindow::~BackgroundWindow() {
    ::kill(-pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    // The window and X server are in the group too; wait (bounded) until
    // they are gone, so what they held is released.
    for (int tries = 0; tries < 200 && ::kill(-pid_, 0) == 0; ++tries)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

bool wait_for_file(const fs::path& file, int seconds) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < until) {
        if (fs::exists(file)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return fs::exists(file);
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

std::vector<AuditRow> audit_rows_of(const std::filesystem::path& db_file,
                                    const std::string& action) {
    auto db = core::Database::open(db_file);
    auto query =
        db.prepare("SELECT record_id, detail FROM audit_log WHERE action = ?1 ORDER BY id");
    query.bind(1, action);
    std::vector<AuditRow> rows;
    while (query.step()) {
        AuditRow row;
        if (!query.is_null(0)) row.record_id = query.int64(0);
        row.detail = query.text(1);
        rows.push_back(row);
    }
    return rows;
}

}  // namespace counselor::test
