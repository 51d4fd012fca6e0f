#include "counselor/core/platform/version.hpp"

namespace counselor::core {

const char* program_version() {
    return COUNSELOR_VERSION;
}

}  // namespace counselor::core
