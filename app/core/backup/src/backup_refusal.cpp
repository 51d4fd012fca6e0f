// Refused backups and restores in the audit trail: who tried, and the kind of
// reason, so a pattern of failed attempts shows without naming any file.
#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/backup/backup.hpp"
#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/logging.hpp"

#include <spdlog/spdlog.h>

namespace counselor::core {

namespace {

const char* reason_kind(DatabaseError::Reason reason) {
    using Reason = DatabaseError::Reason;
    switch (reason) {
        case Reason::cannot_open:
            return "cannot open";
        case Reason::missing:
            return "missing";
        case Reason::locked:
            return "busy";
        case Reason::read_only:
            return "read-only";
        case Reason::newer_schema:
            return "newer schema";
        case Reason::not_a_database:
            return "not a database";
        case Reason::corrupt:
            return "damaged database";
        case Reason::io:
            return "disk error";
        case Reason::passphrase_needed:
            return "passphrase needed";
        case Reason::wrong_passphrase:
            return "wrong passphrase";
        case Reason::not_encrypted:
            return "key file missing";
    }
    return "database error";
}

}  // namespace

std::string refusal_kind(const std::exception& error, const std::string& otherwise) {
    if (const auto* database = dynamic_cast<const DatabaseError*>(&error))
        return reason_kind(database->reason());
    if (dynamic_cast<const FileExists*>(&error) != nullptr) return "file exists";
    if (dynamic_cast<const NotFound*>(&error) != nullptr) return "not found";
    return otherwise;
}

void audit_refusal(Database& db, const std::string& actor, const std::string& action,
                   const std::string& kind) {
    try {
        Transaction transaction(db);
        auto entry = audit_entry(actor, action, "database", std::nullopt, kind);
        entry.outcome = "refused";
        AuditLog(db).append(entry);
        transaction.commit();
    } catch (const std::exception&) {
        // The refusal itself is what the person needs to hear about.
        log().warn("a refused {} could not be written to the audit trail", action);
    }
}

}  // namespace counselor::core
