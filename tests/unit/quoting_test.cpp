// engine/articles/quoting: the quote chosen for a mention, found exactly once as `check` finds quotes.
#include "engine/articles/quoting.hpp"

#include "quote_oracle.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::plainly_found;

namespace {
using V = std::vector<std::string>;

// The quote around the nth occurrence of `mention` in the text.
Quote around(std::string_view text, std::string_view mention, int nth = 0) {
    std::size_t at = text.find(mention);
    for (int i = 0; i < nth; ++i) at = text.find(mention, at + 1);
    REQUIRE(at != std::string_view::npos);
    return Quoting(text).around({at, at + mention.size()});
}

std::string quote(std::string_view text, std::string_view mention, int nth = 0) {
    return around(text, mention, nth).text;
}
}  // namespace

TEST_CASE("a quote is the clause around the number", "[quoting]") {
    std::string_view text = "Police recorded 3,903 offences; crime rose by 44% (up from 2015/16) in all.\n";
    CHECK(quote(text, "3,903") == "Police recorded 3,903 offences");
    CHECK(quote(text, "44%") == "crime rose by 44%");
}

TEST_CASE("a decimal point and an abbreviation do not end a quote", "[quoting]") {
    std::string_view text = "The rate was 15.5 a day in the city. No. 10 said 40 staff left. Then 7 more.";
    CHECK(quote(text, "15.5") == "The rate was 15.5 a day in the city");
    CHECK(quote(text, "10") == "No. 10 said 40 staff left");
    CHECK(quote(text, "40") == "No. 10 said 40 staff left");
    CHECK(quote(text, "7") == "Then 7 more");
}

TEST_CASE("spaced dashes and line breaks bound a quote; a hand-wrapped line does not", "[quoting]") {
    std::string_view text = "Over 50 crimes in the county\n"
                            "Police said 53 crimes were - in their words - a worry, and 12 were\n"
                            "solved.";
    CHECK(quote(text, "50") == "Over 50 crimes in the county");
    CHECK(quote(text, "53") == "Police said 53 crimes were");
    CHECK(quote(text, "12") == "a worry, and 12 were solved");  // on one line
}

TEST_CASE("a clause that is only the number is widened to its sentence", "[quoting]") {
    std::string_view text = "Crime has risen by more than a third - 44% - since then. It fell (8%) later.";
    CHECK(quote(text, "more than a third") == "Crime has risen by more than a third");
    CHECK(quote(text, "44%") == "Crime has risen by more than a third - 44% - since then");
    CHECK(quote(text, "8%") == "It fell (8%) later");
}

TEST_CASE("a quote found more than once is widened until it is found once", "[quoting]") {
    SECTION("to the sentence") {
        std::string_view text = "Sales rose 10%: the figures show it. Sales rose 10%: the figures were wrong.";
        CHECK(quote(text, "10%", 0) == "Sales rose 10%: the figures show it");
        CHECK(quote(text, "10%", 1) == "Sales rose 10%: the figures were wrong");
    }
    SECTION("to the sentence and the next, or the one before at the end") {
        std::string_view text = "Sales rose 10%. It was a record. Sales rose 10%.";
        CHECK(quote(text, "10%", 0) == "Sales rose 10%. It was a record");
        CHECK(quote(text, "10%", 1) == "It was a record. Sales rose 10%");
    }
    SECTION("else the sentence, with the times it occurs") {
        std::string_view text = "Sales rose 10%. Sales rose 10%. Sales rose 10%.";
        Quote q = around(text, "10%", 1);
        CHECK(q.text == "Sales rose 10%");
        CHECK(q.occurrences == 3);
        CHECK(text.substr(q.span.begin, q.span.end - q.span.begin) == "Sales rose 10%");
        CHECK(q.span.begin == 16);  // the middle sentence
    }
    SECTION("counted as check counts them, typography folded") {
        std::string_view text = "\u201CSales rose 10%\u201D, they said. \"Sales rose 10%\", we said.\n";
        for (int nth : {0, 1}) {
            Quote q = around(text, "10%", nth);
            INFO(q.text);
            CHECK(plainly_found(text, q.text).size() == q.occurrences);
            CHECK(q.occurrences == 1);
        }
    }
}

TEST_CASE("a quote across a line break is written on one line and still found", "[quoting]") {
    std::string_view text = "Police in the county recorded 53\ncrimes, up from 12.\r\n";
    Quote q = around(text, "53");
    CHECK(q.text == "Police in the county recorded 53 crimes, up from 12");
    CHECK(plainly_found(text, q.text).size() == 1);
}

