// Where the clinic server is, and the TLS rule: read without any server.
#include <counselor/core/clinic/server_address.hpp>
#include <counselor/core/platform/errors.hpp>

#include <catch2/catch.hpp>

using counselor::core::parse_server_address;
using counselor::core::UserError;

TEST_CASE("a server over the network is reached with its certificate checked", "[clinic]") {
    const auto address = parse_server_address("postgresql://records.example.org/clinic");
    CHECK_FALSE(address.local_socket);
    CHECK(address.host == "records.example.org");
    CHECK(address.sslmode == "verify-full");
}

TEST_CASE("an address may ask for TLS without the host check, never for none", "[clinic]") {
    CHECK(parse_server_address("postgresql://10.0.0.5/clinic?sslmode=require").sslmode ==
          "require");
    CHECK(parse_server_address("host=10.0.0.5 dbname=clinic sslmode=verify-ca").sslmode ==
          "verify-ca");
    for (const char* mode : {"disable", "allow", "prefer"}) {
        INFO(mode);
        try {
            parse_server_address(std::string("postgresql://10.0.0.5/clinic?sslmode=") + mode);
            FAIL("TLS switched off over a network was taken");
        } catch (const UserError& error) {
            const std::string said = error.what();
            CHECK_THAT(said, Catch::Contains("10.0.0.5") &&
                                 Catch::Contains(std::string("sslmode=") + mode) &&
                                 Catch::Contains("readable"));
        }
    }
}

TEST_CASE("a local socket needs no TLS: nothing crosses a network", "[clinic]") {
    const auto folder = parse_server_address("postgresql:///clinic?host=/run/postgresql");
    CHECK(folder.local_socket);
    CHECK(folder.host == "/run/postgresql");
    CHECK(folder.sslmode.empty());
    CHECK(parse_server_address("postgresql:///clinic").local_socket);
    CHECK(parse_server_address("dbname=clinic sslmode=disable").local_socket);
}

TEST_CASE("an address that cannot be read is named in the refusal", "[clinic]") {
    CHECK_THROWS_WITH(
        parse_server_address("postgresql://host/db?nonsense=1"),
        Catch::Contains("postgresql://host/db?nonsense=1") && Catch::Contains("cannot be read"));
    CHECK_THROWS_WITH(parse_server_address(""), Catch::Contains("no clinic server"));
}
