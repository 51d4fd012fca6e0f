// plugin.json: what a plugin says about itself, read before any of its code
// runs, so the host can list and vet plugins without loading them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace counselor::core {

struct ManifestTool {
    std::string id;
    std::string name;
    std::string kind;
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
};

// Reads and checks a manifest. Throws UserError with a message that names
// what is wrong (JSON line and column for a syntax error).
PluginManifest read_manifest(const std::filesystem::path& file);

}  // namespace counselor::core
