// engine/mentions: the numbers an article mentions, and which are dates or ages.
#include "engine/mentions.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
// "kind:text" for each mention, in order.
std::vector<std::string> marks(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : find_mentions(text)) out.push_back(std::string(kind_name(m.kind)) + ":" + m.text);
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

TEST_CASE("ages are told apart from counts", "[mentions]") {
    CHECK(marks("as young as three; aged ten and under; three-years-old; five years old; under-18s; "
                "under 18-year-olds; 13 was the most common age") ==
          V{"age:as young as three", "age:aged ten and under", "age:three-years-old", "age:five years old",
            "age:under-18s", "age:under 18-year-olds", "age:13 was the most common age"});
}

TEST_CASE("a four-digit figure with a percent sign is a percentage, not a year", "[mentions]") {
    CHECK(marks("a rise of 2000%") == V{"percent:2000%"});
}

TEST_CASE("mentions carry their byte spans", "[mentions]") {
    std::string text = "up from 63 to 361";
    auto found = find_mentions(text);
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
