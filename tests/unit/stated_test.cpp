// engine/extract/stated: what a mention states, written as a check would write it after `is`.
#include "engine/extract/stated.hpp"
#include "support.hpp"
#include "engine/extract/extract.hpp"
#include "engine/lang/loader.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using namespace claimcheck;

namespace {
// The mention the phrase is, as the mention finder marks it.
Mention mention(std::string_view phrase) {
    std::vector<Mention> found = find_mentions(phrase, claimcheck::test::house_words());
    INFO(phrase);
    REQUIRE(found.size() == 1);
    REQUIRE(found[0].text == phrase);
    return found[0];
}

Mention as(MentionKind kind, std::string_view text) { return {{0, text.size()}, kind, std::string(text)}; }

std::string is(std::string_view phrase) { return stated(mention(phrase), claimcheck::test::house_words()).text; }
}  // namespace

TEST_CASE("a figure is written as the claims language reads it", "[stated]") {
    CHECK(stated(mention("5,653"), claimcheck::test::house_words()).sort == Sort::count);
    CHECK(is("5,653") == "5,653");
    CHECK(is("1,234.50") == "1,234.50");
    CHECK(is("15.5") == "15.5");
    CHECK(stated(as(MentionKind::figure, "56,53"), claimcheck::test::house_words()).text == "5653");  // separators not in threes go
    CHECK(stated(as(MentionKind::figure, "1234,567"), claimcheck::test::house_words()).text == "1234567");
    CHECK_FALSE(stated(mention("5,653"), claimcheck::test::house_words()).vocabulary);
}

TEST_CASE("a percentage keeps the words it is written with", "[stated]") {
    CHECK(stated(mention("44%"), claimcheck::test::house_words()).sort == Sort::percent);
    CHECK(is("44%") == "44%");
    CHECK(is("44 per cent") == "44 per cent");
    CHECK(is("44 percent") == "44 percent");
    CHECK(stated(mention("3 percentage points"), claimcheck::test::house_words()).sort == Sort::points);
    CHECK(is("3 percentage points") == "3 percentage points");
}

TEST_CASE("numbers in words: the house style's words stay words, others become digits", "[stated]") {
    Stated three = stated(mention("Three"), claimcheck::test::house_words());
    CHECK(three.text == "three");
    CHECK(three.vocabulary);
    CHECK(is("twenty") == "twenty");
    CHECK(stated(as(MentionKind::words, "Twenty-five"), claimcheck::test::house_words()).text == "25");  // as the drafter merges it
    CHECK(stated(as(MentionKind::words, "two hundred and five"), claimcheck::test::house_words()).text == "205");
    CHECK(stated(as(MentionKind::words, "twenty-five thousand"), claimcheck::test::house_words()).text == "25000");
    CHECK(stated(as(MentionKind::words, "hundred"), claimcheck::test::house_words()).text == "100");
}

TEST_CASE("an ordinal word is its number", "[stated]") {
    Stated second = stated(mention("second"), claimcheck::test::house_words());
    CHECK(second.sort == Sort::ordinal);
    CHECK(second.text == "2");
}

TEST_CASE("an ordinal figure is its number", "[stated]") {
    Stated s = stated(mention("21st"), claimcheck::test::house_words());
    CHECK(s.sort == Sort::ordinal);
    CHECK(s.text == "21");
}

TEST_CASE("fractions and one in N are house-style words", "[stated]") {
    for (std::string_view phrase : {"a third", "two thirds", "half"}) {
        INFO(phrase);
        Stated s = stated(mention(phrase), claimcheck::test::house_words());
        CHECK(s.sort == Sort::fraction);
        CHECK(s.text == phrase);
        CHECK(s.vocabulary);
    }
    // "one in five" is a share, never a change; so are the others the house style defines.
    for (std::string_view phrase : {"one in five", "two in three", "nine in ten", "four out of five", "one out of ten"}) {
        INFO(phrase);
        Stated s = stated(mention(phrase), claimcheck::test::house_words());
        CHECK(s.sort == Sort::share);
        CHECK(s.text == phrase);
        CHECK(s.vocabulary);
    }
}

TEST_CASE("a rank is its place, from the top or the bottom", "[stated]") {
    auto rank = [](std::string_view phrase) {
        Stated s = stated(mention(phrase), claimcheck::test::house_words());
        CHECK(s.sort == Sort::rank);
        return s.second + " " + s.text;
    };
    CHECK(rank("the second worst-affected") == "top 2");
    CHECK(rank("the highest") == "top 1");
    CHECK(rank("the lowest") == "bottom 1");
    CHECK(rank("the third smallest") == "bottom 3");
    CHECK(rank("the 4th largest") == "top 4");
}

