#include "counselor/core/clinic/server_address.hpp"

#include <counselor/core/platform/errors.hpp>

#include <libpq-fe.h>

#include <memory>

namespace counselor::core {

namespace {

struct OptionsFree {
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

std::string first_line(std::string text) {
    if (const auto end = text.find('\n'); end != std::string::npos) text.erase(end);
    return text;
}

// libpq's own reading of the address: the same rules the connection will follow.
std::unique_ptr<PQconninfoOption, OptionsFree> read_options(const std::string& conninfo) {
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, OptionsFree> options(
        PQconninfoParse(conninfo.c_str(), &error));
    if (!options) {
        const std::string why = error != nullptr ? first_line(error) : "out of memory";
        PQfreemem(error);
        throw UserError("the clinic server's address \"" + conninfo + "\" cannot be read: " + why);
    }
    return options;
}

std::string option(const PQconninfoOption* options, const std::string& name) {
    for (const auto* o = options; o->keyword != nullptr; ++o)
        if (name == o->keyword && o->val != nullptr) return o->val;
    return {};
}

}  // namespace

ServerAddress parse_server_address(const std::string& conninfo) {
    if (conninfo.empty()) throw UserError("no clinic server was named");
    const auto options = read_options(conninfo);
    ServerAddress address;
    address.conninfo = conninfo;
    const std::string host = option(options.get(), "host");
    const std::string hostaddr = option(options.get(), "hostaddr");
    // No host (libpq's default socket) or a folder: a Unix socket on this computer.
    address.local_socket = hostaddr.empty() && (host.empty() || host.front() == '/');
    address.host = !host.empty() ? host : !hostaddr.empty() ? hostaddr : "the local socket";
    if (address.local_socket) return address;
    address.sslmode = option(options.get(), "sslmode");
    if (address.sslmode.empty()) address.sslmode = "verify-full";
    if (address.sslmode != "require" && address.sslmode != "verify-ca" &&
        address.sslmode != "verify-full") {
        throw UserError("the clinic server at " + address.host +
                        " would be reached without TLS (sslmode=" + address.sslmode +
                        "), so the records would cross the network readable; leave sslmode out "
                        "(verify-full) or use sslmode=require");
    }
    return address;
}

}  // namespace counselor::core
