// The case's safety hold: open while any open flag on the case or on one of
// its members tells of danger between them or in their home (a flag raised
// with `hold`, see sdk/README.md). While it is open, joint sessions, joint,
// intimacy and spouse-directed homework and the couple report carry a
// warning everywhere they are offered and need the counselor's explicit
// decision to go ahead, which the audit trail records.
#pragma once

#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/flag_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

// Open flags on the case or on any of its members, each once, in the
// repository's order (critical first).
std::vector<Flag> open_flags_of_case(Database& db, std::int64_t case_id);

// The open flags that hold the case (Flag::hold); empty: no hold.
std::vector<Flag> safety_hold_flags(Database& db, std::int64_t case_id);

// What the counselor does while the hold is open, a line each: see each
// spouse alone, keep the disclosure from the other, plan for safety, refer
// (naming `domestic_violence_line`), write it down.
std::vector<std::string> safety_hold_protocol(const std::string& domestic_violence_line);

// Closes a flag once the counselor has followed it up (for the hold: after
// seeing each spouse alone), with the copies the same answer raised on the
// client and its cases, so a resolved concern does not linger on one of
// them. Audited as "flag.resolve". Returns how many flags were closed;
// throws NotFound for no such flag, UserError for one already resolved.
int resolve_flag(Database& db, std::int64_t flag_id, const std::string& actor);

// The warning shown beside joint work while the hold is open.
std::string safety_warning_text(const std::string& what);  // what: "a joint session"

}  // namespace counselor::core
