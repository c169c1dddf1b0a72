// engine/articles/quote_index: where a quote lies in an article, forgiving typography only, and on
// word boundaries; the indexed search agrees with the plain definition (quote_oracle.hpp).
#include "engine/articles/quote_index.hpp"

#include "quote_oracle.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::plainly_found;

namespace {
std::vector<Span> find(std::string_view article, std::string_view quote) { return QuoteIndex(article).find(quote).first; }
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
            CHECK(same(index.find(part).first, plainly_found(text, part)));
        }
    CHECK(same(index.find("\"bad\" news").first, plainly_found(text, "\"bad\" news")));  // folded
    CHECK(index.find("up up").count == 60);                                   // overlapping
}

TEST_CASE("the index stops at enough, and finds nothing in nothing", "[quote_index]") {
    QuoteIndex index("Crime rose by 50%. Crime rose by 50%. Crime rose by 50%.");
    CHECK(index.find("Crime rose by 50%").count == 3);
    CHECK(index.find("Crime rose by 50%", 2).first.size() == 2);
    CHECK(index.find("Crime rose by 50%", 2).count == 3);
    CHECK(index.count("Crime rose by 50%") == 3);
    CHECK(index.count("Crime rose by 50%", 2) == 2);
    CHECK(index.find("Crime rose by 5").count == 0);  // inside 50%
    CHECK(index.find("   ").count == 0);
    CHECK(QuoteIndex("").find("x").count == 0);
    CHECK(QuoteIndex("Up 5%.").find("Up 5%").count == 1);  // shorter than a window
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
    CHECK(fold(article).whole_words(0, 6));
    CHECK_FALSE(fold(article).whole_words(0, 3));
}


TEST_CASE("a quote does not end inside a number grouped by an invisible or a no-break space", "[quote_index]") {
    std::string zero_width = "Sales reached 5\u200B653 last year.";
    CHECK(find(zero_width, "reached 5").empty());
    CHECK(find(zero_width, "653 last").empty());
    CHECK(find(zero_width, "reached 5653 last").size() == 1);  // the reader sees 5653
    CHECK(find(zero_width, "reached 5\u200B653").size() == 1);
    for (std::string space : {"\u00A0", "\u202F", "\u2009", "\u2007"}) {
        std::string article = "Rose by 5" + space + "000 in 2016" + space + "and 12" + space + "people.";
        INFO(article);
        CHECK(find(article, "Rose by 5").empty());
        CHECK(find(article, "000 in 2016").empty());
        CHECK(find(article, "Rose by 5 000").size() == 1);      // a space in the quote matches it
        CHECK(find(article, "Rose by 5 000 in 2016").size() == 1);
        CHECK(find(article, "in 2016").size() == 1);            // "2016 and": no group of three digits after
        CHECK(find(article, "and 12").size() == 1);             // "12 people": nor here
    }
    CHECK(find("Rose by 5 000 in all", "Rose by 5").size() == 1);  // an ordinary space parts two numbers
    CHECK(find("Rose by 5\u00A0 000 in all", "Rose by 5").size() == 1);  // more than one space: no grouping
}

TEST_CASE("a long article: the index agrees with the plain definition, and a repeated quote is counted in full",
          "[quote_index]") {
    std::string text;
    for (int i = 0; text.size() < 300000; ++i)
        text += "Crime rose by " + std::to_string(i % 97) + "% in area " + std::to_string(i % 1013) + ". ";
    QuoteIndex index(text);
    for (std::string_view quote : {"Crime rose by 5% in area 5.", "rose by 96% in area 1012", "% in", "a", "5"}) {
        INFO(quote);
        auto plain = plainly_found(text, quote);
        auto found = index.find(quote, 3);
        CHECK(found.count == plain.size());
        CHECK(same(found.first, std::vector<Span>(plain.begin(), plain.begin() + std::min<std::size_t>(3, plain.size()))));
        CHECK(index.count(quote, 2) == std::min<std::size_t>(2, plain.size()));
    }
}

TEST_CASE("a quote every window of which is everywhere is found by a linear scan, in full", "[quote_index]") {
    // Every 4-byte window of the quote occurs at half the article's offsets: the index
    // offers too many false starts, and the search goes on as a scan.
    std::string article;
    for (int i = 0; i < 40000; ++i) article += "a ";
    article += "b a a a b";
    std::string quote;
    for (int i = 0; i < 3000; ++i) quote += "a ";
    CHECK(QuoteIndex(article).find(quote + "b").count == 1);
    CHECK(QuoteIndex(article).find(quote + "c").count == 0);
    auto all = QuoteIndex(article).find(quote, 2);
    CHECK(all.count == 40000 - 3000 + 1);  // overlapping, each on word boundaries
    REQUIRE(all.first.size() == 2);
    CHECK(all.first[0].begin == 0);
    CHECK(all.first[1].begin == 2);
    CHECK(QuoteIndex(article).find("b a a a b").count == 1);
}
