// Small text helpers shared by the summaries and the couple report.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace trust_safety::text {

// 3 -> "3", 2.5 -> "2.5": answers and gaps are mostly whole numbers.
inline std::string number(double value) {
    char out[32];
    std::snprintf(out, sizeof out, "%g", value);
    return out;
}

// Stage scores always with two decimals, so a column of them lines up.
inline std::string two_decimals(double value) {
    char out[32];
    std::snprintf(out, sizeof out, "%.2f", value);
    return out;
}

// "a", "a and b", "a, b and c".
inline std::string join_and(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
        out += parts[i];
    }
    return out;
}

}  // namespace trust_safety::text
