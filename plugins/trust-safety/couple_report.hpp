// The couple report: both spouses' assessments side by side. The request
// shape is a contract with the host; plugins/trust-safety/README.md documents
// it field by field.
#pragma once

#include <counselor/sdk/sdk.hpp>

namespace trust_safety {

namespace sdk = counselor::sdk;

// `inventory` is the stage inventory's form: the report quotes its statements.
// Throws sdk::BadInput when the request does not follow the contract.
sdk::Document render_couple_report(const nlohmann::json& request,
                                   const sdk::FormDefinition& inventory);

}  // namespace trust_safety
