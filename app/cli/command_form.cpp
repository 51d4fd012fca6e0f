#include "commands.hpp"
#include "form_text.hpp"

#include <ostream>

namespace counselor::cli {

void add_form_commands(CommandSetup& setup) {
    auto* form = setup.app.add_subcommand("form", "Show the forms the tools offer");
    form->require_subcommand(1);
    auto* show = form->add_subcommand(
        "show", "Show a tool's form: its items, choices, branching and scoring");
    auto tool = std::make_shared<std::string>();
    show->add_option("TOOL", *tool, "Tool id, as `tools list` shows it")->required();
    show->callback([&setup, tool] {
        setup.action = [&setup, tool] {
            auto& plugins = setup.context.plugins();
            if (setup.context.json()) {
                setup.out << plugins.form_json(*tool).dump(2) << '\n';
            } else {
                print_form(setup.out, plugins.form(*tool));
            }
        };
    });
}

}  // namespace counselor::cli
