// The HostEnvironment backed by the practice database.
#pragma once

#include "counselor/core/plugins/host_environment.hpp"
#include "counselor/core/store/database.hpp"

namespace counselor::core {

class StoreHostEnvironment : public HostEnvironment {
  public:
    explicit StoreHostEnvironment(Database& db) : db_(db) {}

    std::optional<std::string> plugin_value(const std::string& plugin_id,
                                            const std::string& key) override;
    bool set_plugin_value(const std::string& plugin_id, const std::string& key,
                          const std::optional<std::string>& value) override;
    nlohmann::json practice_info() override;

  private:
    Database& db_;
};

}  // namespace counselor::core
