// One connection to the clinic server (libpq), and the only place that turns
// the server's answers and errors into C++: rows of text, and a UserError
// whose line says what went wrong in words a clinic's staff can act on.
// Not thread-safe: one connection per thread, as libpq requires.
#pragma once

#include "counselor/core/clinic/server_address.hpp"

#include <counselor/core/platform/errors.hpp>
#include <counselor/core/security/secret.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;

namespace counselor::core {

// The server refused a statement. sqlstate() is PostgreSQL's five-character
// code ("42501": not allowed, "23505": already there...).
class ServerError : public UserError {
  public:
    ServerError(const std::string& message, std::string sqlstate)
        : UserError(message), sqlstate_(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return sqlstate_; }

  private:
    std::string sqlstate_;
};

using ServerRow = std::vector<std::optional<std::string>>;  // NULL is nullopt

class ServerConnection {
  public:
    // Signs in as the user the address names (else the login name), with
    // `password` when given, else libpq's own sources (PGPASSWORD,
    // PGPASSFILE, ~/.pgpass). Throws UserError when the server cannot be
    // reached, refuses the password, or offers no TLS where it must.
    ServerConnection(const ServerAddress& address, const std::optional<Secret>& password);
    ~ServerConnection();
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // One or more statements without parameters (BEGIN, a migration).
    void execute(const std::string& sql);
    // One statement with $1, $2... bound as text; its rows, if any.
    std::vector<ServerRow> query(const std::string& sql,
                                 const std::vector<std::optional<std::string>>& params = {});

    const ServerAddress& address() const { return address_; }
    // The PostgreSQL role signed in.
    std::string user() const;
    // "role" and 'literal' quoted for SQL where parameters cannot go (CREATE ROLE).
    std::string quote_identifier(std::string_view name) const;
    std::string quote_literal(std::string_view text) const;
    // The password as the server stores it (SCRAM-SHA-256), so the text
    // itself never reaches the server or its log.
    std::string encrypt_password(const Secret& password, const std::string& role) const;

  private:
    pg_conn* connection_ = nullptr;
    ServerAddress address_;
};

// BEGIN now; ROLLBACK when it goes without commit(): one transaction per
// user action, as on the laptop.
class ServerTransaction {
  public:
    explicit ServerTransaction(ServerConnection& connection);
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction&) = delete;
    ServerTransaction& operator=(const ServerTransaction&) = delete;
    void commit();

  private:
    ServerConnection& connection_;
    bool done_ = false;
};

}  // namespace counselor::core
