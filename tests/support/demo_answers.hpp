// The sample answers in data/demo (a spouse's stage inventory, needs check,
// safety screen), as the README's walkthrough feeds them to counselorctl.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

namespace counselor::test {

// `name` as "naomi-stage-inventory".
inline nlohmann::json demo_answers(const std::string& name) {
    std::ifstream in(std::string(COUNSELOR_SOURCE_DIR) + "/data/demo/" + name + ".json");
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

}  // namespace counselor::test
