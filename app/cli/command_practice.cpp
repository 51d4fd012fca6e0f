// practice show, practice set: the practice's and counselor's names, the
// counselor's credentials (a signature carries name and credentials) and the
// crisis numbers printed wherever the program points someone to help.
#include "commands.hpp"

#include <counselor/core/audit/audit_log.hpp>
#include <counselor/core/records/practice.hpp>

#include <optional>
#include <ostream>

namespace counselor::cli {

namespace {

struct SettingsChange {
    std::optional<std::string> practice, counselor, credentials, role;
    std::optional<std::string> emergency, crisis_line, domestic_violence;

    bool empty() const {
        return !practice && !counselor && !credentials && !role && !emergency && !crisis_line &&
               !domestic_violence;
    }
    void apply(core::PracticeSettings& settings) const {
        auto put = [](std::string& field, const std::optional<std::string>& value) {
            if (value) field = *value;
        };
        put(settings.practice_name, practice);
        put(settings.counselor_name, counselor);
        put(settings.counselor_credentials, credentials);
        put(settings.counselor_role, role);
        put(settings.crisis.emergency, emergency);
        put(settings.crisis.crisis_line, crisis_line);
        put(settings.crisis.domestic_violence, domestic_violence);
    }
};

void print_settings(CommandSetup& setup, core::Database& db) {
    const auto info = core::practice_info(db);
    if (setup.context.json()) {
        setup.out << info.dump(2) << '\n';
        return;
    }
    auto or_unset = [](const std::string& text) { return text.empty() ? "(not set)" : text; };
    const auto& crisis = info["crisis_numbers"];
    setup.out << "Practice:          " << or_unset(info["practice_name"]) << '\n'
              << "Counselor:         " << or_unset(info["counselor_name"]) << '\n'
              << "Credentials:       " << or_unset(info["counselor_credentials"]) << '\n'
              << "Role:              " << or_unset(info["counselor_role"]) << '\n'
              << "Signs as:          " << or_unset(info["signature"]) << '\n'
              << "Emergency:         " << crisis["emergency"].get<std::string>() << '\n'
              << "Crisis line:       " << crisis["crisis_line"].get<std::string>() << '\n'
              << "Domestic violence: " << crisis["domestic_violence"].get<std::string>() << '\n';
}

}  // namespace

void add_practice_commands(CommandSetup& setup) {
    auto* practice = setup.app.add_subcommand(
        "practice", "The practice's settings: names, credentials, crisis numbers");
    practice->require_subcommand(1);
    auto* show = practice->add_subcommand("show", "Print the practice's settings");
    show->callback(
        [&setup] { setup.action = [&setup] { print_settings(setup, setup.context.database()); }; });

    auto* set = practice->add_subcommand("set", "Change some of the practice's settings");
    auto change = std::make_shared<SettingsChange>();
    set->add_option("--practice", change->practice, "Practice name printed on every handout");
    set->add_option("--counselor", change->counselor, "Counselor's full name, as it signs notes");
    set->add_option("--credentials", change->credentials,
                    "Counselor's credentials after the name, e.g. \"LMFT\"");
    set->add_option("--role", change->role,
                    "licensed or pastoral: what the consent to counseling says of confidentiality")
        ->check(CLI::IsMember({"licensed", "pastoral"}));
    set->add_option("--emergency", change->emergency, "Emergency number (default 911)");
    set->add_option("--crisis-line", change->crisis_line,
                    "Suicide and crisis line (default 988); empty: the default");
    set->add_option("--domestic-violence-line", change->domestic_violence,
                    "Domestic-violence line (default the US National Domestic Violence Hotline)");
    set->callback([&setup, change] {
        setup.action = [&setup, change] {
            if (change->empty()) {
                throw core::UserError(
                    "say what to change, e.g. --counselor NAME; "
                    "`counselorctl practice set --help` lists the settings");
            }
            auto& db = setup.context.database();
            core::Transaction transaction(db);
            auto settings = core::read_practice_settings(db);
            change->apply(settings);
            core::write_practice_settings(db, settings);
            core::AuditLog(db).append(
                core::audit_entry(current_actor(), "practice.settings", "practice", std::nullopt));
            transaction.commit();
            print_settings(setup, db);
        };
    });
}

}  // namespace counselor::cli
