#include "counselor/core/safety.hpp"

namespace counselor::core {

std::vector<Flag> open_flags_of_case(Database& db, std::int64_t case_id) {
    return FlagRepository(db).open_of_case(case_id);
}

std::vector<Flag> safety_hold_flags(Database& db, std::int64_t case_id) {
    std::vector<Flag> holding;
    for (auto& flag : open_flags_of_case(db, case_id)) {
        if (flag.hold) holding.push_back(std::move(flag));
    }
    return holding;
}

std::vector<std::string> safety_hold_protocol(const std::string& domestic_violence_line) {
    return {
        "See each spouse on their own before any further joint session.",
        "Do not raise what was disclosed while the other spouse is present, and do not let the "
        "other spouse learn it from you.",
        "Make a safety plan with the spouse who may be in danger: where to go, whom to call, "
        "what to take.",
        "Refer to a domestic-violence advocate (" + domestic_violence_line +
            "); a couple's work waits until both are safe.",
        "Write down what was said and what you did, in the spouse's own words where you can.",
    };
}

std::string safety_warning_text(const std::string& what) {
    return "A safety concern is open on this case: " + what +
           " is not advised until safety has been assessed with each spouse alone.";
}

}  // namespace counselor::core
