// engine/articles/article: folding typography, word boundaries and invalid UTF-8.
#include "engine/articles/article.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("folding keeps a map back to the original bytes", "[article]") {
    Folded f = fold("a\u2019b  c");
    CHECK(f.text() == "a'b c");
    CHECK(f.origin(1) == 1);
    CHECK(f.until(1) == 4);  // the curly apostrophe is three bytes
    CHECK(f.origin(2) == 4);
    CHECK(f.until(3) == 7);  // two spaces folded into one
    CHECK(f.origin(4) == 7);
    CHECK(f.until(4) == 8);
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
    Folded f = fold(t);
    auto whole_words = [&](std::size_t begin, std::size_t end) { return f.whole_words(begin, end); };
    auto at = [&](std::string_view part) { return t.find(part); };
    CHECK(whole_words(at("spending"), at("spending") + 8));
    CHECK_FALSE(whole_words(at("pending"), at("pending") + 7));
    CHECK_FALSE(whole_words(at("rose by 5"), at("rose by 5") + 9));
    CHECK(whole_words(at("rose by 50"), at("rose by 50") + 10));
    CHECK_FALSE(whole_words(at("500.5"), at("500.5") + 5));
    CHECK_FALSE(whole_words(at("1,500"), at("1,500") + 5));
    CHECK_FALSE(whole_words(at("3 and"), at("3 and") + 5));
    CHECK(whole_words(at("-3 and"), at("-3 and") + 6));
    CHECK_FALSE(whole_words(at("12"), at("12") + 2));
    CHECK_FALSE(whole_words(0, 0));
}

TEST_CASE("folding drops what a reader cannot see, and maps back across it", "[article]") {
    Folded f = fold("5\u200B653\u00AD x");
    CHECK(f.text() == "5653 x");
    CHECK(f.origin(1) == 4);   // past the zero-width space
    CHECK(f.until(0) == 4);    // the character before takes it in
    CHECK(f.until(3) == 9);    // and the soft hyphen
    CHECK(f.until(5) == 11);
}

TEST_CASE("whole_words: a no-break space between a digit and three digits groups one number", "[article]") {
    Folded f = fold("up 5\u00A0000 and 5\u00A0or 5\u00A00001");
    const std::string& t = f.text();
    CHECK(t == "up 5 000 and 5 or 5 0001");
    CHECK_FALSE(f.whole_words(0, t.find(" 000")));             // "up 5"
    CHECK_FALSE(f.whole_words(t.find("000"), t.find(" and")));  // "000"
    CHECK(f.whole_words(0, t.find(" and")));                    // "up 5 000"
    CHECK(f.whole_words(t.find("and"), t.find(" or")));         // "and 5": a letter follows
    CHECK(f.whole_words(t.find("or"), t.find(" 0001")));        // four digits follow: no grouping
}

TEST_CASE("folded_text is fold's text without the map, stray and partial sequences included", "[article]") {
    for (const std::string text : {"\u201c44\u00a0per\u2009cent\u201d \u2013 up", "a\u200bb\u00adc  \t d", "\xe2\x80", "\xe2\x80\x9c",
                                   "\xef\xbb\xbfx", "\xc2", "\xe2\x80\x99s\xe2", "", "   "})
        CHECK(folded_text(text) == fold(text).text());
    CHECK(folded_text("\u2018rose\u2019 \u2212 5") == "'rose' - 5");
}
