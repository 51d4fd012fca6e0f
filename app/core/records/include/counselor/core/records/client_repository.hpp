// Clients: the people who come for counseling.
#pragma once

#include "counselor/core/store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace counselor::core {

struct NewClient {
    std::string first_name;
    std::string last_name;
    std::optional<std::string> date_of_birth;  // YYYY-MM-DD
    std::optional<std::string> email;
    std::optional<std::string> phone;
};

struct Client {
    std::int64_t id = 0;
    std::string first_name;
    std::string last_name;
    std::optional<std::string> date_of_birth;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::string created_at;
    std::string updated_at;

    std::string display_name() const { return first_name + " " + last_name; }
};

class ClientRepository {
  public:
    explicit ClientRepository(Database& db) : db_(db) {}

    std::int64_t add(const NewClient& client);  // caller validates and holds the transaction
    // A client stored as given, with its own times (the demo seeder writes
    // years of history); the id is the database's. add() stores through it.
    std::int64_t insert(const Client& client);
    std::optional<Client> find(std::int64_t id);
    // Clients whose first or last name starts with `text` (case-insensitive),
    // ordered by last then first name. Empty text lists everyone.
    std::vector<Client> search(const std::string& text, int limit = 50, int offset = 0);
    std::int64_t count();
    // The client's row in search(text)'s order, without reading the rows
    // before it; nothing when the search does not list them.
    std::optional<std::int64_t> position(const std::string& text, std::int64_t id);
    // How many clients search(text) finds without a limit.
    std::int64_t count(const std::string& text);

  private:
    std::optional<std::int64_t> position_in_all(std::int64_t id);

    Database& db_;
};

}  // namespace counselor::core
