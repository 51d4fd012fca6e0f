// "Every print writes an audit row": what the window sent to a printer, by
// record id only (never the title, which names the client).
#pragma once

#include "shell/app_context.hpp"

#include <cstdint>
#include <string>

namespace counselor::gui {

// Appends e.g. "homework.print" for homework 12. A row that cannot be
// written (the database busy or read-only) is logged; the paper is out anyway.
void audit_print(AppContext& context, const std::string& action, const std::string& record_type,
                 std::int64_t record_id);

}  // namespace counselor::gui
