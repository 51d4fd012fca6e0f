#include "counselor/core/plugins/loaded_plugin.hpp"

#include "counselor/core/platform/logging.hpp"
#include "counselor/core/platform/version.hpp"
#include "counselor/core/plugins/abi_check.hpp"
#include "counselor/core/plugins/host_services.hpp"
#include "counselor/core/plugins/plugin_description.hpp"

#include <counselor/sdk/plugin_abi.h>
#include <spdlog/spdlog.h>
#include <boost/dll/shared_library.hpp>

#include <algorithm>
#include <cstring>
#include <set>
#include <utility>

namespace counselor::core {

namespace {

// The most a plugin may answer in one call. The largest real answer (a
// couple report with history) is well under 1 MB.
constexpr std::size_t kMaxPayloadBytes = 16 * 1024 * 1024;

// boost::dll wraps dlerror() as "...(dlerror system message: PATH: REASON): ...";
// the reason is what a person needs.
std::string load_failure_reason(const std::string& what) {
    const std::string marker = "dlerror system message: ";
    auto start = what.find(marker);
    if (start == std::string::npos) return what;
    start += marker.size();
    auto end = what.find("):", start);
    std::string reason =
        what.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (auto colon = reason.find(": ");
        colon != std::string::npos && reason.rfind('/', colon) != std::string::npos) {
        reason = reason.substr(colon + 2);  // drop the repeated path
    }
    return reason;
}

std::string error_text(int32_t status, const std::string& payload) {
    if (status == COUNSELOR_UNSUPPORTED) return "not offered by this tool";
    auto parsed = nlohmann::json::parse(payload, nullptr, false);
    if (parsed.is_object() && parsed.contains("error") && parsed["error"].is_string()) {
        return parsed["error"].get<std::string>();
    }
    return "failed with status " + std::to_string(status);
}

std::set<std::string> tool_ids(const std::vector<ManifestTool>& tools) {
    std::set<std::string> ids;
    for (const auto& tool : tools)
        ids.insert(tool.id);
    return ids;
}

std::set<std::string> tool_ids(const std::vector<sdk::ToolInfo>& tools) {
    std::set<std::string> ids;
    for (const auto& tool : tools)
        ids.insert(tool.id);
    return ids;
}

std::string joined(const std::set<std::string>& ids) {
    std::string text;
    for (const auto& id : ids)
        text += (text.empty() ? "" : ", ") + id;
    return text.empty() ? "none" : text;
}

}  // namespace

struct LoadedPlugin::Impl {
    PluginManifest manifest;
    boost::dll::shared_library library;
    const counselor_plugin* descriptor = nullptr;
    std::unique_ptr<HostServices> services;
    bool initialised = false;
    sdk::PluginInfo info;

    ~Impl() {
        if (initialised && descriptor->shutdown) {
            try {
                descriptor->shutdown();
            } catch (...) {
                log().warn("plugin {} threw during shutdown", manifest.id);
            }
        }
    }

    // The barrier: every call into plugin code after the handshake.
    template <class Invoke>
    nlohmann::json call(const std::string& what, Invoke&& invoke) {
        return parsed(what, call_for_text(what, std::forward<Invoke>(invoke)));
    }

    // The call, up to its answer's text: what failed, threw or answered too
    // much is refused here; the text is the caller's to read.
    template <class Invoke>
    std::string call_for_text(const std::string& what, Invoke&& invoke) {
        char* out = nullptr;
        int32_t status = COUNSELOR_ERROR;
        try {
            status = invoke(&out);
        } catch (const std::exception& e) {
            throw PluginCallFailed(prefix(what) + "threw: " + e.what());
        } catch (...) {
            throw PluginCallFailed(prefix(what) + "threw an exception");
        }
        // Measured before it is copied: a runaway plugin must not make the
        // host hold a second copy of gigabytes.
        const std::size_t size = out ? std::strlen(out) : 0;
        if (size > kMaxPayloadBytes) {
            release(out);
            throw PluginCallFailed(prefix(what) + "returned " +
                                   std::to_string(size / (1024 * 1024)) + " MB, more than the " +
                                   std::to_string(kMaxPayloadBytes / (1024 * 1024)) +
                                   " MB a plugin may return");
        }
        std::string payload = out ? std::string(out, size) : std::string();
        release(out);
        if (status != COUNSELOR_OK)
            throw PluginCallFailed(prefix(what) + "failed: " + error_text(status, payload));
        return payload;
    }

