#include "commands.hpp"
#include "text_table.hpp"

#include <counselor/core/plugins/plugin_choices.hpp>
#include <counselor/core/plugins/plugin_probe.hpp>

#include <memory>
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
            {"warnings", record.warnings},
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
    // A loaded plugin can still have parts it could not use, e.g. a form
    // pack's broken definition files; each line names the file at fault.
    heading = false;
    for (const auto& r : records) {
        for (const auto& warning : r.warnings) {
            if (!heading) out << "\nWarnings:\n";
            heading = true;
            out << "  " << r.id << ": " << warning << '\n';
        }
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

// plugins enable ID / plugins disable ID: only plugins found can be switched,
// so a typo is an error rather than a setting that never matches anything.
void add_plugin_switch(CommandSetup& setup, CLI::App& group, bool on) {
    auto* command = group.add_subcommand(
        on ? "enable" : "disable",
        on ? "Let a plugin run (one found in a user or clinic folder starts disabled)"
           : "Keep a plugin from running; its records stay");
    auto id = std::make_shared<std::string>();
    command->add_option("ID", *id, "The plugin's id, as `plugins list` shows it")->required();
    command->callback([&setup, id, on] {
        setup.action = [&setup, id, on] {
            bool found = false;
            for (const auto& record : setup.context.plugins().plugins())
                found = found || record.id == *id;
            if (!found) {
                throw core::UserError("no plugin with id '" + *id +
                                      "' was found; `counselorctl plugins list` shows them");
            }
            core::PluginChoices choices(setup.context.database(), current_actor());
            if (on) {
                choices.enable(*id);
            } else {
                choices.disable(*id);
            }
            setup.out << "Plugin " << *id << (on ? " switched on" : " switched off")
                      << "; this takes effect the next time the program starts.\n";
        };
    });
}

void print_probe(std::ostream& out, const core::ProbeReport& report) {
    const auto& offers = report.offers;
    out << "Plugin " << offers.value("id", "?") << " " << offers.value("version", "")
        << " loads and answers.\n";
    TextTable table({"TOOL", "NAME", "KIND", "FORM"});
    for (const auto& tool : offers.value("tools", nlohmann::json::array())) {
        table.add({tool.value("id", ""), tool.value("name", ""), tool.value("kind", ""),
                   tool.value("form", "")});
    }
    table.print(out);
}

// plugins probe FILE: the examination runs in a child process (this program
// with --in-process), so a plugin that crashes or hangs is only reported.
void add_plugin_probe(CommandSetup& setup, CLI::App& group) {
    auto* probe = group.add_subcommand(
        "probe", "Load a plugin in a separate process and say what it offers or why it fails");
    auto target = std::make_shared<std::string>();
    auto in_process = std::make_shared<bool>(false);
    probe->add_option("FILE", *target, "The plugin's folder, plugin.json or library")->required();
    probe->add_flag("--in-process", *in_process, "Examine it in this process (used by probe)")
        ->group("");
    probe->callback([&setup, target, in_process] {
        setup.action = [&setup, target, in_process] {
            if (*in_process) {
                setup.out << core::probe_plugin_here(*target).dump() << '\n';
                return;
            }
            const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
            auto report = core::probe_plugin({self, "plugins", "probe", "--in-process"}, *target);
            if (!report.usable) throw core::UserError("plugin " + *target + ": " + report.problem);
            if (setup.context.json()) {
                setup.out << report.offers.dump(2) << '\n';
            } else {
                print_probe(setup.out, report);
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
    add_plugin_switch(setup, *plugins, true);
    add_plugin_switch(setup, *plugins, false);
    add_plugin_probe(setup, *plugins);
    auto* tools = setup.app.add_subcommand("tools", "Inspect the tools the plugins offer");
    tools->require_subcommand(1);
    add_tools_list(setup, *tools);
}

}  // namespace counselor::cli
