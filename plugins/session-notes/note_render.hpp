// The printout of one session note with its addenda. The request shape is a
// contract with the host; plugins/session-notes/README.md documents it.
#pragma once

#include <counselor/sdk/sdk.hpp>

namespace session_notes {

namespace sdk = counselor::sdk;

// Throws sdk::BadInput when the request does not follow the contract.
sdk::Document render_note(const nlohmann::json& request);

}  // namespace session_notes
