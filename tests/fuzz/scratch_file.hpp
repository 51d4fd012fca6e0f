// The file a fuzz input is written to, for entry points that read a file by
// path (form import, plugin.json) exactly as the program calls them.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace counselor::fuzz {

class ScratchFile {
  public:
    // A fresh folder per fuzzer process, so parallel runs never share a file.
    explicit ScratchFile(const std::string& name) {
        const char* tmp = std::getenv("TMPDIR");
        folder_ = std::filesystem::path(tmp && *tmp ? tmp : "/tmp") /
                  ("counselor-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(folder_);
        path_ = folder_ / name;
    }
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove_all(folder_, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& write(const std::uint8_t* data, std::size_t size) const {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        return path_;
    }

  private:
    std::filesystem::path folder_;
    std::filesystem::path path_;
};

}  // namespace counselor::fuzz
