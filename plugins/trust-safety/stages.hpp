// The five stages of intimacy the counselor works with, each resting on the
// one before: honesty, safety, trust, connection, intimacy. The stage
// inventory's form, its scoring and the couple report all read them from here,
// so a stage's wording and meaning live in one place.
#pragma once

#include <counselor/sdk/sdk.hpp>

#include <array>
#include <string>
#include <vector>

namespace trust_safety {

namespace sdk = counselor::sdk;

struct Statement {
    const char* id;
    const char* text;
    bool reverse;  // worded so that agreeing points away from the stage
    // Set for a statement about fear or coercion: its answer is private (never
    // printed for both spouses), and a strong answer raises a warning to ask
    // about it alone; this names what it is about, for that warning.
    const char* private_topic = nullptr;
    // About faith shared with the spouse: not asked of a spouse who says
    // faith does not apply, so it does not lower the stage's score then.
    bool about_shared_faith = false;
};

struct Stage {
    const char* id;  // also the subscale id
    const char* title;
    std::array<Statement, 6> statements;
    // What a score in each band means for this stage.
    const char* growth_meaning;
    const char* developing_meaning;
    const char* strength_meaning;
    // One sentence on where to work when this is the first stage not yet solid.
    const char* where_to_work;
};

// Band cut-offs on the 1-5 agree scale, where 3 is "not sure": below 3.00 a
// spouse on balance disagrees that the stage holds (a growth area); 4 is
// "agree", so a strength asks for agreement on average; in between it is
// developing. Scores carry two decimals, so 2.99 and 3.99 leave no gap.
inline constexpr double kDevelopingFrom = 3.0;
inline constexpr double kStrengthFrom = 4.0;

inline constexpr const char* kGrowthArea = "Growth area";
inline constexpr const char* kDeveloping = "Developing";
inline constexpr const char* kStrength = "Strength";

// The stages in the order they are built.
const std::array<Stage, 5>& stages();

// The stage ids in order: honesty, safety, trust, connection, intimacy.
std::vector<std::string> stage_ids();

const Stage* find_stage(const std::string& id);

// The first stage, in order, whose score is not banded Strength (unanswered
// counts as not solid); nullptr when every stage is a strength.
const Stage* first_unsolid_stage(const std::vector<sdk::Score>& scores);

// The sentence for "where to work now", also when every stage is solid.
std::string where_to_work(const Stage* first_unsolid);

}  // namespace trust_safety
