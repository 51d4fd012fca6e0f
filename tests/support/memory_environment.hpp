// A HostEnvironment kept in memory, for tests of the plugin host that need no
// database.
#pragma once

#include <counselor/core/plugins/host_environment.hpp>

#include <map>
#include <utility>

namespace counselor::test {

class MemoryEnvironment : public core::HostEnvironment {
  public:
    std::optional<std::string> plugin_value(const std::string& plugin_id,
                                            const std::string& key) override {
        auto it = values.find({plugin_id, key});
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    bool set_plugin_value(const std::string& plugin_id, const std::string& key,
                          const std::optional<std::string>& value) override {
        if (value) {
            values[{plugin_id, key}] = *value;
        } else {
            values.erase({plugin_id, key});
        }
        return true;
    }
    nlohmann::json practice_info() override { return info; }

    nlohmann::json info = {{"practice_name", "Grace Counseling"}, {"counselor_name", "R. Alvarez"}};

    std::map<std::pair<std::string, std::string>, std::string> values;
};

}  // namespace counselor::test
