// A disk that fills up in the middle of saving: the user is told plainly,
// nothing of the action is stored, and what was stored before is intact.
// The full disk is a file size limit on counselorctl (prlimit), which works
// for root and for a developer alike; its writes then fail with EFBIG.
#include "cli_workspace.hpp"

#include <csignal>

using counselor::test::Workspace;

namespace {

// Writes go to the -wal file first, which starts empty at each start; the
// database file itself is written only by checkpoints, far later.
constexpr std::uintmax_t kFileSizeLimit = 64 << 10;

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// While it lives, SIGXFSZ is ignored here and so in the programs started
// (an ignored signal stays ignored across exec): a write past the limit
// fails instead of ending the program.
class IgnoredFileSizeSignal {
  public:
    IgnoredFileSizeSignal() : previous_(std::signal(SIGXFSZ, SIG_IGN)) {}
    IgnoredFileSizeSignal(const IgnoredFileSizeSignal&) = delete;
    IgnoredFileSizeSignal& operator=(const IgnoredFileSizeSignal&) = delete;
    ~IgnoredFileSizeSignal() { std::signal(SIGXFSZ, previous_); }

  private:
    void (*previous_)(int);
};

}  // namespace

TEST_CASE("counselorctl: a full disk while saving is reported, and nothing stored changes") {
    Workspace w;
    w.init();
    const auto client = w.add_client("Disk", "Full");
    const auto case_id =
        first_line(w.ok({"case", "open", "--kind", "individual", "--client", client}));
    const auto session = first_line(
        w.ok({"session", "add", "--case", case_id, "--at", "2026-11-20 10:00", "--minutes", "50"}));
    const auto small =
        write_text(w, "small.json", nlohmann::json{{"subjective", "Slept better."}}.dump());
    const auto note = [&](const std::filesystem::path& fields) {
        return std::vector<std::string>{"note",       "add",  "--session", session,
                                        "--template", "soap", "--fields",  fields.string()};
    };
    w.ok(note(small));
    // A note as long as a note may be: its pages do not fit below the limit.
    nlohmann::json long_fields;
    for (const char* field : {"subjective", "objective", "assessment", "plan"})
        long_fields[field] = std::string(20000, 'x');
    const auto big = write_text(w, "big.json", long_fields.dump());

    {
        IgnoredFileSizeSignal ignored;
        w.launcher = {PRLIMIT_PROGRAM, "--fsize=" + std::to_string(kFileSizeLimit), "--"};
        counselor::test::expect_refused(
            w, note(big), "the disk is full (or a file size limit was reached): nothing was saved");
    }

    // Space again: the same note is saved as usual.
    w.launcher.clear();
    CHECK_FALSE(first_line(w.ok(note(big))).empty());
    CHECK(w.run({"check"}).exit_code == 0);
}
