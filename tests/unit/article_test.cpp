// engine/article: folding typography, word boundaries and invalid UTF-8.
#include "engine/article.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("folding keeps a map back to the original bytes", "[article]") {
    Folded f = fold("a\u2019b  c");
    CHECK(f.text == "a'b c");
    REQUIRE(f.origin.size() == f.text.size());
    CHECK(f.origin[1] == 1);
    CHECK(f.until[1] == 4);  // the curly apostrophe is three bytes
    CHECK(f.origin[2] == 4);
    CHECK(f.until[3] == 7);  // two spaces folded into one
}

TEST_CASE("invalid UTF-8 is replaced byte by byte, valid text kept", "[article]") {
    CHECK(valid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80");
    CHECK(valid_utf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");          // overlong
    CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(valid_utf8("x\xE2\x80") == "x\xEF\xBF\xBD\xEF\xBF\xBD");       // truncated at the end
}
TEST_CASE("whole_words: a stretch may not start or end inside a word or a number", "[article]") {
    std::string_view t = "spending rose by 50% to 1,500.5, -3 and 12-15";
    auto at = [&](std::string_view part) { return t.find(part); };
    CHECK(whole_words(t, at("spending"), at("spending") + 8));
    CHECK_FALSE(whole_words(t, at("pending"), at("pending") + 7));
    CHECK_FALSE(whole_words(t, at("rose by 5"), at("rose by 5") + 9));
    CHECK(whole_words(t, at("rose by 50"), at("rose by 50") + 10));
    CHECK_FALSE(whole_words(t, at("500.5"), at("500.5") + 5));
    CHECK_FALSE(whole_words(t, at("1,500"), at("1,500") + 5));
    CHECK_FALSE(whole_words(t, at("3 and"), at("3 and") + 5));
    CHECK(whole_words(t, at("-3 and"), at("-3 and") + 6));
    CHECK_FALSE(whole_words(t, at("12"), at("12") + 2));
    CHECK_FALSE(whole_words(t, 0, 0));
}
