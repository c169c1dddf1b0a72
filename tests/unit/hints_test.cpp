// engine/extract/hints: the check a drafted claim suggests, read from the words around the number.
#include "support.hpp"
#include "engine/extract/hints.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
using V = std::vector<std::string>;

// The hint for the mention written `number` in a one-sentence quote, with no quantity after it
// unless `next` names one.
Hint hint_for(std::string_view text, std::string_view number, std::string_view next = "") {
    for (const Mention& m : find_mentions(text, claimcheck::test::house_words()))
        if (m.text == number) {
            std::size_t next_quantity = next.empty() ? std::string_view::npos : text.find(next, m.span.end);
            return hint(text, m, {0, text.size()}, next_quantity, stated(m, claimcheck::test::house_words()), claimcheck::test::house_words());
        }
    FAIL("no mention " << number);
    return {};
}

V checks(std::string_view text, std::string_view number) { return hint_for(text, number).checks; }
}  // namespace

TEST_CASE("a threshold crossed is more than the figure", "[hints]") {
    CHECK(checks("Loans passed 90,000 for the first time", "90,000") == V{"<count> is more than 90,000"});
    CHECK(checks("Sales topped £1,200 in May", "£1,200") == V{"<amount> is more than £1,200"});
    CHECK(checks("Loans reached 90,000", "90,000") == V{"<count> is 90,000"});
}

TEST_CASE("a count names what it counts", "[hints]") {
    Hint h = hint_for("There were 53 crimes in a year", "53");
    CHECK(h.checks == V{"<count> is 53"});
    CHECK(h.about == "a count");
    CHECK(h.what == "53 crimes");
    CHECK(hint_for("Hundreds of child sex offences were recorded", "Hundreds").what == "Hundreds of child sex offences");
    CHECK(hint_for("Police recorded 5,653 internet-related crimes", "5,653").what == "5,653 internet-related crimes");
    CHECK(hint_for("Police recorded 5,653 crimes, then more", "5,653").what == "5,653 crimes");  // punctuation ends it
    CHECK(hint_for("Police recorded 5,653 crimes in Kent", "5,653").what == "5,653 crimes");      // so does a preposition
}

TEST_CASE("a count per day, week, month or year is a rate", "[hints]") {
    Hint h = hint_for("Police record an average of 15 crimes against children a day", "15");
    CHECK(h.checks == V{"per_day(<count>) is 15"});
    CHECK(h.about == "a rate per day");
    CHECK(checks("Kent saw 4 a week", "4") == V{"per_week(<count>) is 4"});
    CHECK(checks("It was 20 per year", "20") == V{"per_year(<count>) is 20"});
    CHECK(checks("There were 53 crimes in a year", "53") == V{"<count> is 53"});  // a span, not a rate
}

TEST_CASE("a period before the number makes a rate: on an average day", "[hints]") {
    CHECK(checks("On an average day, buses carried 39,000 passengers", "39,000") == V{"per_day(<count>) is 39,000"});
    CHECK(checks("Every week, 12 calls came in", "12") == V{"per_week(<count>) is 12"});
    CHECK(checks("Last week, 12 calls came in", "12") == V{"<count> is 12"});
}

TEST_CASE("a count for every thousand or per head is a rate over a population", "[hints]") {
    Hint h = hint_for("a rate of 5.9 vehicle crimes for every thousand people who live there", "5.9");
    CHECK(h.checks == V{"per_1000(<count>, <population>) is 5.9"});
    CHECK(h.about == "a rate per 1,000 people");
    CHECK(checks("It recorded 31 per 100,000 residents", "31") == V{"per_100000(<count>, <population>) is 31"});
    CHECK(checks("Spending was £12 per head", "£12") == V{"per_head(<amount>, <population>) is £12"});
    CHECK(checks("There were 3 for every pupil", "3") == V{"<count> is 3"});  // no scale of people
}

TEST_CASE("an amount in the house style's words keeps its sign, after the words", "[hints]") {
    Hint h = hint_for("the cost is around £12,700 per household", "around £12,700");
    CHECK(h.checks == V{"<amount> is around £12,700"});
    CHECK(h.about == "an amount in pounds, in house-style words");
    CHECK(checks("spending of more than £130,000 a week", "more than £130,000") ==
          V{"per_week(<amount>) is more than £130,000"});
}

