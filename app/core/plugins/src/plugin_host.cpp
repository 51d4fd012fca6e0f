#include "counselor/core/plugins/plugin_host.hpp"

#include "counselor/core/forms/answer_validator.hpp"
#include "counselor/core/forms/definition_validator.hpp"
#include "counselor/core/platform/logging.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

namespace counselor::core {

namespace fs = std::filesystem;

std::string_view to_string(PluginStatus status) {
    switch (status) {
        case PluginStatus::loaded:
            return "loaded";
        case PluginStatus::refused:
            return "refused";
        case PluginStatus::disabled:
            return "disabled";
    }
    return "refused";
}

std::string_view to_string(PluginOrigin origin) {
    switch (origin) {
        case PluginOrigin::bundled:
            return "bundled";
        case PluginOrigin::user:
            return "user";
        case PluginOrigin::path:
            return "path";
    }
    return "path";
}

struct PluginHost::CheckedForm {
    nlohmann::json json;
    sdk::FormDefinition definition;
};

struct PluginHost::Slot {
    std::unique_ptr<LoadedPlugin> plugin;
    std::size_t record;                // index into records_
    std::vector<sdk::ToolInfo> tools;  // what it offers that the host accepted
    // Each tool's form once it passed the schema. A form describes the tool
    // as loaded, so it is asked for once per load: asking again for every
    // answer stored was half the work of storing one (callgrind).
    std::map<std::string, CheckedForm, std::less<>> forms;
};

namespace {

bool is_library(const fs::path& file) {
    return file.extension() == ".so";
}

// Entries keep the type the directory listing gave, so telling folders from
// files costs no stat per entry.
std::vector<fs::directory_entry> sorted_entries(const fs::path& folder) {
    std::vector<fs::directory_entry> entries;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        entries.push_back(*it);
    }
    // By name: within one folder the same order as comparing paths, without
    // splitting each path into its parts at every comparison.
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().native() < b.path().native(); });
    return entries;
}

// What is wrong with the definition a plugin serves for `tool_id`.
std::vector<Problem> definition_problems(const nlohmann::json& definition,
                                         std::string_view tool_id) {
    auto problems = validate_definition(definition);
    if (problems.empty() && definition.value("id", std::string()) != tool_id) {
        problems.push_back({"form", "its id \"" + definition.value("id", std::string()) +
                                        "\" differs from the tool id \"" + std::string(tool_id) +
                                        "\""});
    }
    return problems;
}

// A plugin whose tools come from describe() (a form pack serving files a
// clinic wrote by hand) gets each form checked now: a broken one becomes a
// warning on the plugin naming its file, and the rest are served. A compiled
// plugin's forms are checked when used, as before, since its author tests them.
std::vector<sdk::ToolInfo> accepted_dynamic_tools(LoadedPlugin& plugin,
                                                  std::vector<std::string>& warnings) {
    std::vector<sdk::ToolInfo> accepted;
    for (const auto& tool : plugin.info().tools) {
        if (tool.kind != "assessment" && tool.kind != "questionnaire") {
            accepted.push_back(tool);  // no form to check; its calls fail on use as usual
            continue;
        }
        const std::string source = tool.source.empty() ? "tool " + tool.id : tool.source;
        try {
            auto problems = definition_problems(plugin.form(tool.id), tool.id);
            if (problems.empty()) {
                accepted.push_back(tool);
                continue;
            }
            for (const auto& problem : problems)
                warnings.push_back(source + ": " + problem.to_string());
        } catch (const UserError& e) {
            warnings.push_back(source + ": " + e.what());
        }
        log().warn("plugin {}: tool {} not served, its definition has problems",
                   plugin.manifest().id, tool.id);
    }
    return accepted;
}

}  // namespace

PluginHost::PluginHost(HostEnvironment* environment) : environment_(environment) {}

// Plugins shut down in reverse order of loading, before their libraries go.
PluginHost::~PluginHost() {
    while (!slots_.empty()) {
        PluginCrashMarker::Scope running(marker_.get(), slots_.back()->plugin->manifest().id,
                                         "shutdown");
        slots_.pop_back();
    }
}

