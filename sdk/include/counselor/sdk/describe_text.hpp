// describe()'s answer as text: what the bridge (plugin.hpp) sends the host.
// The host asks every plugin at every start, and building a JSON document
// only to write it out was most of what a plugin's describe() cost; so a
// description whose texts are plain ASCII is written directly, byte for
// byte what nlohmann writes (keys in its order, no spaces), and any other
// goes through nlohmann as before. Plugin authors never call this.
#pragma once

#include "tool.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace counselor::sdk::detail {

// Printable ASCII and the short escapes: the texts written here directly.
inline bool plain_text(std::string_view text) {
    for (const char c : text) {
        if ((c < 0x20 || c > 0x7e) && c != '\n' && c != '\t' && c != '\r') return false;
    }
    return true;
}

// A plain text as a JSON string, escaped as nlohmann escapes it.
inline void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
        }
    }
    out += '"';
}

// "key":"value", after a comma unless it is the first member.
inline void append_member(std::string& out, std::string_view key, std::string_view value,
                          bool& first) {
    if (!first) out += ',';
    first = false;
    append_string(out, key);
    out += ':';
    append_string(out, value);
}

inline bool plain_tool(const ToolInfo& t) {
    return plain_text(t.id) && plain_text(t.name) && plain_text(t.kind) && plain_text(t.version) &&
           plain_text(t.description) && plain_text(t.source);
}

// The members of to_json(ToolInfo), in nlohmann's (sorted) key order.
inline void append_tool(std::string& out, const ToolInfo& t) {
    bool first = true;
    out += '{';
    if (!t.description.empty()) append_member(out, "description", t.description, first);
    append_member(out, "id", t.id, first);
    append_member(out, "kind", t.kind, first);
    append_member(out, "name", t.name, first);
    if (!t.source.empty()) append_member(out, "source", t.source, first);
    append_member(out, "version", t.version, first);
    out += '}';
}

inline std::string describe_text(const PluginInfo& p) {
    bool plain = plain_text(p.id) && plain_text(p.name) && plain_text(p.version) &&
                 plain_text(p.description);
    for (const auto& tool : p.tools)
        plain = plain && plain_tool(tool);
    for (const auto& warning : p.warnings)
        plain = plain && plain_text(warning);
    if (!plain) return nlohmann::json(p).dump();

    std::string out = "{";
    bool first = true;
    if (!p.description.empty()) append_member(out, "description", p.description, first);
    append_member(out, "id", p.id, first);
    append_member(out, "name", p.name, first);
    out += ",\"tools\":[";
    for (std::size_t i = 0; i < p.tools.size(); ++i) {
        if (i > 0) out += ',';
        append_tool(out, p.tools[i]);
    }
    out += ']';
    append_member(out, "version", p.version, first);
    if (!p.warnings.empty()) {
        out += ",\"warnings\":[";
        for (std::size_t i = 0; i < p.warnings.size(); ++i) {
            if (i > 0) out += ',';
            append_string(out, p.warnings[i]);
        }
        out += ']';
    }
    out += '}';
    return out;
}

}  // namespace counselor::sdk::detail
