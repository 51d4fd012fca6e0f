// A plugin host that has loaded the build's bundled plugins, as the program
// does at start-up, for tests of the built-in tools.
#pragma once

#include "memory_environment.hpp"

#include <counselor/core/plugins/loaded_plugin.hpp>
#include <counselor/core/plugins/plugin_host.hpp>
#include <counselor/core/plugins/plugin_manifest.hpp>

#include <filesystem>
#include <memory>
#include <string>

namespace counselor::test {

inline const std::filesystem::path kBundledPlugins = COUNSELOR_BUNDLED_PLUGIN_DIR;

struct BundledHost {
    BundledHost() { host.load({{kBundledPlugins}, {}, {}, false, {}, {}, {}, {}, {}}); }

    MemoryEnvironment environment;
    core::PluginHost host{&environment};
};

// One bundled plugin loaded on its own, bypassing the host's checks, to call
// it with tool ids the host would refuse before they reach the plugin.
inline std::unique_ptr<core::LoadedPlugin> load_bundled(const std::string& folder,
                                                        MemoryEnvironment& environment) {
    auto manifest = core::read_manifest(kBundledPlugins / folder / "plugin.json");
    return core::LoadedPlugin::load(manifest, &environment);
}

}  // namespace counselor::test
