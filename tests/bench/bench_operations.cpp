// What a counselor waits for, measured on the seeded practice, each beside
// its floor: the same work done bare through the SQLite C API (or dlopen),
// prepared once, in the same process and run. The ratio is what counts:
// absolute times drift with the machine's load, ratios hold.
//
// COUNSELOR_BENCH_DB names the seeded practice (installer/bench.sh makes it);
// the benchmarks write to it (administrations, audit rows), so give a copy.
#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/documents/render_pdf.hpp>
#include <counselor/core/platform/paths.hpp>
#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/plugins/plugin_search.hpp>
#include <counselor/core/records/assessment_service.hpp>
#include <counselor/core/records/couple_report.hpp>
#include <counselor/core/records/homework_service.hpp>
#include <counselor/core/records/note_search.hpp>
#include <counselor/core/records/record_service.hpp>
#include <counselor/core/records/safety.hpp>
#include <counselor/core/records/store_host_environment.hpp>
#include <counselor/core/records/timeline.hpp>
#include <counselor/core/store/database.hpp>
#include <counselor/core/store/note_index.hpp>

#include "database_access.hpp"

#include <benchmark/benchmark.h>
#include <dlfcn.h>
#include <sqlcipher/sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

using namespace counselor;

namespace {

const char* kActor = "bench";

// The practice, its plugins and the records the benchmarks work on, opened
// once for the whole run.
struct Practice {
    core::Database db;
    core::StoreHostEnvironment environment{db};
    core::PluginHost plugins{&environment};
    std::int64_t couple_case = 0;  // the couple case with the most sessions
    std::int64_t client = 0;       // its first spouse
    std::int64_t homework = 0;     // one of its homework assignments
    nlohmann::json answers;        // a needs-check the first spouse took
    // Where the administrations benchmark stores its thousands of rows: a
    // couple of its own, so the report and the record above stay as seeded.
    std::int64_t store_case = 0;
    std::int64_t store_client = 0;

    static core::Database open_db() {
        const char* path = std::getenv("COUNSELOR_BENCH_DB");
        if (path == nullptr || *path == '\0')
            throw std::runtime_error("set COUNSELOR_BENCH_DB to a seeded practice (a copy)");
        core::DatabaseOptions options;
        options.create_if_missing = false;
        return core::Database::open(path, options);
    }

    std::int64_t single(const std::string& sql) {
        auto query = db.prepare(sql);
        if (!query.step()) throw std::runtime_error("the seeded practice has no row for: " + sql);
        return query.int64(0);
    }