void PluginHost::load(const PluginSearch& search) {
    if (!search.crash_markers.empty() && !marker_) {
        marker_ = std::make_unique<PluginCrashMarker>(search.crash_markers);
        crashes_ = marker_->collect_crashes();
        for (const auto& crash : crashes_) {
            log().warn("plugin {} crashed a previous run during {}", crash.plugin_id, crash.call);
            try {
                if (search.crashed) search.crashed(crash);
            } catch (const std::exception& e) {
                // Not remembered (a read-only database, say): still kept off below.
                log().warn("plugin {} could not be switched off: {}", crash.plugin_id, e.what());
            }
        }
    }
    for (const auto& folder : search.bundled)
        consider_folder(folder, PluginOrigin::bundled, search);
    for (const auto& folder : search.user)
        consider_folder(folder, PluginOrigin::user, search);
    for (const auto& folder : search.path)
        consider_folder(folder, PluginOrigin::path, search);
    auto deferred = std::move(deferred_);
    deferred_.clear();
    for (auto& [manifest, origin] : deferred)
        consider_plugin(std::move(manifest), origin, search);
}

void PluginHost::consider_folder(const fs::path& folder, PluginOrigin origin,
                                 const PluginSearch& search) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) return;
    if (consider_manifest(folder / "plugin.json", origin, search))
        return;  // the folder is itself one plugin
    for (const auto& entry : sorted_entries(folder)) {
        if (entry.is_directory(error)) {
            if (consider_manifest(entry.path() / "plugin.json", origin, search)) continue;
            for (const auto& inner : sorted_entries(entry.path())) {
                if (is_library(inner.path())) refuse_stray_library(inner.path(), origin);
            }
        } else if (is_library(entry.path())) {
            refuse_stray_library(entry.path(), origin);
        }
    }
}

void PluginHost::refuse_stray_library(const fs::path& library, PluginOrigin origin) {
    PluginRecord record;
    record.location = library;
    record.origin = origin;
    record.status = PluginStatus::refused;
    record.reason = "no plugin.json beside it; a plugin needs its manifest";
    log().warn("plugin refused: {}: {}", library.string(), record.reason);
    records_.push_back(std::move(record));
}

bool PluginHost::consider_manifest(const fs::path& manifest_file, PluginOrigin origin,
                                   const PluginSearch& search) {
    PluginManifest manifest;
    try {
        auto found = read_manifest_if_present(manifest_file);
        if (!found) return false;
        manifest = std::move(*found);
    } catch (const UserError& e) {
        PluginRecord record;
        record.location = manifest_file;
        record.origin = origin;
        record.status = PluginStatus::refused;
        record.reason = e.what();
        log().warn("plugin refused: {}: {}", manifest_file.string(), record.reason);
        records_.push_back(std::move(record));
        return true;
    }
    // Its tools are what the others leave free: it loads after them, from
    // the manifest read now.
    if (manifest.dynamic_tools) {
        deferred_.emplace_back(std::move(manifest), origin);
        return true;
    }
    consider_plugin(std::move(manifest), origin, search);
    return true;
}

