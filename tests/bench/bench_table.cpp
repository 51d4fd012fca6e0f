// Prints the benchmark table: each operation's median beside the floor
// measured in the same run, their ratio, the goal and whether it holds.
//
// Usage: counselor_bench_table OPERATIONS.json MEASURES.txt
//   OPERATIONS.json: Google Benchmark's JSON output (with medians)
//   MEASURES.txt:    "name value" lines from installer/bench.sh (window
//                    start and memory runs, the seed and its floor)
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Values = std::map<std::string, std::vector<double>>;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Medians of the benchmarks in ms, by name.
std::map<std::string, double> benchmark_medians(const std::string& file) {
    std::ifstream in(file);
    const auto report = nlohmann::json::parse(in);
    std::map<std::string, double> medians;
    Values runs;
    for (const auto& run : report.at("benchmarks")) {
        // "BM_LoadPlugins/iterations:20/manual_time": the benchmark's own name.
        std::string name = run.value("run_name", run.value("name", ""));
        name = name.substr(0, name.find('/'));
        double time = run.value("real_time", 0.0);
        const std::string unit = run.value("time_unit", "ns");
        if (unit == "ns") time /= 1e6;
        if (unit == "us") time /= 1e3;
        if (unit == "s") time *= 1e3;
        if (run.value("run_type", "") == "aggregate") {
            if (run.value("aggregate_name", "") == "median") medians[name] = time;
        } else {
            runs[name].push_back(time);
        }
    }
    for (const auto& [name, times] : runs)  // without repetitions: the median of the runs
        if (!medians.count(name)) medians[name] = median(times);
    return medians;
}

Values measures(const std::string& file) {
    Values values;
    std::ifstream in(file);
    std::string name;
    double value = 0;
    while (in >> name >> value)
        values[name].push_back(value);
    return values;
}

std::string fixed(double value, int digits) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    return buffer;
}

std::string time_text(double ms) {
    if (ms >= 1000) return fixed(ms / 1000, 2) + " s";
    return fixed(ms, ms < 10 ? 3 : 1) + " ms";
}

struct Row {
    std::string operation;
    std::string measured;
    std::string floor;
    std::string ratio;
    std::string goal;
    std::string holds;
};

// `max_ratio` (0: none) and `max_ms` (0: none) are the goals.
Row timed_row(const std::string& operation, std::optional<double> ms, std::optional<double> floor,
              double max_ratio, double max_ms) {
    Row row{operation, ms ? time_text(*ms) : "missing", floor ? time_text(*floor) : "—", "—", "",
            ""};
    bool holds = ms.has_value();
    std::string goal;
    if (max_ratio > 0) {
        goal = "≤ " + fixed(max_ratio, 1) + "×";
        if (ms && floor && *floor > 0) {
            const double ratio = *ms / *floor;
            row.ratio = fixed(ratio, 2) + "×";
            holds = holds && ratio <= max_ratio;
        } else {
            holds = false;
        }
    }
    if (max_ms > 0) {
        goal += std::string(goal.empty() ? "" : ", ") + "≤ " + time_text(max_ms);
        holds = holds && ms && *ms <= max_ms;
    }
    row.goal = goal;
    row.holds = holds ? "yes" : "NO";
    return row;
}

std::optional<double> find(const std::map<std::string, double>& values, const std::string& name) {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

std::optional<double> find_median(const Values& values, const std::string& name) {
    auto it = values.find(name);
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return median(it->second);
}

std::size_t width(const std::string& text) {  // characters, not bytes
    std::size_t n = 0;
    for (const unsigned char c : text)
        n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: counselor_bench_table OPERATIONS.json MEASURES.txt\n";
        return 2;
    }
    const auto ops = benchmark_medians(argv[1]);
    const auto extra = measures(argv[2]);
    auto op = [&](const std::string& name) { return find(ops, name); };
    auto m = [&](const std::string& name) { return find_median(extra, name); };

    std::vector<Row> rows = {
        timed_row("client search as you type (3 letters, first 50 rows)", op("BM_ClientSearch"),
                  op("BM_ClientSearch_Floor"), 1.3, 5),
        timed_row("full-text search over the notes (first 20)", op("BM_NoteSearch"),
                  op("BM_NoteSearch_Floor"), 1.3, 20),
        timed_row("open a client record (profile, case, timeline, flags)", op("BM_OpenRecord"),
                  op("BM_OpenRecord_Floor"), 1.5, 10),
        timed_row("score and store one administration", op("BM_RecordAdministration"),
                  op("BM_RecordAdministration_Floor"), 2, 0),
        timed_row("couple report (both spouses, 3 instruments, history) to PDF",
                  op("BM_CoupleReportPdf"), std::nullopt, 0, 50),
        timed_row("homework handout to PDF", op("BM_HomeworkPdf"), std::nullopt, 0, 20),
        timed_row("discover and load all bundled plugins", op("BM_LoadPlugins"),
                  op("BM_LoadPlugins_Floor"), 2, 50),
        timed_row("window start to ready (10,000-client practice, Xvfb)", m("window_ms"),
                  m("frame_ms"), 1.5, 0),
    };
    {
        const auto window = m("window_rss_kb");
        const auto frame = m("frame_rss_kb");
        Row row{"window memory (peak RSS)",
                window ? fixed(*window / 1024, 1) + " MB" : "missing",
                frame ? fixed(*frame / 1024, 1) + " MB" : "missing",
                "—",
                "≤ +50 MB",
                "NO"};
        if (window && frame) {
            const double extra_mb = (*window - *frame) / 1024;
            row.ratio = (extra_mb >= 0 ? "+" : "") + fixed(extra_mb, 1) + " MB";
            row.holds = extra_mb <= 50 ? "yes" : "NO";
        }
        rows.push_back(row);
    }
    rows.push_back(
        timed_row("seed of the 10,000-client practice", m("seed_ms"), m("seed_floor_ms"), 2, 0));

    const std::vector<std::string> heading = {"operation", "median", "floor",
                                              "ratio",     "goal",   "holds?"};
    std::vector<std::size_t> widths;
    for (const auto& h : heading)
        widths.push_back(width(h));
    for (const auto& r : rows) {
        const std::string cells[] = {r.operation, r.measured, r.floor, r.ratio, r.goal, r.holds};
        for (std::size_t i = 0; i < 6; ++i)
            widths[i] = std::max(widths[i], width(cells[i]));
    }
    auto print = [&](const std::vector<std::string>& cells) {
        std::cout << '|';
        for (std::size_t i = 0; i < cells.size(); ++i)
            std::cout << ' ' << cells[i] << std::string(widths[i] - width(cells[i]), ' ') << " |";
        std::cout << '\n';
    };
    print(heading);
    std::cout << '|';
    for (const auto w : widths)
        std::cout << std::string(w + 2, '-') << '|';
    std::cout << '\n';
    int failed = 0;
    for (const auto& r : rows) {
        print({r.operation, r.measured, r.floor, r.ratio, r.goal, r.holds});
        failed += r.holds == "yes" ? 0 : 1;
    }
    std::cout << '\n'
              << (failed == 0 ? std::string("Every goal holds.")
                              : std::to_string(failed) + " goal(s) do not hold.")
              << '\n';
    return 0;
}
