// The C struct of host services one plugin receives at init, bound to that
// plugin's id so its key-value store is its own. Every callback catches
// everything: nothing thrown on the host side crosses into plugin code.
#pragma once

#include "counselor/core/plugins/host_environment.hpp"

#include <counselor/sdk/plugin_abi.h>

#include <string>

namespace counselor::core {

class HostServices {
  public:
    HostServices(HostEnvironment* environment, std::string plugin_id);
    HostServices(const HostServices&) = delete;  // the C struct points at this object
    HostServices& operator=(const HostServices&) = delete;

    const counselor_host_services* c_services() const { return &services_; }

  private:
    static void log(void* context, int32_t level, const char* message);
    static char* store_get(void* context, const char* key);
    static int32_t store_set(void* context, const char* key, const char* value);
    static char* practice_info(void* context);
    static void free_text(void* context, char* text);

    HostEnvironment* environment_;
    std::string plugin_id_;
    counselor_host_services services_{};
};

}  // namespace counselor::core
