// Practice settings: practice and counselor names (they head every
// printout) and other preferences, as key-value pairs.
#pragma once

#include "counselor/core/store/database.hpp"

#include <optional>
#include <string>

namespace counselor::core {

class SettingsRepository {
  public:
    explicit SettingsRepository(Database& db) : db_(db) {}

    std::optional<std::string> get(const std::string& key);
    void set(const std::string& key, const std::string& value);

  private:
    Database& db_;
};

}  // namespace counselor::core
