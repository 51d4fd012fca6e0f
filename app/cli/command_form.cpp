#include "commands.hpp"
#include "form_text.hpp"

#include <counselor/core/forms/definition_validator.hpp>
#include <counselor/core/interchange/form_file.hpp>
#include <counselor/core/platform/paths.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

// One line per problem, each starting with the file, as a compiler writes them.
std::vector<std::string> problem_lines(const std::string& file,
                                       const std::vector<core::Problem>& problems) {
    std::vector<std::string> lines;
    for (const auto& problem : problems)
        lines.push_back(file + ": " + problem.to_string());
    return lines;
}

void add_form_show(CommandSetup& setup, CLI::App& form) {
    auto* show = form.add_subcommand(
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

// Needs no database and no plugins: a clinic checks a file before anyone
// installs it, on any machine.
void add_form_validate(CommandSetup& setup, CLI::App& form) {
    auto* validate =
        form.add_subcommand("validate", "Check a form definition file without installing it");
    auto file = std::make_shared<std::string>();
    validate->add_option("FILE", *file, "A form definition, or a FHIR R4 Questionnaire (JSON)")
        ->required();
    validate->callback([&setup, file] {
        setup.action = [&setup, file] {
            auto check = core::check_form_file(*file);
            const auto warnings = problem_lines(*file, check.warnings);
            if (!check.problems.empty()) {
                print_warnings(warnings);
                throw ProblemsFound(problem_lines(*file, check.problems));
            }
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"file", *file},
                                            {"valid", true},
                                            {"items", check.item_count},
                                            {"fhir", check.converted},
                                            {"warnings", warnings}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << *file << ": valid, " << check.item_count
                      << (check.item_count == 1 ? " item" : " items")
                      << (check.converted ? ", converted from a FHIR Questionnaire" : "") << '\n';
            print_warnings(warnings);
        };
    });
}

void add_form_import(CommandSetup& setup, CLI::App& form) {
    auto* command = form.add_subcommand(
        "import", "Check a form definition file and install it in the user's forms folder");
    auto file = std::make_shared<std::string>();
    auto replace = std::make_shared<bool>(false);
    command->add_option("FILE", *file, "A form definition, or a FHIR R4 Questionnaire (JSON)")
        ->required();
    command->add_flag("--replace", *replace, "Overwrite an installed form with the same id");
    command->callback([&setup, file, replace] {
        setup.action = [&setup, file, replace] {
            core::ImportedForm imported;
            try {
                imported = core::import_form_file(*file, core::forms_dir(), {*replace});
            } catch (const core::InvalidDefinition& e) {
                std::vector<std::string> lines;
                for (const auto& problem : e.problems())
                    lines.push_back(problem.to_string());
                throw ProblemsFound(std::move(lines));
            }
            const auto warnings = problem_lines(*file, imported.warnings);
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"path", imported.installed.string()},
                                            {"warnings", warnings}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << "Installed " << imported.installed.string()
                      << "; it is offered as a tool from the next start\n";
            print_warnings(warnings);
        };
    });
}

}  // namespace

void add_form_commands(CommandSetup& setup) {
    auto* form = setup.app.add_subcommand("form", "Show, check and install form definitions");
    form->require_subcommand(1);
    add_form_show(setup, *form);
    add_form_validate(setup, *form);
    add_form_import(setup, *form);
}

}  // namespace counselor::cli
