// One plugin library, loaded and past its handshake. Every call into it goes
// through one barrier that catches everything and turns failure into a
// PluginCallFailed naming the plugin and the call. The library stays loaded
// as long as this object lives.
#pragma once

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/plugins/host_environment.hpp"
#include "counselor/core/plugins/plugin_manifest.hpp"

#include <counselor/sdk/tool.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace counselor::core {

// The plugin cannot be used; what() is the reason, without the file name.
class PluginRefused : public UserError {
  public:
    using UserError::UserError;
};

// A call into a loaded plugin failed; what() names the plugin and the call.
class PluginCallFailed : public UserError {
  public:
    using UserError::UserError;
};

class LoadedPlugin {
  public:
    // Loads the library named by `manifest`, checks its ABI, initialises it
    // with host services from `environment`, and checks that what it
    // describes agrees with the manifest. Throws PluginRefused.
    static std::unique_ptr<LoadedPlugin> load(const PluginManifest& manifest,
                                              HostEnvironment* environment);
    ~LoadedPlugin();
    LoadedPlugin(const LoadedPlugin&) = delete;
    LoadedPlugin& operator=(const LoadedPlugin&) = delete;

    const PluginManifest& manifest() const;
    const sdk::PluginInfo& info() const;

    nlohmann::json form(const std::string& tool_id);
    nlohmann::json evaluate(const std::string& tool_id, const nlohmann::json& answers);
    nlohmann::json templates(const std::string& tool_id);
    nlohmann::json render(const std::string& tool_id, const nlohmann::json& request);

  private:
    struct Impl;
    explicit LoadedPlugin(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace counselor::core
