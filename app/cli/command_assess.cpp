#include "commands.hpp"
#include "json_file.hpp"
#include "text_table.hpp"

#include <counselor/core/documents/export_document.hpp>
#include <counselor/core/interchange/response_export.hpp>
#include <counselor/sdk/scoring.hpp>

#include <filesystem>
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

// Standard output without --out; a file is written atomically and never
// replaced unasked, and the response is produced (and audited) only once the
// file is known to be writable.
CLI::App* add_assess_export(CommandSetup& setup, CLI::App& assess) {
    auto* exporter = assess.add_subcommand(
        "export", "Write an administration as a FHIR R4 QuestionnaireResponse");
    struct Options {
        std::int64_t id = 0;
        std::string format;
        std::string out;
        bool replace = false;
    };
    auto options = std::make_shared<Options>();
    exporter->add_option("ID", options->id, "Administration id, as `assess` printed it")
        ->required();
    exporter
        ->add_option("--format", options->format,
                     "Output format: fhir (a FHIR R4 QuestionnaireResponse, JSON)")
        ->required()
        ->check(CLI::IsMember({"fhir"}));
    exporter->add_option("--out", options->out, "File to write, or a folder to write into");
    exporter->add_flag("--replace", options->replace, "Replace the file if it exists");
    exporter->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto response_of = [&setup](std::int64_t id) {
                return core::export_questionnaire_response(
                    setup.context.database(), setup.context.plugins(), current_actor(), id);
            };
            if (options->out.empty()) {
                setup.out << response_of(options->id).dump(2) << '\n';
                return;
            }
            std::filesystem::path target = options->out;
            if (std::filesystem::is_directory(target))
                target /= "questionnaire-response-" + std::to_string(options->id) + ".json";
            core::check_write_target(target, options->replace);
            const auto response = response_of(options->id);
            core::write_file_atomically(target, response.dump(2) + "\n",
                                        {.replace_existing = options->replace});
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"path", target.string()}}.dump() << '\n';
            } else {
                setup.out << "Wrote " << target.string() << '\n';
            }
        };
    });
    return exporter;
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
    // Not marked required: `assess export ID` takes none of them.
    assess->add_option("TOOL", options->tool, "Tool id, as `tools list` shows it");
    assess->add_option("--client", options->client, "Who answered");
    assess->add_option("--case", options->case_id, "The case it belongs to");
    assess->add_option("--answers", options->answers, "JSON file: {item id: answer}");
    auto* exporter = add_assess_export(setup, *assess);
    assess->callback([&setup, options, assess, exporter] {
        if (exporter->parsed()) return;
        if (options->tool.empty()) throw CLI::RequiredError("TOOL");
        for (const char* name : {"--client", "--answers"}) {
            if (assess->count(name) == 0) throw CLI::RequiredError(name);
        }
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
