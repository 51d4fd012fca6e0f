#include "commands.hpp"
#include "document_output.hpp"

#include <counselor/core/records/couple_report.hpp>

namespace counselor::cli {

void add_report_commands(CommandSetup& setup) {
    auto* report = setup.app.add_subcommand("report", "Reports across administrations");
    report->require_subcommand(1);
    auto* couple = report->add_subcommand(
        "couple", "Both spouses side by side: scores, differences, strengths, needs, change");
    struct Options {
        std::int64_t case_id = 0;
        std::string tool;
        DocumentOutput output;
        bool despite_safety_hold = false;
    };
    auto options = std::make_shared<Options>();
    couple->add_option("--case", options->case_id, "A case of two spouses")->required();
    couple->add_option("--tool", options->tool, "Report tool (default: the first one loaded)");
    add_output_options(*couple, options->output, {"text", "json", "html", "pdf"}, "text");
    couple->add_flag("--despite-safety-hold", options->despite_safety_hold,
                     "Write the report although the case's safety hold is open (it then puts "
                     "safety first); the audit trail records it");
    couple->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto& plugins = setup.context.plugins();
            const auto tool =
                options->tool.empty() ? core::default_report_tool(plugins) : options->tool;
            auto produce = [&] {
                return core::couple_report(setup.context.database(), plugins, current_actor(),
                                           options->case_id, tool, options->despite_safety_hold);
            };
            emit_document(setup, produce, options->output,
                          "Couple report - case " + std::to_string(options->case_id));
        };
    });
}

}  // namespace counselor::cli
