#include "counselor/core/backup/backup.hpp"

#include "counselor/core/audit/audit_head.hpp"
#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/atomic_file.hpp"
#include "counselor/core/platform/dates.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/security/key_file.hpp"
#include "counselor/core/store/integrity.hpp"
#include "counselor/core/store/migrations.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <vector>

namespace counselor::core {

namespace fs = std::filesystem;
using Reason = DatabaseError::Reason;

namespace {

constexpr std::size_t kMaxHeaderLine = 64 * 1024;
constexpr std::size_t kHashBytes = crypto_generichash_BYTES;  // 32

std::string quoted(const fs::path& path) {
    return "\"" + path.string() + "\"";
}

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

// A name no other file in the folder has, beside `near`.
fs::path temporary_beside(const fs::path& near, const std::string& what) {
    std::random_device random;
    const fs::path folder = fs::absolute(near).parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate =
            folder / ("." + near.filename().string() + "." + what + "-" +
                      std::to_string(::getpid()) + "-" + std::to_string(random() % 1000000));
        std::error_code ignored;
        if (!fs::exists(fs::symlink_status(candidate, ignored))) return candidate;
    }
    throw UserError("could not choose a temporary file name in " + folder.string());
}

// Removes a file and the ones SQLite may have left beside it.
void remove_database_files(const fs::path& file) {
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm", ".keyparams", ".audithead"})
        fs::remove(fs::path(file.string() + suffix), ignored);
}

struct FileCleanup {
    fs::path file;
    bool armed = true;
    ~FileCleanup() {
        if (armed && !file.empty()) remove_database_files(file);
    }
};

void sync_file(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

[[noreturn]] void cannot_write(const fs::path& file, int error) {
    throw UserError("could not write " + quoted(file) + ": " + std::strerror(error));
}

// The BLAKE2b of `size` bytes of `in` from where it stands; fewer bytes
// than that is nullopt.
std::optional<std::string> hash_stream(std::istream& in, std::uint64_t size) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashBytes);
    std::vector<char> buffer(1 << 16);
    std::uint64_t left = size;
    while (left > 0) {
        const auto want =
            static_cast<std::streamsize>(std::min<std::uint64_t>(left, buffer.size()));
        in.read(buffer.data(), want);
        const auto got = in.gcount();
        if (got <= 0) return std::nullopt;
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                                  static_cast<unsigned long long>(got));
        left -= static_cast<std::uint64_t>(got);
    }
    std::array<unsigned char, kHashBytes> digest{};
    crypto_generichash_final(&state, digest.data(), digest.size());
    return to_hex(digest.data(), digest.size());
}

nlohmann::json header_json(const BackupHeader& header) {
    nlohmann::json json{{"format", header.format},
                        {"schema_version", header.schema_version},
                        {"created", header.created},
                        {"encrypted", header.key.has_value()},
                        {"payload_bytes", header.payload_bytes},
                        {"payload_blake2b", header.payload_blake2b}};
    if (header.key) {
        json["key"] = {{"kdf", "argon2id13"},
                       {"salt", header.key->salt_hex},
                       {"opslimit", header.key->opslimit},
                       {"memlimit", header.key->memlimit},
                       {"check", header.key->check_hex},
                       {"passphrase", header.own_passphrase ? "backup" : "database"}};
    }
    return json;
}

// The database's own checks on an open connection; "" when all is well.
std::string database_problem(Database& db) {
    const IntegrityCheck check = check_integrity(db);
    if (!check.integrity_problem.empty())
        return "its integrity check failed (" + check.integrity_problem + ")";
    if (check.orphan_rows > 0)
        return "a row of table " + check.first_orphan_table + " points at a missing row";
    return {};
}

std::string compact_utc_now() {
    std::string stamp = utc_now();  // YYYY-MM-DDTHH:MM:SSZ
    std::string compact;
    for (char c : stamp)
        if (c != '-' && c != ':') compact += c;
    return compact;
}

void rename_or_throw(const fs::path& from, const fs::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) cannot_write(to, errno);
}

}  // namespace

