#include "counselor/core/platform/text.hpp"

namespace counselor::core {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

std::string join_ids(const std::vector<std::int64_t>& ids, const std::string& separator) {
    std::string text;
    for (const std::int64_t id : ids) {
        if (!text.empty()) text += separator;
        text += std::to_string(id);
    }
    return text;
}

}  // namespace counselor::core
