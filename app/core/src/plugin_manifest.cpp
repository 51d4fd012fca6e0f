#include "counselor/core/plugin_manifest.hpp"

#include "counselor/core/errors.hpp"

#include <counselor/sdk/json_checks.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <sstream>

namespace counselor::core {

namespace {

std::string required_text(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
        throw UserError(std::string("plugin.json has no \"") + key + "\" text");
    }
    return it->get<std::string>();
}

// "1.2" -> {1, 2}; anything else (signs and blanks too) is refused. Read
// without a stream: the host asks on every load.
std::pair<unsigned, unsigned> parse_sdk_version(const std::string& text) {
    unsigned major = 0, minor = 0;
    const char* const end = text.data() + text.size();
    const auto first = std::from_chars(text.data(), end, major);
    bool ok = first.ec == std::errc() && first.ptr != end && *first.ptr == '.';
    if (ok) {
        const auto second = std::from_chars(first.ptr + 1, end, minor);
        ok = second.ec == std::errc() && second.ptr == end;
    }
    if (!ok) {
        throw UserError("plugin.json has sdk_version \"" + text +
                        "\"; expected MAJOR.MINOR, e.g. \"1.0\"");
    }
    return {major, minor};
}

// A manifest is a few hundred bytes; the limits keep a damaged or hostile
// one from filling memory or going unnoticed (a key twice, 1e400).
constexpr std::uintmax_t kMaxManifestBytes = 64 * 1024;
constexpr int kMaxManifestDepth = 8;

nlohmann::json parse_file(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (!error && size > kMaxManifestBytes) {
        throw UserError("plugin.json is " + std::to_string(size) + " bytes; a manifest may be " +
                        "at most 64 KB");
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UserError("cannot read " + file.string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto problem = sdk::check_json_text(text, kMaxManifestDepth)) {
        throw UserError("plugin.json is not valid JSON: " + *problem);
    }
    return nlohmann::json::parse(text);
}

}  // namespace

unsigned PluginManifest::sdk_major() const {
    return parse_sdk_version(sdk_version).first;
}
unsigned PluginManifest::sdk_minor() const {
    return parse_sdk_version(sdk_version).second;
}

PluginManifest read_manifest(const std::filesystem::path& file) {
    nlohmann::json j = parse_file(file);
    if (!j.is_object()) throw UserError("plugin.json must hold a JSON object");
    PluginManifest manifest;
    manifest.file = file;
    manifest.id = required_text(j, "id");
    manifest.name = required_text(j, "name");
    manifest.version = required_text(j, "version");
    manifest.sdk_version = required_text(j, "sdk_version");
    parse_sdk_version(manifest.sdk_version);
    manifest.library = required_text(j, "library");
    if (manifest.library.find('/') != std::string::npos) {
        throw UserError("plugin.json names library \"" + manifest.library +
                        "\"; it must be a file name beside plugin.json");
    }
    manifest.description = j.value("description", std::string());
    if (auto dynamic = j.find("dynamic_tools"); dynamic != j.end()) {
        if (!dynamic->is_boolean())
            throw UserError("plugin.json: dynamic_tools must be true or false");
        manifest.dynamic_tools = dynamic->get<bool>();
    }
    auto tools = j.find("tools");
    if (manifest.dynamic_tools && tools == j.end()) return manifest;
    if (tools == j.end() || !tools->is_array() || (tools->empty() && !manifest.dynamic_tools)) {
        throw UserError(manifest.dynamic_tools ? "plugin.json: tools must be a list"
                                               : "plugin.json lists no tools");
    }
    for (const auto& tool : *tools) {
        if (!tool.is_object()) throw UserError("plugin.json: each tool must be an object");
        manifest.tools.push_back({required_text(tool, "id"), tool.value("name", std::string()),
                                  tool.value("kind", std::string())});
    }
    return manifest;
}

}  // namespace counselor::core