Secret database_key(const fs::path& database, const Secret& passphrase) {
    const auto params = read_key_file(key_file_path(database));
    if (!params) {
        throw DatabaseError(Reason::not_encrypted, database.string() + " is not encrypted");
    }
    Secret key = derive_key_hex(passphrase, *params);
    if (!params->check_hex.empty() && key_check(key) != params->check_hex) {
        throw DatabaseError(Reason::wrong_passphrase,
                            "the passphrase is wrong for " + database.string());
    }
    return key;
}

void write_backup_file(const fs::path& payload, BackupHeader header, const fs::path& out,
                       bool replace_existing) {
    check_write_target(out, replace_existing);
    {
        std::ifstream in(payload, std::ios::binary);
        std::error_code error;
        header.payload_bytes = fs::file_size(payload, error);
        if (!in || error) throw UserError("could not read " + quoted(payload));
        auto hash = hash_stream(in, header.payload_bytes);
        if (!hash) throw UserError("could not read " + quoted(payload));
        header.payload_blake2b = *hash;
    }
    if (header.created.empty()) header.created = utc_now();
    // Like the database: for its owner only.
    AtomicFile file(out, {.replace_existing = replace_existing});
    file.write(std::string(kBackupMagic) + '\n' + header_json(header).dump() + '\n');
    std::ifstream in(payload, std::ios::binary);
    std::array<char, 1 << 16> chunk{};
    while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0)
        file.write(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
    if (in.bad()) throw UserError("could not read " + quoted(payload));
    file.commit();
}

namespace {

// The key the backup's payload is written with, and the header's parameters
// for it: the database's own, or new ones (fresh salt) from a separate
// backup passphrase.
Secret backup_key(Database& db, const Secret& key_hex, const std::optional<Secret>& passphrase,
                  BackupHeader& header) {
    if (passphrase) {
        KeyParams params = new_key_params();
        Secret key = derive_key_hex(*passphrase, params);
        params.check_hex = key_check(key);
        header.key = params;
        header.own_passphrase = true;
        return key;
    }
    if (key_hex.empty()) return {};
    header.key = read_key_file(key_file_path(db.path()));
    if (!header.key) {
        throw DatabaseError(Reason::not_encrypted,
                            "the key file of " + db.path().string() + " is missing");
    }
    return key_hex;
}

// The backup file itself: everything create_backup() does but its audit row.
BackupResult write_backup(Database& db, const Secret& key_hex, const fs::path& out,
                          bool replace_existing, const std::optional<Secret>& passphrase) {
    check_write_target(out, replace_existing);
    BackupHeader header;
    const Secret key = backup_key(db, key_hex, passphrase, header);
    const bool encrypted = !key.empty();
    const fs::path payload = temporary_beside(out, "payload");
    FileCleanup cleanup{payload};
    // Made here, empty: the connection was opened without the right to create files.
    if (const int fd = ::open(payload.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600); fd >= 0) {
        ::close(fd);
    } else {
        cannot_write(out, errno);
    }
    header.created = utc_now();
    header.schema_version = db.export_copy(payload, encrypted ? key.view() : std::string_view());
    sync_file(payload);
    write_backup_file(payload, header, out, replace_existing);
    std::error_code ignored;
    const auto bytes = fs::file_size(out, ignored);
    log().info("backup written ({} bytes{})", bytes, encrypted ? ", encrypted" : "");
    return BackupResult{out, bytes, header.schema_version, encrypted, true, header.own_passphrase};
}

}  // namespace

BackupResult create_backup(Database& db, const Secret& key_hex, const fs::path& out,
                           bool replace_existing, const std::string& actor,
                           const std::optional<Secret>& backup_passphrase) {
    BackupResult result;
    try {
        result = write_backup(db, key_hex, out, replace_existing, backup_passphrase);
    } catch (const UserError& error) {
        audit_refusal(db, actor, "backup", refusal_kind(error, "cannot write"));
        throw;
    }
    try {
        Transaction transaction(db);
        AuditLog(db).append(audit_entry(actor, "backup", "database", std::nullopt,
                                        "schema " + std::to_string(result.schema_version) +
                                            (result.own_passphrase ? ", own passphrase" : "")));
        transaction.commit();
    } catch (const DatabaseError& error) {
        // The backup is written and whole; only its audit row had to wait
        // too long for another program's write (or the database is read-only).
        if (error.reason() != Reason::locked && error.reason() != Reason::read_only) throw;
        result.audited = false;
        log().warn("backup written, but its audit row could not be (database busy)");
    }
    return result;
}

