// How a plugin describes itself and its tools, and the templates a tool
// offers. The JSON mapping is what describe() and templates() return.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace counselor::sdk {

// kind: questionnaire | assessment | notes | homework | report
struct ToolInfo {
    std::string id;
    std::string name;
    std::string kind;
    std::string version;
    std::string description;
    // Where the tool comes from when that is not the library itself, e.g.
    // the definition file a form pack serves; messages about it name this.
    std::string source{};  // initialised, so older aggregate initialisers stay warning-free
};

struct PluginInfo {
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    std::vector<ToolInfo> tools;
    // What a person should fix, e.g. a definition file the plugin could not
    // serve; the host lists them with the plugin (`counselorctl plugins list`).
    std::vector<std::string> warnings{};  // as source above
};

// A note format or homework exercise; `body` is the tool's own JSON.
struct Template {
    std::string id;
    std::string title;
    std::string description;
    nlohmann::json body = nlohmann::json::object();
};

inline void to_json(nlohmann::json& j, const ToolInfo& t) {
    j = {{"id", t.id}, {"name", t.name}, {"kind", t.kind}, {"version", t.version}};
    if (!t.description.empty()) j["description"] = t.description;
    if (!t.source.empty()) j["source"] = t.source;
}
inline void from_json(const nlohmann::json& j, ToolInfo& t) {
    t.id = j.at("id").get<std::string>();
    t.name = j.value("name", t.id);
    t.kind = j.value("kind", std::string("questionnaire"));
    t.version = j.value("version", std::string());
    t.description = j.value("description", std::string());
    t.source = j.value("source", std::string());
}

inline void to_json(nlohmann::json& j, const PluginInfo& p) {
    j = {{"id", p.id}, {"name", p.name}, {"version", p.version}, {"tools", p.tools}};
    if (!p.description.empty()) j["description"] = p.description;
    if (!p.warnings.empty()) j["warnings"] = p.warnings;
}
inline void from_json(const nlohmann::json& j, PluginInfo& p) {
    p.id = j.at("id").get<std::string>();
    p.name = j.value("name", p.id);
    p.version = j.value("version", std::string());
    p.description = j.value("description", std::string());
    p.tools = j.value("tools", std::vector<ToolInfo>{});
    p.warnings = j.value("warnings", std::vector<std::string>{});
}

inline void to_json(nlohmann::json& j, const Template& t) {
    j = {{"id", t.id}, {"title", t.title}, {"description", t.description}, {"body", t.body}};
}
inline void from_json(const nlohmann::json& j, Template& t) {
    t.id = j.at("id").get<std::string>();
    t.title = j.value("title", t.id);
    t.description = j.value("description", std::string());
    t.body = j.value("body", nlohmann::json::object());
}

}  // namespace counselor::sdk
