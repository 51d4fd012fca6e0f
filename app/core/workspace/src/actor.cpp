#include "counselor/core/workspace/actor.hpp"

#include <pwd.h>
#include <unistd.h>
#include <cstdlib>

namespace counselor::core {

std::string current_actor() {
    if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
        return entry->pw_name;
    if (const char* user = std::getenv("USER"); user && *user) return user;
    return "uid:" + std::to_string(::geteuid());
}

}  // namespace counselor::core
