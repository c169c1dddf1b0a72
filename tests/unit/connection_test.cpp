// engine/tables/postgres/connection: the addresses a claims file may give. A password, in a
// connection string or a URI, is refused before anything connects; so is what libpq cannot parse.
#include "engine/tables/postgres/connection.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("a service name or a connection string without a password is fine") {
    CHECK_FALSE(address_problem("claims"));
    CHECK_FALSE(address_problem("host=/tmp port=5432 dbname=claims user=reader"));
    CHECK_FALSE(address_problem("postgresql://reader@db.example/claims"));
}

TEST_CASE("a password anywhere in the address is refused") {
    for (const char* address : {"host=/tmp dbname=claims password=hunter2", "password='a b' dbname=x",
                                "postgresql://reader:hunter2@db.example/claims",
                                "postgresql:///claims?password=hunter2"}) {
        auto problem = address_problem(address);
        REQUIRE(problem);
        CHECK(problem->starts_with("a password in the connection string"));
    }
}

TEST_CASE("an address libpq cannot read is refused with its reason") {
    auto problem = address_problem("host=/tmp nonsense=1");
    REQUIRE(problem);
    CHECK(problem->starts_with("not a PostgreSQL connection string: invalid connection option \"nonsense\""));
}

TEST_CASE("a connection that fails is an error at the address") {
    try {
        Session session("host=/nonexistent-claimcheck-dir port=1 dbname=x connect_timeout=2");
        FAIL("connected");
    } catch (const PostgresError& e) {
        CHECK(e.part == SourcePart::address);
        CHECK(std::string(e.what()).starts_with("cannot connect: connection to server on socket"));
    }
}
