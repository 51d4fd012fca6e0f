// Who the audit log records as acting: the operating-system user, the same
// in the window and in counselorctl. A name for the log's rows, never a
// client's; an account of the clinic's own comes with the clinic server.
#pragma once

#include <string>

namespace counselor::core {

// The login name of the effective user; $USER when the user database has
// none; "uid:N" when neither says.
std::string current_actor();

}  // namespace counselor::core
