#include "counselor/core/security/key_derivation.hpp"

#include "counselor/core/platform/errors.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace counselor::core {

namespace {

constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr std::size_t kKeyBytes = 32;
static_assert(kSaltBytes == 16);
static_assert(kDefaultOpslimit == crypto_pwhash_OPSLIMIT_MODERATE);
static_assert(kDefaultMemlimit == crypto_pwhash_MEMLIMIT_MODERATE);

void ensure_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

std::vector<unsigned char> salt_bytes(const std::string& salt_hex) {
    std::vector<unsigned char> salt(kSaltBytes);
    std::size_t length = 0;
    if (salt_hex.size() != kSaltBytes * 2 ||
        sodium_hex2bin(salt.data(), salt.size(), salt_hex.data(), salt_hex.size(), nullptr, &length,
                       nullptr) != 0 ||
        length != kSaltBytes) {
        throw UserError("the key file's salt is not 32 hexadecimal digits");
    }
    return salt;
}

}  // namespace

KeyParams new_key_params(std::uint64_t opslimit, std::uint64_t memlimit) {
    ensure_sodium();
    std::array<unsigned char, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    KeyParams params;
    params.salt_hex = to_hex(salt.data(), salt.size());
    params.opslimit = opslimit;
    params.memlimit = memlimit;
    return params;
}

Secret derive_key_hex(const Secret& passphrase, const KeyParams& params) {
    ensure_sodium();
    if (params.opslimit < crypto_pwhash_OPSLIMIT_MIN ||
        params.opslimit > crypto_pwhash_OPSLIMIT_MAX ||
        params.memlimit < crypto_pwhash_MEMLIMIT_MIN ||
        params.memlimit > crypto_pwhash_MEMLIMIT_MAX) {
        throw UserError("the key file's costs are outside what Argon2id allows");
    }
    const auto salt = salt_bytes(params.salt_hex);
    std::array<unsigned char, kKeyBytes> key{};
    const int rc =
        crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.bytes()),
                      passphrase.size(), salt.data(), params.opslimit,
                      static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        sodium_memzero(key.data(), key.size());
        throw UserError("not enough memory to derive the database key (" +
                        std::to_string(params.memlimit / (1024 * 1024)) + " MiB needed)");
    }
    std::array<char, kKeyBytes * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), key.data(), key.size());
    Secret key_hex(std::string_view(hex.data(), kKeyBytes * 2));
    sodium_memzero(key.data(), key.size());
    sodium_memzero(hex.data(), hex.size());
    return key_hex;
}

std::string key_check(const Secret& key_hex) {
    ensure_sodium();
    static constexpr std::string_view context = "counselor-workstation key check v1";
    std::array<unsigned char, 16> digest{};
    crypto_generichash(digest.data(), digest.size(),
                       reinterpret_cast<const unsigned char*>(context.data()), context.size(),
                       key_hex.bytes(), key_hex.size());
    return to_hex(digest.data(), digest.size());
}

}  // namespace counselor::core
