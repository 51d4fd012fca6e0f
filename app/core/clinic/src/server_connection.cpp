#include "counselor/core/clinic/server_connection.hpp"

#include <counselor/core/platform/logging.hpp>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <memory>

namespace counselor::core {

namespace {

struct ResultClear {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClear>;

std::string first_line(const char* text) {
    std::string line = text != nullptr ? text : "";
    if (const auto end = line.find('\n'); end != std::string::npos) line.erase(end);
    return line;
}

// The server's own words for a failed statement: its primary message.
[[noreturn]] void throw_refusal(const PGresult* result, PGconn* connection) {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary =
        result != nullptr ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const std::string message =
        primary != nullptr ? primary : first_line(PQerrorMessage(connection));
    throw ServerError("the clinic server refused: " + message, state != nullptr ? state : "");
}

// Why a connection failed, as a line a person can act on.
std::string connection_problem(const ServerAddress& address, const std::string& libpq_said) {
    const std::string where = "the clinic server at " + address.host;
    if (libpq_said.find("does not support SSL") != std::string::npos) {
        return where +
               " offers no TLS, and the records must not cross a network unencrypted; its "
               "administrator turns TLS on (ssl = on, with a certificate) in postgresql.conf";
    }
    if (libpq_said.find("certificate verify failed") != std::string::npos) {
        return where +
               " presented a certificate this computer does not trust; the clinic's "
               "administrator gives you the clinic's certificate authority (sslrootcert=FILE "
               "in the address, or ~/.postgresql/root.crt)";
    }
    if (libpq_said.find("does not match host name") != std::string::npos) {
        return "the certificate of " + where +
               " is for another name; use the name it was made for (" + libpq_said + ")";
    }
    if (libpq_said.find("password authentication failed") != std::string::npos)
        return where + " refused the password (" + libpq_said + ")";
    if (libpq_said.find("no password supplied") != std::string::npos) {
        return where +
               " asks for a password: give --password-file FILE, or put it in "
               "PGPASSFILE or ~/.pgpass";
    }
    return "could not reach " + where + ": " + libpq_said;
}

}  // namespace

ServerConnection::ServerConnection(const ServerAddress& address,
                                   const std::optional<Secret>& password)
    : address_(address) {
    std::vector<const char*> keywords = {"dbname", "application_name"};
    std::string password_text = password ? std::string(password->view()) : std::string();
    std::vector<const char*> values = {address.conninfo.c_str(), "counselor"};
    if (!address.sslmode.empty()) {
        keywords.push_back("sslmode");
        values.push_back(address.sslmode.c_str());
    }
    if (password) {
        keywords.push_back("password");
        values.push_back(password_text.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    // expand_dbname: the address is a whole URI or key=value string; what
    // follows it in the lists (our sslmode, the password) wins over it.
    connection_ = PQconnectdbParams(keywords.data(), values.data(), 1);
    wipe(password_text);
    if (connection_ == nullptr || PQstatus(connection_) != CONNECTION_OK) {
        const std::string said =
            first_line(connection_ != nullptr ? PQerrorMessage(connection_) : "out of memory");
        PQfinish(connection_);
        connection_ = nullptr;
        log().warn("clinic server not reached");
        throw UserError(connection_problem(address_, said));
    }
}

ServerConnection::~ServerConnection() {
    PQfinish(connection_);
}

void ServerConnection::execute(const std::string& sql) {
    Result result(PQexec(connection_, sql.c_str()));
    const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw_refusal(result.get(), connection_);
}

std::vector<ServerRow> ServerConnection::query(
    const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& param : params)
        values.push_back(param ? param->c_str() : nullptr);
    Result result(PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    const auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw_refusal(result.get(), connection_);
    std::vector<ServerRow> rows;
    const int row_count = PQntuples(result.get());
    const int column_count = PQnfields(result.get());
    rows.reserve(static_cast<std::size_t>(row_count));
    for (int r = 0; r < row_count; ++r) {
        ServerRow row;
        row.reserve(static_cast<std::size_t>(column_count));
        for (int c = 0; c < column_count; ++c) {
            if (PQgetisnull(result.get(), r, c)) {
                row.emplace_back(std::nullopt);
            } else {
                row.emplace_back(
                    std::string(PQgetvalue(result.get(), r, c),
                                static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string ServerConnection::user() const {
    return PQuser(connection_);
}

std::string ServerConnection::quote_identifier(std::string_view name) const {
    char* quoted = PQescapeIdentifier(connection_, name.data(), name.size());
    if (quoted == nullptr) throw UserError("cannot quote the name \"" + std::string(name) + "\"");
    std::string text = quoted;
    PQfreemem(quoted);
    return text;
}

std::string ServerConnection::quote_literal(std::string_view text) const {
    char* quoted = PQescapeLiteral(connection_, text.data(), text.size());
    if (quoted == nullptr) throw UserError("cannot quote a text for the clinic server");
    std::string literal = quoted;
    PQfreemem(quoted);
    return literal;
}

std::string ServerConnection::encrypt_password(const Secret& password,
                                               const std::string& role) const {
    const std::string text(password.view());
    char* encrypted =
        PQencryptPasswordConn(connection_, text.c_str(), role.c_str(), "scram-sha-256");
    if (encrypted == nullptr)
        throw UserError("the password could not be prepared: " +
                        first_line(PQerrorMessage(connection_)));
    std::string stored = encrypted;
    PQfreemem(encrypted);
    return stored;
}

ServerTransaction::ServerTransaction(ServerConnection& connection) : connection_(connection) {
    connection_.execute("BEGIN");
}

ServerTransaction::~ServerTransaction() {
    if (done_) return;
    try {
        connection_.execute("ROLLBACK");
    } catch (const std::exception&) {
        log().warn("clinic server: a rollback failed; the server ends the transaction itself");
    }
}

void ServerTransaction::commit() {
    connection_.execute("COMMIT");
    done_ = true;
}

}  // namespace counselor::core
