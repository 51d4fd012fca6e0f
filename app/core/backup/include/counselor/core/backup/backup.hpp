// Backups of a practice database: one self-contained file, checked before
// anything is replaced.
//
// A backup file is a first line "COUNSELOR-BACKUP 1", a second line of JSON
// {"format":1,"schema_version":N,"created":"...","encrypted":bool,
//  "key":{salt,opslimit,memlimit,check,"passphrase":"database"|"backup"}
//  (when encrypted; "backup": made from a separate backup passphrase),
//  "payload_bytes":N,"payload_blake2b":hex}
// and then the database bytes (the payload). The payload of an encrypted
// database is encrypted with the same key (SQLCipher's sqlcipher_export into
// an attached file keyed alike), so no plaintext is ever written; the key
// parameters in the header let the same passphrase open it. The BLAKE2b of
// the payload finds a truncated or changed file before anything is written.
#pragma once

#include "counselor/core/security/key_derivation.hpp"
#include "counselor/core/security/secret.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace counselor::core {

inline constexpr std::string_view kBackupMagic = "COUNSELOR-BACKUP 1";

struct BackupHeader {
    int format = 1;
    int schema_version = 0;
    std::string created;           // UTC
    std::optional<KeyParams> key;  // set when the payload is encrypted
    bool own_passphrase = false;   // the key is from a backup passphrase, not the database's
    std::uint64_t payload_bytes = 0;
    std::string payload_blake2b;  // hex, 32 bytes
};

struct BackupResult {
    std::filesystem::path file;
    std::uint64_t bytes = 0;  // the whole backup file
    int schema_version = 0;
    bool encrypted = false;
    bool audited = true;  // false: another program held the database too long for the audit row
    bool own_passphrase = false;  // encrypted under a separate backup passphrase
};

// The raw key of an encrypted database from its passphrase and key file.
// Throws DatabaseError wrong_passphrase when the key file's check says no.
Secret database_key(const std::filesystem::path& database, const Secret& passphrase);

// Backs up `db` (open; `key_hex` its raw key when encrypted, empty when
// plain) to `out`, online: one read transaction gives a consistent copy
// while other connections go on writing. Written to a temporary file in the
// folder of `out`, flushed, then renamed. FileExists when `out` exists and
// not `replace_existing`. Appends a "backup" audit row to `db`.
BackupResult create_backup(Database& db, const Secret& key_hex, const std::filesystem::path& out,
                           bool replace_existing, const std::string& actor);
// The same, the payload encrypted under a key derived (Argon2id, a new salt)
// from `backup_passphrase` when given, whether the database is encrypted or
// not; restoring it then needs that passphrase, and the restored practice
// uses it and the backup's key parameters from then on.
BackupResult create_backup(Database& db, const Secret& key_hex, const std::filesystem::path& out,
                           bool replace_existing, const std::string& actor,
                           const std::optional<Secret>& backup_passphrase);
// A refused backup or restore ("backup", "restore") as an audit row with
// outcome "refused" and the kind of reason (never a path or a name). Best
// effort: a database that cannot take the row is left as it is.
void audit_refusal(Database& db, const std::string& actor, const std::string& action,
                   const std::string& kind);
// The kind of reason `error` gives, for that row; `otherwise` for a plain UserError.
std::string refusal_kind(const std::exception& error, const std::string& otherwise);

// Writes a backup file from a database file already made (tests use it to
// make backups this program would not: say of a newer schema).
void write_backup_file(const std::filesystem::path& payload, BackupHeader header,
                       const std::filesystem::path& out, bool replace_existing);

// Reads and checks the header and the payload's length and hash; throws
// UserError naming `file` when it is not a backup, truncated or damaged.
BackupHeader verify_backup_file(const std::filesystem::path& file);

struct RestoreResult {
    std::filesystem::path kept_aside;  // the database replaced; empty when there was none
    int schema_version = 0;
    bool encrypted = false;
};

// Restores `database` from `backup`: checks the file, writes the payload
// beside the database, opens it (with `passphrase` when the backup is
// encrypted), checks integrity, foreign keys and the schema version, writes
// a "restore" audit row in it, and only then moves the current database
// (with its -wal, -shm and key file) aside as
// `<database>.before-restore-<UTC>` and the restored one in. Any refusal
// leaves the current database as it was.
RestoreResult restore_backup(const std::filesystem::path& database,
                             const std::filesystem::path& backup,
                             const std::optional<Secret>& passphrase, const std::string& actor);

}  // namespace counselor::core
