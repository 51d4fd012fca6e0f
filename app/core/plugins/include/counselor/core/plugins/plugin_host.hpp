// Finds plugins, vets their manifests, loads them and keeps them loaded. One
// broken plugin is refused with one clear line and never stops the rest.
#pragma once

#include "counselor/core/plugins/host_environment.hpp"
#include "counselor/core/plugins/loaded_plugin.hpp"
#include "counselor/core/plugins/plugin_crash_marker.hpp"

#include <counselor/sdk/answers.hpp>
#include <counselor/sdk/document.hpp>
#include <counselor/sdk/form.hpp>
#include <counselor/sdk/result.hpp>
#include <counselor/sdk/tool.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

enum class PluginStatus { loaded, refused, disabled };
enum class PluginOrigin { bundled, user, path };  // path: --plugin-dir or COUNSELOR_PLUGIN_PATH

std::string_view to_string(PluginStatus status);
std::string_view to_string(PluginOrigin origin);

// What the host knows of one plugin found on disk, loaded or not.
struct PluginRecord {
    std::filesystem::path location;  // its plugin.json, or the stray library file
    PluginOrigin origin = PluginOrigin::bundled;
    PluginStatus status = PluginStatus::refused;
    std::string reason;  // why refused or disabled; the last run-time failure once loaded
    std::string id;      // from the manifest, when it could be read
    std::string name;
    std::string version;
    std::vector<sdk::ToolInfo> tools;  // once loaded
    // Loaded, but something in it needs fixing: a definition file a form
    // pack could not serve, named with its path and what is wrong.
    std::vector<std::string> warnings;
};

struct PluginSearch {
    std::vector<std::filesystem::path> bundled;  // trusted: ship with the program
    std::vector<std::filesystem::path> user;     // dropped in by a person: start disabled
    std::vector<std::filesystem::path> path;     // named on the command line or in the environment
    bool safe_mode = false;                      // bundled plugins only
    // Whether a plugin from a user folder was enabled by the counselor.
    std::function<bool(const std::string& plugin_id)> user_plugin_enabled;
    // Whether the counselor switched the plugin off, wherever it was found.
    std::function<bool(const std::string& plugin_id)> switched_off;

    // Where the notes naming the plugin code running live (one per process;
    // see PluginCrashMarker); empty: no notes, and no crash is remembered.
    std::filesystem::path crash_markers;
    // Told, before anything loads, of each plugin a previous process died
    // in, so it can be switched off before it runs again.
    std::function<void(const PluginCrash& crash)> crashed;
    // For a plugin switched off because it crashed: what happened, for the
    // reason the Plugins list shows.
    std::function<std::optional<std::string>(const std::string& plugin_id)> crash_note;
};

struct ToolEntry {
    sdk::ToolInfo info;
    std::string plugin_id;
};

class PluginHost {
  public:
    explicit PluginHost(HostEnvironment* environment);
    ~PluginHost();
    PluginHost(const PluginHost&) = delete;
    PluginHost& operator=(const PluginHost&) = delete;

    // Discovers and loads everything `search` names, in order: bundled, user, path.
    void load(const PluginSearch& search);

    const std::vector<PluginRecord>& plugins() const { return records_; }
    // The crashes of earlier processes found when this one loaded.
    const std::vector<PluginCrash>& crashes_found() const { return crashes_; }
    std::vector<ToolEntry> tools() const;  // in plugin then tool order
    std::optional<ToolEntry> find_tool(std::string_view tool_id) const;

    // Tool calls. Throw NotFound for an unknown tool, PluginCallFailed when
    // the plugin fails (also noted in its record), InvalidDefinition when a
    // plugin's form breaks the schema, InvalidAnswers for bad answers.
    nlohmann::json form_json(std::string_view tool_id);
    sdk::FormDefinition form(std::string_view tool_id);
    sdk::Result evaluate(std::string_view tool_id, const sdk::Answers& answers);
    // evaluate's result, and the JSON it was read from: what a store keeps,
    // without turning the result back into JSON.
    struct Evaluation {
        sdk::Result result;
        nlohmann::json json;
    };
    Evaluation evaluate_with_json(std::string_view tool_id, const sdk::Answers& answers);
    nlohmann::json templates(std::string_view tool_id);
    nlohmann::json render(std::string_view tool_id, const nlohmann::json& request);
    sdk::Document render_document(std::string_view tool_id, const nlohmann::json& request);
    std::vector<sdk::Template> template_list(std::string_view tool_id);

  private:
    struct Slot;
    struct CheckedForm;
    const CheckedForm& checked_form(std::string_view tool_id);
    void consider_folder(const std::filesystem::path& folder, PluginOrigin origin,
                         const PluginSearch& search);
    // Whether there was a manifest there (loaded, deferred or refused).
    bool consider_manifest(const std::filesystem::path& manifest_file, PluginOrigin origin,
                           const PluginSearch& search);
    void consider_plugin(PluginManifest manifest, PluginOrigin origin, const PluginSearch& search);
    void refuse_stray_library(const std::filesystem::path& library, PluginOrigin origin);
    Slot& slot_for_tool(std::string_view tool_id);
    template <class Call>
    auto through(std::string_view tool_id, std::string_view what, Call&& call);
    template <class T>
    T typed(std::string_view tool_id, const char* call, const nlohmann::json& payload);

    HostEnvironment* environment_;
    // Plugins whose tools come from describe() load after all others, so a
    // form file reusing a compiled tool's id loses that id (with a warning)
    // instead of keeping the compiled plugin from loading.
    std::vector<std::pair<PluginManifest, PluginOrigin>> deferred_;
    std::vector<PluginRecord> records_;
    std::vector<std::unique_ptr<Slot>> slots_;  // loaded plugins, with their record index
    std::unique_ptr<PluginCrashMarker> marker_;
    std::vector<PluginCrash> crashes_;
};

}  // namespace counselor::core
