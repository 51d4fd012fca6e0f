#include "counselor/core/records/recent_client.hpp"

#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/store/settings_repository.hpp"

#include <charconv>
#include <string>

namespace counselor::core {

namespace {
constexpr const char* kKey = "ui.last_client";
}

std::optional<std::int64_t> last_client(Database& db) {
    auto text = SettingsRepository(db).get(kKey);
    if (!text) return std::nullopt;
    std::int64_t id = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), id);
    if (error != std::errc() || end != text->data() + text->size()) return std::nullopt;
    if (!ClientRepository(db).find(id)) return std::nullopt;
    return id;
}

void remember_last_client(Database& db, std::int64_t client_id) {
    if (db.read_only()) return;
    SettingsRepository settings(db);
    const std::string id = std::to_string(client_id);
    // The window opens on the client it remembers: writing the same id back
    // would cost a commit (a sync to disk) before the window is ready.
    if (settings.get(kKey) == id) return;
    settings.set(kKey, id);
}

}  // namespace counselor::core
