// One thing wrong with a form definition or a set of answers, located
// precisely enough for the person who wrote it to find it.
#pragma once

#include <string>
#include <vector>

namespace counselor::core {

struct Problem {
    std::string where;    // e.g. `item "q3"`, `section "safety"`, `subscale "trust" band 2`
    std::string message;  // e.g. `enable_when names "q7", which comes later in the form`

    std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

// All problems on one line, separated by "; " (a window lists problems()
// one by one; a terminal gets one line per error).
inline std::string describe(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& problem : problems) {
        if (!text.empty()) text += "; ";
        text += problem.to_string();
    }
    return text;
}

}  // namespace counselor::core
