#include "commands.hpp"
#include "text_table.hpp"

#include <ostream>

namespace counselor::cli {

namespace {

nlohmann::json to_json(const core::PluginRecord& record) {
    auto tools = nlohmann::json::array();
    for (const auto& tool : record.tools)
        tools.push_back(tool.id);
    return {{"path", record.location.string()},
            {"id", record.id},
            {"name", record.name},
            {"version", record.version},
            {"origin", core::to_string(record.origin)},
            {"status", core::to_string(record.status)},
            {"reason", record.reason},
            {"tools", tools}};
}

void print_plugins(std::ostream& out, const std::vector<core::PluginRecord>& records) {
    if (records.empty()) {
        out << "No plugins found.\n";
        return;
    }
    TextTable table({"STATUS", "ID", "VERSION", "ORIGIN", "PATH"});
    for (const auto& r : records) {
        table.add({std::string(core::to_string(r.status)), r.id.empty() ? "?" : r.id, r.version,
                   std::string(core::to_string(r.origin)), r.location.string()});
    }
    table.print(out);
    bool heading = false;
    for (const auto& r : records) {
        if (r.reason.empty()) continue;
        if (!heading) out << "\nReasons:\n";
        heading = true;
        out << "  " << r.location.string() << ": " << r.reason << '\n';
    }
}

void add_plugins_list(CommandSetup& setup, CLI::App& group) {
    auto* list =
        group.add_subcommand("list", "Every plugin found: loaded, refused (and why) or disabled");
    list->callback([&setup] {
        setup.action = [&setup] {
            const auto& records = setup.context.plugins().plugins();
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& record : records)
                    all.push_back(to_json(record));
                setup.out << all.dump(2) << '\n';
            } else {
                print_plugins(setup.out, records);
            }
        };
    });
}

void add_tools_list(CommandSetup& setup, CLI::App& group) {
    auto* list = group.add_subcommand("list", "The tools the loaded plugins offer");
    list->callback([&setup] {
        setup.action = [&setup] {
            auto tools = setup.context.plugins().tools();
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& tool : tools) {
                    nlohmann::json j = tool.info;
                    j["plugin"] = tool.plugin_id;
                    all.push_back(j);
                }
                setup.out << all.dump(2) << '\n';
                return;
            }
            if (tools.empty()) {
                setup.out
                    << "No tools: no plugin is loaded. `counselorctl plugins list` says why.\n";
                return;
            }
            TextTable table({"ID", "NAME", "KIND", "VERSION", "PLUGIN"});
            for (const auto& t : tools) {
                table.add({t.info.id, t.info.name, t.info.kind, t.info.version, t.plugin_id});
            }
            table.print(setup.out);
        };
    });
}

}  // namespace

void add_plugin_commands(CommandSetup& setup) {
    auto* plugins = setup.app.add_subcommand("plugins", "Inspect the plugins found");
    plugins->require_subcommand(1);
    add_plugins_list(setup, *plugins);
    auto* tools = setup.app.add_subcommand("tools", "Inspect the tools the plugins offer");
    tools->require_subcommand(1);
    add_tools_list(setup, *tools);
}

}  // namespace counselor::cli
