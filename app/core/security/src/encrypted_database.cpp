#include "counselor/core/security/encrypted_database.hpp"

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/platform/logging.hpp"
#include "counselor/core/security/key_file.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <array>
#include <fstream>
#include <string_view>
#include <vector>

namespace counselor::core {

namespace fs = std::filesystem;
using Reason = DatabaseError::Reason;

namespace {

// A plain SQLite file starts with this; an encrypted one with random bytes.
bool plain_sqlite_file(const fs::path& path) {
    static constexpr std::string_view magic("SQLite format 3\0", 16);
    std::array<char, 16> header{};
    std::ifstream file(path, std::ios::binary);
    return file.read(header.data(), header.size()) &&
           std::string_view(header.data(), header.size()) == magic;
}

bool empty_file(const fs::path& path) {
    std::error_code error;
    return fs::file_size(path, error) == 0 && !error;
}

DatabaseOptions database_options(const PracticeOpenOptions& options, bool create) {
    DatabaseOptions result;
    result.create_if_missing = create;
    result.read_only = options.read_only;
    return result;
}

Database create_encrypted(const fs::path& path, const PracticeOpenOptions& options) {
    if (!options.passphrase) {
        throw DatabaseError(
            Reason::passphrase_needed,
            "a new database is encrypted: a passphrase is needed to create " + path.string());
    }
    // The key file first: a crash before the database exists leaves a key
    // file that the next creation replaces; the other order could leave an
    // encrypted database without its key file.
    std::error_code ignored;
    fs::create_directories(fs::absolute(path).parent_path(), ignored);
    KeyParams params = new_key_params(options.new_opslimit, options.new_memlimit);
    DatabaseOptions open = database_options(options, true);
    open.raw_key_hex = std::string(derive_key_hex(*options.passphrase, params).view());
    params.check_hex = key_check(Secret(open.raw_key_hex));
    write_key_file(key_file_path(path), params);
    fs::remove(next_key_file_path(path), ignored);
    try {
        Database db = Database::open(path, open);
        sodium_memzero(open.raw_key_hex.data(), open.raw_key_hex.size());
        log().info("new database created encrypted");
        return db;
    } catch (...) {
        sodium_memzero(open.raw_key_hex.data(), open.raw_key_hex.size());
        if (!fs::exists(path, ignored)) fs::remove(key_file_path(path), ignored);
        throw;
    }
}

Database open_plain(const fs::path& path, const PracticeOpenOptions& options) {
    try {
        return Database::open(path, database_options(options, options.create_if_missing));
    } catch (const DatabaseError& error) {
        if (error.reason() != Reason::not_a_database || plain_sqlite_file(path)) throw;
        throw DatabaseError(Reason::not_a_database,
                            path.string() +
                                " is not a Counselor Workstation database, or it is encrypted "
                                "and its key file " +
                                key_file_path(path).filename().string() +
                                " is missing (put it back beside the database)");
    }
}

struct Candidate {
    fs::path file;
    KeyParams params;
    bool next = false;  // left by an unfinished passphrase change
};

// Opens with the key the passphrase gives under one candidate's parameters;
// nullopt when the check says it is not this one's key.
std::optional<Database> try_candidate(const fs::path& path, const PracticeOpenOptions& options,
                                      const Candidate& candidate, bool other_exists) {
    const Secret key = derive_key_hex(*options.passphrase, candidate.params);
    if (!candidate.params.check_hex.empty() && key_check(key) != candidate.params.check_hex) {
        return std::nullopt;
    }
    DatabaseOptions open = database_options(options, false);
    open.raw_key_hex = std::string(key.view());
    try {
        Database db = Database::open(path, open);
        sodium_memzero(open.raw_key_hex.data(), open.raw_key_hex.size());
        return db;
    } catch (const DatabaseError& error) {
        sodium_memzero(open.raw_key_hex.data(), open.raw_key_hex.size());
        if (error.reason() != Reason::not_a_database) throw;
        if (candidate.params.check_hex.empty() && !other_exists) return std::nullopt;
        if (other_exists && candidate.next) {
            throw DatabaseError(Reason::wrong_passphrase,
                                "the passphrase change of " + path.string() +
                                    " did not finish: use the previous passphrase");
        }
        if (other_exists) {
            throw DatabaseError(
                Reason::wrong_passphrase,
                "the passphrase of " + path.string() + " was changed: use the new passphrase");
        }
        throw DatabaseError(Reason::corrupt, path.string() +
                                                 " is damaged, or is not the database its key "
                                                 "file belongs to (the passphrase is right); "
                                                 "restore it from a backup");
    }
}

Database open_encrypted(const fs::path& path, const PracticeOpenOptions& options,
                        std::vector<Candidate> candidates) {
    if (plain_sqlite_file(path)) {
        throw DatabaseError(Reason::not_encrypted,
                            path.string() + " is not encrypted, but the key file " +
                                candidates.front().file.filename().string() +
                                " beside it says it should be; if this is the right file, move "
                                "the key file away to open it as it is");
    }
    if (!options.passphrase) {
        throw DatabaseError(Reason::passphrase_needed,
                            path.string() + " is encrypted: a passphrase is needed to open it");
    }
    for (const auto& candidate : candidates) {
        auto db = try_candidate(path, options, candidate, candidates.size() > 1);
        if (!db) continue;
        std::error_code ignored;
        if (!options.read_only) {
            if (candidate.next) {
                // The re-key happened; only the rename was missing.
                fs::rename(candidate.file, key_file_path(path), ignored);
                log().info("an unfinished passphrase change was completed");
            } else if (candidates.size() > 1) {
                // The re-key never happened: the new key file is void.
                fs::remove(next_key_file_path(path), ignored);
                log().info("an unfinished passphrase change was undone");
            }
        }
        return std::move(*db);
    }
    log().warn("database not opened: wrong passphrase");
    throw DatabaseError(Reason::wrong_passphrase, "the passphrase is wrong for " + path.string());
}

}  // namespace

bool is_encrypted(const fs::path& database) {
    std::error_code ignored;
    return fs::exists(key_file_path(database), ignored) ||
           fs::exists(next_key_file_path(database), ignored);
}

Database open_practice_database(const fs::path& path, const PracticeOpenOptions& options) {
    std::error_code error;
    const bool exists = fs::exists(path, error) && !fs::is_directory(path, error);
    const bool creating = !exists && options.create_if_missing && !options.read_only;
    // A new database starts a new audit chain: a head left by a deleted one is stale.
    if (creating) fs::remove(audit_head_path(path), error);
    if (creating || (exists && empty_file(path) && !options.read_only && !is_encrypted(path))) {
        if (creating && options.encrypt_new) return create_encrypted(path, options);
        if (creating) {
            // Key files left from a database that is gone would call the new one encrypted.
            fs::remove(key_file_path(path), error);
            fs::remove(next_key_file_path(path), error);
        }
        return open_plain(path, options);
    }
    if (!exists) return open_plain(path, options);  // the missing-file message

    std::vector<Candidate> candidates;
    if (auto params = read_key_file(key_file_path(path))) {
        candidates.push_back({key_file_path(path), *params, false});
    }
    if (auto params = read_key_file(next_key_file_path(path))) {
        candidates.push_back({next_key_file_path(path), *params, true});
    }
    if (candidates.empty()) return open_plain(path, options);
    return open_encrypted(path, options, std::move(candidates));
}

bool passphrase_matches(const fs::path& database, const Secret& passphrase) {
    const auto params = read_key_file(key_file_path(database));
    if (!params || params->check_hex.empty()) return false;
    return key_check(derive_key_hex(passphrase, *params)) == params->check_hex;
}

void change_passphrase(Database& db, const Secret& new_passphrase, const std::string& actor,
                       std::uint64_t opslimit, std::uint64_t memlimit) {
    const fs::path path = db.path();
    if (!read_key_file(key_file_path(path))) {
        throw DatabaseError(Reason::not_encrypted,
                            path.string() + " is not encrypted, so it has no passphrase to change");
    }
    if (db.read_only()) {
        throw DatabaseError(Reason::read_only, path.string() + " was opened read-only");
    }
    KeyParams params = new_key_params(opslimit, memlimit);
    const Secret key = derive_key_hex(new_passphrase, params);
    params.check_hex = key_check(key);
    write_key_file(next_key_file_path(path), params);
    try {
        db.rekey(key.view());
    } catch (...) {
        std::error_code ignored;
        fs::remove(next_key_file_path(path), ignored);
        throw;
    }
    // The -wal file still holds frames under the old key: into the file with
    // them, and the log emptied (best effort: a reader elsewhere may hold it).
    try {
        db.checkpoint();
    } catch (const DatabaseError&) {
        log().warn("the write-ahead log could not be emptied after the re-key");
    }
    std::error_code error;
    fs::rename(next_key_file_path(path), key_file_path(path), error);
    if (error) {
        // The next open finishes it (it tries the .next file); say so now.
        throw UserError("the passphrase of " + path.string() +
                        " was changed, but its key file could not be renamed (" + error.message() +
                        "); the next start finishes the change");
    }
    log().info("database re-keyed");
    Transaction transaction(db);
    AuditLog(db).append(audit_entry(actor, "database.rekey", "database", std::nullopt));
    transaction.commit();
}

}  // namespace counselor::core
