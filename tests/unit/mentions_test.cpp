// engine/articles/mentions: the numbers an article mentions, and which are dates or ages.
#include "support.hpp"
#include "engine/core/deadline.hpp"
#include "engine/articles/mentions.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
// "kind:text" for each mention, in order.
std::vector<std::string> marks(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : find_mentions(text, claimcheck::test::house_words())) out.push_back(std::string(kind_name(m.kind)) + ":" + m.text);
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("figures keep their separators and decimals", "[mentions]") {
    CHECK(marks("police recorded 3,903 offences, 15.5 a day and 170 in all") ==
          V{"figure:3,903", "figure:15.5", "figure:170"});
}

TEST_CASE("percentages in every spelling, and points", "[mentions]") {
    CHECK(marks("573% and 44 per cent and 44 percent and 3 percentage points and 2 points") ==
          V{"percent:573%", "percent:44 per cent", "percent:44 percent", "percent:3 percentage points",
            "percent:2 points"});
}

TEST_CASE("numbers in words, fractions and ordinals", "[mentions]") {
    CHECK(marks("two forces, a third, two thirds, half, one in five, the second year") ==
          V{"words:two", "words:a third", "words:two thirds", "words:half", "words:one in five", "words:second"});
}

TEST_CASE("vague quantities, with their approximators", "[mentions]") {
    CHECK(marks("Hundreds of crimes, dozens more; nearly 100, more than a third, over 5,600, at least ten") ==
          V{"vague:Hundreds", "vague:dozens", "vague:nearly 100", "vague:more than a third", "vague:over 5,600",
            "vague:at least ten"});
}

TEST_CASE("dates are told apart from counts", "[mentions]") {
    CHECK(marks("date 2017-06-01; in 2016/17; Thursday, 1st June 2017, 11:20 am; June 1; March 2017; in 2017") ==
          V{"date:2017-06-01", "date:2016/17", "date:1st June 2017", "date:11:20 am", "date:June 1",
            "date:March 2017", "date:2017"});
}

TEST_CASE("spans of time are dates, not counts, and over before one is no approximator", "[mentions]") {
    CHECK(marks("over 12 months; the last two years; 3 weeks; over 50 crimes; 15 a day") ==
          V{"date:over 12 months", "date:two years", "date:3 weeks", "vague:over 50", "figure:15"});
}

TEST_CASE("a time measured is a figure, its unit left after it", "[mentions]") {
    CHECK(marks("The average wait was 14.2 weeks; a stay of 14 months; averaging 115 hours each") ==
          V{"figure:14.2", "figure:14", "figure:115"});
    CHECK(marks("in the last 12 months; for two years; within 24 weeks") ==
          V{"date:12 months", "date:two years", "date:24 weeks"});
}

TEST_CASE("ages are told apart from counts", "[mentions]") {
    CHECK(marks("as young as three; aged ten and under; three-years-old; five years old; under-18s; "
                "under 18-year-olds; 13 was the most common age") ==
          V{"age:as young as three", "age:aged ten and under", "age:three-years-old", "age:five years old",
            "age:under-18s", "age:under 18-year-olds", "age:13 was the most common age"});
}

TEST_CASE("a four-digit figure with a percent sign is a percentage, not a year", "[mentions]") {
    CHECK(marks("it was 2000% in all") == V{"percent:2000%"});
}

TEST_CASE("a figure with a direction is the figure's kind, the words with it", "[mentions]") {
    CHECK(marks("a rise of 2000%, up 3 points and down by 12 in all") ==
          V{"percent:a rise of 2000%", "percent:up 3 points", "figure:down by 12"});
}

TEST_CASE("mentions carry their byte spans", "[mentions]") {
    std::string text = "up from 63 to 361";
    auto found = find_mentions(text, claimcheck::test::house_words());
    REQUIRE(found.size() == 2);
    CHECK(found[1].span.begin == 14);
    CHECK(found[1].span.end == 17);
    CHECK(is_quantity(found[1].kind));
    CHECK_FALSE(is_quantity(MentionKind::date));
    CHECK_FALSE(is_quantity(MentionKind::age));
}

TEST_CASE("text with no numbers, or only punctuation and stray bytes, gives none", "[mentions]") {
    CHECK(marks("").empty());
    CHECK(marks("The charity said so.").empty());
    CHECK(marks("\xff\xfe ,,, %%% ...").empty());
}

TEST_CASE("numbers in several words are one mention", "[mentions]") {
    CHECK(marks("twenty-one volunteers, seventy-five cars, Ninety-nine people, a hundred and twenty, "
                "two hundred and five, twenty-five thousand; five and six") ==
          V{"words:twenty-one", "words:seventy-five", "words:Ninety-nine", "words:a hundred and twenty",
            "words:two hundred and five", "words:twenty-five thousand", "words:five", "words:six"});
}

TEST_CASE("a percentage in words is a percentage mention", "[mentions]") {
    CHECK(marks("Fifteen per cent, seventy-five percent and twenty points") ==
          V{"percent:Fifteen per cent", "percent:seventy-five percent", "percent:twenty points"});
}

TEST_CASE("a multiplier, a sign and a currency belong to the figure", "[mentions]") {
    CHECK(marks("Some 0.5 million people, 2.3bn pounds, 15k fans, 1.5m viewers, \u00A32.3 billion, -3 degrees") ==
          V{"figure:0.5 million", "figure:2.3bn", "figure:15k", "figure:1.5m", "figure:\u00A32.3 billion",
            "figure:-3"});
    CHECK(marks("15km and 5 m") == V{"figure:15", "figure:5"});  // not multipliers
}

