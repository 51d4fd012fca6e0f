// Scoring of the three assessments: the standard scoring of each form, plus
// what the counselor needs at a glance (where to work now, the largest unmet
// need, whether a safety concern was reported).
#pragma once

#include <counselor/sdk/sdk.hpp>

namespace trust_safety {

namespace sdk = counselor::sdk;

// details: {"stage_order": [...], "first_unsolid_stage": id or null,
//           "where_to_work": "<one sentence>"}
sdk::Result evaluate_stage_inventory(const sdk::Answers& answers);

// details: {"needs": [{"need", "met", "importance", "gap"}, ...]} in the
// order love, understanding, sex, trust; gap = importance - met, and all
// three are null when either answer is missing.
sdk::Result evaluate_needs_check(const sdk::Answers& answers);

// The standard scoring (its flags) with a one-line summary.
sdk::Result evaluate_safety_screen(const sdk::Answers& answers);

}  // namespace trust_safety
