// Fuzzes the plugin.json reader the plugin host runs on every folder in the
// plugin path: a broken manifest is refused with a UserError (the line
// `plugins list` shows), never a crash or another exception.
#include "scratch_file.hpp"

#include "counselor/core/errors.hpp"
#include "counselor/core/plugin_manifest.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const counselor::fuzz::ScratchFile scratch("plugin.json");
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
