// The user actions on records. Each is one BEGIN IMMEDIATE transaction that
// holds the change and its audit row together, so an action is acknowledged
// only once both are on disk. Input is checked here, before anything is
// written, with messages meant for the counselor.
#pragma once

#include "counselor/core/audit/audit_log.hpp"
#include "counselor/core/records/case_repository.hpp"
#include "counselor/core/records/client_repository.hpp"
#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

// Both spouses and their couple case, as add_couple made them.
struct NewCouple {
    std::int64_t first_id = 0;
    std::int64_t second_id = 0;
    std::int64_t case_id = 0;
};

// A client as the window opens them: the profile and the case shown beside it.
struct ClientOnCase {
    Client client;
    std::optional<Case> shown_case;
};

class RecordService {
  public:
    RecordService(Database& db, std::string actor) : db_(db), actor_(std::move(actor)) {}

    // Throws UserError for an empty name, a malformed or future date of birth,
    // or an email without '@'.
    std::int64_t add_client(const NewClient& client);
    // Two new clients and their couple case in one transaction: a mistake in
    // either spouse's details stores nothing, and the message names which.
    NewCouple add_couple(const NewClient& first, const NewClient& second,
                         const std::string& title = {});
    // Throws NotFound for an unknown id. Records the view in the audit log.
    Client view_client(std::int64_t id);
    std::vector<Client> find_clients(const std::string& search, int limit = 50, int offset = 0);
    // How many clients find_clients(search) pages through.
    std::int64_t count_clients(const std::string& search);
    // Where the client is in find_clients(search)'s order, if listed at all.
    std::optional<std::int64_t> row_in_search(const std::string& search, std::int64_t client_id);

    // A couple has exactly two members, an individual case one, a family one
    // or more; every client must exist and appear once.
    std::int64_t open_case(CaseKind kind, const std::vector<std::int64_t>& client_ids,
                           const std::string& title = {});
    Case view_case(std::int64_t id);
    // view_client and, with a case, view_case in one transaction: the same
    // audit rows, one commit (one sync of the log and of the audit head
    // instead of two). An unknown id of either writes nothing.
    ClientOnCase view_client_on_case(std::int64_t client_id, std::optional<std::int64_t> case_id);
    std::vector<Case> cases_of(std::int64_t client_id);

  private:
    Database& db_;
    std::string actor_;
};

}  // namespace counselor::core
