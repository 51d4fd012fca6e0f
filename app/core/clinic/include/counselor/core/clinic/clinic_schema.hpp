// The clinic schema's numbered migrations (data/migrations/postgresql,
// compiled in) and the schema-version rule of the laptop, on the server: a
// server with a newer schema than this program knows is refused, never
// written.
#pragma once

#include <vector>

namespace counselor::core {

class ServerConnection;

struct ClinicMigration {
    int version;
    const char* name;  // the file's name, for messages
    const char* sql;
};

// The migrations shipped with this program, in version order.
const std::vector<ClinicMigration>& clinic_migrations();
int latest_clinic_schema_version();

// The version of the clinic schema on the server: 0 when it has none.
int clinic_schema_version(ServerConnection& server);

// Applies every migration in the caller's transaction (`clinic init`).
// Throws UserError when the server already holds a clinic schema.
void create_clinic_schema(ServerConnection& server);

// Before any work on the server: throws UserError when it holds no clinic,
// or one newer than this program.
void check_clinic_schema(ServerConnection& server);

}  // namespace counselor::core
