#include "commands.hpp"

#include <counselor/core/demo/practice_seeder.hpp>

#include <unistd.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ostream>

namespace counselor::cli {

namespace {

// A one-line bar redrawn in place on stderr, only when stderr is a terminal
// (a script or a log file gets the summary alone).
class ProgressBar {
  public:
    void operator()(std::string_view stage, std::int64_t done, std::int64_t total) {
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
        if (stage == stage_ && percent == percent_) return;
        if (stage != stage_ && !stage_.empty()) std::fputc('\n', stderr);
        stage_ = stage;
        percent_ = percent;
        constexpr int kWidth = 30;
        const int filled = percent * kWidth / 100;
        std::fprintf(stderr, "\r%-12.*s [%.*s%*s] %3d%%", static_cast<int>(stage.size()),
                     stage.data(), filled, "##############################", kWidth - filled, "",
                     percent);
        std::fflush(stderr);
    }
    ~ProgressBar() {
        if (!stage_.empty()) std::fputc('\n', stderr);
    }

  private:
    std::string stage_;
    int percent_ = -1;
};

void add_demo_seed(CommandSetup& setup, CLI::App& group) {
    auto* seed = group.add_subcommand(
        "seed", "Fill an empty practice with made-up clients, sessions, notes and assessments");
    struct Options {
        std::int64_t clients = 0;
        std::uint64_t seed = 1;
    };
    auto options = std::make_shared<Options>();
    seed->add_option("--clients", options->clients, "How many clients (1 to 1000000)")
        ->required()
        ->check(CLI::Range(1, 1000000));
    seed->add_option("--seed", options->seed,
                     "The same seed always makes the same practice (default 1)");
    seed->callback([&setup, options] {
        setup.action = [&setup, options] {
            core::SeedOptions seeding;
            seeding.clients = options->clients;
            seeding.seed = options->seed;
            ProgressBar bar;
            if (::isatty(STDERR_FILENO) == 1) {
                seeding.progress = [&bar](std::string_view stage, std::int64_t done,
                                          std::int64_t total) { bar(stage, done, total); };
            }
            const auto started = std::chrono::steady_clock::now();
            const auto summary =
                core::seed_practice(setup.context.database(), setup.context.plugins(), seeding);
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
            seeding.progress = nullptr;
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"clients", summary.clients},
                                            {"couples", summary.couples},
                                            {"individual_cases", summary.individual_cases},
                                            {"sessions", summary.sessions},
                                            {"notes", summary.notes},
                                            {"administrations", summary.administrations},
                                            {"homework", summary.homework},
                                            {"flags", summary.flags},
                                            {"audit_rows", summary.audit_rows},
                                            {"milliseconds", ms}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << "Seeded " << summary.clients << " clients (" << summary.couples
                      << " couples, " << summary.individual_cases << " individual cases), "
                      << summary.sessions << " sessions, " << summary.notes << " notes, "
                      << summary.administrations << " assessments, " << summary.homework
                      << " homework assignments, " << summary.flags << " flags and "
                      << summary.audit_rows << " audit rows in " << ms << " ms.\n";
        };
    });
}

}  // namespace

void add_demo_commands(CommandSetup& setup) {
    auto* demo = setup.app.add_subcommand("demo", "Made-up practices to try the program on");
    demo->require_subcommand(1);
    add_demo_seed(setup, *demo);
}

}  // namespace counselor::cli
