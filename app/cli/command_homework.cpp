#include "commands.hpp"
#include "document_output.hpp"
#include "text_table.hpp"

#include <ostream>

namespace counselor::cli {

namespace {

std::string marks(const core::HomeworkTemplate& exercise) {
    std::string text;
    if (exercise.touches_intimacy()) text += "intimacy";
    if (exercise.conjoint()) text += std::string(text.empty() ? "" : ", ") + "together";
    if (exercise.spouse_directed())
        text += std::string(text.empty() ? "" : ", ") + "toward the spouse";
    return text;
}

void add_homework_templates(CommandSetup& setup, CLI::App& group) {
    auto* templates = group.add_subcommand("templates", "The exercise library");
    auto case_id = std::make_shared<std::optional<std::int64_t>>();
    templates->add_option("--case", *case_id, "Show the warnings that apply to this case");
    templates->callback([&setup, case_id] {
        setup.action = [&setup, case_id] {
            auto homework = setup.context.homework();
            auto all = nlohmann::json::array();
            TextTable table({"ID", "TITLE", "FOR", "KIND", "WARNING"});
            for (const auto& exercise : homework.templates()) {
                std::string warning;
                if (*case_id) warning = homework.safety_warning(exercise, **case_id).value_or("");
                nlohmann::json j = exercise.info;
                j["tool_id"] = exercise.tool_id;
                j["warning"] = warning.empty() ? nlohmann::json(nullptr) : nlohmann::json(warning);
                all.push_back(j);
                table.add({exercise.info.id, exercise.info.title,
                           exercise.info.body.value("for", std::string()), marks(exercise),
                           warning.empty() ? "" : "SAFETY: not advised"});
            }
            if (setup.context.json()) {
                setup.out << all.dump(2) << '\n';
                return;
            }
            table.print(setup.out);
            if (*case_id && !all.empty()) {
                for (const auto& j : all) {
                    if (!j["warning"].is_null()) {
                        setup.out << '\n' << j["warning"].get<std::string>() << '\n';
                        break;
                    }
                }
            }
        };
    });
}

void add_homework_assign(CommandSetup& setup, CLI::App& group) {
    auto* assign = group.add_subcommand("assign", "Assign an exercise; prints the assignment id");
    auto order = std::make_shared<core::HomeworkOrder>();
    auto note = std::make_shared<std::string>();
    assign->add_option("--client", order->client_id, "For this client");
    assign->add_option("--case", order->case_id, "For this case (every member)");
    assign->add_option("--template", order->template_id, "Exercise id")->required();
    assign->add_option("--due", order->due, "Due date, YYYY-MM-DD");
    assign->add_option("--note", order->counselor_note, "A personal note printed on the handout");
    assign->add_flag("--despite-safety-hold,--despite-safety-flag", order->despite_safety_flag,
                     "Assign intimacy or joint homework although a safety concern is open");
    assign->callback([&setup, order] {
        setup.action = [&setup, order] {
            auto assigned = setup.context.homework().assign(*order);
            print_warnings(assigned.warnings);
            print_id(setup, assigned.id);
        };
    });
}

void add_homework_status(CommandSetup& setup, CLI::App& group) {
    auto* status = group.add_subcommand("status", "Set where an assignment stands");
    auto id = std::make_shared<std::int64_t>(0);
    auto value = std::make_shared<std::string>();
    status->add_option("ID", *id, "Assignment id")->required();
    status->add_option("STATUS", *value, "assigned, completed or reviewed")
        ->required()
        ->check(CLI::IsMember({"assigned", "completed", "reviewed"}));
    status->callback([&setup, id, value] {
        setup.action = [&setup, id, value] {
            setup.context.homework().set_status(*id, *value);
            if (!setup.context.json()) setup.out << "Homework " << *id << ": " << *value << '\n';
        };
    });
}

void add_homework_export(CommandSetup& setup, CLI::App& group) {
    auto* exporter = group.add_subcommand("export", "Write the printable handout");
    auto id = std::make_shared<std::int64_t>(0);
    auto output = std::make_shared<DocumentOutput>();
    exporter->add_option("ID", *id, "Assignment id")->required();
    add_output_options(*exporter, *output, {"pdf", "html"}, "pdf");
    exporter->callback([&setup, id, output] {
        setup.action = [&setup, id, output] {
            if (output->out.empty())
                throw core::UserError("name the file to write: add --out FILE");
            auto homework = setup.context.homework();
            emit_document(
                setup, [&] { return homework.render(*id); }, *output, homework.suggested_name(*id));
        };
    });
}

}  // namespace

void add_homework_commands(CommandSetup& setup) {
    auto* group = setup.app.add_subcommand("homework", "Homework exercises and handouts");
    group->require_subcommand(1);
    add_homework_templates(setup, *group);
    add_homework_assign(setup, *group);
    add_homework_status(setup, *group);
    add_homework_export(setup, *group);
}

}  // namespace counselor::cli
