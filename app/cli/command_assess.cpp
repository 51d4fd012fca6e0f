#include "commands.hpp"
#include "json_file.hpp"
#include "text_table.hpp"

#include <counselor/sdk/scoring.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

void print_result(std::ostream& out, std::int64_t id, const sdk::Result& result) {
    out << "Recorded administration " << id << " of " << result.tool_id << " (form version "
        << result.definition_version << ")\n";
    if (!result.scores.empty() || result.total) {
        TextTable table({"SCALE", "SCORE", "BAND", "ANSWERED"});
        auto add = [&table](const sdk::Score& s) {
            table.add({s.title, s.value ? sdk::detail::format_number(*s.value) : "-", s.band,
                       std::to_string(s.answered) + "/" + std::to_string(s.items)});
        };
        for (const auto& score : result.scores)
            add(score);
        if (result.total) add(*result.total);
        out << '\n';
        table.print(out);
    }
    if (!result.summary.empty()) out << '\n' << result.summary << '\n';
    for (const auto& flag : result.flags) {
        out << "\nFLAG (" << flag.severity << ", " << flag.code << "): " << flag.message << '\n';
    }
}

}  // namespace

void add_assess_command(CommandSetup& setup) {
    auto* assess = setup.app.add_subcommand(
        "assess", "Record an assessment or questionnaire from an answers file, and score it");
    struct Options {
        std::string tool;
        std::int64_t client = 0;
        std::optional<std::int64_t> case_id;
        std::string answers;
    };
    auto options = std::make_shared<Options>();
    assess->add_option("TOOL", options->tool, "Tool id, as `tools list` shows it")->required();
    assess->add_option("--client", options->client, "Who answered")->required();
    assess->add_option("--case", options->case_id, "The case it belongs to");
    assess->add_option("--answers", options->answers, "JSON file: {item id: answer}")->required();
    assess->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto answers = read_json_file(options->answers, "answers file");
            auto recorded = setup.context.assessments().record(options->tool, options->client,
                                                               options->case_id, answers);
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"id", recorded.id},
                                            {"result", recorded.result},
                                            {"flag_ids", recorded.flag_ids}}
                                 .dump(2)
                          << '\n';
            } else {
                print_result(setup.out, recorded.id, recorded.result);
            }
        };
    });
}

}  // namespace counselor::cli
