// A form definition as a counselor reads it on a terminal: every item with
// its id (to answer it from a script), type, choices, branching and flags.
#pragma once

#include <counselor/sdk/form.hpp>

#include <iosfwd>

namespace counselor::cli {

void print_form(std::ostream& out, const sdk::FormDefinition& form);

}  // namespace counselor::cli
