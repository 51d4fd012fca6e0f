// Errors a user can act on. what() is one line written for the person at the
// keyboard: it says what is wrong and, where it helps, what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace counselor::core {

class UserError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// A record, tool or file that was asked for does not exist.
class NotFound : public UserError {
  public:
    using UserError::UserError;
};

// The database cannot be used as asked; `reason` lets a window choose its dialog.
class DatabaseError : public UserError {
  public:
    enum class Reason {
        cannot_open,
        missing,
        locked,
        read_only,
        newer_schema,
        not_a_database,
        corrupt,
        io,
        passphrase_needed,  // encrypted (or to be created encrypted) and no passphrase given
        wrong_passphrase,   // the passphrase does not give this database's key
        not_encrypted       // a plain database where its key file says an encrypted one
    };
    DatabaseError(Reason reason, const std::string& message)
        : UserError(message), reason_(reason) {}
    Reason reason() const { return reason_; }

  private:
    Reason reason_;
};

}  // namespace counselor::core
