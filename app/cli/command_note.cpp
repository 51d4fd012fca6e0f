#include "commands.hpp"
#include "document_output.hpp"
#include "json_file.hpp"
#include "text_table.hpp"

#include <counselor/core/documents/render_text.hpp>
#include <counselor/core/records/note_search.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

nlohmann::json to_json(const core::NoteHistory& history) {
    const auto& note = history.note;
    auto addenda = nlohmann::json::array();
    for (const auto& a : history.addenda) {
        addenda.push_back({{"id", a.id},
                           {"text", a.text},
                           {"signed_at", a.signed_at},
                           {"signed_by", a.signed_by}});
    }
    auto optional_text = [](const std::optional<std::string>& text) {
        return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
    };
    return {{"id", note.id},
            {"session_id", note.session_id ? nlohmann::json(*note.session_id) : nlohmann::json()},
            {"case_id", note.case_id},
            {"tool_id", note.tool_id},
            {"template", note.template_id},
            {"status", note.status},
            {"fields", note.fields},
            {"signed_at", optional_text(note.signed_at)},
            {"signed_by", optional_text(note.signed_by)},
            {"created_at", note.created_at},
            {"updated_at", note.updated_at},
            {"addenda", addenda}};
}

void add_note_add(CommandSetup& setup, CLI::App& group) {
    auto* add = group.add_subcommand("add", "Draft a note for a session; prints its id");
    struct Options {
        std::int64_t session = 0;
        std::string template_id;
        std::string fields;
    };
    auto options = std::make_shared<Options>();
    add->add_option("--session", options->session, "Session id")->required();
    add->add_option("--template", options->template_id, "Note format, e.g. soap, dap, birp")
        ->required();
    add->add_option("--fields", options->fields, "JSON file: {field id: text}")->required();
    add->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto fields = read_json_file(options->fields, "fields file");
            print_id(setup,
                     setup.context.notes().add(options->session, options->template_id, fields));
        };
    });
}

void add_note_edit(CommandSetup& setup, CLI::App& group) {
    auto* edit =
        group.add_subcommand("edit", "Replace a draft note's fields (refused once signed)");
    auto id = std::make_shared<std::int64_t>(0);
    auto fields = std::make_shared<std::string>();
    edit->add_option("ID", *id, "Note id")->required();
    edit->add_option("--fields", *fields, "JSON file: {field id: text}")->required();
    edit->callback([&setup, id, fields] {
        setup.action = [&setup, id, fields] {
            setup.context.notes().edit(*id, read_json_file(*fields, "fields file"));
            if (!setup.context.json()) setup.out << "Note " << *id << " saved (draft).\n";
        };
    });
}

void add_note_sign(CommandSetup& setup, CLI::App& group) {
    auto* sign = group.add_subcommand("sign", "Sign a note; after this it never changes");
    auto id = std::make_shared<std::int64_t>(0);
    sign->add_option("ID", *id, "Note id")->required();
    sign->callback([&setup, id] {
        setup.action = [&setup, id] {
            setup.context.notes().sign(*id);
            if (!setup.context.json()) {
                setup.out << "Note " << *id << " signed. Corrections are now addenda.\n";
            }
        };
    });
}

void add_note_addendum(CommandSetup& setup, CLI::App& group) {
    auto* addendum =
        group.add_subcommand("addendum", "Add a dated, signed correction to a signed note");
    auto id = std::make_shared<std::int64_t>(0);
    auto text = std::make_shared<std::string>();
    addendum->add_option("ID", *id, "Note id")->required();
    addendum->add_option("--text", *text, "The correction")->required();
    addendum->callback([&setup, id, text] {
        setup.action = [&setup, id, text] {
            print_id(setup, setup.context.notes().add_addendum(*id, *text));
        };
    });
}

void add_note_show(CommandSetup& setup, CLI::App& group) {
    auto* show = group.add_subcommand("show", "Show a note and its addenda, in order");
    auto id = std::make_shared<std::int64_t>(0);
    show->add_option("ID", *id, "Note id")->required();
    show->callback([&setup, id] {
        setup.action = [&setup, id] {
            auto notes = setup.context.notes();
            auto history = notes.view(*id);
            if (setup.context.json()) {
                setup.out << to_json(history).dump(2) << '\n';
            } else {
                setup.out << core::render_text(notes.render(history));
            }
        };
    });
}

void add_note_templates(CommandSetup& setup, CLI::App& group) {
    auto* templates = group.add_subcommand("templates", "The note formats and their fields");
    templates->callback([&setup] {
        setup.action = [&setup] {
            auto all = nlohmann::json::array();
            TextTable table({"ID", "TITLE", "FIELDS", "TOOL"});
            for (const auto& t : setup.context.notes().templates()) {
                nlohmann::json j = t.info;
                j["tool_id"] = t.tool_id;
                all.push_back(j);
                std::string fields;
                for (const auto* item : t.form.items()) {
                    if (item->type != sdk::ItemType::display)
                        fields += (fields.empty() ? "" : " ") + item->id;
                }
                table.add({t.info.id, t.info.title, fields, t.tool_id});
            }
            if (setup.context.json()) {
                setup.out << all.dump(2) << '\n';
            } else {
                table.print(setup.out);
            }
        };
    });
}

// note search: what is typed goes to the index only, never to a log.
void add_note_search(CommandSetup& setup, CLI::App& group) {
    auto* search = group.add_subcommand(
        "search", "Signed notes holding every word given (word* for a prefix), newest first");
    struct Query {
        std::string text;
        int limit = 20;
    };
    auto query = std::make_shared<Query>();
    search->add_option("TEXT", query->text, "The words to find")->required();
    search->add_option("--limit", query->limit, "At most this many notes (default 20)")
        ->check(CLI::Range(1, 10000));
    search->callback([&setup, query] {
        setup.action = [&setup, query] {
            const auto hits =
                core::NoteSearch(setup.context.database()).search(query->text, query->limit);
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& hit : hits) {
                    all.push_back({{"note_id", hit.note_id},
                                   {"case_id", hit.case_id},
                                   {"session_id", hit.session_id ? nlohmann::json(*hit.session_id)
                                                                 : nlohmann::json(nullptr)},
                                   {"template", hit.template_id},
                                   {"signed_at", hit.signed_at},
                                   {"session_at", hit.session_starts_at},
                                   {"excerpt", hit.excerpt}});
                }
                setup.out << all.dump(2) << '\n';
                return;
            }
            if (hits.empty()) {
                setup.out << "No signed note holds those words.\n";
                return;
            }
            TextTable table({"NOTE", "CASE", "SESSION", "SIGNED", "EXCERPT"});
            for (const auto& hit : hits) {
                table.add({std::to_string(hit.note_id), std::to_string(hit.case_id),
                           hit.session_starts_at, hit.signed_at.substr(0, 10), hit.excerpt});
            }
            table.print(setup.out);
        };
    });
}

}  // namespace

void add_note_commands(CommandSetup& setup) {
    auto* group = setup.app.add_subcommand("note", "Session notes: draft, sign, correct");
    group->require_subcommand(1);
    add_note_templates(setup, *group);
    add_note_add(setup, *group);
    add_note_edit(setup, *group);
    add_note_sign(setup, *group);
    add_note_addendum(setup, *group);
    add_note_show(setup, *group);
    add_note_search(setup, *group);
}

}  // namespace counselor::cli