BackupResult create_backup(Database& db, const Secret& key_hex, const fs::path& out,
                           bool replace_existing, const std::string& actor) {
    return create_backup(db, key_hex, out, replace_existing, actor, std::nullopt);
}

BackupHeader verify_backup_file(const fs::path& file) {
    std::error_code error;
    if (!fs::exists(file, error)) throw NotFound("no backup file " + quoted(file));
    if (fs::is_directory(file, error)) throw UserError(quoted(file) + " is a folder");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw UserError("could not read " + quoted(file));
    const std::string not_backup = quoted(file) + " is not a Counselor Workstation backup";
    std::string magic(kBackupMagic.size() + 1, '\0');
    if (!in.read(magic.data(), static_cast<std::streamsize>(magic.size())) ||
        magic != std::string(kBackupMagic) + "\n") {
        throw UserError(not_backup);
    }
    std::string line;
    char c = 0;
    while (in.get(c) && c != '\n') {
        line += c;
        if (line.size() > kMaxHeaderLine) throw UserError(not_backup + " (its header is too long)");
    }
    if (c != '\n') throw UserError(quoted(file) + " is truncated: its header is incomplete");
    const auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.is_object()) throw UserError(not_backup + " (bad header)");
    BackupHeader header;
    try {
        header.format = json.at("format").get<int>();
        if (header.format != 1) {
            throw UserError(quoted(file) + " is a backup of format " +
                            std::to_string(header.format) +
                            ", which this version cannot read; install the newer version");
        }
        header.schema_version = json.at("schema_version").get<int>();
        header.created = json.at("created").get<std::string>();
        header.payload_bytes = json.at("payload_bytes").get<std::uint64_t>();
        header.payload_blake2b = json.at("payload_blake2b").get<std::string>();
        if (json.at("encrypted").get<bool>()) {
            const auto& key = json.at("key");
            KeyParams params;
            params.salt_hex = key.at("salt").get<std::string>();
            params.opslimit = key.at("opslimit").get<std::uint64_t>();
            params.memlimit = key.at("memlimit").get<std::uint64_t>();
            params.check_hex = key.at("check").get<std::string>();
            header.key = params;
            header.own_passphrase = key.value("passphrase", "database") == "backup";
        }
    } catch (const nlohmann::json::exception&) {
        throw UserError(not_backup + " (bad header)");
    }
    const auto start = static_cast<std::uint64_t>(in.tellg());
    const auto size = fs::file_size(file, error);
    if (error) throw UserError("could not read " + quoted(file));
    const std::uint64_t present = size - start;
    if (present < header.payload_bytes) {
        throw UserError(quoted(file) + " is truncated: it holds " + std::to_string(present) +
                        " of its " + std::to_string(header.payload_bytes) +
                        " database bytes; nothing was restored");
    }
    if (present > header.payload_bytes) {
        throw UserError(quoted(file) +
                        " is damaged: it has bytes after its database; nothing was "
                        "restored");
    }
    const auto hash = hash_stream(in, header.payload_bytes);
    if (!hash) throw UserError(quoted(file) + " is truncated; nothing was restored");
    if (*hash != header.payload_blake2b) {
        throw UserError(quoted(file) +
                        " is damaged: its contents do not match their checksum; nothing was "
                        "restored");
    }
    return header;
}