    Practice() : db(open_db()) {
        plugins.load(core::standard_plugin_search(db, {}, false));
        couple_case = single(
            "SELECT s.case_id FROM sessions AS s JOIN cases AS c ON c.id = s.case_id"
            " WHERE c.kind = 'couple' GROUP BY s.case_id ORDER BY COUNT(*) DESC, s.case_id"
            " LIMIT 1");
        client = single("SELECT client_id FROM case_members WHERE case_id = " +
                        std::to_string(couple_case) + " ORDER BY position LIMIT 1");
        homework = single("SELECT id FROM homework_assignments WHERE case_id = " +
                          std::to_string(couple_case) + " ORDER BY id LIMIT 1");
        store_case = single("SELECT id FROM cases WHERE kind = 'couple' AND id <> " +
                            std::to_string(couple_case) + " ORDER BY id LIMIT 1");
        store_client = single("SELECT client_id FROM case_members WHERE case_id = " +
                              std::to_string(store_case) + " ORDER BY position LIMIT 1");
        auto query = db.prepare(
            "SELECT answers FROM administrations WHERE tool_id = 'needs-check' AND client_id = ?"
            " LIMIT 1");
        query.bind(1, client);
        if (!query.step()) throw std::runtime_error("the seeded practice has no needs-check");
        answers = nlohmann::json::parse(query.text(0));
    }
};

Practice& practice() {
    static Practice shared;
    return shared;
}

// A bare prepared statement of the C API, finalized at the end.
struct Bare {
    sqlite3_stmt* stmt = nullptr;
    Bare(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    Bare(const Bare&) = delete;
    Bare& operator=(const Bare&) = delete;
    ~Bare() { sqlite3_finalize(stmt); }
    // Steps to the end, touching every column as the program reads them.
    int drain() {
        int rows = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                benchmark::DoNotOptimize(sqlite3_column_text(stmt, c));
            ++rows;
        }
        sqlite3_reset(stmt);
        return rows;
    }
};

void exec(sqlite3* db, const char* sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
}

// ---- client search as you type: 3 letters, the first 50 rows ----

constexpr const char* kSearchText = "Mar";

void BM_ClientSearch(benchmark::State& state) {
    auto& p = practice();
    core::RecordService records(p.db, kActor);
    for (auto _ : state) {
        auto clients = records.find_clients(kSearchText, 50, 0);
        if (clients.size() != 50) state.SkipWithError("fewer than 50 clients found");
        benchmark::DoNotOptimize(clients);
    }
}

void BM_ClientSearch_Floor(benchmark::State& state) {
    auto& p = practice();
    Bare query(core::DatabaseAccess::handle(p.db),
               "SELECT id, first_name, last_name, date_of_birth, email, phone, created_at,"
               " updated_at FROM clients"
               " WHERE first_name LIKE ?1 || '%' ESCAPE '\\'"
               "    OR last_name LIKE ?1 || '%' ESCAPE '\\'"
               " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
               " LIMIT ?2 OFFSET ?3");
    for (auto _ : state) {
        sqlite3_bind_text(query.stmt, 1, kSearchText, -1, SQLITE_STATIC);
        sqlite3_bind_int(query.stmt, 2, 50);
        sqlite3_bind_int(query.stmt, 3, 0);
        if (query.drain() != 50) state.SkipWithError("fewer than 50 clients found");
    }
}

// ---- full-text search over the notes ----

constexpr const char* kNoteWords = "forgiveness";

void BM_NoteSearch(benchmark::State& state) {
    auto& p = practice();
    core::NoteSearch search(p.db);
    for (auto _ : state) {
        auto hits = search.search(kNoteWords, 20);
        if (hits.size() != 20) state.SkipWithError("fewer than 20 notes found");
        benchmark::DoNotOptimize(hits);
    }
}

void BM_NoteSearch_Floor(benchmark::State& state) {
    auto& p = practice();
    Bare query(core::DatabaseAccess::handle(p.db), core::NoteIndex::sql());
    const std::string expression = core::NoteSearch::match_expression(kNoteWords);
    for (auto _ : state) {
        sqlite3_bind_text(query.stmt, 1, expression.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int(query.stmt, 2, 20);
        if (query.drain() != 20) state.SkipWithError("fewer than 20 notes found");
    }
}

// ---- open a client record: profile (audited), cases, timeline, flags ----

void BM_OpenRecord(benchmark::State& state) {
    auto& p = practice();
    core::RecordService records(p.db, kActor);
    for (auto _ : state) {
        auto client = records.view_client(p.client);
        auto cases = records.cases_of(p.client);
        auto timeline = core::case_timeline(p.db, cases.front().id);
        auto flags = core::open_flags_of_case(p.db, cases.front().id);
        benchmark::DoNotOptimize(client);
        benchmark::DoNotOptimize(timeline);
        benchmark::DoNotOptimize(flags);
    }
}

void BM_OpenRecord_Floor(benchmark::State& state) {
    auto& p = practice();
    sqlite3* db = core::DatabaseAccess::handle(p.db);
    Bare client(db,
                "SELECT id, first_name, last_name, date_of_birth, email, phone, created_at,"
                " updated_at FROM clients WHERE id = ?");
    Bare audit(db,
               "INSERT INTO audit_log (id, at, actor, action, record_type, record_id, outcome,"
               " detail, prev_hash, hash) SELECT MAX(id) + 1, '2026-06-30T12:00:00Z', 'bench',"
               " 'client.view', 'client', ?, 'ok', '',"
               " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',"
               " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"
               " FROM audit_log");
    Bare cases(db,
               "SELECT c.id, c.kind, c.title, c.status, c.opened_at, c.closed_at FROM cases AS c"
               " JOIN case_members AS m ON m.case_id = c.id WHERE m.client_id = ?"
               " ORDER BY c.opened_at DESC, c.id DESC");
    Bare members(
        db,
        "SELECT m.client_id, m.position, k.first_name, k.last_name FROM case_members AS m"
        " JOIN clients AS k ON k.id = m.client_id WHERE m.case_id = ? ORDER BY m.position");
    Bare sessions(db,
                  "SELECT s.id, s.starts_at, s.duration_minutes, s.status, n.id, n.tool_id,"
                  " n.template_id, n.status, COALESCE(n.signed_at, n.created_at)"
                  " FROM sessions AS s LEFT JOIN notes AS n ON n.session_id = s.id"
                  " WHERE s.case_id = ? ORDER BY s.starts_at, s.id, n.created_at, n.id");
    Bare administrations(db,
                         "SELECT a.id, a.client_id, a.tool_id, a.administered_at"
                         " FROM case_members AS m JOIN administrations AS a"
                         "   ON a.client_id = m.client_id"
                         " WHERE m.case_id = ?1 AND (a.case_id IS NULL OR a.case_id = ?1)"
                         " ORDER BY m.position, a.administered_at DESC, a.id DESC");
    Bare homework(db,
                  "SELECT id, tool_id, template_id, status, assigned_at FROM homework_assignments"
                  " WHERE case_id = ? ORDER BY assigned_at DESC, id DESC");
    Bare flags(db,
               "SELECT id, client_id, case_id, code, severity, message, source, raised_at"
               " FROM flags WHERE resolved_at IS NULL AND (case_id = ?1 OR client_id IN"
               " (SELECT client_id FROM case_members WHERE case_id = ?1))");
    for (auto _ : state) {
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_int64(client.stmt, 1, p.client);
        client.drain();
        sqlite3_bind_int64(audit.stmt, 1, p.client);
        sqlite3_step(audit.stmt);
        sqlite3_reset(audit.stmt);
        exec(db, "COMMIT");
        sqlite3_bind_int64(cases.stmt, 1, p.client);
        cases.drain();
        for (Bare* query : {&members, &sessions, &administrations, &homework, &flags}) {
            sqlite3_bind_int64(query->stmt, 1, p.couple_case);
            query->drain();
        }
    }
}

// ---- score and store one administration ----

void BM_RecordAdministration(benchmark::State& state) {
    auto& p = practice();
    core::AssessmentService assessments(p.db, p.plugins, kActor);
    // Both start at the beginning of a WAL file that earlier benchmarks grew:
    // neither pays for a checkpoint the ones before it left behind, and
    // neither grows the file (an fdatasync that extends a file waits for the
    // filesystem's journal, one that overwrites does not).
    exec(core::DatabaseAccess::handle(p.db), "PRAGMA wal_checkpoint(RESTART)");
    for (auto _ : state) {
        auto recorded = assessments.record("needs-check", p.store_client, p.store_case, p.answers);
        benchmark::DoNotOptimize(recorded);
    }
}

void BM_RecordAdministration_Floor(benchmark::State& state) {
    auto& p = practice();
    sqlite3* db = core::DatabaseAccess::handle(p.db);
    // The same bytes: the answers and the result the tool gives for them.
    const std::string answers = p.answers.dump();
    const std::string result =
        nlohmann::json(p.plugins.evaluate("needs-check", sdk::Answers(p.answers))).dump();
    Bare insert(db,
                "INSERT INTO administrations (client_id, case_id, tool_id, definition_version,"
                " answers, result, administered_at, created_at)"
                " VALUES (?, ?, 'needs-check', '1.0.0', ?, ?, '2026-06-30T12:00:00Z',"
                " '2026-06-30T12:00:00Z')");
    Bare audit(db,
               "INSERT INTO audit_log (id, at, actor, action, record_type, record_id, outcome,"
               " detail, prev_hash, hash) SELECT MAX(id) + 1, '2026-06-30T12:00:00Z', 'bench',"
               " 'assessment.record', 'administration', ?, 'ok', 'tool=needs-check',"
               " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',"
               " 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"
               " FROM audit_log");
    exec(db, "PRAGMA wal_checkpoint(RESTART)");
    for (auto _ : state) {
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_int64(insert.stmt, 1, p.store_client);
        sqlite3_bind_int64(insert.stmt, 2, p.store_case);
        sqlite3_bind_text(insert.stmt, 3, answers.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert.stmt, 4, result.c_str(), -1, SQLITE_STATIC);
        sqlite3_step(insert.stmt);
        sqlite3_reset(insert.stmt);
        sqlite3_bind_int64(audit.stmt, 1, sqlite3_last_insert_rowid(db));
        sqlite3_step(audit.stmt);
        sqlite3_reset(audit.stmt);
        exec(db, "COMMIT");
    }
}

// ---- printable documents ----

void BM_CoupleReportPdf(benchmark::State& state) {
    auto& p = practice();
    const std::string tool = core::default_report_tool(p.plugins);
    for (auto _ : state) {
        auto document = core::couple_report(p.db, p.plugins, kActor, p.couple_case, tool);
        std::ostringstream pdf;
        core::render_pdf(document, pdf);
        benchmark::DoNotOptimize(pdf);
    }
}

void BM_HomeworkPdf(benchmark::State& state) {
    auto& p = practice();
    core::HomeworkService homework(p.db, p.plugins, kActor);
    for (auto _ : state) {
        auto document = homework.render(p.homework);
        std::ostringstream pdf;
        core::render_pdf(document, pdf);
        benchmark::DoNotOptimize(pdf);
    }
}

// ---- discover and load every bundled plugin, in a fresh process ----

// A library stays loaded for the life of a process, and this one has
// loaded every plugin (practice() does): a forked child would find them all
// mapped already, and dlopen would only count references. So each
// iteration starts this program afresh (fork, then exec of /proc/self/exe
// with COUNSELOR_BENCH_CHILD naming the work), which measures the work
// alone, from a process that has loaded no plugin, and writes the seconds
// it took on its standard output.
constexpr const char* kChildVariable = "COUNSELOR_BENCH_CHILD";

double elapsed_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void in_fresh_process(benchmark::State& state, const char* work) {
    for (auto _ : state) {
        int pipe_fds[2];
        if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
        const pid_t child = fork();
        if (child == 0) {
            close(pipe_fds[0]);
            dup2(pipe_fds[1], STDOUT_FILENO);
            setenv(kChildVariable, work, 1);
            execl("/proc/self/exe", "counselor_bench", static_cast<char*>(nullptr));
            _exit(127);
        }
        close(pipe_fds[1]);
        double seconds = 0;
        const ssize_t got = read(pipe_fds[0], &seconds, sizeof seconds);
        close(pipe_fds[0]);
        int status = 0;
        waitpid(child, &status, 0);
        if (got != sizeof seconds || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            state.SkipWithError("the child process failed");
            break;
        }
        state.SetIterationTime(seconds);
    }
}

// In the fresh process: what BM_LoadPlugins times.
double load_plugins_once() {
    core::DatabaseOptions options;
    options.create_if_missing = false;
    auto db = core::Database::open(std::getenv("COUNSELOR_BENCH_DB"), options);
    core::StoreHostEnvironment environment(db);
    const auto start = std::chrono::steady_clock::now();
    core::PluginHost host(&environment);
    host.load(core::standard_plugin_search(db, {}, false));
    const double seconds = elapsed_since(start);
    if (host.tools().empty()) _exit(2);
    return seconds;
}

// Every plugin library in the bundled folders: what BM_LoadPlugins loads.
std::vector<std::filesystem::path> plugin_libraries() {
    std::vector<std::filesystem::path> found;
    std::error_code error;
    for (std::filesystem::recursive_directory_iterator it(core::bundled_plugin_dir(), error), end;
         !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".so") found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

// In the fresh process: what BM_LoadPlugins_Floor times (the files are
// found before the clock starts).
double dlopen_plugins_once() {
    const auto libraries = plugin_libraries();
    const auto start = std::chrono::steady_clock::now();
    for (const auto& library : libraries) {
        if (dlopen(library.c_str(), RTLD_NOW | RTLD_LOCAL) == nullptr) _exit(2);
    }
    return elapsed_since(start);
}

void BM_LoadPlugins(benchmark::State& state) {
    in_fresh_process(state, "load-plugins");
}

void BM_LoadPlugins_Floor(benchmark::State& state) {
    in_fresh_process(state, "dlopen-plugins");
}

// The child's side of in_fresh_process: does the work and writes the time.
int run_child(const std::string& work) {
    const double seconds = work == "load-plugins" ? load_plugins_once() : dlopen_plugins_once();
    return write(STDOUT_FILENO, &seconds, sizeof seconds) == sizeof seconds ? 0 : 1;
}

}  // namespace

BENCHMARK(BM_ClientSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClientSearch_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoteSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoteSearch_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenRecord)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenRecord_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecordAdministration)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RecordAdministration_Floor)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CoupleReportPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HomeworkPdf)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadPlugins)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadPlugins_Floor)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    if (const char* work = std::getenv(kChildVariable)) return run_child(work);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
