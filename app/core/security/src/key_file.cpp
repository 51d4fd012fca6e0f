#include "counselor/core/security/key_file.hpp"

#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/errors.hpp"

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace counselor::core {

namespace fs = std::filesystem;

namespace {

constexpr int kFormat = 1;
constexpr const char* kKdf = "argon2id13";

[[noreturn]] void refuse(const fs::path& file, const std::string& why) {
    throw UserError("the key file " + file.string() + " " + why +
                    "; without it the database cannot be opened");
}

}  // namespace

fs::path key_file_path(const fs::path& database) {
    return fs::path(database.string() + ".keyparams");
}
fs::path next_key_file_path(const fs::path& database) {
    return fs::path(database.string() + ".keyparams.next");
}

std::optional<KeyParams> read_key_file(const fs::path& file) {
    std::error_code error;
    if (!fs::exists(file, error)) return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in) refuse(file, std::string("cannot be read (") + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    const auto json = nlohmann::json::parse(text.str(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) refuse(file, "is not valid JSON");
    try {
        if (json.at("format").get<int>() != kFormat) {
            refuse(file, "has format " + json.at("format").dump() +
                             ", which this version does not know (newer program?)");
        }
        if (json.at("kdf").get<std::string>() != kKdf) {
            refuse(file, "names an unknown key derivation " + json.at("kdf").dump());
        }
        KeyParams params;
        params.salt_hex = json.at("salt").get<std::string>();
        params.opslimit = json.at("opslimit").get<std::uint64_t>();
        params.memlimit = json.at("memlimit").get<std::uint64_t>();
        params.check_hex = json.value("check", std::string());
        return params;
    } catch (const nlohmann::json::exception&) {
        refuse(file, "lacks a field (format, kdf, salt, opslimit, memlimit) or has a wrong one");
    }
}

void write_key_file(const fs::path& file, const KeyParams& params) {
    const nlohmann::json json{{"format", kFormat},           {"kdf", kKdf},
                              {"salt", params.salt_hex},     {"opslimit", params.opslimit},
                              {"memlimit", params.memlimit}, {"check", params.check_hex}};
    // Salt and cost only, never the key: readable as before.
    write_file_atomically(file, json.dump(2) + "\n", {.mode = 0644});
}

}  // namespace counselor::core