TEST_CASE("words past the next quantity describe that one", "[hints]") {
    Hint h = hint_for("Police recorded 15 crimes and 20 a day", "15", "20");
    CHECK(h.checks == V{"<count> is 15"});
    CHECK(h.what == "15 crimes");
    CHECK(hint_for("Police recorded 15 crimes and 20 a day", "15").checks == V{"per_day(<count>) is 15"});
}

TEST_CASE("a percentage is a change after a word of change, a share before of, else either", "[hints]") {
    CHECK(checks("It rose by 573%", "573%") == V{"change(<before>, <after>) is 573%"});
    CHECK(hint_for("It rose by 573%", "573%").about == "a percentage, here a change");
    // A direction the house style defines is part of the figure: a change, never a share.
    CHECK(checks("It has shot up by 573%", "up by 573%") == V{"change(<before>, <after>) is up by 573%"});
    CHECK(hint_for("It has shot up by 573%", "up by 573%").about == "a change, in house-style words");
    CHECK(checks("Some 44% of pupils agreed", "44%") == V{"share(<part>, <whole>) is 44%"});
    CHECK(hint_for("Some 44% of pupils agreed", "44%").about == "a percentage, here a share");
    CHECK(checks("A figure (12%) alone", "12%") == V{"change(<before>, <after>) is 12%", "share(<part>, <whole>) is 12%"});
    CHECK(hint_for("A figure (12%) alone", "12%").about == "a percentage (a change or a share)");
    CHECK(checks("It rose by more than a third", "more than a third") ==
          V{"change(<before>, <after>) is more than a third"});
}

TEST_CASE("points, ratios and ordinals have their own checks", "[hints]") {
    CHECK(checks("It rose 3 percentage points", "3 percentage points") ==
          V{"points(<before>, <after>) is 3 percentage points"});
    Hint times = hint_for("It was 5.73 times as many", "5.73");
    CHECK(times.checks == V{"ratio(<after>, <before>) is 5.73 times"});
    CHECK(times.about == "a ratio");
    CHECK(times.what == "5.73");
    Hint second = hint_for("This is the second year", "second");
    CHECK(second.checks == V{"<position> is 2"});
    CHECK(second.about == "an ordinal");
}

TEST_CASE("numbers in words and vague words use the house style", "[hints]") {
    std::string_view officers = "Twenty-five officers came";
    Mention twenty_five{{0, 11}, MentionKind::words, "Twenty-five"};  // as the drafter merges it
    CHECK(hint(officers, twenty_five, {0, officers.size()}, std::string_view::npos, stated(twenty_five, claimcheck::test::house_words()), claimcheck::test::house_words()).checks ==
          V{"<count> is 25"});
    Hint three = hint_for("Three officers left", "Three");
    CHECK(three.checks == V{"<count> is three"});
    CHECK(three.about == "a count, in house-style words");
    CHECK(checks("More than 50 crimes", "More than 50") == V{"<count> is more than 50"});
    CHECK(checks("Dozens of cases", "Dozens") == V{"<count> is dozens"});
}

TEST_CASE("a word the house style does not define asks for a number", "[hints]") {
    Hint h = hint_for("Scores of people came", "Scores");
    CHECK(h.checks == V{"<count> is <number>"});
    CHECK(h.about == "\"scores\" is not in the house style: define it there, or check a number");
}

TEST_CASE("an age names which age it is", "[hints]") {
    CHECK(checks("The youngest victim was five years old", "five years old") == V{"<youngest age> is five"});
    CHECK(checks("Victims were as young as 3", "as young as 3") == V{"<youngest age> is 3"});
    CHECK(checks("Some were as old as 17", "as old as 17") == V{"<oldest age> is 17"});
    CHECK(checks("Then 7 was the most common age", "7 was the most common age") == V{"<most common age> is 7"});
    CHECK(checks("One was 9 years old", "9 years old") == V{"<age> is 9"});
    CHECK(hint_for("One was 9 years old", "9 years old").about.starts_with("an age"));
}

TEST_CASE("an amount printed with a currency sign is checked as money, sign and all", "[hints]") {
    Hint h = hint_for("The council will spend \u00A32.3bn on roads", "\u00A32.3bn");
    CHECK(h.checks == V{"<amount> is \u00A32.3bn"});
    CHECK(h.about == "an amount in pounds");
    CHECK(checks("It costs $40 a day", "$40") == V{"per_day(<amount>) is $40"});
}

