// What lets the counselor out of hand-over mode (the window showing one form
// full screen while a spouse answers it alone): the practice's passphrase
// when it is encrypted, or, on a plain practice, a PIN the counselor chose
// when handing over. The spouse holding the laptop has neither, so nothing
// but the form's own Save and Cancel is theirs to use.
#pragma once

#include "counselor/core/security/secret.hpp"

#include <filesystem>
#include <optional>

namespace counselor::core {

class HandOverKey {
  public:
    // An encrypted practice: its passphrase opens, checked against the key
    // file as the idle lock checks it.
    static HandOverKey passphrase_of(std::filesystem::path database);
    // A plain practice: the PIN chosen for this hand-over. Throws UserError
    // for a PIN of fewer than 4 characters.
    static HandOverKey pin(Secret chosen);

    bool opens(const Secret& typed) const;
    bool is_pin() const { return pin_.has_value(); }

  private:
    std::filesystem::path database_;
    std::optional<Secret> pin_;
};

}  // namespace counselor::core
