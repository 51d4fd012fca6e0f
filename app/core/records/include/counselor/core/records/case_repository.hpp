// Cases: the unit of counseling work (one person, a couple, or a family),
// with their members.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace counselor::core {

enum class CaseKind { individual, couple, family };

std::string_view to_string(CaseKind kind);
std::optional<CaseKind> case_kind_from_string(std::string_view text);

struct CaseMember {
    std::int64_t client_id = 0;
    std::string first_name;
    std::string last_name;
};

struct Case {
    std::int64_t id = 0;
    CaseKind kind = CaseKind::individual;
    std::string title;
    std::string status;  // open | closed
    std::string opened_at;
    std::vector<CaseMember> members;  // in the order they were added
};

// Whether a client and a case exist, and the client is among its members.
struct Membership {
    bool client = false;
    bool case_exists = false;
    bool member = false;
};

class CaseRepository {
  public:
    explicit CaseRepository(Database& db) : db_(db) {}

    // Caller validates and holds the transaction.
    std::int64_t open(CaseKind kind, const std::vector<std::int64_t>& client_ids,
                      const std::string& title);
    // A case stored as given, with its members (by client id, in order) and
    // its own times; `closed_at` only for a closed one. open() stores through it.
    std::int64_t insert(const Case& record, const std::optional<std::string>& closed_at = {});
    std::optional<Case> find(std::int64_t id);
    std::vector<Case> for_client(std::int64_t client_id);
    // One lookup, without reading the case: asked before every administration
    // is stored. No case: only whether the client exists.
    Membership membership(std::int64_t client_id, std::optional<std::int64_t> case_id);

  private:
    Database& db_;
};

}  // namespace counselor::core