TEST_CASE("words of change, twice as, a dozen, several and a handful", "[mentions]") {
    CHECK(marks("twice as many offences, half as much money, twice the rate") ==
          V{"words:twice as many", "words:half as much", "words:twice"});
    CHECK(marks("It doubled, tripled, quadrupled and halved; twice as high; a dozen; several; a handful") ==
          V{"words:doubled", "words:tripled", "words:quadrupled", "words:halved", "words:twice",
            "words:a dozen", "vague:several", "vague:a handful"});
    CHECK(marks("it more than doubled, nearly tripled") == V{"vague:more than doubled", "vague:nearly tripled"});
    CHECK(marks("she said it twice") == V{});
}

TEST_CASE("a fraction of a million is one quantity, not the fraction", "[mentions]") {
    CHECK(marks("half a million pupils, a quarter of a million homes, nearly three quarters of a billion") ==
          V{"words:half a million", "words:a quarter of a million", "vague:nearly three quarters of a billion"});
    CHECK(marks("half of them") == V{"words:half"});
}

TEST_CASE("tens of thousands is one vague quantity", "[mentions]") {
    CHECK(marks("Tens of thousands came, hundreds of thousands left, hundreds of people stayed") ==
          V{"vague:Tens of thousands", "vague:hundreds of thousands", "vague:hundreds"});
}

TEST_CASE("N in M is one phrase, in digits or words", "[mentions]") {
    CHECK(marks("1 in 10 and One in five and 2 in 3") == V{"words:1 in 10", "words:One in five", "words:2 in 3"});
    CHECK(marks("four out of five, nine in ten, 3 out of 4") ==
          V{"words:four out of five", "words:nine in ten", "words:3 out of 4"});
    CHECK(marks("rose by 5 in 2016; 3 in 10 years") == V{"figure:5", "date:2016", "figure:3", "date:10 years"});
}

TEST_CASE("ratios, scores and ranges are numbers, not dates", "[mentions]") {
    CHECK(marks("the ratio was 3:1 and the vote was 5-4, a swing of 12-15 seats, the score 2-3, 10\u201320%") ==
          V{"ratio:3:1", "score:5-4", "range:12-15", "score:2-3", "range:10\u201320%"});
    CHECK(marks("at 11:20, in 2015-16 and 2015-2017, on 2017-06-01") ==
          V{"date:11:20", "date:2015-16", "date:2015-2017", "date:2017-06-01"});
    CHECK(marks("the ratio 3:10") == V{"ratio:3:10"});
    // Sides of any length (found by fuzzing: they overflowed a long long).
    CHECK(marks("the vote was 22222222222222222222222-1, then 3:99999999999999999999") ==
          V{"score:22222222222222222222222-1", "ratio:3:99999999999999999999"});
}

TEST_CASE("mentions: a long article is read in steps the deadline can stop, naming it", "[mentions]") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "rose by " + std::to_string(i) + "% ";
    CHECK(find_mentions(text, claimcheck::test::house_words()).size() == 3000);  // no deadline: read to the end, a window of tokens at a time
    const Deadline past(0.001, Deadline::Clock::now() - std::chrono::seconds(1));
    Deadline::Scope running(past);
    try {
        find_mentions(text, claimcheck::test::house_words(), "a.txt");
        FAIL("the run should have stopped");
    } catch (const LimitExceeded& e) {
        CHECK(std::string(e.what()).rfind("stopped while finding the numbers in a.txt: ", 0) == 0);
    }
}

TEST_CASE("multiples: the words before and after the number, as the rules write them", "[mentions]") {
    CHECK(marks("It was five times more; 5 times higher; a fivefold rise; a five-fold increase") ==
          V{"multiple:five times more", "multiple:5 times higher", "multiple:a fivefold rise",
            "multiple:a five-fold increase"});
    // the furthest reach wins: "rose five times", not "five times" alone
    CHECK(marks("Thefts rose five times.") == V{"multiple:rose five times"});
    // a word that only ends in "fold" is no multiple; "five times" alone is a ratio
    CHECK(marks("a manifold rise; five times") == V{"words:five"});
}

TEST_CASE("headline verbs in the present tense are changes, the house style's words", "[mentions]") {
    CHECK(marks("Incidents double; Thefts treble as crime halves and arrests triple") ==
          V{"words:double", "words:treble", "words:halves", "words:triple"});
    CHECK(marks("Burglaries trebled and doubles") == V{"words:trebled", "words:doubles"});
    // After an article or "in", such a word is a noun or an adjective: no change.
    CHECK(marks("a double murder, the triple lock, in double figures") == V{});
}

TEST_CASE("ranks: a superlative after the, with its ordinal", "[mentions]") {
    CHECK(marks("Kent was the second worst-affected area, Essex the third highest") ==
          V{"rank:the second worst-affected", "rank:the third highest"});
    CHECK(marks("the worst-affected ward; London was the lowest of any region") ==
          V{"rank:the worst-affected", "rank:the lowest"});
    CHECK(marks("it was second highest, the 3rd largest") == V{"rank:second highest", "rank:the 3rd largest"});
    // A superlative without the, and an ordinal with none, are no rank.
    CHECK(marks("highest-paid staff in the second year") == V{"words:second"});
}

TEST_CASE("\"made up\" and \"take up\" form a share, no rise", "[mentions]") {
    CHECK(marks("they made up 44% of all call-outs") == V{"percent:44%"});
    CHECK(marks("salaries take up 60% of the budget") == V{"percent:60%"});
}

TEST_CASE("no phrase is read across a control character or a byte that was not UTF-8", "[mentions]") {
    // "up" is not the direction of 7 across them: each number is read on its own.
    CHECK(marks("a rise of\x01 12% and up\xEF\xBF\xBD 7% and up 9%") ==
          V{"percent:12%", "percent:7%", "percent:up 9%"});
}