void PluginHost::consider_plugin(PluginManifest manifest, PluginOrigin origin,
                                 const PluginSearch& search) {
    PluginRecord record;
    record.location = manifest.file;
    record.origin = origin;
    auto finish = [&](PluginStatus status, std::string reason) {
        record.status = status;
        record.reason = std::move(reason);
        if (status == PluginStatus::refused) {
            log().warn("plugin refused: {}: {}", manifest.file.string(), record.reason);
        }
        records_.push_back(std::move(record));
    };

    record.id = manifest.id;
    record.name = manifest.name;
    record.version = manifest.version;

    if (search.safe_mode && origin != PluginOrigin::bundled) {
        return finish(PluginStatus::disabled, "safe mode: only bundled plugins run");
    }
    const bool crashed_last_time =
        std::any_of(crashes_.begin(), crashes_.end(),
                    [&](const PluginCrash& crash) { return crash.plugin_id == manifest.id; });
    if (crashed_last_time || (search.switched_off && search.switched_off(manifest.id))) {
        auto crash = search.crash_note ? search.crash_note(manifest.id) : std::nullopt;
        for (const auto& found : crashes_) {
            if (!crash && found.plugin_id == manifest.id) crash = what_happened(found);
        }
        return finish(PluginStatus::disabled,
                      (crash ? "switched off because " + *crash + "; once it is fixed, " +
                                   "switch it on in the Plugins dialog or with "
                             : std::string("switched off; switch it on in the Plugins dialog or "
                                           "with ")) +
                          "`counselorctl plugins enable " + manifest.id + "`");
    }
    if (origin == PluginOrigin::user &&
        !(search.user_plugin_enabled && search.user_plugin_enabled(manifest.id))) {
        return finish(
            PluginStatus::disabled,
            "found in the user plugin folder; plugins found there start disabled until enabled");
    }
    for (const auto& slot : slots_) {
        if (slot->plugin->manifest().id == manifest.id) {
            return finish(PluginStatus::refused, "duplicate plugin id \"" + manifest.id +
                                                     "\": already loaded from " +
                                                     records_[slot->record].location.string());
        }
    }

    std::unique_ptr<LoadedPlugin> plugin;
    std::vector<sdk::ToolInfo> tools;
    try {
        PluginCrashMarker::Scope running(marker_.get(), manifest.id, "load");
        plugin = LoadedPlugin::load(manifest, environment_);
        record.warnings = plugin->info().warnings;
        tools = manifest.dynamic_tools ? accepted_dynamic_tools(*plugin, record.warnings)
                                       : plugin->info().tools;
    } catch (const UserError& e) {
        return finish(PluginStatus::refused, e.what());
    }
    if (manifest.dynamic_tools) {
        std::erase_if(tools, [&](const sdk::ToolInfo& tool) {
            auto existing = find_tool(tool.id);
            if (existing) {
                record.warnings.push_back((tool.source.empty() ? "tool " + tool.id : tool.source) +
                                          ": tool id \"" + tool.id +
                                          "\" is already offered by plugin " + existing->plugin_id);
            }
            return existing.has_value();
        });
    }
    for (const auto& tool : tools) {
        if (auto existing = find_tool(tool.id)) {
            return finish(
                PluginStatus::refused,
                "tool id \"" + tool.id + "\" is already offered by plugin " + existing->plugin_id);
        }
    }
    // Counted, not quoted: the list shows them; the log keeps to ids.
    if (!record.warnings.empty())
        log().warn("plugin {}: {} warnings", manifest.id, record.warnings.size());
    record.tools = tools;
    slots_.push_back(
        std::make_unique<Slot>(Slot{std::move(plugin), records_.size(), std::move(tools), {}}));
    finish(PluginStatus::loaded, "");
}

std::vector<ToolEntry> PluginHost::tools() const {
    std::vector<ToolEntry> entries;
    for (const auto& slot : slots_) {
        for (const auto& tool : slot->tools) {
            entries.push_back({tool, slot->plugin->manifest().id});
        }
    }
    return entries;
}

// Copies only the tool found: loading asks once per tool offered.
std::optional<ToolEntry> PluginHost::find_tool(std::string_view tool_id) const {
    for (const auto& slot : slots_) {
        for (const auto& tool : slot->tools) {
            if (tool.id == tool_id) return ToolEntry{tool, slot->plugin->manifest().id};
        }
    }
    return std::nullopt;
}

PluginHost::Slot& PluginHost::slot_for_tool(std::string_view tool_id) {
    for (auto& slot : slots_) {
        for (const auto& tool : slot->tools) {
            if (tool.id == tool_id) return *slot;
        }
    }
    throw NotFound("no tool \"" + std::string(tool_id) +
                   "\" among the loaded plugins; `counselorctl tools list` shows them");
}

