#include "counselor/core/plugins/plugin_choices.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/errors.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace counselor::core {

namespace {

const char* const kEnabled = "plugins.enabled";
const char* const kDisabled = "plugins.disabled";
const char* const kCrashed = "plugins.crashed";  // {plugin id: what happened}

nlohmann::json crash_notes(SettingsRepository& settings) {
    auto notes = nlohmann::json::parse(settings.get(kCrashed).value_or("{}"), nullptr, false);
    return notes.is_object() ? notes : nlohmann::json::object();
}

// A settings value holding a JSON array of plugin ids; anything else reads as empty.
std::vector<std::string> ids_in(SettingsRepository& settings, const char* key) {
    auto value = nlohmann::json::parse(settings.get(key).value_or("[]"), nullptr, false);
    std::vector<std::string> ids;
    if (!value.is_array()) return ids;
    for (const auto& id : value) {
        if (id.is_string()) ids.push_back(id.get<std::string>());
    }
    return ids;
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void set_membership(SettingsRepository& settings, const char* key, const std::string& id,
                    bool member) {
    auto ids = ids_in(settings, key);
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
    if (member) ids.push_back(id);
    settings.set(key, nlohmann::json(ids).dump());
}

void check_id(const std::string& id) {
    if (id.empty() || id.size() > 200 || id.find_first_of(" \t\r\n") != std::string::npos)
        throw UserError("'" + id + "' is not a plugin id; `plugins list` shows them");
}

}  // namespace

void PluginChoices::enable(const std::string& plugin_id) {
    change(plugin_id, true);
}

void PluginChoices::disable(const std::string& plugin_id) {
    change(plugin_id, false);
}

void PluginChoices::disable_after_crash(const std::string& plugin_id,
                                        const std::string& what_happened) {
    change(plugin_id, false, what_happened);
}

void PluginChoices::change(const std::string& plugin_id, bool on, const std::string& crash) {
    check_id(plugin_id);
    Transaction transaction(db_);
    SettingsRepository settings(db_);
    set_membership(settings, kEnabled, plugin_id, on);
    set_membership(settings, kDisabled, plugin_id, !on);
    auto notes = crash_notes(settings);
    if (crash.empty()) {
        notes.erase(plugin_id);
    } else {
        notes[plugin_id] = crash;
    }
    settings.set(kCrashed, notes.dump());
    AuditLog(db_).append(audit_entry(actor_, on ? "plugin.enable" : "plugin.disable", "plugin",
                                     std::nullopt,
                                     "plugin=" + plugin_id + (crash.empty() ? "" : " crashed")));
    transaction.commit();
}

std::optional<std::string> PluginChoices::crash_note(const std::string& plugin_id) {
    SettingsRepository settings(db_);
    auto notes = crash_notes(settings);
    if (!notes.contains(plugin_id) || !notes[plugin_id].is_string()) return std::nullopt;
    return notes[plugin_id].get<std::string>();
}

bool PluginChoices::switched_on(const std::string& plugin_id) {
    SettingsRepository settings(db_);
    return contains(ids_in(settings, kEnabled), plugin_id);
}

bool PluginChoices::switched_off(const std::string& plugin_id) {
    return contains(switched_off_ids(), plugin_id);
}

std::vector<std::string> PluginChoices::switched_off_ids() {
    SettingsRepository settings(db_);
    return ids_in(settings, kDisabled);
}

}  // namespace counselor::core
