#include "commands.hpp"

#include <counselor/core/records/practice.hpp>
#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/store/migrations.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace counselor::cli {

void add_init_command(CommandSetup& setup) {
    auto* init = setup.app.add_subcommand("init", "Create the database, or bring it up to date");
    auto practice = std::make_shared<std::string>();
    auto counselor = std::make_shared<std::string>();
    init->add_option("--practice", *practice, "Practice name printed on every handout");
    init->add_option("--counselor", *counselor, "Counselor name printed on every handout");
    auto plain = std::make_shared<bool>(false);
    init->add_flag("--no-encryption", *plain,
                   "Create the database unencrypted (by default a new one is encrypted with the "
                   "passphrase from --passphrase-file)");
    init->callback([&setup, practice, counselor, plain] {
        setup.action = [&setup, practice, counselor, plain] {
            auto& ctx = setup.context;
            if (*plain) ctx.create_without_encryption();
            auto& db = ctx.create_database();
            if (!practice->empty() || !counselor->empty()) {
                core::Transaction transaction(db);
                auto settings = core::read_practice_settings(db);
                if (!practice->empty()) settings.practice_name = *practice;
                if (!counselor->empty()) settings.counselor_name = *counselor;
                core::write_practice_settings(db, settings);
                transaction.commit();
            }
            // The plugins the practice starts with go into its audit trail
            // now, so the first command run on it records no change of its own.
            ctx.plugins();
            const bool encrypted = core::is_encrypted(ctx.database_path());
            if (ctx.json()) {
                setup.out << nlohmann::json{{"path", ctx.database_path().string()},
                                            {"schema_version", db.schema_version()},
                                            {"encrypted", encrypted}}
                                 .dump(2)
                          << '\n';
            } else {
                setup.out << "Database ready: " << ctx.database_path().string()
                          << " (schema version " << db.schema_version()
                          << (encrypted ? ", encrypted" : ", not encrypted") << ")\n";
            }
        };
    });
}

}  // namespace counselor::cli
