#include "counselor/core/store/settings_repository.hpp"

namespace counselor::core {

std::optional<std::string> SettingsRepository::get(const std::string& key) {
    Statement query = db_.prepare("SELECT value FROM practice_settings WHERE key = ?");
    query.bind(1, key);
    if (!query.step()) return std::nullopt;
    return query.text(0);
}

void SettingsRepository::set(const std::string& key, const std::string& value) {
    // SQLite 3.15 has no UPSERT; the key is the whole row's identity, so
    // replacing the row is the same thing.
    db_.prepare("INSERT OR REPLACE INTO practice_settings (key, value) VALUES (?, ?)")
        .bind(1, key)
        .bind(2, value)
        .run();
}

}  // namespace counselor::core
