// What every window shares once the program has started: the open practice
// database, the loaded plugins, who is acting, and where to say that a
// plugin failed without stopping the rest.
#pragma once

#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/store/database.hpp>

#include <functional>
#include <string>

namespace counselor::gui {

struct AppContext {
    core::Database& db;
    core::PluginHost& plugins;
    std::string actor;
    bool safe_mode = false;
    bool batch = false;  // nobody is there: no message boxes, problems go to stderr
    // Shows one line in the status bar, e.g. a plugin's run-time error.
    std::function<void(const std::string&)> report;

    // The name a person reads for a tool id (the id when no plugin offers it).
    std::string tool_name(const std::string& tool_id) const {
        auto tool = plugins.find_tool(tool_id);
        return tool ? tool->info.name : tool_id;
    }
};

}  // namespace counselor::gui
