// Plugin loads and refusals in the audit trail, without drowning it: a row
// when a plugin (its folder, id, version and files) is loaded for the first time or
// after it changed, and when it is refused or kept off for a reason it was
// not refused for last time; nothing when a run finds what the last one did.
// Safe mode runs record nothing (what they keep off is not a change).
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <string>
#include <vector>

namespace counselor::core {

// Called once after discovery: one read of the states last recorded (a
// setting), one transaction only when something changed. Best effort: a
// busy or read-only database is logged and left alone.
void audit_plugin_changes(Database& db, const std::vector<PluginRecord>& plugins, bool safe_mode,
                          const std::string& actor);

}  // namespace counselor::core
