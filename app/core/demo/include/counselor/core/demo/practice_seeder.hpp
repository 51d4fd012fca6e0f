// A made-up practice at clinic scale, for trying the program on years of
// records and for the benchmarks: couples and individuals, weekly sessions
// with signed notes, both spouses' assessments over time (scored by the real
// tools), homework in every status, a few safety concerns, and the audit
// trail the program would have written for all of it (its hash chain
// intact). The same seed always gives the same practice, byte for byte.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace counselor::core {

struct SeedOptions {
    std::int64_t clients = 100;  // 1 to 1,000,000
    std::uint64_t seed = 1;
    std::string actor = "demo";  // who the audit trail says did it all
    // Called now and then while seeding: the stage ("records", "audit
    // trail"), how far it is and how far it goes.
    std::function<void(std::string_view stage, std::int64_t done, std::int64_t total)> progress;
};

struct SeedSummary {
    std::int64_t clients = 0;
    std::int64_t couples = 0;  // couple cases
    std::int64_t individual_cases = 0;
    std::int64_t sessions = 0;
    std::int64_t notes = 0;  // signed and draft
    std::int64_t administrations = 0;
    std::int64_t homework = 0;
    std::int64_t flags = 0;
    std::int64_t audit_rows = 0;
};

// Fills an empty practice in one transaction, with statements prepared once.
// Throws UserError, changing nothing, when the practice already has clients
// or `clients` is out of range. Tools that are not loaded are left out
// (no notes without the session-notes plugin, and so on).
SeedSummary seed_practice(Database& db, PluginHost& plugins, const SeedOptions& options);

}  // namespace counselor::core
