// engine/article: finding a claim's quote in an article, forgiving typography only.
#include "engine/article.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
std::string at(std::string_view article, const Span& s) { return std::string(article.substr(s.begin, s.end - s.begin)); }
}  // namespace

TEST_CASE("an exact quote is found once, at its place", "[article]") {
    std::string article = "Kent's figure has shot up by 573%. Nothing else.";
    auto spans = find_quote(article, "has shot up by 573%");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].begin == 14);
    CHECK(at(article, spans[0]) == "has shot up by 573%");
}

TEST_CASE("curly and straight quotes, dashes and odd spaces match each other", "[article]") {
    std::string article = "a \u2018top priority\u2019 \u2013 said the \u201Ccharity\u201D,\u00A044\u202Fper cent";
    auto spans = find_quote(article, "a 'top priority' - said the \"charity\", 44 per cent");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].begin == 0);
    CHECK(spans[0].end == article.size());
}

TEST_CASE("a line break or a run of spaces in either text is one space", "[article]") {
    std::string article = "This number has risen\nby   more than\r\na third.";
    auto spans = find_quote(article, "has risen by more than a third");
    REQUIRE(spans.size() == 1);
    CHECK(at(article, spans[0]) == "has risen\nby   more than\r\na third");
}

TEST_CASE("other differences are not forgiven", "[article]") {
    std::string article = "This number has risen by more than a third.";
    CHECK(find_quote(article, "This number has risen by more than a half").empty());
    CHECK(find_quote(article, "this number has risen").empty());  // case matters
    CHECK(find_quote(article, "risen by more then a third").empty());
    CHECK(find_quote(article, "").empty());
    CHECK(find_quote(article, "   ").empty());
}

TEST_CASE("every occurrence is reported, overlapping ones too", "[article]") {
    std::string article = "an average of 15 a day; an average of 15 a day";
    auto spans = find_quote(article, "an average of 15 a day");
    REQUIRE(spans.size() == 2);
    CHECK(spans[1].begin == 24);
    CHECK(find_quote("up up up up", "up up").size() == 3);
}

TEST_CASE("a quote starts and ends on word and number boundaries", "[article]") {
    std::string article = "Officials said spending rose by 50% to 1,500.5 and fell to -3, a 12-15 range.";
    CHECK(find_quote(article, "spending rose by 5").empty());  // 50% goes on
    CHECK(find_quote(article, "pending rose").empty());         // inside "spending"
    CHECK(find_quote(article, "Officials sai").empty());
    CHECK(find_quote(article, "to 1").empty());                 // 1,500.5: a separator and digits follow
    CHECK(find_quote(article, "to 1,500").empty());             // a decimal point and a digit follow
    CHECK(find_quote(article, "500.5 and").empty());            // a separator before, a digit before that
    CHECK(find_quote(article, "5 and fell").empty());
    CHECK(find_quote(article, "3, a 12").empty());              // -3: the minus is the number's
    CHECK(find_quote(article, "15 range").empty());
    CHECK(find_quote(article, "a 12").empty());
    CHECK(find_quote(article, "spending rose by 50").size() == 1);  // a % may follow a quote's digits
    CHECK(find_quote(article, "to 1,500.5").size() == 1);
    CHECK(find_quote(article, "-3, a 12-15 range").size() == 1);
    CHECK(find_quote(article, "said spending").size() == 1);
}

TEST_CASE("letters beyond ASCII are letters at a quote's ends; other signs are not", "[article]") {
    std::string article = "Caf\u00E9s rose by \u00A32.3bn; \u00DCber 40% said \u201Cyes\u201D.";
    CHECK(find_quote(article, "Caf").empty());
    CHECK(find_quote(article, "ber 40%").empty());
    CHECK(find_quote(article, "2.3bn").size() == 1);  // after a pound sign
    CHECK(find_quote(article, "yes").size() == 1);    // inside curly quotes
    CHECK(whole_words(article, 0, 6));
    CHECK_FALSE(whole_words(article, 0, 3));
}

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
