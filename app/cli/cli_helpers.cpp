#include "commands.hpp"

#include <iostream>

namespace counselor::cli {

void print_id(CommandSetup& setup, std::int64_t id) {
    if (setup.context.json()) {
        setup.out << nlohmann::json{{"id", id}}.dump() << '\n';
    } else {
        setup.out << id << '\n';
    }
}

void print_warnings(const std::vector<std::string>& warnings) {
    for (const auto& warning : warnings)
        std::cerr << "warning: " << warning << '\n';
}

}  // namespace counselor::cli
