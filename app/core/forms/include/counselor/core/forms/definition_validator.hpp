// Checks a form definition (JSON, as a plugin returns it or a clinic writes
// it) before the host uses it: shape and types of every field, duplicate ids,
// unknown item types, choices without options, subscales naming absent items,
// overlapping bands, min above max, enable_when naming a later or absent
// item, flags without a code, and the like.
#pragma once

#include "counselor/core/forms/problem.hpp"
#include "counselor/core/platform/errors.hpp"

#include <counselor/sdk/form.hpp>
#include <nlohmann/json.hpp>

#include <vector>

namespace counselor::core {

// Every problem found, in document order; empty when the definition is sound.
std::vector<Problem> validate_definition(const nlohmann::json& definition);

class InvalidDefinition : public UserError {
  public:
    explicit InvalidDefinition(std::vector<Problem> problems)
        : UserError(describe(problems)), problems_(std::move(problems)) {}
    const std::vector<Problem>& problems() const { return problems_; }

  private:
    std::vector<Problem> problems_;
};

// Validates, then converts. Throws InvalidDefinition listing every problem.
sdk::FormDefinition parse_definition(const nlohmann::json& definition);

}  // namespace counselor::core
