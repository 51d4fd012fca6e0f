// From a passphrase to the database key: Argon2id (libsodium's crypto_pwhash,
// ALG_ARGON2ID13) with a random salt, giving the 32-byte raw key SQLCipher
// encrypts the pages with. The salt and costs are stored beside the database
// (see key_file.hpp), so the same passphrase always gives the same key.
#pragma once

#include "counselor/core/security/secret.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace counselor::core {

struct KeyParams {
    std::string salt_hex;  // 16 random bytes, hex
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;  // bytes
    std::string check_hex;       // names the right key without revealing it (key_check)
};

// The costs new keys are made with, libsodium's "moderate" ones (opslimit 3,
// 256 MiB): one derivation takes about half a second of CPU on the project's
// 2-core machine (0.56-0.59 s measured with CLOCK_PROCESS_CPUTIME_ID).
constexpr std::uint64_t kDefaultOpslimit = 3;
constexpr std::uint64_t kDefaultMemlimit = 256ull * 1024 * 1024;

// Fresh parameters with a random salt; the check is filled in by derive.
KeyParams new_key_params(std::uint64_t opslimit = kDefaultOpslimit,
                         std::uint64_t memlimit = kDefaultMemlimit);

// The key as SQLCipher's 64 hex digits (a Secret: wiped when it goes).
// Throws UserError when the parameters are out of libsodium's range or the
// memory cannot be had.
Secret derive_key_hex(const Secret& passphrase, const KeyParams& params);

// A keyed BLAKE2b of the key: lets a wrong passphrase be told from a damaged
// database without opening it. It reveals nothing an attacker could not test
// against the encrypted file itself.
std::string key_check(const Secret& key_hex);

}  // namespace counselor::core
