// The key file beside an encrypted database, `<db>.keyparams`: the salt and
// Argon2id costs its key is derived with, as JSON
// {"format":1,"kdf":"argon2id13","salt":hex,"opslimit":N,"memlimit":N,"check":hex}.
// Its presence means "this database is encrypted". It holds no secret: the
// key cannot be had from it without the passphrase.
//
// A passphrase change writes the new parameters to `<db>.keyparams.next`
// first, re-keys the database, then renames `.next` over the key file, so a
// crash between the steps leaves a key file for whichever key the database has.
#pragma once

#include "counselor/core/security/key_derivation.hpp"

#include <filesystem>
#include <optional>

namespace counselor::core {

std::filesystem::path key_file_path(const std::filesystem::path& database);
std::filesystem::path next_key_file_path(const std::filesystem::path& database);

// nullopt when the file is not there; UserError naming the file when it is
// unreadable or not a key file of a format this program knows.
std::optional<KeyParams> read_key_file(const std::filesystem::path& file);

// Written to a temporary file, flushed to disk, then renamed into place.
void write_key_file(const std::filesystem::path& file, const KeyParams& params);

}  // namespace counselor::core
