// Examining one plugin without trusting it: `probe_plugin` runs the
// examination in a child process (this program again, see
// `probe_plugin_here`), so a plugin that crashes or hangs while loading or
// answering is reported, never fatal.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace counselor::core {

// In this process: loads the plugin at `target` (its folder, its plugin.json
// or its library beside plugin.json), asks what it offers and for each
// tool's form. {"id", "name", "version", "tools": [{"id", "name", "kind",
// "form": "ok" | the error}]}. Throws UserError when it is refused. What the
// plugin stores while examined is kept in memory and dropped.
nlohmann::json probe_plugin_here(const std::filesystem::path& target);

struct ProbeReport {
    bool usable = false;
    std::string problem;                               // why not: refused, crashed, hung
    nlohmann::json offers = nlohmann::json::object();  // probe_plugin_here's report when usable
};

// Runs `program probe-args... target` (a program that calls
// probe_plugin_here and prints its report as JSON, or one error line on
// stderr with exit code 1) and reads what happened.
ProbeReport probe_plugin(const std::vector<std::string>& program_and_args,
                         const std::filesystem::path& target);

}  // namespace counselor::core
