// The homework exercises this plugin offers, in the order a counselor sees them.
#pragma once

#include <counselor/sdk/tool.hpp>

#include <string_view>
#include <vector>

namespace homework {

const std::vector<counselor::sdk::Template>& exercises();

// The JSON text of the exercises in exercises_repair.cpp (honesty, the
// time-out, after a betrayal, asking without demanding), listed after the rest.
const std::vector<const char*>& repair_exercise_texts();

// nullptr when there is no exercise with that id.
const counselor::sdk::Template* find_exercise(std::string_view id);

}  // namespace homework