TEST_CASE("a fall written as a verb is hinted with the house style's word for a fall", "[hints]") {
    for (std::string_view text : {"Thefts were falling by 12% a year", "Thefts fell 12%", "a cut of it by 12%"}) {
        INFO(text);
        CHECK(checks(text, "12%") == V{"change(<before>, <after>) is down 12%"});
    }
    CHECK(hint_for("Thefts fell 12%", "12%").about == "a percentage, here a fall");
    CHECK(checks("Burglary declined 12 per cent", "12 per cent") == V{"change(<before>, <after>) is down 12 per cent"});
    CHECK(checks("Thefts fell by a third", "a third") == V{"change(<before>, <after>) is down a third"});
    // The mention carries its own direction: left as written.
    CHECK(checks("Thefts saw a drop of 12%", "a drop of 12%") == V{"change(<before>, <after>) is a drop of 12%"});
    CHECK(checks("Thefts were down 12%", "down 12%") == V{"change(<before>, <after>) is down 12%"});
    CHECK(checks("Thefts were cut by 12%", "cut by 12%") == V{"change(<before>, <after>) is cut by 12%"});
    // A rise stays a rise; "fell to 12%" is where it fell to, not by how much.
    CHECK(checks("Thefts rose 12%", "12%") == V{"change(<before>, <after>) is 12%"});
    CHECK(checks("Thefts fell to 12%", "12%") == V{"change(<before>, <after>) is 12%"});
}

TEST_CASE("a headline verb in the present tense is a change", "[hints]") {
    Hint h = hint_for("Incidents double in Kent", "double");
    CHECK(h.checks == V{"change(<before>, <after>) is double"});
    CHECK(h.about == "a change, in house-style words");
    CHECK(checks("Thefts treble", "treble") == V{"change(<before>, <after>) is treble"});
    CHECK(checks("Crime halves", "halves") == V{"change(<before>, <after>) is halves"});
}

TEST_CASE("a rank is hinted as the key at that place, from the top or the bottom", "[hints]") {
    Hint h = hint_for("Kent was the second worst-affected area", "the second worst-affected");
    CHECK(h.checks == V{"top(<values by group>, 2) == <group>"});
    CHECK(h.about == "a rank, place 2 from the top");
    CHECK(checks("Essex was the third highest", "the third highest") == V{"top(<values by group>, 3) == <group>"});
    CHECK(checks("Kent was the worst-affected", "the worst-affected") == V{"top(<values by group>) == <group>"});
    Hint lowest = hint_for("London was the lowest of any region", "the lowest");
    CHECK(lowest.checks == V{"bottom(<values by group>) == <group>"});
    CHECK(lowest.about == "a rank, the bottom");
}

TEST_CASE("one in five and its kind are shares, never changes", "[hints]") {
    for (std::string_view phrase : {"one in five", "one in ten", "two in three", "four out of five", "nine in ten"}) {
        const std::string text = "Crime rose and " + std::string(phrase) + " victims were children";
        INFO(text);
        Hint h = hint_for(text, phrase);
        CHECK(h.checks == V{"share(<part>, <whole>) is " + std::string(phrase)});
        CHECK(h.about == "a share, in house-style words");
    }
    CHECK(checks("It was 2 in 3 of them", "2 in 3") == V{"share(<part>, <whole>) is (200% / 3)"});
}

TEST_CASE("a percentage of something is a share, whatever came before", "[hints]") {
    CHECK(checks("Some 17% of incidents were online", "17%") == V{"share(<part>, <whole>) is 17%"});
    CHECK(checks("Some 17 per cent of all offences were online", "17 per cent") ==
          V{"share(<part>, <whole>) is 17 per cent"});
    CHECK(checks("Online crime rose to 17% of incidents", "17%") == V{"share(<part>, <whole>) is 17%"});
    CHECK(checks("Online crime fell to 17 per cent of all offences", "17 per cent") ==
          V{"share(<part>, <whole>) is 17 per cent"});
    CHECK(hint_for("Online crime rose to 17% of incidents", "17%").about == "a percentage, here a share");
}
