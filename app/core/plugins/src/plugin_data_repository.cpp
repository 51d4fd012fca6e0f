#include "counselor/core/plugins/plugin_data_repository.hpp"

#include <optional>

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

// An update, then an insert when there was nothing to update: SQL every
// database runs (SQLCipher 3.4's SQLite predates ON CONFLICT), kept whole by
// one transaction.
void PluginDataRepository::set(const std::string& plugin_id, const std::string& key,
                               const std::string& value) {
    std::optional<Transaction> transaction;
    if (!db_.in_transaction()) transaction.emplace(db_);
    db_.prepare("UPDATE plugin_data SET value = ?3 WHERE plugin_id = ?1 AND key = ?2")
        .bind(1, plugin_id)
        .bind(2, key)
        .bind(3, value)
        .run();
    if (db_.changes() == 0) {
        db_.prepare("INSERT INTO plugin_data (plugin_id, key, value) VALUES (?, ?, ?)")
            .bind(1, plugin_id)
            .bind(2, key)
            .bind(3, value)
            .run();
    }
    if (transaction) transaction->commit();
}

void PluginDataRepository::erase(const std::string& plugin_id, const std::string& key) {
    db_.prepare("DELETE FROM plugin_data WHERE plugin_id = ? AND key = ?")
        .bind(1, plugin_id)
        .bind(2, key)
        .run();
}

}  // namespace counselor::core
