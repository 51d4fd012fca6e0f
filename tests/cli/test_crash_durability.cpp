// "Nothing acknowledged is ever lost": counselorctl writers are killed with
// SIGKILL at random moments, sometimes two at once on the same database, and
// every id a writer printed must afterwards be stored with its audit row, in
// a database that passes every check. COUNSELOR_CRASH_CYCLES sets the number
// of cycles (the `crash-soak` target runs thousands), COUNSELOR_CRASH_SEED
// repeats a run.
#include "cli_workspace.hpp"
#include "running_process.hpp"

#include <counselor/core/store/database.hpp>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <random>
#include <set>

using counselor::test::RunningProcess;
using counselor::test::Workspace;
using Clock = std::chrono::steady_clock;

namespace {

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

unsigned long environment_number(const char* name, unsigned long fallback) {
    const char* text = std::getenv(name);
    return text != nullptr && *text != '\0' ? std::stoul(text) : fallback;
}

// One kind of user action: the command, and where its record and audit row go.
struct Action {
    std::string table;
    std::string audit_action;  // e.g. "client.create", with record_type the table's record
    std::string record_type;
    std::vector<std::string> args;
};

// The ids each action's writers reported as saved.
using Acknowledged = std::map<std::string, std::set<std::int64_t>>;

struct Writer {
    const Action* action = nullptr;
    std::unique_ptr<RunningProcess> process;
    Clock::time_point kill_at;
};

// A practice with a client and a case, and the actions the writers do. None
// of them runs plugin code: a kill inside a plugin counts as that plugin's
// crash and switches it off at the next start, which is another story.
std::vector<Action> prepare_practice(const Workspace& w) {
    w.init();
    const auto client = w.add_client("Crash", "Harness");
    const auto case_id =
        first_line(w.ok({"case", "open", "--kind", "individual", "--client", client}));
    return {{"clients",
             "client.create",
             "client",
             {"client", "add", "--first", "Kill", "--last", "Test", "--email", "kill@example.org"}},
            {"cases",
             "case.open",
             "case",
             {"case", "open", "--kind", "individual", "--client", client, "--title", "Again"}},
            {"sessions",
             "session.create",
             "session",
             {"session", "add", "--case", case_id, "--at", "2026-11-20 10:00", "--minutes", "50"}}};
}

std::unique_ptr<RunningProcess> start_writer(const Workspace& w, const Action& action) {
    std::vector<std::string> args{"--db", w.db().string(), "--json"};
    args.insert(args.end(), action.args.begin(), action.args.end());
    return std::make_unique<RunningProcess>(COUNSELORCTL, args, w.variables());
}

// Reads the writers' output until each has ended or has been killed at its moment.
void run_until_killed(std::vector<Writer>& writers) {
    for (bool any_running = true; any_running;) {
        any_running = false;
        for (auto& writer : writers) {
            if (Clock::now() >= writer.kill_at) writer.process->kill();
            if (!writer.process->kill_sent() && writer.process->read(1)) any_running = true;
        }
    }
    for (auto& writer : writers)
        writer.process->wait();
}

// What one ended writer reported. Only whole lines count: a writer prints
// its id after the commit, and a line cut by the kill was never a promise.
// A writer that ended by itself succeeded, or (with another beside it) said
// the database was in use; anything else is a failure.
void collect(const Writer& writer, bool had_company, Acknowledged& acknowledged) {
    const auto& out = writer.process->out();
    std::size_t lines = 0;
    for (std::size_t start = 0, end; (end = out.find('\n', start)) != std::string::npos;
         start = end + 1, ++lines) {
        const auto id = nlohmann::json::parse(out.substr(start, end - start)).at("id");
        const bool fresh = acknowledged[writer.action->table].insert(id.get<std::int64_t>()).second;
        INFO("id " << id << " of " << writer.action->table << " was reported twice");
        REQUIRE(fresh);
    }
    if (writer.process->killed()) return;
    INFO("a writer ended by itself; stdout: " << out << "stderr: " << writer.process->err());
    if (writer.process->wait() == 0) {
        REQUIRE(lines == 1);
        return;
    }
    REQUIRE(had_company);
    REQUIRE(writer.process->wait() == 1);
    REQUIRE_THAT(writer.process->err(), Catch::StartsWith("counselorctl: ") &&
                                            Catch::Contains("in use by another program"));
}

// How long an uninterrupted action takes here: kills are spread over it.
int calibrate_ms(const Workspace& w, const Action& action) {
    const auto start = Clock::now();
    auto process = start_writer(w, action);
    REQUIRE(process->wait() == 0);
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count());
}

