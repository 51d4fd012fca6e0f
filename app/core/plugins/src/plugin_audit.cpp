#include "counselor/core/plugins/plugin_audit.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include <spdlog/spdlog.h>
#include <nlohmann/json.hpp>

#include <chrono>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

constexpr const char* kStatesKey = "audit.plugin_states";

// The plugin's files as they stand: the manifest's size and time, and the
// folder's time (a library replaced by a rename, as installs do, moves it).
std::string file_identity(const fs::path& manifest) {
    std::error_code error;
    const auto size = fs::file_size(manifest, error);
    const auto file_time = fs::last_write_time(manifest, error).time_since_epoch().count();
    const auto folder_time =
        fs::last_write_time(manifest.parent_path(), error).time_since_epoch().count();
    return std::to_string(size) + ":" + std::to_string(file_time) + ":" +
           std::to_string(folder_time);
}

// The kind of reason, for the row: never the reason's text, which may name paths.
std::string plugin_refusal_kind(const PluginRecord& plugin) {
    const std::string& why = plugin.reason;
    auto says = [&](const char* text) { return why.find(text) != std::string::npos; };
    if (plugin.status == PluginStatus::disabled) {
        if (says("switched off because")) return "crashed and switched off";
        if (says("switched off")) return "switched off by the user";
        return "not enabled";
    }
    if (says("duplicate")) return "duplicate id";
    if (plugin.id.empty() || says("plugin.json")) return "bad manifest";
    if (says("ABI") || says("sdk_version") || says("SDK")) return "ABI mismatch";
    return "could not load";
}

// What the trail says of one plugin: its state, and the detail of its row.
struct PluginState {
    std::string key;    // where it was found: two folders may claim one id
    std::string state;  // what it is now: loaded with its version and files, or why not
    AuditEntry row;
};

PluginState state_of(const PluginRecord& plugin, const std::string& actor) {
    const std::string name = plugin.id.empty() ? "(no id)" : plugin.id + " " + plugin.version;
    PluginState state;
    state.key = plugin.location.string();
    if (plugin.status == PluginStatus::loaded) {
        state.state = "loaded " + plugin.version + " " + file_identity(plugin.location);
        state.row = audit_entry(actor, "plugin.load", "plugin", std::nullopt, name);
        return state;
    }
    const std::string kind = plugin_refusal_kind(plugin);
    state.state = "refused " + kind;
    state.row = audit_entry(actor, "plugin.refuse", "plugin", std::nullopt, name + ": " + kind);
    state.row.outcome = "refused";
    return state;
}

}  // namespace

void audit_plugin_changes(Database& db, const std::vector<PluginRecord>& plugins, bool safe_mode,
                          const std::string& actor) {
    if (safe_mode || db.read_only()) return;
    try {
        SettingsRepository settings(db);
        auto known = nlohmann::json::parse(settings.get(kStatesKey).value_or("{}"), nullptr, false);
        if (!known.is_object()) known = nlohmann::json::object();
        std::vector<AuditEntry> rows;
        for (const auto& plugin : plugins) {
            PluginState now = state_of(plugin, actor);
            if (known.value(now.key, std::string()) == now.state) continue;
            known[now.key] = now.state;
            rows.push_back(std::move(now.row));
        }
        if (rows.empty()) return;
        Transaction transaction(db);
        AuditLog trail(db);
        for (const auto& row : rows)
            trail.append(row);
        settings.set(kStatesKey, known.dump());
        transaction.commit();
    } catch (const DatabaseError& error) {
        log().warn("plugin changes not written to the audit trail: {}", error.what());
    }
}

}  // namespace counselor::core
