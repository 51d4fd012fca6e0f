#include "counselor/core/safety.hpp"

namespace counselor::core {

std::vector<Flag> open_flags_of_case(Database& db, std::int64_t case_id) {
    return FlagRepository(db).open_of_case(case_id);
}

std::vector<Flag> open_safety_flags(Database& db, std::int64_t case_id) {
    std::vector<Flag> safety;
    for (auto& flag : open_flags_of_case(db, case_id)) {
        if (flag.code == "safety" && flag.severity == "critical") safety.push_back(std::move(flag));
    }
    return safety;
}

std::string safety_warning_text(const std::string& what) {
    return "A safety concern is open on this case: " + what +
           " is not advised until safety has been assessed with each spouse alone.";
}

}  // namespace counselor::core
