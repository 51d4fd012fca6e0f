// describe()'s answer read into what the host keeps of a plugin: its id,
// name, version, tools and warnings. Every start reads one per plugin.
#pragma once

#include <counselor/sdk/tool.hpp>

#include <optional>
#include <string_view>

namespace counselor::core::detail {

// Reads the answer without building a JSON document when it is a plain one
// (strings, lists of strings and of tools; see shallow_json.hpp); nothing
// for anything else, which the caller then reads with nlohmann as before.
// What it reads equals `nlohmann::json::parse(text).get<sdk::PluginInfo>()`
// (tests hold the two to each other).
std::optional<sdk::PluginInfo> read_description_quickly(std::string_view text);

}  // namespace counselor::core::detail
