#include "commands.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/backup/backup.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/security/secret.hpp>
#include <counselor/core/store/integrity.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <ostream>

namespace counselor::cli {

namespace {

void add_backup(CommandSetup& setup) {
    auto* backup = setup.app.add_subcommand(
        "backup",
        "Write a checked, self-contained backup of the database (online; an encrypted "
        "database's backup stays encrypted with its key)");
    struct Options {
        std::string out;
        bool replace = false;
        std::string backup_passphrase_file;
    };
    auto options = std::make_shared<Options>();
    backup->add_option("--out", options->out, "The backup file to write")->required();
    backup->add_flag("--replace", options->replace, "Replace FILE when it exists");
    backup->add_option("--backup-passphrase-file", options->backup_passphrase_file,
                       "Encrypt the backup under its own passphrase, read from this file");
    backup->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto& ctx = setup.context;
            const auto path = ctx.database_path();
            core::Secret key;
            if (core::is_encrypted(path)) {
                auto passphrase = ctx.passphrase();
                if (!passphrase) {
                    throw core::DatabaseError(core::DatabaseError::Reason::passphrase_needed,
                                              path.string() +
                                                  " is encrypted: give its passphrase with "
                                                  "--passphrase-file FILE or "
                                                  "COUNSELOR_PASSPHRASE_FILE");
                }
                key = core::database_key(path, *passphrase);
            }
            std::optional<core::Secret> backup_passphrase;
            if (!options->backup_passphrase_file.empty())
                backup_passphrase = core::read_passphrase_file(options->backup_passphrase_file);
            auto& db = ctx.database();
            const auto result = core::create_backup(db, key, options->out, options->replace,
                                                    current_actor(), backup_passphrase);
            if (!result.audited) {
                print_warnings(
                    {"the backup is written and whole, but its audit row is not: "
                     "another program kept the database busy"});
            }
            if (ctx.json()) {
                setup.out << nlohmann::json{{"file", result.file.string()},
                                            {"bytes", result.bytes},
                                            {"encrypted", result.encrypted},
                                            {"own_passphrase", result.own_passphrase},
                                            {"schema_version", result.schema_version}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << "Backup written: " << result.file.string() << " (" << result.bytes
                      << " bytes, "
                      << (result.own_passphrase ? "encrypted with its own backup passphrase"
                          : result.encrypted    ? "encrypted"
                                                : "not encrypted")
                      << ", schema " << result.schema_version << ")\n";
        };
    });
}

// A refused restore in the trail of the database that stays, when it opens.
void audit_refused_restore(CliContext& ctx, const core::UserError& error) {
    std::error_code ignored;
    if (!std::filesystem::exists(ctx.database_path(), ignored)) return;
    try {
        core::audit_refusal(ctx.database(), current_actor(), "restore",
                            core::refusal_kind(error, "bad backup file"));
    } catch (const std::exception&) {
        // Not openable (say encrypted under another passphrase): nothing to record in.
    }
}

void add_restore(CommandSetup& setup) {
    auto* restore = setup.app.add_subcommand(
        "restore",
        "Replace the database with a backup, after checking it; the replaced one is kept aside");
    struct Options {
        std::string from;
        std::string backup_passphrase_file;
    };
    auto options = std::make_shared<Options>();
    restore->add_option("--from", options->from, "The backup file to restore")->required();
    restore->add_option("--backup-passphrase-file", options->backup_passphrase_file,
                        "The passphrase of a backup written with its own, read from this file");
    restore->callback([&setup, options] {
        setup.action = [&setup, options] {
            auto& ctx = setup.context;
            const auto path = ctx.database_path();
            const auto& from = options->from;
            core::RestoreResult result;
            bool own_passphrase = false;
            try {
                const auto header = core::verify_backup_file(from);
                own_passphrase = header.own_passphrase;
                // The passphrase is read only for an encrypted backup.
                std::optional<core::Secret> passphrase;
                if (!options->backup_passphrase_file.empty()) {
                    passphrase = core::read_passphrase_file(options->backup_passphrase_file);
                } else if (header.key && !header.own_passphrase) {
                    passphrase = ctx.passphrase();
                }
                result = core::restore_backup(path, from, passphrase, current_actor());
            } catch (const core::UserError& error) {
                audit_refused_restore(ctx, error);
                throw;
            }
            if (ctx.json()) {
                setup.out << nlohmann::json{{"path", path.string()},
                                            {"kept_aside",
                                             result.kept_aside.empty()
                                                 ? nlohmann::json(nullptr)
                                                 : nlohmann::json(result.kept_aside.string())},
                                            {"encrypted", result.encrypted},
                                            {"schema_version", result.schema_version}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << "Restored " << path.string() << " from " << from;
            if (!result.kept_aside.empty())
                setup.out << "; the replaced database is kept as " << result.kept_aside.string();
            setup.out << '\n';
            if (own_passphrase) {
                setup.out << "The practice is now encrypted with the backup's passphrase: open "
                             "it with that passphrase from now on.\n";
            }
        };
    });
}

void add_check(CommandSetup& setup) {
    auto* check = setup.app.add_subcommand(
        "check", "Check the database: integrity, foreign keys and the audit chain");
    check->callback([&setup] {
        setup.action = [&setup] {
            auto& db = setup.context.database();
            std::vector<std::string> problems;
            nlohmann::json report = nlohmann::json::object();
            auto say = [&](const std::string& name, const std::string& problem,
                           const std::string& ok_detail) {
                report[name] = problem.empty()
                                   ? nlohmann::json{{"ok", true}}
                                   : nlohmann::json{{"ok", false}, {"problem", problem}};
                if (!problem.empty()) problems.push_back(name);
                if (!setup.context.json()) {
                    setup.out << name << ": "
                              << (problem.empty() ? "ok" + ok_detail : "problem: " + problem)
                              << '\n';
                }
            };

            const auto integrity = core::check_integrity(db);
            say("integrity", integrity.integrity_problem, "");
            const std::string foreign = integrity.orphan_rows == 0
                                            ? std::string()
                                            : std::to_string(integrity.orphan_rows) +
                                                  " rows point at missing rows (first in " +
                                                  integrity.first_orphan_table + ")";
            say("foreign keys", foreign, "");

            const auto audit = core::AuditLog(db).verify();
            say("audit chain", audit.describe(),
                " (" + std::to_string(audit.rows_checked) + " rows)");

            if (setup.context.json()) setup.out << report.dump(2) << '\n';
            if (!problems.empty()) {
                std::string line = "counselorctl: check found problems:";
                for (const auto& name : problems)
                    line += " " + name + (&name == &problems.back() ? "" : ",");
                throw ProblemsFound({line});
            }
        };
    });
}

}  // namespace

void add_backup_commands(CommandSetup& setup) {
    add_backup(setup);
    add_restore(setup);
    add_check(setup);
}

}  // namespace counselor::cli
