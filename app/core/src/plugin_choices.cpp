#include "counselor/core/plugin_choices.hpp"

#include "counselor/core/audit_log.hpp"
#include "counselor/core/errors.hpp"
#include "counselor/core/settings_repository.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace counselor::core {

namespace {

const char* const kEnabled = "plugins.enabled";
const char* const kDisabled = "plugins.disabled";

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

void PluginChoices::change(const std::string& plugin_id, bool on) {
    check_id(plugin_id);
    Transaction transaction(db_);
    SettingsRepository settings(db_);
    set_membership(settings, kEnabled, plugin_id, on);
    set_membership(settings, kDisabled, plugin_id, !on);
    AuditLog(db_).append(audit_entry(actor_, on ? "plugin.enable" : "plugin.disable", "plugin",
                                     std::nullopt, "plugin=" + plugin_id));
    transaction.commit();
}

bool PluginChoices::switched_on(const std::string& plugin_id) {
    SettingsRepository settings(db_);
    return contains(ids_in(settings, kEnabled), plugin_id);
}

bool PluginChoices::switched_off(const std::string& plugin_id) {
    SettingsRepository settings(db_);
    return contains(ids_in(settings, kDisabled), plugin_id);
}

}  // namespace counselor::core
