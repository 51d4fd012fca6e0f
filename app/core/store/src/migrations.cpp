#include "counselor/core/store/migrations.hpp"

#include <algorithm>

namespace counselor::core {

int latest_schema_version(const std::vector<Migration>& migrations) {
    int latest = 0;
    for (const auto& migration : migrations)
        latest = std::max(latest, migration.version);
    return latest;
}

}  // namespace counselor::core
