#pragma once

#include <counselor/sdk/plugin_abi.h>

namespace counselor::core {

// The program's version, e.g. "0.1.0".
const char* program_version();

// The plugin ABI this host speaks.
inline constexpr unsigned kHostAbiMajor = COUNSELOR_ABI_MAJOR;
inline constexpr unsigned kHostAbiMinor = COUNSELOR_ABI_MINOR;

}  // namespace counselor::core
