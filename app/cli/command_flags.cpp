#include "commands.hpp"
#include "text_table.hpp"

#include <counselor/core/records/flag_repository.hpp>
#include <counselor/core/records/safety.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

nlohmann::json to_json(const core::Flag& flag) {
    auto optional_id = [](const std::optional<std::int64_t>& id) {
        return id ? nlohmann::json(*id) : nlohmann::json(nullptr);
    };
    return {{"id", flag.id},
            {"client_id", optional_id(flag.client_id)},
            {"case_id", optional_id(flag.case_id)},
            {"code", flag.code},
            {"severity", flag.severity},
            {"message", flag.message},
            {"source", flag.source},
            {"raised_at", flag.raised_at},
            {"hold", flag.hold}};
}

std::string on_text(const core::Flag& flag) {
    if (flag.client_id) return "client " + std::to_string(*flag.client_id);
    return "case " + std::to_string(flag.case_id.value_or(0));
}

}  // namespace

void add_flag_commands(CommandSetup& setup) {
    auto* flags = setup.app.add_subcommand("flags", "Open flags on clients and cases");
    flags->require_subcommand(1);
    auto* list = flags->add_subcommand("list", "Open flags, most serious first");
    auto filter = std::make_shared<core::FlagFilter>();
    list->add_option("--client", filter->client_id, "Only flags on this client");
    list->add_option("--case", filter->case_id, "Only flags on this case");
    list->callback([&setup, filter] {
        setup.action = [&setup, filter] {
            auto found = core::FlagRepository(setup.context.database()).list(*filter);
            if (setup.context.json()) {
                auto all = nlohmann::json::array();
                for (const auto& flag : found)
                    all.push_back(to_json(flag));
                setup.out << all.dump(2) << '\n';
                return;
            }
            if (found.empty()) {
                setup.out << "No open flags.\n";
                return;
            }
            TextTable table({"ID", "SEVERITY", "CODE", "ON", "RAISED", "MESSAGE"});
            for (const auto& f : found) {
                // "safety (hold)": this flag holds joint work on its case.
                table.add({std::to_string(f.id), f.severity, f.code + (f.hold ? " (hold)" : ""),
                           on_text(f), f.raised_at.substr(0, 10), f.message});
            }
            table.print(setup.out);
        };
    });

    auto* resolve = flags->add_subcommand(
        "resolve", "Close a flag once followed up (with its copies on the client and cases)");
    auto id = std::make_shared<std::int64_t>(0);
    resolve->add_option("ID", *id, "Flag id (see flags list)")->required();
    resolve->callback([&setup, id] {
        setup.action = [&setup, id] {
            const int closed = core::resolve_flag(setup.context.database(), *id, current_actor());
            if (setup.context.json()) {
                setup.out << nlohmann::json{{"id", *id}, {"resolved", closed}}.dump(2) << '\n';
                return;
            }
            setup.out << "Flag " << *id << " resolved (" << closed
                      << (closed == 1 ? " flag" : " flags, with its copies") << ").\n";
        };
    });
}

}  // namespace counselor::cli
