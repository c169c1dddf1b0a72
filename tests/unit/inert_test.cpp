// grammar/inert: text from input made inert for a terminal, one column per character kept.
#include "engine/core/inert.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("control characters become their control pictures", "[inert]") {
    CHECK(inert(std::string("a\x1b[2Jb", 6)) == "a\u241B[2Jb");
    CHECK(inert(std::string("bell\x07", 5)) == "bell\u2407");
    CHECK(inert(std::string("nul\0here", 8)) == "nul\u2400here");
    CHECK(inert("two\nlines\r") == "two\u240Alines\u240D");
    CHECK(inert("\x7F") == "\u2421");
}

TEST_CASE("C1 controls, CSI among them, become U+FFFD", "[inert]") {
    CHECK(inert("a\xC2\x9B" "31mb") == "a\uFFFD31mb");
    CHECK(inert("\xC2\x80\xC2\x9F") == "\uFFFD\uFFFD");
    CHECK(inert("\xC2\xA0") == "\xC2\xA0");  // a no-break space is text
}

TEST_CASE("tabs and any other text pass as they are", "[inert]") {
    CHECK(inert("a\tb") == "a\tb");
    CHECK(inert("Kent\xE2\x80\x99s 573%") == "Kent\xE2\x80\x99s 573%");
    CHECK(inert("") == "");
    CHECK(inert("\xFF") == "\xFF");  // invalid UTF-8 is left to whoever checks it
}
