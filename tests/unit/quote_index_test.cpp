// engine/quote_index: where a quote lies in an article, forgiving typography only, and on
// word boundaries; the indexed search agrees with the plain definition (quote_oracle.hpp).
#include "engine/quote_index.hpp"

#include "quote_oracle.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::plainly_found;

namespace {
std::vector<Span> find(std::string_view article, std::string_view quote) { return QuoteIndex(article).find(quote); }
std::string at(std::string_view article, const Span& s) { return std::string(article.substr(s.begin, s.end - s.begin)); }

bool same(const std::vector<Span>& a, const std::vector<Span>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}
}  // namespace

TEST_CASE("the index finds what the plain definition finds, at the same spans and in order", "[quote_index]") {
    std::string text;
    for (int i = 0; i < 30; ++i)
        text += "Sales rose " + std::to_string(i % 4) + "% \u2013 \u201Cbad\u201D\n news, up up up. ";
    QuoteIndex index(text);
    for (std::size_t begin = 0; begin < 200; begin += 5)
        for (std::size_t length : {2, 5, 8, 9, 15, 30, 70}) {
            std::string_view part = std::string_view(text).substr(begin, length);
            INFO("\"" << part << "\"");
            CHECK(same(index.find(part), plainly_found(text, part)));
        }
    CHECK(same(index.find("\"bad\" news"), plainly_found(text, "\"bad\" news")));  // folded
    CHECK(index.find("up up").size() == 60);                                   // overlapping
}

TEST_CASE("the index stops at enough, and finds nothing in nothing", "[quote_index]") {
    QuoteIndex index("Crime rose by 50%. Crime rose by 50%. Crime rose by 50%.");
    CHECK(index.find("Crime rose by 50%").size() == 3);
    CHECK(index.find("Crime rose by 50%", 2).size() == 2);
    CHECK(index.find("Crime rose by 5").empty());  // inside 50%
    CHECK(index.find("   ").empty());
    CHECK(QuoteIndex("").find("x").empty());
    CHECK(QuoteIndex("Up 5%.").find("Up 5%").size() == 1);  // shorter than a window
}

TEST_CASE("an exact quote is found once, at its place", "[quote_index]") {
    std::string article = "Kent's figure has shot up by 573%. Nothing else.";
    auto spans = find(article, "has shot up by 573%");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].begin == 14);
    CHECK(at(article, spans[0]) == "has shot up by 573%");
}

TEST_CASE("curly and straight quotes, dashes and odd spaces match each other", "[quote_index]") {
    std::string article = "a \u2018top priority\u2019 \u2013 said the \u201Ccharity\u201D,\u00A044\u202Fper cent";
    auto spans = find(article, "a 'top priority' - said the \"charity\", 44 per cent");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].begin == 0);
    CHECK(spans[0].end == article.size());
}

TEST_CASE("a line break or a run of spaces in either text is one space", "[quote_index]") {
    std::string article = "This number has risen\nby   more than\r\na third.";
    auto spans = find(article, "has risen by more than a third");
    REQUIRE(spans.size() == 1);
    CHECK(at(article, spans[0]) == "has risen\nby   more than\r\na third");
}

TEST_CASE("other differences are not forgiven", "[quote_index]") {
    std::string article = "This number has risen by more than a third.";
    CHECK(find(article, "This number has risen by more than a half").empty());
    CHECK(find(article, "this number has risen").empty());  // case matters
    CHECK(find(article, "risen by more then a third").empty());
    CHECK(find(article, "").empty());
    CHECK(find(article, "   ").empty());
}

TEST_CASE("every occurrence is reported, overlapping ones too", "[quote_index]") {
    std::string article = "an average of 15 a day; an average of 15 a day";
    auto spans = find(article, "an average of 15 a day");
    REQUIRE(spans.size() == 2);
    CHECK(spans[1].begin == 24);
    CHECK(find("up up up up", "up up").size() == 3);
}

TEST_CASE("a quote starts and ends on word and number boundaries", "[quote_index]") {
    std::string article = "Officials said spending rose by 50% to 1,500.5 and fell to -3, a 12-15 range.";
    CHECK(find(article, "spending rose by 5").empty());  // 50% goes on
    CHECK(find(article, "pending rose").empty());         // inside "spending"
    CHECK(find(article, "Officials sai").empty());
    CHECK(find(article, "to 1").empty());                 // 1,500.5: a separator and digits follow
    CHECK(find(article, "to 1,500").empty());             // a decimal point and a digit follow
    CHECK(find(article, "500.5 and").empty());            // a separator before, a digit before that
    CHECK(find(article, "5 and fell").empty());
    CHECK(find(article, "3, a 12").empty());              // -3: the minus is the number's
    CHECK(find(article, "15 range").empty());
    CHECK(find(article, "a 12").empty());
    CHECK(find(article, "spending rose by 50").size() == 1);  // a % may follow a quote's digits
    CHECK(find(article, "to 1,500.5").size() == 1);
    CHECK(find(article, "-3, a 12-15 range").size() == 1);
    CHECK(find(article, "said spending").size() == 1);
}

TEST_CASE("letters beyond ASCII are letters at a quote's ends; other signs are not", "[quote_index]") {
    std::string article = "Caf\u00E9s rose by \u00A32.3bn; \u00DCber 40% said \u201Cyes\u201D.";
    CHECK(find(article, "Caf").empty());
    CHECK(find(article, "ber 40%").empty());
    CHECK(find(article, "2.3bn").size() == 1);  // after a pound sign
    CHECK(find(article, "yes").size() == 1);    // inside curly quotes
    CHECK(whole_words(article, 0, 6));
    CHECK_FALSE(whole_words(article, 0, 3));
}

