#include "commands.hpp"
#include "text_table.hpp"

#include <counselor/core/audit/audit_log.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

nlohmann::json to_json(const core::AuditEntry& entry) {
    return {{"id", entry.id},
            {"at", entry.at},
            {"actor", entry.actor},
            {"action", entry.action},
            {"record_type", entry.record_type},
            {"record_id", entry.record_id ? nlohmann::json(*entry.record_id) : nullptr},
            {"outcome", entry.outcome},
            {"detail", entry.detail},
            {"hash", entry.hash}};
}

void add_audit_list(CommandSetup& setup, CLI::App& group) {
    auto* list = group.add_subcommand("list", "The audit trail, newest first");
    struct Filter {
        std::optional<std::int64_t> client_id;
        int limit = 50;
    };
    auto filter = std::make_shared<Filter>();
    list->add_option("--client", filter->client_id, "Only rows about this client and their cases");
    list->add_option("--limit", filter->limit, "At most this many rows (default 50)")
        ->check(CLI::Range(1, 100000));
    list->callback([&setup, filter] {
        setup.action = [&setup, filter] {
            auto rows =
                core::AuditLog(setup.context.database()).list(filter->client_id, filter->limit);
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& row : rows)
                    all.push_back(to_json(row));
                setup.out << all.dump(2) << '\n';
                return;
            }
            TextTable table({"ID", "AT", "ACTOR", "ACTION", "RECORD", "OUTCOME", "DETAIL"});
            for (const auto& row : rows) {
                const std::string record =
                    row.record_type + (row.record_id ? " " + std::to_string(*row.record_id) : "");
                table.add({std::to_string(row.id), row.at, row.actor, row.action, record,
                           row.outcome, row.detail});
            }
            table.print(setup.out);
        };
    });
}

// audit verify: exit 0 when the chain holds, 1 naming the first broken row.
void add_audit_verify(CommandSetup& setup, CLI::App& group) {
    auto* verify = group.add_subcommand("verify", "Check that no audit row was changed or removed");
    verify->callback([&setup] {
        setup.action = [&setup] {
            const auto check = core::AuditLog(setup.context.database()).verify();
            if (!check.intact()) throw core::UserError(check.describe());
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"intact", true},
                                            {"rows_checked", check.rows_checked},
                                            {"rows_before_chain", check.rows_before_chain}}
                                 .dump(2)
                          << '\n';
                return;
            }
            setup.out << "The audit trail is intact: " << check.rows_checked
                      << " rows checked in their chain";
            if (check.rows_before_chain > 0)
                setup.out << " (" << check.rows_before_chain
                          << " older rows predate the chain and are not covered)";
            if (!check.head_found && check.rows_checked > 0)
                setup.out << "; its end is not anchored yet (no head file), so the newest rows "
                             "could have been removed unseen";
            setup.out << ".\n";
        };
    });
}

}  // namespace

void add_audit_commands(CommandSetup& setup) {
    auto* audit = setup.app.add_subcommand("audit", "The audit trail: who did what, and its check");
    audit->require_subcommand(1);
    add_audit_list(setup, *audit);
    add_audit_verify(setup, *audit);
}

}  // namespace counselor::cli
