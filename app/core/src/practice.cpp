#include "counselor/core/practice.hpp"

#include "counselor/core/settings_repository.hpp"

namespace counselor::core {

nlohmann::json practice_info(Database& db) {
    SettingsRepository settings(db);
    return {{"practice_name", settings.get("practice.name").value_or("")},
            {"counselor_name", settings.get("counselor.name").value_or("")}};
}

}  // namespace counselor::core
