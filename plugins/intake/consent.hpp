// The consent to counseling the intake asks for, written from the practice's
// settings: whether the counselor is licensed or pastoral (which changes what
// confidentiality means), and the practice's own crisis numbers.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace intake {

// `practice` is the host's practice_info(): "counselor_role" ("licensed" or
// "pastoral"; anything else reads as not said), "counselor_credentials",
// "crisis_numbers" {"emergency", "crisis_line", "domestic_violence"}. Missing
// numbers read as the US ones.
std::string consent_text(const nlohmann::json& practice);

}  // namespace intake
