// Where the clinic's records are, and the rule that keeps them private on the
// way there: a PostgreSQL connection URI (postgresql://host[:port]/database?...)
// or key=value string, reached with TLS and the server's certificate checked
// (sslmode=verify-full unless the address asks for require or verify-ca),
// except over a local socket, where nothing crosses a network.
#pragma once

#include <string>

namespace counselor::core {

struct ServerAddress {
    std::string conninfo;       // as given
    std::string host;           // for messages: the host, or the socket's folder
    bool local_socket = false;  // no host, or a folder: the server is on this computer
    std::string sslmode;        // what the connection uses; empty over a local socket
};

// Throws UserError with a line a person can act on: an address libpq cannot
// read, or TLS switched off (sslmode disable, allow or prefer) over a network.
ServerAddress parse_server_address(const std::string& conninfo);

}  // namespace counselor::core