TEST_CASE("vague words keep their approximator and number as the house style writes them", "[stated]") {
    CHECK(is("More than 50") == "more than 50");
    CHECK(is("Nearly 100") == "nearly 100");
    CHECK(is("Over 5,600") == "over 5,600");
    CHECK(is("more than a third") == "more than a third");
    CHECK(stated(mention("more than a third"), claimcheck::test::house_words()).sort == Sort::fraction);
    CHECK(stated(mention("Nearly 100"), claimcheck::test::house_words()).vocabulary);
    Stated dozens = stated(mention("Dozens"), claimcheck::test::house_words());
    CHECK(dozens.text == "dozens");
    CHECK(dozens.known);
}

TEST_CASE("a word the house style does not define is stated but not known", "[stated]") {
    Stated scores = stated(mention("Scores"), claimcheck::test::house_words());
    CHECK(scores.text == "scores");
    CHECK_FALSE(scores.known);
    CHECK_FALSE(scores.vocabulary);
}

TEST_CASE("an age states its number", "[stated]") {
    Stated five = stated(mention("five years old"), claimcheck::test::house_words());
    CHECK(five.sort == Sort::age);
    CHECK(five.text == "five");
    CHECK(is("As young as 3") == "3");
    CHECK(is("7 was the most common age") == "7");
    Stated none = stated(as(MentionKind::age, "elderly"), claimcheck::test::house_words());
    CHECK(none.sort == Sort::age);
    CHECK_FALSE(none.known);
}

TEST_CASE("a multiplier is stated as printed, as a check reads it; a sign and a currency kept", "[stated]") {
    CHECK(is("0.5 million") == "0.5 million");
    CHECK(is("2.3bn") == "2.3bn");
    CHECK(is("1.5m") == "1.5m");
    CHECK(is("15k") == "15k");
    CHECK(is("-3") == "-3");
    Stated pounds = stated(mention("\u00A32.3 billion"), claimcheck::test::house_words());
    CHECK(pounds.text == "2.3 billion");
    CHECK(pounds.currency == "\u00A3");
    CHECK(pounds.sort == Sort::count);
}

TEST_CASE("a percentage in words is a percentage", "[stated]") {
    Stated fifteen = stated(mention("Fifteen per cent"), claimcheck::test::house_words());
    CHECK(fifteen.sort == Sort::percent);
    CHECK(fifteen.text == "fifteen per cent");  // the house style's word, as a check writes it
    CHECK(fifteen.vocabulary);
    CHECK(is("seventy-five percent") == "75 percent");  // no word for 75: digits
    Stated seven = stated(mention("seven percentage points"), claimcheck::test::house_words());
    CHECK(seven.sort == Sort::points);
    CHECK(seven.text == "seven percentage points");
}

TEST_CASE("numbers in several words are one number", "[stated]") {
    CHECK(is("a hundred and twenty") == "120");
    CHECK(is("Ninety-nine") == "99");
    CHECK(is("twenty-one") == "21");
    Stated dozen = stated(mention("a dozen"), claimcheck::test::house_words());
    CHECK(dozen.text == "a dozen");
    CHECK(dozen.vocabulary);
}

TEST_CASE("words of change, twice as many and one in N", "[stated]") {
    Stated doubled = stated(mention("doubled"), claimcheck::test::house_words());
    CHECK(doubled.sort == Sort::change);
    CHECK(doubled.vocabulary);
    CHECK_FALSE(stated(mention("quadrupled"), claimcheck::test::house_words()).known);  // not in the house style
    Stated twice = stated(mention("twice as many"), claimcheck::test::house_words());
    CHECK(twice.sort == Sort::ratio);
    CHECK(twice.text == "twice as many");
    CHECK(twice.vocabulary);
    CHECK(is("1 in 10") == "one in 10");
    CHECK(is("One in five") == "one in five");
    CHECK(is("2 in 3") == "(200% / 3)");  // the house style has "two in N", not "2 in N"
    CHECK(is("3 out of 4") == "(300% / 4)");
    CHECK(stated(mention("1 in 10"), claimcheck::test::house_words()).sort == Sort::share);
    for (std::string_view verb : {"double", "doubles", "treble", "trebled", "triples", "halves"}) {
        INFO(verb);
        Stated s = stated(mention(verb), claimcheck::test::house_words());
        CHECK(s.sort == Sort::change);
        CHECK(s.text == verb);
        CHECK(s.vocabulary);
    }
}

