// A small made-up practice to look around in on the first run: three
// couples, a few sessions, and, when the bundled tools are loaded, their
// safety screens (one raising a safety concern) and a homework exercise.
#pragma once

#include "counselor/core/plugins/plugin_host.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

struct DemoPractice {
    std::vector<std::int64_t> clients;
    std::vector<std::int64_t> cases;  // one couple case per pair of clients
};

// Adds the demo records through the same services a counselor uses, so they
// are audited like any others. Tools that are not loaded are skipped.
DemoPractice create_demo_practice(Database& db, PluginHost& plugins, const std::string& actor);

}  // namespace counselor::core