// Runs a call into the plugin offering `tool_id`; a failure is remembered in
// the plugin's record so the Plugins list can show it.
template <class Call>
auto PluginHost::through(std::string_view tool_id, std::string_view what, Call&& call) {
    Slot& slot = slot_for_tool(tool_id);
    try {
        PluginCrashMarker::Scope running(marker_.get(), slot.plugin->manifest().id, what);
        return call(*slot.plugin, std::string(tool_id));
    } catch (const PluginCallFailed& e) {
        records_[slot.record].reason = e.what();
        log().warn("{}", e.what());
        throw;
    }
}

const PluginHost::CheckedForm& PluginHost::checked_form(std::string_view tool_id) {
    Slot& slot = slot_for_tool(tool_id);
    if (const auto known = slot.forms.find(tool_id); known != slot.forms.end())
        return known->second;
    auto definition =
        through(tool_id, "form", [](LoadedPlugin& p, const std::string& id) { return p.form(id); });
    auto problems = definition_problems(definition, tool_id);
    if (!problems.empty()) {
        for (auto& problem : problems)
            problem.where = "tool " + std::string(tool_id) + ", " + problem.where;
        throw InvalidDefinition(std::move(problems));
    }
    auto typed_definition = definition.get<sdk::FormDefinition>();
    return slot.forms
        .emplace(std::string(tool_id),
                 CheckedForm{std::move(definition), std::move(typed_definition)})
        .first->second;
}

nlohmann::json PluginHost::form_json(std::string_view tool_id) {
    return checked_form(tool_id).json;
}

sdk::FormDefinition PluginHost::form(std::string_view tool_id) {
    return checked_form(tool_id).definition;
}

sdk::Result PluginHost::evaluate(std::string_view tool_id, const sdk::Answers& answers) {
    return evaluate_with_json(tool_id, answers).result;
}

PluginHost::Evaluation PluginHost::evaluate_with_json(std::string_view tool_id,
                                                      const sdk::Answers& answers) {
    const auto& definition = checked_form(tool_id).definition;
    if (auto problems = validate_answers(definition, answers.json()); !problems.empty()) {
        throw InvalidAnswers(std::move(problems));
    }
    auto json = through(tool_id, "evaluate", [&](LoadedPlugin& p, const std::string& id) {
        return p.evaluate(id, answers.json());
    });
    auto result = typed<sdk::Result>(tool_id, "evaluate", json);
    return {std::move(result), std::move(json)};
}

nlohmann::json PluginHost::templates(std::string_view tool_id) {
    return through(tool_id, "templates",
                   [](LoadedPlugin& p, const std::string& id) { return p.templates(id); });
}

nlohmann::json PluginHost::render(std::string_view tool_id, const nlohmann::json& request) {
    return through(tool_id, "render",
                   [&](LoadedPlugin& p, const std::string& id) { return p.render(id, request); });
}

// Converts a plugin's JSON into `T`; JSON that does not fit is the plugin's fault.
template <class T>
T PluginHost::typed(std::string_view tool_id, const char* call, const nlohmann::json& payload) {
    try {
        return payload.get<T>();
    } catch (const nlohmann::json::exception&) {
        throw PluginCallFailed("plugin " + slot_for_tool(tool_id).plugin->manifest().id + ": " +
                               call + "(" + std::string(tool_id) +
                               ") returned JSON that does not fit the schema");
    }
}

sdk::Document PluginHost::render_document(std::string_view tool_id, const nlohmann::json& request) {
    auto document = typed<sdk::Document>(tool_id, "render", render(tool_id, request));
    // A chart whose numbers do not line up with its categories would print
    // bars under the wrong stage; refuse it rather than draw it.
    if (const auto problems = sdk::document_problems(document); !problems.empty()) {
        std::string message = "plugin " + slot_for_tool(tool_id).plugin->manifest().id +
                              ": render(" + std::string(tool_id) + ") returned a document " +
                              "that does not hold together: " + problems.front();
        if (problems.size() > 1)
            message += " (and " + std::to_string(problems.size() - 1) + " more)";
        throw PluginCallFailed(message);
    }
    return document;
}

std::vector<sdk::Template> PluginHost::template_list(std::string_view tool_id) {
    return typed<std::vector<sdk::Template>>(tool_id, "templates", templates(tool_id));
}

}  // namespace counselor::core
