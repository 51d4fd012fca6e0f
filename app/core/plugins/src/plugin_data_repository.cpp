#include "counselor/core/plugins/plugin_data_repository.hpp"

namespace counselor::core {

// Every statement names the plugin id, so one plugin's keys are invisible to
// another whatever key it asks for.

std::optional<std::string> PluginDataRepository::get(const std::string& plugin_id,
                                                     const std::string& key) {
    Statement query = db_.prepare("SELECT value FROM plugin_data WHERE plugin_id = ? AND key = ?");
    query.bind(1, plugin_id).bind(2, key);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

void PluginDataRepository::set(const std::string& plugin_id, const std::string& key,
                               const std::string& value) {
    db_.prepare("INSERT OR REPLACE INTO plugin_data (plugin_id, key, value) VALUES (?, ?, ?)")
        .bind(1, plugin_id)
        .bind(2, key)
        .bind(3, value)
        .run();
}

void PluginDataRepository::erase(const std::string& plugin_id, const std::string& key) {
    db_.prepare("DELETE FROM plugin_data WHERE plugin_id = ? AND key = ?")
        .bind(1, plugin_id)
        .bind(2, key)
        .run();
}

}  // namespace counselor::core
