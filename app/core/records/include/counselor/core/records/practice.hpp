// The practice's own settings: who the practice and the counselor are (they
// head every printout and sign every note) and where the practice points
// someone in danger (its crisis numbers, printed wherever the program points
// to help). Kept in the settings table; this is the one place that knows
// their keys and their defaults.
#pragma once

#include "counselor/core/store/database.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace counselor::core {

// Where to call for help. Unset numbers read as the US defaults.
struct CrisisNumbers {
    std::string emergency;          // "911"
    std::string crisis_line;        // suicide and crisis line, "988"
    std::string domestic_violence;  // domestic-violence line
};

CrisisNumbers default_crisis_numbers();

struct PracticeSettings {
    std::string practice_name;
    std::string counselor_name;         // full name, as it signs
    std::string counselor_credentials;  // e.g. "LMFT", "M.Div."
    // "licensed" or "pastoral" (or "" when not said): which rules of
    // confidentiality the consent to counseling describes.
    std::string counselor_role;
    CrisisNumbers crisis;
};

// True for "", "licensed" and "pastoral".
bool is_counselor_role(const std::string& role);

PracticeSettings read_practice_settings(Database& db);
// Stores every field; an empty crisis number returns to its default. The
// caller holds the transaction (and writes the audit row).
void write_practice_settings(Database& db, const PracticeSettings& settings);

// "Ruth Alvarez, LMFT": what a signature on a note or an addendum says.
// Empty while the counselor's name is not set.
std::string signature_name(const PracticeSettings& settings);

// The signature of the practice's counselor; throws UserError, naming how to
// set it, while no name is set (a note is never signed by a login name).
std::string counselor_signature(Database& db);

// "Emergency 911 · Suicide and crisis line 988 · Domestic violence ...":
// one line for a banner or a printout.
std::string crisis_numbers_line(const CrisisNumbers& crisis);

// {"practice_name", "counselor_name", "counselor_credentials", "counselor_role", "signature",
//  "crisis_numbers": {"emergency", "crisis_line", "domestic_violence"}}:
// what plugins are told of the practice (names are empty strings when unset).
nlohmann::json practice_info(Database& db);

}  // namespace counselor::core
