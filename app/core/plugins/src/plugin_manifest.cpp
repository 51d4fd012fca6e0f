#include "counselor/core/plugins/plugin_manifest.hpp"

#include "counselor/core/platform/errors.hpp"

#include <counselor/sdk/json_checks.hpp>
#include <nlohmann/json.hpp>

#include "shallow_json.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <charconv>
#include <cstdint>

namespace counselor::core {

namespace {

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

std::string too_large(std::uintmax_t size) {
    return "plugin.json is " + std::to_string(size) + " bytes; a manifest may be at most 64 KB";
}

// The file's bytes, in one open, fstat and read: the host reads every
// manifest at every start. Nothing when there is no such file.
std::optional<std::string> manifest_text(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && (errno == ENOENT || errno == ENOTDIR)) return std::nullopt;
    if (fd < 0) throw UserError("cannot read " + file.string());
    struct ::stat status {};
    if (::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) &&
        static_cast<std::uintmax_t>(status.st_size) > kMaxManifestBytes) {
        ::close(fd);
        throw UserError(too_large(static_cast<std::uintmax_t>(status.st_size)));
    }
    // A regular file's size is known: once it is read, no read to find the end.
    const bool sized = S_ISREG(status.st_mode);
    std::string text;
    char buffer[4096];
    while (!sized || text.size() < static_cast<std::size_t>(status.st_size)) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // an error reads as the end, as a stream's would
        text.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(fd);
    return text;
}

std::string required_text(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
        throw UserError(std::string("plugin.json has no \"") + key + "\" text");
    }
    return it->get<std::string>();
}

// A key that may be left out; when it is there, it must be text. (json's
// value() would throw its own type_error past the host's refusal.)
std::string optional_text(const nlohmann::json& j, const char* key, const char* where) {
    auto it = j.find(key);
    if (it == j.end()) return {};
    if (!it->is_string()) throw UserError(std::string(where) + " \"" + key + "\" must be text");
    return it->get<std::string>();
}

// One entry of "tools", read quickly: strings only, an id required.
bool quick_tool(detail::ShallowJson& json, std::vector<ManifestTool>& tools) {
    ManifestTool& tool = tools.emplace_back();
    return json.object([&](const std::string& key) {
        if (key == "id") return json.string(tool.id);
        if (key == "name") return json.string(tool.name);
        if (key == "kind") return json.string(tool.kind);
        return json.skip();
    }) && !tool.id.empty();
}

// Whether a manifest read quickly holds what the full reader asks of it;
// when not, the full reader says what is wrong.
bool complete(const PluginManifest& m, bool has_tools) {
    for (const auto* text : {&m.id, &m.name, &m.version, &m.sdk_version, &m.library})
        if (text->empty()) return false;
    if (m.library.find('/') != std::string::npos) return false;
    try {
        parse_sdk_version(m.sdk_version);
    } catch (const UserError&) {
        return false;
    }
    if (m.dynamic_tools) return true;
    return has_tools && !m.tools.empty();
}

}  // namespace

namespace detail {

std::optional<PluginManifest> read_manifest_quickly(std::string_view text,
                                                    const std::filesystem::path& file) {
    ShallowJson json(text);
    if (!json.valid_utf8()) return std::nullopt;
    PluginManifest m;
    m.file = file;
    bool has_tools = false;
    const bool read = json.object([&](const std::string& key) {
        if (key == "id") return json.string(m.id);
        if (key == "name") return json.string(m.name);
        if (key == "version") return json.string(m.version);
        if (key == "sdk_version") return json.string(m.sdk_version);
        if (key == "library") return json.string(m.library);
        if (key == "description") return json.string(m.description);
        if (key == "dynamic_tools") return json.boolean(m.dynamic_tools);
        if (key == "tools") {
            has_tools = true;
            return json.list([&] { return quick_tool(json, m.tools); });
        }
        return json.skip();
    });
    if (!read || !json.at_end() || !complete(m, has_tools)) return std::nullopt;
    return m;
}

PluginManifest read_manifest_fully(std::string_view text, const std::filesystem::path& file) {
    if (auto problem = sdk::check_json_text(text, kMaxManifestDepth)) {
        throw UserError("plugin.json is not valid JSON: " + *problem);
    }
    const nlohmann::json j = nlohmann::json::parse(text);
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
    manifest.description = optional_text(j, "description", "plugin.json:");
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
        manifest.tools.push_back({required_text(tool, "id"),
                                  optional_text(tool, "name", "plugin.json: a tool's"),
                                  optional_text(tool, "kind", "plugin.json: a tool's")});
    }
    return manifest;
}

}  // namespace detail

unsigned PluginManifest::sdk_major() const {
    return parse_sdk_version(sdk_version).first;
}
unsigned PluginManifest::sdk_minor() const {
    return parse_sdk_version(sdk_version).second;
}

std::optional<PluginManifest> read_manifest_if_present(const std::filesystem::path& file) {
    const auto text = manifest_text(file);
    if (!text) return std::nullopt;
    if (auto manifest = detail::read_manifest_quickly(*text, file)) return manifest;
    return detail::read_manifest_fully(*text, file);
}

PluginManifest read_manifest(const std::filesystem::path& file) {
    auto manifest = read_manifest_if_present(file);
    if (!manifest) throw UserError("cannot read " + file.string());
    return std::move(*manifest);
}

}  // namespace counselor::core
