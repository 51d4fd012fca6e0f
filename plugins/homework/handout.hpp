// From an exercise and a request (who it is for, when it is due, the
// counselor's note) to the printable handout. The request is described in
// README.md.
#pragma once

#include <counselor/sdk/document.hpp>
#include <counselor/sdk/tool.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace homework {

struct HandoutRequest {
    std::string template_id;
    std::string practice_name;
    std::string counselor_name;
    std::vector<std::string> recipients;
    std::string due;       // as printed, e.g. "Saturday 5 December 2026"; empty if not given
    std::string assigned;  // likewise
    std::string counselor_note;
    // The practice's crisis numbers (practice_info's "crisis_numbers"); empty
    // when the host sent none.
    std::string emergency_number;
    std::string domestic_violence_line;
};

// Reads and checks `request`; `practice` (the host's practice_info) stands in
// when the request names no practice. Throws sdk::BadInput saying what is wrong.
HandoutRequest parse_request(const nlohmann::json& request, const nlohmann::json& practice);

counselor::sdk::Document build_handout(const counselor::sdk::Template& exercise,
                                       const HandoutRequest& request);

}  // namespace homework
