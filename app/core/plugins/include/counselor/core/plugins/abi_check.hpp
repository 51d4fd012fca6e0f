// The version policy of the plugin boundary, as one pure function so that it
// can be tested for host versions this build is not.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace counselor::core {

struct AbiVersion {
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
};

// Why a plugin built for `plugin` cannot be used by a host speaking `host`,
// or nullopt when it can: the majors must match and the plugin's minor must
// not be newer than the host's (an older minor is fine: structs only grow).
std::optional<std::string> abi_refusal(AbiVersion plugin, AbiVersion host);

// The descriptor size a plugin of this minor must at least have.
std::uint32_t minimum_descriptor_size(std::uint32_t minor);

}  // namespace counselor::core