TEST_CASE("a ratio, a score and a range state their numbers", "[stated]") {
    Stated ratio = stated(mention("3:1"), claimcheck::test::house_words());
    CHECK(ratio.sort == Sort::ratio);
    CHECK(ratio.text == "3 times");
    CHECK(stated(as(MentionKind::ratio, "3:2"), claimcheck::test::house_words()).text == "1.5 times");
    CHECK(stated(as(MentionKind::ratio, "2:3"), claimcheck::test::house_words()).text == "0.67 times");
    // Sides past a billion are not worked out (and, found by fuzzing, must not overflow).
    CHECK(stated(as(MentionKind::ratio, "1,000,000,000:1"), claimcheck::test::house_words()).text == "1000000000 times");
    for (const char* huge : {"77777777777777777777:1", "1:77777777777777777777", "1,000,000,001:1"}) {
        Stated s = stated(as(MentionKind::ratio, huge), claimcheck::test::house_words());
        CHECK_FALSE(s.known);
        CHECK(s.sort == Sort::ratio);
    }
    Stated score = stated(as(MentionKind::score, "5-4"), claimcheck::test::house_words());
    CHECK(score.sort == Sort::pair);
    CHECK(score.text == "5");
    CHECK(score.second == "4");
    Stated range = stated(as(MentionKind::range, "12\u201315"), claimcheck::test::house_words());
    CHECK(range.sort == Sort::range);
    CHECK(range.text == "12");
    CHECK(range.second == "15");
    Stated shares = stated(as(MentionKind::range, "12-15%"), claimcheck::test::house_words());
    CHECK(shares.text == "12%");
    CHECK(shares.second == "15%");
}

// Every define of rules/house-style.claims and what it uses, as the loader reads them.
std::vector<std::string> defined_in_rules() {
    LoadResult loaded = load({(claimcheck::test::rules_dir() / "house-style.claims").string()},
                             LoadOptions{claimcheck::test::rules_dir(), claimcheck::test::rules_dir()});
    REQUIRE(loaded.errors.empty());
    std::vector<std::string> out;
    for (const auto& module : loaded.program.modules)
        for (const auto& statement : module->ast)
            if (const auto* define = boost::get<ast::Define>(&statement.get())) {
                std::vector<std::string> words = define->words;
                if (define->has_parameter) words.push_back("N");
                words.insert(words.end(), define->after.begin(), define->after.end());  // "N times more"
                out.push_back(phrase_key(words));
            }
    return out;
}

TEST_CASE("every word the rules define is in the vocabulary extract is given, and nothing else", "[stated]") {
    std::vector<std::string> defined = defined_in_rules(), known;
    for (const auto& w : claimcheck::test::house_words().words) known.push_back(w.phrase());
    std::sort(defined.begin(), defined.end());
    std::sort(known.begin(), known.end());
    CHECK(defined.size() >= 60);
    CHECK(known == defined);  // above N, below N, at most N among them: once missing from extract's lists
}

TEST_CASE("every word the rules define is found in an article and stated as the rules write it", "[stated]") {
    const Vocabulary& words = claimcheck::test::house_words();
    for (const VocabularyWord& w : words.words) {
        const std::string text = w.text();
        std::string written, expected;
        switch (w.shape) {
        case WordShape::head:
        case WordShape::direction: written = "It was " + text + " 50 in all."; expected = text + " 50"; break;
        case WordShape::per: written = "It was " + text + " 20 in all."; expected = text + " 20"; break;
        // a multiple alone is a comparison only before what it compares: "twice the rate", not "said it twice"
        case WordShape::multiple:  // "N times more" as "five times more"
            written = "It was " + std::regex_replace(w.phrase(), std::regex("\\bN\\b"), "five") + " in all.";
            expected = std::regex_replace(w.phrase(), std::regex("\\bN\\b"), "five");
            break;
        case WordShape::ratio: written = "It was " + text + (w.words.size() == 1 ? " the rate" : "") + " in all."; expected = text; break;
        default: written = "It was " + text + " in all."; expected = text; break;
        }
        INFO(written);
        ArticleDraft d = extract("a.txt", written, words);
        REQUIRE(d.claims.size() == 1);
        CHECK(d.claims[0].mention.text == expected);
        Stated s = stated(d.claims[0].mention, words);
        CHECK(s.text == expected);
        CHECK(s.vocabulary);
        CHECK(s.known);
        CHECK(d.claims[0].about.find("house-style words") != std::string::npos);
    }
}
