// Checks one respondent's answers against a form definition before they are
// scored or stored: required items missing (among those asked), values out of
// range, wrong types, unknown options, malformed dates, answers to unknown
// items, and answers to items the branching does not ask.
#pragma once

#include "counselor/core/forms/problem.hpp"
#include "counselor/core/platform/errors.hpp"

#include <counselor/sdk/form.hpp>
#include <nlohmann/json.hpp>

#include <vector>

namespace counselor::core {

// require_complete false: a draft, where required items may still be empty
// (everything that is answered must still be right).
std::vector<Problem> validate_answers(const sdk::FormDefinition& form,
                                      const nlohmann::json& answers, bool require_complete = true);

class InvalidAnswers : public UserError {
  public:
    explicit InvalidAnswers(std::vector<Problem> problems)
        : UserError(describe(problems)), problems_(std::move(problems)) {}
    const std::vector<Problem>& problems() const { return problems_; }

  private:
    std::vector<Problem> problems_;
};

}  // namespace counselor::core