    nlohmann::json parsed(const std::string& what, const std::string& payload) const {
        auto json = nlohmann::json::parse(payload, nullptr, false);
        if (payload.empty()) throw PluginCallFailed(prefix(what) + "returned nothing");
        if (json.is_discarded())
            throw PluginCallFailed(prefix(what) + "returned text that is not JSON");
        return json;
    }

    std::string prefix(const std::string& what) const {
        return "plugin " + manifest.id + ": " + what + " ";
    }

    void release(char* text) {
        if (!text) return;
        try {
            descriptor->free_text(text);
        } catch (...) {
        }
    }

    void open_library() {
        const auto path = manifest.library_path();
        try {
            library.load(path, boost::dll::load_mode::rtld_now);
        } catch (const std::exception& e) {
            // Asked only when loading failed: not a stat per plugin at every start.
            if (!std::filesystem::exists(path)) {
                throw PluginRefused("the library \"" + manifest.library +
                                    "\" named in plugin.json is missing");
            }
            throw PluginRefused("not a loadable library: " + load_failure_reason(e.what()));
        }
        if (!library.has(COUNSELOR_PLUGIN_ENTRY_SYMBOL)) {
            throw PluginRefused(std::string("does not export ") + COUNSELOR_PLUGIN_ENTRY_SYMBOL +
                                "; export the plugin class with COUNSELOR_EXPORT_PLUGIN");
        }
    }

    void fetch_descriptor() {
        auto& entry = library.get<const counselor_plugin*()>(COUNSELOR_PLUGIN_ENTRY_SYMBOL);
        try {
            descriptor = entry();
        } catch (...) {
            throw PluginRefused(std::string(COUNSELOR_PLUGIN_ENTRY_SYMBOL) + " threw an exception");
        }
        if (!descriptor)
            throw PluginRefused(std::string(COUNSELOR_PLUGIN_ENTRY_SYMBOL) +
                                " returned no descriptor");
    }

    void check_descriptor() {
        AbiVersion built{descriptor->abi_major, descriptor->abi_minor};
        if (auto refusal = abi_refusal(built, {kHostAbiMajor, kHostAbiMinor}))
            throw PluginRefused(*refusal);
        if (descriptor->struct_size < minimum_descriptor_size(built.minor)) {
            throw PluginRefused("its descriptor is " + std::to_string(descriptor->struct_size) +
                                " bytes, too small for SDK " + std::to_string(built.major) + "." +
                                std::to_string(built.minor));
        }
        if (!descriptor->init || !descriptor->describe || !descriptor->free_text) {
            throw PluginRefused("its descriptor lacks init, describe or free_text");
        }
        if (manifest.sdk_major() != built.major || manifest.sdk_minor() != built.minor) {
            throw PluginRefused("plugin.json says SDK " + manifest.sdk_version +
                                " but the library was built for SDK " +
                                std::to_string(built.major) + "." + std::to_string(built.minor));
        }
    }

    void initialise(HostEnvironment* environment) {
        services = std::make_unique<HostServices>(environment, manifest.id);
        char* error = nullptr;
        int32_t status = COUNSELOR_ERROR;
        try {
            status = descriptor->init(services->c_services(), &error);
        } catch (const std::exception& e) {
            throw PluginRefused(std::string("init threw: ") + e.what());
        } catch (...) {
            throw PluginRefused("init threw an exception");
        }
        std::string payload = error ? std::string(error) : std::string();
        release(error);
        if (status != COUNSELOR_OK)
            throw PluginRefused("init failed: " + error_text(status, payload));
        initialised = true;
    }

