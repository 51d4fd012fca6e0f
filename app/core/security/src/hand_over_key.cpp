#include "counselor/core/security/hand_over_key.hpp"

#include "counselor/core/platform/errors.hpp"
#include "counselor/core/security/encrypted_database.hpp"

namespace counselor::core {

HandOverKey HandOverKey::passphrase_of(std::filesystem::path database) {
    HandOverKey key;
    key.database_ = std::move(database);
    return key;
}

HandOverKey HandOverKey::pin(Secret chosen) {
    // Four characters at least: short enough to type, long enough that a
    // spouse does not guess it in the minute the laptop is theirs.
    if (chosen.size() < 4) throw UserError("a PIN has at least 4 characters");
    HandOverKey key;
    key.pin_ = std::move(chosen);
    return key;
}

bool HandOverKey::opens(const Secret& typed) const {
    if (pin_) return typed == *pin_;  // compared in constant time (Secret)
    return !typed.empty() && passphrase_matches(database_, typed);
}

}  // namespace counselor::core
