// Flags: what a counselor must not miss about a client or a case (a risk
// answer, a safety concern), open until resolved.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct Flag {
    std::int64_t id = 0;
    std::optional<std::int64_t> client_id;
    std::optional<std::int64_t> case_id;
    std::string code;      // e.g. "safety", "risk"
    std::string severity;  // info | warning | critical
    std::string message;
    std::string source;  // e.g. "administration:12"
    std::string raised_at;
    std::optional<std::string> resolved_at;
    std::optional<std::string> resolved_by;
    bool hold = false;  // tells of danger in the case: opens its safety hold

    bool open() const { return !resolved_at.has_value(); }
};

struct FlagFilter {
    std::optional<std::int64_t> client_id;
    std::optional<std::int64_t> case_id;
    bool include_resolved = false;
};

class FlagRepository {
  public:
    explicit FlagRepository(Database& db) : db_(db) {}

    std::int64_t raise(const Flag& flag);  // caller holds the transaction; raised_at empty: now
    // Matching flags, critical first, then newest first. With both ids set,
    // flags on the client OR on the case.
    std::vector<Flag> list(const FlagFilter& filter);
    // The open flags of a case and of its members: the case's own first,
    // then each member's in case order, each group most severe first.
    std::vector<Flag> open_of_case(std::int64_t case_id);
    void resolve(std::int64_t id, const std::string& resolved_by);

  private:
    Database& db_;
};

}  // namespace counselor::core
