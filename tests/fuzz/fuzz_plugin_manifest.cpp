// Fuzzes the plugin.json reader the plugin host runs on every folder in the
// plugin path: a broken manifest is refused with a UserError (the line
// `plugins list` shows), never a crash or another exception. And whatever
// the quick reader takes, the full one reads the same.
#include "scratch_file.hpp"

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/plugins/plugin_manifest.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const counselor::fuzz::ScratchFile scratch("plugin.json");
    namespace core = counselor::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto quick = core::detail::read_manifest_quickly(text, "plugin.json")) {
        try {
            if (!(core::detail::read_manifest_fully(text, "plugin.json") == *quick)) std::abort();
        } catch (const core::UserError&) {
            std::abort();  // taken quickly, refused fully
        }
    }
    try {
        const auto manifest = counselor::core::read_manifest(scratch.write(data, size));
        // What the host asks of a manifest it accepted.
        (void)manifest.sdk_major();
        (void)manifest.sdk_minor();
        (void)manifest.library_path();
    } catch (const counselor::core::UserError&) {
        // The refusal a person sees.
    }
    return 0;
}