RestoreResult restore_backup(const fs::path& database, const fs::path& backup,
                             const std::optional<Secret>& passphrase, const std::string& actor) {
    const BackupHeader header = verify_backup_file(backup);
    const int latest = latest_schema_version();
    if (header.schema_version > latest) {
        throw DatabaseError(Reason::newer_schema,
                            quoted(backup) +
                                " was written by a newer version of Counselor "
                                "Workstation (schema " +
                                std::to_string(header.schema_version) + ", this version knows " +
                                std::to_string(latest) +
                                "); install the newer version to restore it; nothing was restored");
    }
    DatabaseOptions options;
    options.create_if_missing = false;
    if (header.key) {
        if (!passphrase) {
            throw DatabaseError(
                Reason::passphrase_needed,
                quoted(backup) + (header.own_passphrase
                                      ? " is encrypted with its own backup passphrase: give "
                                        "it with --backup-passphrase-file FILE"
                                      : " is encrypted: give its passphrase with "
                                        "--passphrase-file FILE or COUNSELOR_PASSPHRASE_FILE"));
        }
        const Secret key = derive_key_hex(*passphrase, *header.key);
        if (!header.key->check_hex.empty() && key_check(key) != header.key->check_hex) {
            throw DatabaseError(Reason::wrong_passphrase,
                                "the passphrase is wrong for the backup " + quoted(backup) +
                                    "; nothing was restored");
        }
        options.raw_key_hex = std::string(key.view());
    }

    const fs::path temp = temporary_beside(database, "restoring");
    FileCleanup cleanup{temp};
    {
        std::ifstream in(backup, std::ios::binary);
        std::string skip;
        std::getline(in, skip);
        std::getline(in, skip);
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file << in.rdbuf();
        file.flush();
        if (!file) cannot_write(temp, errno != 0 ? errno : EIO);
    }
    sync_file(temp);
    int schema_version = 0;
    std::string problem;
    try {
        Database restored = Database::open(temp, options);
        sodium_memzero(options.raw_key_hex.data(), options.raw_key_hex.size());
        schema_version = restored.schema_version();
        problem = database_problem(restored);
        if (problem.empty()) {
            Transaction transaction(restored);
            AuditLog(restored).append(audit_entry(actor, "restore", "database", std::nullopt,
                                                  "schema " + std::to_string(schema_version)));
            transaction.commit();
            restored.checkpoint();
        }
    } catch (const DatabaseError& error) {
        sodium_memzero(options.raw_key_hex.data(), options.raw_key_hex.size());
        if (error.reason() == Reason::newer_schema) {
            throw DatabaseError(error.reason(),
                                "the database in " + quoted(backup) +
                                    " was written by a newer version of Counselor Workstation; "
                                    "install the newer version to restore it; nothing was "
                                    "restored");
        }
        throw DatabaseError(error.reason(), quoted(backup) +
                                                " does not hold a usable database; nothing was "
                                                "restored");
    }
    if (!problem.empty()) {
        throw DatabaseError(Reason::corrupt, "the database in " + quoted(backup) + " is damaged: " +
                                                 problem + "; nothing was restored");
    }
    if (header.key) write_key_file(key_file_path(temp), *header.key);

    // Everything checked: the current files aside, the restored ones in.
    RestoreResult result;
    result.schema_version = schema_version;
    result.encrypted = header.key.has_value();
    std::error_code error;
    const bool had_database = fs::exists(database, error);
    if (had_database) {
        result.kept_aside = fs::path(database.string() + ".before-restore-" + compact_utc_now());
        for (const char* suffix : {"-wal", "-shm", ".keyparams", ".keyparams.next", ".audithead"}) {
            const fs::path from(database.string() + suffix);
            if (fs::exists(from, error))
                rename_or_throw(from, fs::path(result.kept_aside.string() + suffix));
        }
        rename_or_throw(database, result.kept_aside);
    }
    if (header.key) rename_or_throw(key_file_path(temp), key_file_path(database));
    // The restored chain's own head, written after its restore row.
    if (fs::exists(audit_head_path(temp), error)) {
        sync_audit_head(temp);
        rename_or_throw(audit_head_path(temp), audit_head_path(database));
    }
    rename_or_throw(temp, database);
    cleanup.armed = false;
    sync_folder(fs::absolute(database).parent_path());
    log().info("database restored from a backup, schema version {}", schema_version);
    return result;
}

}  // namespace counselor::core
