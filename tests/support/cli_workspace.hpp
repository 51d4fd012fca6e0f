// A temporary home, data folder and database for running counselorctl end
// to end, as a counselor or a script would.
#pragma once

#include "database_snapshot.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace counselor::test {

class Workspace {
  public:
    Workspace() { std::filesystem::create_directories(home()); }

    std::filesystem::path home() const { return dir_ / "home"; }
    std::filesystem::path data() const { return home() / ".local" / "share" / "counselor"; }
    std::filesystem::path db() const { return dir_ / "practice.db"; }

    // The environment every counselorctl of this workspace runs with.
    std::map<std::string, std::string> variables() const {
        std::map<std::string, std::string> variables{
            {"HOME", home().string()},
            {"XDG_DATA_HOME", (home() / ".local" / "share").string()},
            {"XDG_STATE_HOME", ""},
            {"COUNSELOR_DB", ""},
            {"COUNSELOR_PASSPHRASE_FILE", ""},
            {"COUNSELOR_PLUGIN_PATH", ""},
            {"COUNSELOR_FORMS_PATH", ""}};
        for (const auto& [name, value] : environment)
            variables[name] = value;
        return variables;
    }
    // counselorctl with this workspace's home and no database named.
    test::ProcessResult bare(std::vector<std::string> args) const {
        if (launcher.empty()) return test::run_process(COUNSELORCTL, args, variables());
        args.insert(args.begin(), COUNSELORCTL);
        args.insert(args.begin(), launcher.begin() + 1, launcher.end());
        return test::run_process(launcher.front(), args, variables());
    }
    // counselorctl --db <workspace db> ...
    test::ProcessResult run(std::vector<std::string> args) const {
        args.insert(args.begin(), {"--db", db().string()});
        return bare(args);
    }
    // Runs a command that must succeed and returns its stdout.
    std::string ok(std::vector<std::string> args) const {
        auto result = run(args);
        INFO("stderr: " << result.err);
        REQUIRE(result.exit_code == 0);
        return result.out;
    }
    // `init` of a plain database: the feature tests need no encryption, and
    // each unlock would cost them the half second of key derivation. The
    // encryption tests create theirs with a passphrase file.
    std::string init() const { return ok({"init", "--no-encryption"}); }
    nlohmann::json json(std::vector<std::string> args) const {
        args.insert(args.begin(), "--json");
        return nlohmann::json::parse(ok(args));
    }
    std::string add_client(const std::string& first, const std::string& last) const {
        auto id = ok({"client", "add", "--first", first, "--last", last});
        return id.substr(0, id.find('\n'));
    }

    // Set for every run, over the defaults above, e.g. COUNSELOR_FORMS_PATH.
    std::map<std::string, std::string> environment;
    // A program and its arguments that start counselorctl, e.g. one that
    // lowers a limit or changes the user first; empty: counselorctl itself.
    std::vector<std::string> launcher;

  private:
    test::TempDir dir_;
};

// A refused command: non-zero exit, one line on stderr saying `expected`,
// and nothing stored changed (but for `except_table`, say the audit log
// where a refused backup or restore leaves its row).
inline void expect_refused(const Workspace& w, const std::vector<std::string>& args,
                           const std::string& expected, const std::string& except_table = {}) {
    auto before = test::database_snapshot(w.db(), except_table);
    auto result = w.run(args);
    INFO("stdout: " << result.out << "stderr: " << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::StartsWith("counselorctl: ") && Catch::Contains(expected));
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(test::database_snapshot(w.db(), except_table) == before);
}

// A file in the workspace's home holding exactly `text`.
inline std::filesystem::path write_text(const Workspace& w, const std::string& name,
                                        const std::string& text) {
    const auto path = w.home() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace counselor::test
