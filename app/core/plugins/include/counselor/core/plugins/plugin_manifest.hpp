// plugin.json: what a plugin says about itself, read before any of its code
// runs, so the host can list and vet plugins without loading them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

struct ManifestTool {
    std::string id;
    std::string name;
    std::string kind;

    bool operator==(const ManifestTool&) const = default;
};

struct PluginManifest {
    std::filesystem::path file;  // the plugin.json itself
    std::string id;
    std::string name;
    std::string version;
    std::string sdk_version;  // "MAJOR.MINOR" the plugin was built against
    std::string library;      // file name of the library, beside plugin.json
    std::string description;
    std::vector<ManifestTool> tools;
    // The plugin's tools come from describe() at load, not from this file
    // (the form-packs plugin serves whatever definition files it finds), so
    // `tools` may be empty and is not compared with what the library offers.
    bool dynamic_tools = false;

    std::filesystem::path library_path() const { return file.parent_path() / library; }
    unsigned sdk_major() const;
    unsigned sdk_minor() const;

    bool operator==(const PluginManifest&) const = default;
};

// Reads and checks a manifest. Throws UserError with a message that names
// what is wrong (JSON line and column for a syntax error).
PluginManifest read_manifest(const std::filesystem::path& file);
// The same for a folder that may hold no plugin: nothing when there is no
// such file (one open instead of a stat first).
std::optional<PluginManifest> read_manifest_if_present(const std::filesystem::path& file);

namespace detail {
// The two readers behind read_manifest, given the file's text. The quick one
// reads a well-formed manifest without building a JSON document, and answers
// nothing for anything it is not sure of, which the full one then reads
// (and refuses, with its message); what the quick one accepts, the full one
// reads the same. Declared here for the tests that hold them to that.
std::optional<PluginManifest> read_manifest_quickly(std::string_view text,
                                                    const std::filesystem::path& file);
PluginManifest read_manifest_fully(std::string_view text, const std::filesystem::path& file);
}  // namespace detail

}  // namespace counselor::core
