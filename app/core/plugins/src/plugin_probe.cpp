#include "counselor/core/plugins/plugin_probe.hpp"

#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/platform/child_process.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/plugins/loaded_plugin.hpp"
#include "counselor/core/plugins/plugin_manifest.hpp"

#include <string.h>

#include <map>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

constexpr std::chrono::seconds kProbeLimit{20};

fs::path manifest_for(const fs::path& target) {
    if (fs::is_directory(target)) return target / "plugin.json";
    if (target.filename() == "plugin.json") return target;
    return target.parent_path() / "plugin.json";  // the library: its manifest sits beside it
}

// The one line an examining process prints on failure ("counselorctl: ...").
std::string error_line(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    if (const auto newline = text.rfind('\n'); newline != std::string::npos)
        text = text.substr(newline + 1);
    if (const auto colon = text.find(": ");
        colon != std::string::npos && text.compare(0, colon, "counselorctl") == 0)
        text = text.substr(colon + 2);
    return text;
}

// What a plugin under examination may keep: nothing beyond the examination.
class ScratchEnvironment : public HostEnvironment {
  public:
    std::optional<std::string> plugin_value(const std::string&, const std::string& key) override {
        auto found = values_.find(key);
        if (found == values_.end()) return std::nullopt;
        return found->second;
    }
    bool set_plugin_value(const std::string&, const std::string& key,
                          const std::optional<std::string>& value) override {
        if (value) {
            values_[key] = *value;
        } else {
            values_.erase(key);
        }
        return true;
    }
    nlohmann::json practice_info() override {
        return {{"practice_name", ""}, {"counselor_name", ""}};
    }

  private:
    std::map<std::string, std::string> values_;
};

}  // namespace

nlohmann::json probe_plugin_here(const fs::path& target) {
    if (!fs::exists(target)) throw UserError(target.string() + " does not exist");
    const fs::path manifest_file = manifest_for(target);
    if (!fs::exists(manifest_file)) {
        throw UserError("no plugin.json beside " + target.string() +
                        "; a plugin is a folder with plugin.json and its library");
    }
    ScratchEnvironment scratch;
    auto plugin = LoadedPlugin::load(read_manifest(manifest_file), &scratch);
    const auto& info = plugin->info();
    nlohmann::json tools = nlohmann::json::array();
    for (const auto& tool : info.tools) {
        nlohmann::json entry = {{"id", tool.id}, {"name", tool.name}, {"kind", tool.kind}};
        try {
            const auto problems = validate_definition(plugin->form(tool.id));
            entry["form"] = problems.empty() ? "ok" : describe(problems);
        } catch (const UserError& error) {
            entry["form"] = error.what();
        }
        tools.push_back(entry);
    }
    return {{"id", info.id}, {"name", info.name}, {"version", info.version}, {"tools", tools}};
}

ProbeReport probe_plugin(const std::vector<std::string>& program_and_args, const fs::path& target) {
    auto argv = program_and_args;
    argv.push_back(target.string());
    const auto child = run_child(argv, kProbeLimit);
    ProbeReport report;
    if (!child.started) {
        report.problem = "could not start " + argv.front() + " to examine it";
    } else if (child.timed_out) {
        report.problem = "it did not answer within " + std::to_string(kProbeLimit.count()) +
                         " s and was stopped";
    } else if (child.signal != 0) {
        report.problem = "it crashed the process examining it (signal " +
                         std::to_string(child.signal) + ", " + ::strsignal(child.signal) +
                         "); this program would have crashed too";
    } else if (child.exit_code != 0) {
        report.problem = error_line(child.err);
        if (report.problem.empty()) report.problem = "it was refused";
    } else {
        auto offers = nlohmann::json::parse(child.out, nullptr, false);
        if (offers.is_discarded() || !offers.is_object()) {
            report.problem = "the examination printed something that is not a report";
        } else {
            report.usable = true;
            report.offers = std::move(offers);
        }
    }
    return report;
}

}  // namespace counselor::core
