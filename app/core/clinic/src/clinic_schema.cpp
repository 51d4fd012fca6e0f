#include "counselor/core/clinic/clinic_schema.hpp"

#include "counselor/core/clinic/server_connection.hpp"

#include <counselor/core/platform/dates.hpp>
#include <counselor/core/platform/errors.hpp>
#include <counselor/core/platform/logging.hpp>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace counselor::core {

int latest_clinic_schema_version() {
    const auto& migrations = clinic_migrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

int clinic_schema_version(ServerConnection& server) {
    const auto table = server.query("SELECT to_regclass('clinic.schema_migrations') IS NOT NULL");
    if (table.empty() || table.front().front() != "t") return 0;
    const auto version =
        server.query("SELECT COALESCE(max(version), 0) FROM clinic.schema_migrations");
    return std::stoi(version.front().front().value_or("0"));
}

void create_clinic_schema(ServerConnection& server) {
    const auto exists = server.query("SELECT to_regnamespace('clinic') IS NOT NULL");
    if (!exists.empty() && exists.front().front() == "t") {
        throw UserError("the server at " + server.address().host +
                        " already holds a clinic; nothing was changed");
    }
    for (const auto& migration : clinic_migrations()) {
        server.execute(migration.sql);
        // A migration works as clinic_owner (SET LOCAL ROLE); what follows
        // in the transaction works as the one who signed in again.
        server.execute("RESET ROLE; RESET search_path");
        server.query("INSERT INTO clinic.schema_migrations (version, applied_at) VALUES ($1, $2)",
                     {std::to_string(migration.version), utc_now()});
        log().info("clinic schema: {} applied", migration.name);
    }
}

void check_clinic_schema(ServerConnection& server) {
    const int version = clinic_schema_version(server);
    const std::string where = "the server at " + server.address().host;
    if (version == 0) {
        throw UserError(where + " holds no clinic (or " + server.user() +
                        " may not see it); an administrator makes one with `counselorctl clinic "
                        "init`");
    }
    if (version > latest_clinic_schema_version()) {
        throw UserError(where + " holds a clinic of schema version " + std::to_string(version) +
                        ", newer than this program knows (" +
                        std::to_string(latest_clinic_schema_version()) +
                        "); update Counselor Workstation. Nothing was read or written");
    }
}

}  // namespace counselor::core
