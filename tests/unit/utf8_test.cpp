// engine/core/utf8: validity checks, character counts and text made safe to show.
#include "engine/core/utf8.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

TEST_CASE("utf8: invalid sequences are found where they start") {
    CHECK(invalid_utf8_at("plain ascii") == std::string_view::npos);
    CHECK(invalid_utf8_at("caf\xC3\xA9") == std::string_view::npos);
    CHECK(invalid_utf8_at("\xF0\x9F\x98\x80 emoji") == std::string_view::npos);
    CHECK(invalid_utf8_at("ab\xC3") == 2);            // cut short
    CHECK(invalid_utf8_at("ab\xC3(") == 2);           // not a continuation byte
    CHECK(invalid_utf8_at("\xE0\x80\x80") == 0);      // overlong
    CHECK(invalid_utf8_at("\xC0\xAF") == 0);          // overlong
    CHECK(invalid_utf8_at("x\xED\xA0\x80") == 1);     // a surrogate
    CHECK(invalid_utf8_at("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
    CHECK(invalid_utf8_at("0123456789abcdef\x80") == 16);
}

TEST_CASE("utf8: all_ascii looks at every byte, short or long") {
    CHECK(all_ascii(""));
    CHECK(all_ascii("abc"));
    CHECK(all_ascii(std::string(17, 'x')));
    for (std::size_t length : {1, 7, 8, 9, 16, 17, 31}) {
        for (std::size_t at = 0; at < length; ++at) {
            std::string text(length, 'x');
            text[at] = '\xC3';
            INFO(length << " " << at);
            CHECK_FALSE(all_ascii(text));
        }
    }
}

TEST_CASE("utf8: characters are counted, and text is made safe to show") {
    CHECK(utf8_characters("caf\xC3\xA9") == 4);
    CHECK(utf8_characters("") == 0);
    CHECK(displayable("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(displayable("caf\xC3\xA9", 4) == "caf");  // never half a character
    CHECK(displayable(std::string(500, 'x')).size() == 400);
}
