#include "counselor/core/plugins/plugin_description.hpp"

#include "shallow_json.hpp"

namespace counselor::core::detail {

namespace {

// One of "tools", with the defaults of sdk::from_json(ToolInfo): the name
// is the id, the kind a questionnaire.
bool read_tool(ShallowJson& json, std::vector<sdk::ToolInfo>& tools) {
    sdk::ToolInfo& tool = tools.emplace_back();
    bool has_id = false, has_name = false, has_kind = false;
    const bool read = json.object([&](const std::string& key) {
        if (key == "id") return has_id = json.string(tool.id);
        if (key == "name") return has_name = json.string(tool.name);
        if (key == "kind") return has_kind = json.string(tool.kind);
        if (key == "version") return json.string(tool.version);
        if (key == "description") return json.string(tool.description);
        if (key == "source") return json.string(tool.source);
        return json.skip();
    });
    if (!read || !has_id) return false;
    if (!has_name) tool.name = tool.id;
    if (!has_kind) tool.kind = "questionnaire";
    return true;
}

}  // namespace

std::optional<sdk::PluginInfo> read_description_quickly(std::string_view text) {
    ShallowJson json(text);
    if (!json.valid_utf8()) return std::nullopt;
    sdk::PluginInfo info;
    bool has_id = false, has_name = false;
    const bool read = json.object([&](const std::string& key) {
        if (key == "id") return has_id = json.string(info.id);
        if (key == "name") return has_name = json.string(info.name);
        if (key == "version") return json.string(info.version);
        if (key == "description") return json.string(info.description);
        if (key == "tools") return json.list([&] { return read_tool(json, info.tools); });
        if (key == "warnings") return json.strings(info.warnings);
        return json.skip();
    });
    if (!read || !json.at_end() || !has_id) return std::nullopt;
    if (!has_name) info.name = info.id;
    return info;
}

}  // namespace counselor::core::detail
