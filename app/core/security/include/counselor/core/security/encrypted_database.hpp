// Opening a practice database that may be encrypted with a passphrase: the
// key file beside it (key_file.hpp) says whether it is, and holds the salt
// and costs the key is derived with. Every way this can go wrong is a
// DatabaseError whose reason a window can act on (ask again, say the file is
// plain after all) and whose text names the file, never the passphrase.
#pragma once

#include "counselor/core/security/key_derivation.hpp"
#include "counselor/core/security/secret.hpp"
#include "counselor/core/store/database.hpp"

#include <filesystem>
#include <optional>

namespace counselor::core {

struct PracticeOpenOptions {
    bool create_if_missing = false;
    bool read_only = false;
    std::optional<Secret> passphrase;
    // A database created here is encrypted (and so needs a passphrase)
    // unless this is false.
    bool encrypt_new = true;
    // Costs for a key made here (a new database); the defaults otherwise.
    // Only tests ask for cheaper ones, through this API; no user setting does.
    std::uint64_t new_opslimit = kDefaultOpslimit;
    std::uint64_t new_memlimit = kDefaultMemlimit;
};

// True when a key file (or one left by an unfinished passphrase change) is
// beside the database.
bool is_encrypted(const std::filesystem::path& database);

// Opens (or creates) the database; throws DatabaseError:
// - passphrase_needed: encrypted, or to be created encrypted, and no passphrase;
// - wrong_passphrase: "the passphrase is wrong" (nothing read or written);
// - not_encrypted: the key file says encrypted but the file is plain SQLite;
// - not_a_database: neither a database nor encrypted with a key file beside it;
// and whatever Database::open throws. A crash in the middle of a passphrase
// change is finished here with whichever passphrase the database now has.
Database open_practice_database(const std::filesystem::path& path,
                                const PracticeOpenOptions& options);

// True when the passphrase gives the key in the database's key file: how a
// locked window checks it without opening the database again.
bool passphrase_matches(const std::filesystem::path& database, const Secret& passphrase);

// Re-keys an open encrypted database with a new passphrase (see key_file.hpp
// for the order that survives a crash) and records it in the audit log.
void change_passphrase(Database& db, const Secret& new_passphrase, const std::string& actor,
                       std::uint64_t opslimit = kDefaultOpslimit,
                       std::uint64_t memlimit = kDefaultMemlimit);

}  // namespace counselor::core