void require_stored(counselor::core::Database& db, const std::vector<Action>& actions,
                    const Acknowledged& acknowledged) {
    for (const auto& action : actions) {
        auto record = db.prepare("SELECT count(*) FROM " + action.table + " WHERE id = ?");
        auto audit = db.prepare(
            "SELECT count(*) FROM audit_log WHERE action = ? AND record_type = ? AND record_id = "
            "?");
        const auto found = acknowledged.find(action.table);
        if (found == acknowledged.end()) continue;
        for (const auto id : found->second) {
            INFO(action.table << " id " << id << " was acknowledged");
            record.reset();
            REQUIRE(record.bind(1, id).step());
            CHECK(record.int64(0) == 1);
            audit.reset();
            REQUIRE(
                audit.bind(1, action.audit_action).bind(2, action.record_type).bind(3, id).step());
            CHECK(audit.int64(0) == 1);
        }
    }
}

void require_sound(const Workspace& w) {
    auto db = counselor::core::Database::open(w.db());
    auto integrity = db.prepare("PRAGMA integrity_check");
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == "ok");
    auto foreign = db.prepare("PRAGMA foreign_key_check");
    CHECK_FALSE(foreign.step());
    for (const auto& command :
         {std::vector<std::string>{"audit", "verify"}, std::vector<std::string>{"check"}}) {
        const auto result = w.run(command);
        INFO(command.front() << ": " << result.out << result.err);
        CHECK(result.exit_code == 0);
    }
}

}  // namespace

TEST_CASE("counselorctl: writers killed at random moments never lose an acknowledged write",
          "[crash]") {
    const auto cycles = environment_number("COUNSELOR_CRASH_CYCLES", 200);
    const auto seed = environment_number("COUNSELOR_CRASH_SEED", std::random_device{}());
    INFO("seed " << seed << " (repeat with COUNSELOR_CRASH_SEED=" << seed << ")");
    std::mt19937 random(static_cast<std::mt19937::result_type>(seed));

    Workspace w;
    const auto actions = prepare_practice(w);
    int longest_ms = 0;
    for (const auto& action : actions)
        longest_ms = std::max(longest_ms, calibrate_ms(w, action));
    // A little past the end of a whole action: most kills land inside one,
    // some just after it, when everything was already said.
    std::uniform_int_distribution<int> kill_after_ms(0, longest_ms + longest_ms / 4);

    Acknowledged acknowledged;
    std::size_t killed = 0;
    for (unsigned long cycle = 0; cycle < cycles; ++cycle) {
        INFO("cycle " << cycle);
        // One cycle in three runs a second program beside the first.
        const int count = random() % 3 == 0 ? 2 : 1;
        std::vector<Writer> writers;
        for (int i = 0; i < count; ++i) {
            const auto& action = actions[random() % actions.size()];
            writers.push_back({&action, start_writer(w, action),
                               Clock::now() + std::chrono::milliseconds(kill_after_ms(random))});
        }
        run_until_killed(writers);
        for (const auto& writer : writers) {
            collect(writer, count > 1, acknowledged);
            killed += writer.process->killed() ? 1 : 0;
        }
    }
    WARN(cycles << " cycles, " << killed << " writers killed, " << acknowledged["clients"].size()
                << " clients, " << acknowledged["cases"].size() << " cases and "
                << acknowledged["sessions"].size() << " sessions acknowledged");

    auto db = counselor::core::Database::open(w.db());
    require_stored(db, actions, acknowledged);
    require_sound(w);
}
