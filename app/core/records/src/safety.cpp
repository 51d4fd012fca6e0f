#include "counselor/core/records/safety.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/errors.hpp"

namespace counselor::core {

std::vector<Flag> open_flags_of_case(Database& db, std::int64_t case_id) {
    return FlagRepository(db).open_of_case(case_id);
}

std::vector<Flag> safety_hold_flags(Database& db, std::int64_t case_id) {
    std::vector<Flag> holding;
    for (auto& flag : open_flags_of_case(db, case_id)) {
        if (flag.hold) holding.push_back(std::move(flag));
    }
    return holding;
}

int resolve_flag(Database& db, std::int64_t flag_id, const std::string& actor) {
    Transaction transaction(db);
    Statement find =
        db.prepare("SELECT source, code, message, resolved_at IS NOT NULL FROM flags WHERE id = ?");
    find.bind(1, flag_id);
    if (!find.step()) throw NotFound("no flag with id " + std::to_string(flag_id));
    if (find.int64(3) != 0) {
        throw UserError("flag " + std::to_string(flag_id) + " is already resolved");
    }
    const std::string source = find.text(0), code = find.text(1), message = find.text(2);
    // The same answer's flag on the client and on each case of it.
    Statement siblings = db.prepare(
        "SELECT id FROM flags WHERE source = ? AND code = ? AND message = ? AND resolved_at IS "
        "NULL");
    siblings.bind(1, source).bind(2, code).bind(3, message);
    std::vector<std::int64_t> ids;
    while (siblings.step())
        ids.push_back(siblings.int64(0));
    FlagRepository flags(db);
    for (std::int64_t id : ids)
        flags.resolve(id, actor);
    AuditLog(db).append(
        audit_entry(actor, "flag.resolve", "flag", flag_id, "flags=" + std::to_string(ids.size())));
    transaction.commit();
    return static_cast<int>(ids.size());
}

std::vector<std::string> safety_hold_protocol(const std::string& domestic_violence_line) {
    return {
        "See each spouse on their own before any further joint session.",
        "Do not raise what was disclosed while the other spouse is present, and do not let the "
        "other spouse learn it from you.",
        "Make a safety plan with the spouse who may be in danger: where to go, whom to call, "
        "what to take.",
        "Refer to a domestic-violence advocate (" + domestic_violence_line +
            "); a couple's work waits until both are safe.",
        "Write down what was said and what you did, in the spouse's own words where you can.",
    };
}

std::string safety_warning_text(const std::string& what) {
    return "A safety concern is open on this case: " + what +
           " is not advised until safety has been assessed with each spouse alone.";
}

}  // namespace counselor::core
