#include "counselor/core/records/practice.hpp"

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/store/settings_repository.hpp"

namespace counselor::core {

namespace {

// The settings keys, each named once.
constexpr const char* kPracticeName = "practice.name";
constexpr const char* kCounselorName = "counselor.name";
constexpr const char* kCounselorCredentials = "counselor.credentials";
constexpr const char* kCounselorRole = "counselor.role";
constexpr const char* kEmergency = "crisis.emergency";
constexpr const char* kCrisisLine = "crisis.crisis_line";
constexpr const char* kDomesticViolence = "crisis.domestic_violence";

std::string or_default(SettingsRepository& settings, const char* key, const std::string& fallback) {
    auto value = settings.get(key);
    return value && !value->empty() ? *value : fallback;
}

}  // namespace

CrisisNumbers default_crisis_numbers() {
    // The US numbers: 911, the 988 Suicide & Crisis Lifeline, and the
    // National Domestic Violence Hotline. A practice elsewhere sets its own.
    return {"911", "988 (Suicide and Crisis Lifeline, call or text)",
            "1-800-799-7233 (National Domestic Violence Hotline)"};
}

PracticeSettings read_practice_settings(Database& db) {
    SettingsRepository settings(db);
    const CrisisNumbers defaults = default_crisis_numbers();
    PracticeSettings read;
    read.practice_name = settings.get(kPracticeName).value_or("");
    read.counselor_name = settings.get(kCounselorName).value_or("");
    read.counselor_credentials = settings.get(kCounselorCredentials).value_or("");
    read.counselor_role = settings.get(kCounselorRole).value_or("");
    read.crisis.emergency = or_default(settings, kEmergency, defaults.emergency);
    read.crisis.crisis_line = or_default(settings, kCrisisLine, defaults.crisis_line);
    read.crisis.domestic_violence =
        or_default(settings, kDomesticViolence, defaults.domestic_violence);
    return read;
}

void write_practice_settings(Database& db, const PracticeSettings& written) {
    SettingsRepository settings(db);
    settings.set(kPracticeName, written.practice_name);
    settings.set(kCounselorName, written.counselor_name);
    settings.set(kCounselorCredentials, written.counselor_credentials);
    if (!is_counselor_role(written.counselor_role)) {
        throw UserError("the counselor's role is \"licensed\" or \"pastoral\", not \"" +
                        written.counselor_role + "\"");
    }
    settings.set(kCounselorRole, written.counselor_role);
    settings.set(kEmergency, written.crisis.emergency);
    settings.set(kCrisisLine, written.crisis.crisis_line);
    settings.set(kDomesticViolence, written.crisis.domestic_violence);
}

bool is_counselor_role(const std::string& role) {
    return role.empty() || role == "licensed" || role == "pastoral";
}

std::string signature_name(const PracticeSettings& settings) {
    if (settings.counselor_name.empty()) return {};
    if (settings.counselor_credentials.empty()) return settings.counselor_name;
    return settings.counselor_name + ", " + settings.counselor_credentials;
}

std::string counselor_signature(Database& db) {
    auto signature = signature_name(read_practice_settings(db));
    if (signature.empty()) {
        throw UserError(
            "the counselor's name is not set, and a signature carries it; set it with "
            "`counselorctl practice set --counselor NAME` (or Practice Settings in the window)");
    }
    return signature;
}

std::string crisis_numbers_line(const CrisisNumbers& crisis) {
    return "Emergency " + crisis.emergency + " \u00b7 Suicide and crisis line " +
           crisis.crisis_line + " \u00b7 Domestic violence " + crisis.domestic_violence;
}

nlohmann::json practice_info(Database& db) {
    const auto settings = read_practice_settings(db);
    return {{"practice_name", settings.practice_name},
            {"counselor_name", settings.counselor_name},
            {"counselor_credentials", settings.counselor_credentials},
            {"counselor_role", settings.counselor_role},
            {"signature", signature_name(settings)},
            {"crisis_numbers",
             {{"emergency", settings.crisis.emergency},
              {"crisis_line", settings.crisis.crisis_line},
              {"domestic_violence", settings.crisis.domestic_violence}}}};
}

}  // namespace counselor::core
