// Small text helpers the services share.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace counselor::core {

// `text` without leading and trailing spaces, tabs and line breaks.
std::string trimmed(const std::string& text);

// "3, 7" (or "3,7" with separator ","): ids for messages and audit details.
std::string join_ids(const std::vector<std::int64_t>& ids, const std::string& separator = ", ");

}  // namespace counselor::core
