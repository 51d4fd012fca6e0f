// The key-value store each plugin gets through its host services, scoped by
// plugin id so no plugin sees another's data.
#pragma once

#include "counselor/core/store/database.hpp"

#include <optional>
#include <string>

namespace counselor::core {

class PluginDataRepository {
  public:
    explicit PluginDataRepository(Database& db) : db_(db) {}

    std::optional<std::string> get(const std::string& plugin_id, const std::string& key);
    void set(const std::string& plugin_id, const std::string& key, const std::string& value);
    void erase(const std::string& plugin_id, const std::string& key);

  private:
    Database& db_;
};

}  // namespace counselor::core
