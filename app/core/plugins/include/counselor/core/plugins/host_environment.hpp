// What the host lends its plugins: a key-value store per plugin and the
// practice's details. Kept behind an interface so the plugin host does not
// depend on how (or whether) a database is open.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace counselor::core {

class HostEnvironment {
  public:
    virtual ~HostEnvironment() = default;
    virtual std::optional<std::string> plugin_value(const std::string& plugin_id,
                                                    const std::string& key) = 0;
    // nullopt removes the key. Returns false when it could not be stored.
    virtual bool set_plugin_value(const std::string& plugin_id, const std::string& key,
                                  const std::optional<std::string>& value) = 0;
    // {"practice_name": ..., "counselor_name": ..., "form_dirs": [...]}
    virtual nlohmann::json practice_info() = 0;
};

}  // namespace counselor::core
