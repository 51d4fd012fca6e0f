#include "counselor/core/plugins/abi_check.hpp"

#include <counselor/sdk/plugin_abi.h>

#include <cstddef>

namespace counselor::core {

namespace {
std::string text(AbiVersion v) {
    return std::to_string(v.major) + "." + std::to_string(v.minor);
}
}  // namespace

std::optional<std::string> abi_refusal(AbiVersion plugin, AbiVersion host) {
    if (plugin.major != host.major) {
        return "built for plugin SDK " + text(plugin) + "; this program speaks SDK " + text(host) +
               ". Rebuild the plugin against SDK " + std::to_string(host.major) + ".x";
    }
    if (plugin.minor > host.minor) {
        return "built for plugin SDK " + text(plugin) + ", newer than this program's SDK " +
               text(host) + ". Update Counselor Workstation or use a plugin built for SDK " +
               text(host);
    }
    return std::nullopt;
}

std::uint32_t minimum_descriptor_size(std::uint32_t /*minor*/) {
    // ABI 1.0 defines every field up to free_text; later minors append.
    return static_cast<std::uint32_t>(offsetof(counselor_plugin, free_text) +
                                      sizeof(counselor_plugin::free_text));
}

}  // namespace counselor::core
