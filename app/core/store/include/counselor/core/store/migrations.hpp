// Schema migrations: numbered SQL files from data/migrations, compiled into
// the program. Each is applied in one transaction together with the bump of
// PRAGMA user_version.
#pragma once

#include <string>
#include <vector>

namespace counselor::core {

struct Migration {
    int version;       // becomes PRAGMA user_version once applied
    std::string name;  // file name, for messages
    std::string sql;
};

// The migrations shipped with this program, in version order.
const std::vector<Migration>& embedded_migrations();

// The schema version a database has once every migration is applied.
int latest_schema_version(const std::vector<Migration>& migrations = embedded_migrations());

}  // namespace counselor::core