TEST_CASE("a mention across a line break is quoted as it stands", "[quoting]") {
    std::string_view text = "Crime rose by nearly\n\n100 cases.";
    Quote q = around(text, "nearly\n\n100");
    CHECK(q.text == "nearly 100");
    CHECK(q.occurrences == 1);
}

TEST_CASE("occurrences are counted as the plain definition counts them", "[quoting]") {
    std::string text;
    for (int i = 0; i < 40; ++i)
        text += "Sales rose " + std::to_string(i % 7) + "% \u2013 \u201Cbad\u201D\n  news. aa aa aa aa aa aa. ";
    Quoting quoting(text);
    // Every stretch of the text, short (searched whole) and long (searched by its rarest window).
    for (std::size_t begin = 0; begin < 300; begin += 7)
        for (std::size_t length : {1, 3, 7, 8, 9, 12, 20, 45, 90}) {
            std::string_view part = std::string_view(text).substr(begin, length);
            INFO("\"" << part << "\"");
            CHECK(quoting.occurrences(part) == plainly_found(text, part).size());
        }
    CHECK(quoting.occurrences("aa aa aa aa") == plainly_found(text, "aa aa aa aa").size());  // overlapping
    CHECK(quoting.occurrences("aa aa aa aa") == 40 * 3);
    CHECK(quoting.occurrences("aa aa aa aa", 2) == 2);  // counting stops where asked
    CHECK(quoting.occurrences("a aa aa") == 0);         // starts inside a word
    CHECK(quoting.occurrences("\"bad\" news") == 40);  // folded: curly quotes, line break
    CHECK(quoting.occurrences("Sales rose 3% - \"bad\" news") == 6);  // i % 7 == 3 six times in 40
    CHECK(quoting.occurrences("not in the article at all") == 0);
    CHECK(quoting.occurrences("   ") == 0);
}

TEST_CASE("an article shorter than a window still counts", "[quoting]") {
    Quoting quoting("Up 5%.");
    CHECK(quoting.occurrences("Up 5%") == 1);
    CHECK(quoting.occurrences("Up 5%. And more") == 0);
}

TEST_CASE("in a long sentence a quote is a window of words, cut at commas", "[quoting]") {
    std::string text = "Figures rose";
    for (int i = 0; i < 100; ++i) text += ", rose to " + std::to_string(i);
    text += " in all.";
    CHECK(quote(text, "42") == "rose to 42");  // the piece between commas
    std::size_t seven = text.find("to 7,") + 3;
    Quote q = Quoting(text).around({seven, seven + 1});
    CHECK(q.text == "rose to 7");  // found once: not inside "rose to 70"
    CHECK(q.occurrences == 1);
    std::size_t at = text.find("in all");
    CHECK(Quoting(text).around({at - 3, at - 1}).text == "rose to 99 in all");
}

TEST_CASE("a window is widened word by word until it is found once", "[quoting]") {
    std::vector<std::string> words;
    for (int i = 0; i < 30; ++i) {
        for (int k = 0; k < 10; ++k) words.push_back("x");
        words.push_back("12");
    }
    std::size_t mention = 20 * 11 - 1;  // the 20th "12"
    words.insert(words.begin() + static_cast<std::ptrdiff_t>(mention + 10), "marker");  // 9 words past it
    std::string text;
    std::size_t at = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i == mention) at = text.size();
        text += words[i] + " ";
    }
    text += "end.";
    Quote q = Quoting(text).around({at, at + 2});
    INFO(q.text);
    CHECK(q.occurrences == 1);
    CHECK(q.span.begin <= at);
    CHECK(q.text.ends_with("marker"));  // widened on the right as far as needed, no further
    CHECK(q.text.size() < 60);
    CHECK(plainly_found(text, q.text).size() == 1);
}

TEST_CASE("a quote's length is bounded however long the sentence", "[quoting]") {
    std::string text = "It was";
    for (int i = 0; i < 2000; ++i) text += " 12";
    text += ".";
    Quoting quoting(text);
    for (std::size_t at = 7; at < text.size() - 3; at += 301) {
        Quote q = quoting.around({at, at + 2});
        INFO(at << ": " << q.text);
        CHECK(q.text.size() < 200);
    }
}

TEST_CASE("two sentences are not quoted together across a control character", "[quoting]") {
    // The number alone is no quote, and with the next sentence the stretch would hold the
    // control character, which no claims file can: the number stays, found twice.
    const std::string text = "Tests were bought. 9999\x19" "9999 here.";
    const Quote q = around(text, "9999");
    CHECK(q.text == "9999");
    CHECK(q.occurrences == 2);
}