    void describe_and_compare() {
        try {
            const std::string what = "describe()";
            const std::string text =
                call_for_text(what, [this](char** out) { return descriptor->describe(out); });
            // Most answers are plain and read without a JSON document; the
            // rest, and every refusal, go through the parser as before.
            auto quick = detail::read_description_quickly(text);
            info = quick ? std::move(*quick) : parsed(what, text).get<sdk::PluginInfo>();
        } catch (const PluginCallFailed& e) {
            throw PluginRefused(e.what());
        } catch (const nlohmann::json::exception&) {
            throw PluginRefused("describe() returned JSON that is not a plugin description");
        }
        if (info.id != manifest.id) {
            throw PluginRefused("plugin.json says id \"" + manifest.id +
                                "\" but the library says \"" + info.id + "\"");
        }
        if (info.version != manifest.version) {
            throw PluginRefused("plugin.json says version " + manifest.version +
                                " but the library says " + info.version);
        }
        if (!manifest.dynamic_tools && tool_ids(info.tools) != tool_ids(manifest.tools)) {
            throw PluginRefused("plugin.json lists tools {" + joined(tool_ids(manifest.tools)) +
                                "} but the library offers {" + joined(tool_ids(info.tools)) + "}");
        }
    }
};

LoadedPlugin::LoadedPlugin(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
LoadedPlugin::~LoadedPlugin() = default;

std::unique_ptr<LoadedPlugin> LoadedPlugin::load(const PluginManifest& manifest,
                                                 HostEnvironment* environment) {
    auto impl = std::make_unique<Impl>();
    impl->manifest = manifest;
    impl->open_library();
    impl->fetch_descriptor();
    impl->check_descriptor();
    impl->initialise(environment);
    impl->describe_and_compare();
    log().info("plugin {} {} loaded", manifest.id, manifest.version);
    return std::unique_ptr<LoadedPlugin>(new LoadedPlugin(std::move(impl)));
}

const PluginManifest& LoadedPlugin::manifest() const {
    return impl_->manifest;
}
const sdk::PluginInfo& LoadedPlugin::info() const {
    return impl_->info;
}

nlohmann::json LoadedPlugin::form(const std::string& tool_id) {
    return impl_->call("form(" + tool_id + ")", [&](char** out) {
        return impl_->descriptor->form ? impl_->descriptor->form(tool_id.c_str(), out)
                                       : int32_t{COUNSELOR_UNSUPPORTED};
    });
}

nlohmann::json LoadedPlugin::evaluate(const std::string& tool_id, const nlohmann::json& answers) {
    const std::string text = answers.dump();
    return impl_->call("evaluate(" + tool_id + ")", [&](char** out) {
        return impl_->descriptor->evaluate
                   ? impl_->descriptor->evaluate(tool_id.c_str(), text.c_str(), out)
                   : int32_t{COUNSELOR_UNSUPPORTED};
    });
}

nlohmann::json LoadedPlugin::templates(const std::string& tool_id) {
    return impl_->call("templates(" + tool_id + ")", [&](char** out) {
        return impl_->descriptor->templates ? impl_->descriptor->templates(tool_id.c_str(), out)
                                            : int32_t{COUNSELOR_UNSUPPORTED};
    });
}

nlohmann::json LoadedPlugin::render(const std::string& tool_id, const nlohmann::json& request) {
    const std::string text = request.dump();
    return impl_->call("render(" + tool_id + ")", [&](char** out) {
        return impl_->descriptor->render
                   ? impl_->descriptor->render(tool_id.c_str(), text.c_str(), out)
                   : int32_t{COUNSELOR_UNSUPPORTED};
    });
}

}  // namespace counselor::core
