#include "commands.hpp"

#include <counselor/core/security/encrypted_database.hpp>
#include <counselor/core/security/secret.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace counselor::cli {

void add_passphrase_commands(CommandSetup& setup) {
    auto* group = setup.app.add_subcommand("passphrase", "The passphrase of an encrypted database");
    group->require_subcommand(1);
    auto* change =
        group->add_subcommand("change",
                              "Re-key the database with a new passphrase (the current one from "
                              "--passphrase-file or COUNSELOR_PASSPHRASE_FILE)");
    auto new_file = std::make_shared<std::string>();
    change->add_option("--new-passphrase-file", *new_file, "Read the new passphrase from FILE")
        ->required();
    change->callback([&setup, new_file] {
        setup.action = [&setup, new_file] {
            auto& ctx = setup.context;
            // The new one first: a missing file is found before the slow unlock.
            const core::Secret new_passphrase = core::read_passphrase_file(*new_file);
            auto& db = ctx.database();
            core::change_passphrase(db, new_passphrase, current_actor());
            if (ctx.json()) {
                setup.out << nlohmann::json{{"path", ctx.database_path().string()},
                                            {"changed", true}}
                                 .dump(2)
                          << '\n';
            } else {
                setup.out << "Passphrase changed: " << ctx.database_path().string() << '\n';
            }
        };
    });
}

}  // namespace counselor::cli
