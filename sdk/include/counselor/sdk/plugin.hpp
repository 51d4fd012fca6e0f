// Writing a plugin in C++: derive from counselor::sdk::Plugin, override what
// your tools offer, and export the class with one macro:
//
//     class MyPlugin : public counselor::sdk::Plugin { ... };
//     COUNSELOR_EXPORT_PLUGIN(MyPlugin)
//
// The macro implements the C boundary of plugin_abi.h for you: it turns your
// return values into JSON, catches every exception before it can reach the
// host, and copies text so that nothing allocated here is freed over there.
#pragma once

#include "answers.hpp"
#include "describe_text.hpp"
#include "document.hpp"
#include "form.hpp"
#include "plugin_abi.h"
#include "result.hpp"
#include "scoring.hpp"
#include "tool.hpp"

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::sdk {

// Throw from a call your tool does not offer.
struct Unsupported : std::runtime_error {
    Unsupported() : std::runtime_error("not offered by this tool") {}
};

// Throw when the request is not acceptable; the message reaches the user.
struct BadInput : std::runtime_error {
    using std::runtime_error::runtime_error;
};

enum class LogLevel { debug = COUNSELOR_LOG_DEBUG, info, warning, error };

// The host's services, as handed to Plugin::init.
class Host {
  public:
    explicit Host(const counselor_host_services* services) : services_(services) {}

    // Log ids and counts, never names, note text or answers.
    void log(LogLevel level, const std::string& message) const {
        if (services_ && services_->log) {
            services_->log(services_->context, static_cast<int32_t>(level), message.c_str());
        }
    }

    // The plugin's own key-value store, kept in the practice database.
    std::optional<std::string> get(const std::string& key) const {
        if (!services_ || !services_->store_get) return std::nullopt;
        return take(services_->store_get(services_->context, key.c_str()));
    }
    bool set(const std::string& key, const std::string& value) const {
        return services_ && services_->store_set &&
               services_->store_set(services_->context, key.c_str(), value.c_str()) == COUNSELOR_OK;
    }
    bool erase(const std::string& key) const {
        return services_ && services_->store_set &&
               services_->store_set(services_->context, key.c_str(), nullptr) == COUNSELOR_OK;
    }

    // {"practice_name": "...", "counselor_name": "...", ...}
    nlohmann::json practice_info() const {
        if (!services_ || !services_->practice_info) return nlohmann::json::object();
        auto text = take(services_->practice_info(services_->context));
        if (!text) return nlohmann::json::object();
        return nlohmann::json::parse(*text, nullptr, false);
    }

  private:
    std::optional<std::string> take(char* text) const {
        if (!text) return std::nullopt;
        std::string copy(text);
        services_->free_text(services_->context, text);
        return copy;
    }
    const counselor_host_services* services_;
};

// A plugin offers one or more tools. Override what your tools offer; every
// call names the tool it is for.
class Plugin {
  public:
    virtual ~Plugin() = default;

    // Who you are and which tools you offer. Must match plugin.json.
    virtual PluginInfo describe() const = 0;

    // Called once before any other call; keep `host` if you need it later.
    virtual void init(const Host& host) { (void)host; }

    virtual FormDefinition form(std::string_view tool_id) const {
        (void)tool_id;
        throw Unsupported();
    }

    // Default: the standard scoring of the tool's form definition.
    virtual Result evaluate(std::string_view tool_id, const Answers& answers) const {
        return score_form(form(tool_id), answers);
    }

    virtual std::vector<Template> templates(std::string_view tool_id) const {
        (void)tool_id;
        return {};
    }

    virtual Document render(std::string_view tool_id, const nlohmann::json& request) const {
        (void)tool_id;
        (void)request;
        throw Unsupported();
    }
};

namespace detail {

// Implements the C descriptor for plugin class P. One plugin per library.
template <class P>
struct Bridge {
    static std::unique_ptr<P>& instance() {
        static std::unique_ptr<P> plugin;
        return plugin;
    }
    static P& plugin() {
        auto& plugin = instance();
        if (!plugin) plugin = std::make_unique<P>();
        return *plugin;
    }
    static Host& host() {
        static Host host(nullptr);
        return host;
    }

    static char* copy(const std::string& text) {
        char* out = static_cast<char*>(std::malloc(text.size() + 1));
        if (out) std::memcpy(out, text.c_str(), text.size() + 1);
        return out;
    }
    static int32_t fail(char** out, int32_t status, const std::string& message) {
        if (out) *out = copy(nlohmann::json{{"error", message}}.dump());
        return status;
    }

    static std::string text_of(const nlohmann::json& answer) { return answer.dump(); }
    static std::string text_of(std::string answer) { return answer; }  // already JSON text

    // The one place exceptions stop: nothing thrown here reaches the host.
    template <class Produce>
    static int32_t guard(char** out, Produce&& produce) {
        if (!out) return COUNSELOR_BAD_INPUT;
        *out = nullptr;
        try {
            *out = copy(text_of(produce()));
            return *out ? COUNSELOR_OK : COUNSELOR_ERROR;
        } catch (const Unsupported& e) {
            return fail(out, COUNSELOR_UNSUPPORTED, e.what());
        } catch (const BadInput& e) {
            return fail(out, COUNSELOR_BAD_INPUT, e.what());
        } catch (const nlohmann::json::exception& e) {
            return fail(out, COUNSELOR_BAD_INPUT, e.what());
        } catch (const std::exception& e) {
            return fail(out, COUNSELOR_ERROR, e.what());
        } catch (...) {
            return fail(out, COUNSELOR_ERROR, "unknown error");
        }
    }

    static int32_t init(const counselor_host_services* services, char** error_json) {
        char* ignored = nullptr;
        char** out = error_json ? error_json : &ignored;
        // Success answers nothing, so no JSON is written for it: in a freshly
        // loaded library that would be the first use of the JSON writer, its
        // code paged in for every plugin at every start.
        int32_t status = guard(out, [&] {
            host() = Host(services);
            plugin().init(host());
            return std::string();
        });
        if (status == COUNSELOR_OK) {  // success says nothing
            std::free(*out);
            *out = nullptr;
        }
        std::free(ignored);
        return status;
    }
    static void shutdown() {
        try {
            instance().reset();
        } catch (...) {
        }
    }
    static int32_t describe(char** out) {
        return guard(out, [] { return describe_text(plugin().describe()); });
    }
    static int32_t form(const char* tool_id, char** out) {
        return guard(out, [&] { return nlohmann::json(plugin().form(tool_id ? tool_id : "")); });
    }
    static int32_t evaluate(const char* tool_id, const char* answers_json, char** out) {
        return guard(out, [&] {
            Answers answers(nlohmann::json::parse(answers_json ? answers_json : "{}"));
            return nlohmann::json(plugin().evaluate(tool_id ? tool_id : "", answers));
        });
    }
    static int32_t templates(const char* tool_id, char** out) {
        return guard(out,
                     [&] { return nlohmann::json(plugin().templates(tool_id ? tool_id : "")); });
    }
    static int32_t render(const char* tool_id, const char* request_json, char** out) {
        return guard(out, [&] {
            auto request = nlohmann::json::parse(request_json ? request_json : "{}");
            return nlohmann::json(plugin().render(tool_id ? tool_id : "", request));
        });
    }
    static void free_text(char* text) { std::free(text); }

    static const counselor_plugin* descriptor() {
        static const counselor_plugin descriptor{COUNSELOR_ABI_MAJOR,
                                                 COUNSELOR_ABI_MINOR,
                                                 sizeof(counselor_plugin),
                                                 &init,
                                                 &shutdown,
                                                 &describe,
                                                 &form,
                                                 &evaluate,
                                                 &templates,
                                                 &render,
                                                 &free_text};
        return &descriptor;
    }
};

}  // namespace detail
}  // namespace counselor::sdk

// Exports PluginClass as this library's plugin. Use once, in one source file.
#define COUNSELOR_EXPORT_PLUGIN(PluginClass)                                                  \
    extern "C" COUNSELOR_PLUGIN_EXPORT const counselor_plugin* counselor_plugin_entry(void) { \
        return ::counselor::sdk::detail::Bridge<PluginClass>::descriptor();                   \
    }
