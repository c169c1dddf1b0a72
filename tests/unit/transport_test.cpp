// engine/lsp/transport: Content-Length framing, read and written, and what is refused.
#include "engine/lsp/transport.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace claimcheck::lsp;

TEST_CASE("transport: messages are read one after another by their Content-Length") {
    std::istringstream in("Content-Length: 2\r\n\r\n{}Content-Type: application/vscode-jsonrpc\r\ncontent-length:  7\r\n\r\n[1,2,3]");
    Incoming first = read_message(in, 100);
    REQUIRE(first.framing == Framing::message);
    CHECK(first.body == "{}");
    Incoming second = read_message(in, 100);
    REQUIRE(second.framing == Framing::message);
    CHECK(second.body == "[1,2,3]");
    CHECK(read_message(in, 100).framing == Framing::end);
}

TEST_CASE("transport: a header without a usable length is malformed, and the next message still reads") {
    std::istringstream in("Content-Length: lots\r\n\r\nContent-Length: 2\r\n\r\n{}");
    Incoming bad = read_message(in, 100);
    CHECK(bad.framing == Framing::malformed);
    CHECK(bad.problem == "Content-Length \"lots\" is not a number of bytes");
    Incoming good = read_message(in, 100);
    CHECK(good.framing == Framing::message);
    CHECK(good.body == "{}");

    std::istringstream none("Content-Type: x\r\n\r\n");
    CHECK(read_message(none, 100).problem == "a message without a Content-Length header");
}

TEST_CASE("transport: a body over the limit is skipped, and one cut short ends the input") {
    std::istringstream in("Content-Length: 20\r\n\r\n01234567890123456789Content-Length: 1\r\n\r\n1");
    Incoming big = read_message(in, 10);
    CHECK(big.framing == Framing::too_big);
    CHECK(big.problem == "a message of 20 bytes, over the limit of 10");
    CHECK(read_message(in, 10).body == "1");

    std::istringstream cut("Content-Length: 5\r\n\r\nab");
    Incoming short_body = read_message(cut, 10);
    CHECK(short_body.framing == Framing::malformed);
    CHECK(short_body.problem == "the input ended inside a message");
}

TEST_CASE("transport: a message is written with its length in bytes, invalid UTF-8 replaced") {
    std::ostringstream out;
    write_message(out, {{"text", "caf\xc3\xa9"}});
    CHECK(out.str() == "Content-Length: 16\r\n\r\n{\"text\":\"caf\xc3\xa9\"}");
    std::ostringstream bad;
    write_message(bad, {{"text", std::string("a\xff")}});
    CHECK(bad.str().find("a\xef\xbf\xbd") != std::string::npos);
}
