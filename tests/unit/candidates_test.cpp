// engine/draft/candidates: a hint's placeholders filled from the data, the likeliest kept.
#include "draft_support.hpp"
#include "engine/draft/aggregates.hpp"
#include "engine/draft/candidates.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace claimcheck;
using claimcheck::test::context_at;
using claimcheck::test::Project;

namespace {

Data crimes() {
    static Project p = [] {
        Project q;
        q.file("data.claims", "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17\n"
                              "let essex.2016_17 = 200 during FY2016/17\nlet ew.2016_17 = 5,653 during FY2016/17\n"
                              "let population = 1,800,000\n");
        return q;
    }();
    Data d = claimcheck::test::data_of(p);
    for (auto& f : d.figures)  // as draft.cpp values them, from the engine
        f.value = f.name == "kent.2015_16" ? 63 : f.name == "kent.2016_17" ? 361 : f.name == "essex.2016_17" ? 200
                  : f.name == "ew.2016_17" ? 5653 : 1800000;
    return d;
}

std::vector<std::string> checks(const std::string& hint, const std::string& article, const std::string& number,
                                std::size_t keep = 48) {
    const Data d = crimes();
    const Relevance r(d);
    std::vector<std::string> out;
    for (const auto& c : candidates(hint, d, {}, r, context_at(article, number), keep)) out.push_back(c.check);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("a change is between two periods of one quantity, earlier first", "[candidates]") {
    auto got = checks("change(<before>, <after>) is 473%", "Kent's crimes rose 473%", "473%");
    CHECK(has(got, "change(kent.2015_16, kent.2016_17) is 473%"));
    CHECK_FALSE(has(got, "change(kent.2016_17, kent.2015_16) is 473%"));
    CHECK_FALSE(has(got, "change(kent.2016_17, essex.2016_17) is 473%"));
}

TEST_CASE("a count is a figure, and arithmetic only where the words ask for it", "[candidates]") {
    auto plain = checks("<count> is 424", "There were 424 crimes", "424");
    CHECK(has(plain, "kent.2016_17 is 424"));
    CHECK(std::none_of(plain.begin(), plain.end(), [](const std::string& c) { return c.find(" + ") != std::string::npos; }));
    auto total = checks("<count> is 424", "There were 424 crimes in the two years in total", "424");
    CHECK(has(total, "kent.2015_16 + kent.2016_17 is 424"));
    auto more = checks("<count> is 161", "Kent had 161 more than Essex", "161");
    CHECK(has(more, "kent.2016_17 - essex.2016_17 is 161"));
}

TEST_CASE("a share is of one period, never of two places of one measure", "[candidates]") {
    auto got = checks("share(<part>, <whole>) is 6%", "Kent had 6% of the crimes", "6%");
    CHECK(has(got, "share(kent.2016_17, ew.2016_17) is 6%"));
    CHECK_FALSE(has(got, "share(kent.2015_16, ew.2016_17) is 6%"));  // another period
    // kent and essex are different quantities here (no shared measure in their names), so the
    // siblings rule needs a measure: thefts.kent and thefts.essex would be siblings.
    CHECK(has(got, "share(kent.2016_17, population) is 6%"));  // a figure of no period pairs with any
}

TEST_CASE("two measures of one place are a part and its whole when the sentence names both", "[candidates]") {
    Project p;
    p.file("data.claims", "let arrests.north.2023 = 57 during 2023\nlet charged.north.2023 = 19 during 2023\n"
                          "let arrests.south.2023 = 41 during 2023\n");
    Data d = claimcheck::test::data_of(p);
    const Relevance r(d);
    auto got = [&](const std::string& article) {
        std::vector<std::string> out;
        for (const auto& c : candidates("share(<part>, <whole>) is a third", d, {}, r, context_at(article, "a third"), 48))
            out.push_back(c.check);
        return out;
    };
    CHECK(has(got("In the north 19 were charged, a third of those arrested."),
              "share(charged.north.2023, arrests.north.2023) is a third"));
    // Two places of one measure never, and two measures only when the words name each.
    CHECK_FALSE(has(got("In the north 19 were charged, a third of those arrested."),
                    "share(arrests.north.2023, arrests.south.2023) is a third"));
    CHECK_FALSE(has(got("In the north 19 were held, a third of the total."),
                    "share(charged.north.2023, arrests.north.2023) is a third"));
}

TEST_CASE("a change from a let to the table column that continues it", "[candidates]") {
    Project p;
    p.file("t.csv", "route,cancelled\nCoast Line,5\nCity Loop,7\n");
    p.file("data.claims", "let cancelled.q1_2023 = 10 during Jan 2023 to Mar 2023\n"
                          "table trains from \"t.csv\":\n  column route text\n  column cancelled integer\n");
    const Data d = claimcheck::test::data_of(p, true);
    const Relevance r(d);
    const std::string article = "Cancellations rose by 20% on the same quarter of 2023.";
    const Context c = context_at(article, "20%");
    std::vector<std::string> got;
    for (const auto& cand : candidates("change(<before>, <after>) is 20%", d, aggregates(d, c), r, c, 48))
        got.push_back(cand.check);
    CHECK(has(got, "change(cancelled.q1_2023, sum(trains.cancelled)) is 20%"));
    CHECK_FALSE(has(got, "change(sum(trains.cancelled), cancelled.q1_2023) is 20%"));  // the let came first
}

TEST_CASE("a rank: the text the words say leads the sums by its column", "[candidates]") {
    Project p;
    p.file("t.csv", "route,cancelled\nCoast Line,5\nCity Loop,7\n");
    p.file("data.claims", "table trains from \"t.csv\":\n  column route text\n  column cancelled integer\n");
    const Data d = claimcheck::test::data_of(p, true);
    const Relevance r(d);
    Context c = context_at("The City Loop had the most cancellations.", "the most");
    c.rank = true;
    std::vector<std::string> got;
    for (const auto& cand : candidates("top(<values by group>) == <group>", d, aggregates(d, c), r, c, 48))
        got.push_back(cand.check);
    CHECK(got == std::vector<std::string>{"top(sum(trains.cancelled by trains.route)) == \"City Loop\""});
    // Grouped sums are for ranks only.
    for (const auto& cand : candidates("<count> is 7", d, aggregates(d, c), r, c, 48))
        CHECK(cand.check.find(" by ") == std::string::npos);
}

TEST_CASE("a place in an order is a figure the data gives, never arithmetic or a table's aggregate", "[candidates]") {
    Project p;
    p.file("t.csv", "match,goals\n1,2\n2,1\n3,3\n");
    p.file("data.claims", "let league_position.2023_24 = 2\nlet points.2023_24 = 43\nlet income.2023_24 = £2\n"
                          "table matches from \"t.csv\":\n  column match integer\n  column goals integer\n");
    const Data d = claimcheck::test::data_of(p, true);
    const Relevance r(d);
    const Context c = context_at("The club scored 2 goals a game and finished second in the league.", "second");
    std::vector<std::string> got;
    for (const auto& cand : candidates("<position> is 2", d, aggregates(d, c), r, c, 48)) got.push_back(cand.check);
    CHECK(got == std::vector<std::string>{"league_position.2023_24 is 2", "points.2023_24 is 2"});
    // The same words as a count may be a table's aggregate.
    bool aggregate = false;
    for (const auto& cand : candidates("<count> is 2", d, aggregates(d, c), r, c, 48))
        aggregate = aggregate || cand.check.find("matches.goals") != std::string::npos;
    CHECK(aggregate);
}

TEST_CASE("a share's whole is what the words after \"of\" say", "[candidates]") {
    Project p;
    p.file("data.claims", "let appeals.lodged = 43 during 2023\nlet appeals.allowed = 12 during 2023\n"
                          "let majors.in_time = 51 during 2023\n");
    Data d = claimcheck::test::data_of(p);
    const Relevance r(d);
    const std::string article = "Applicants appealed 43 refusals, and more than a third of appeals succeeded.";
    std::vector<std::string> got;
    for (const auto& c : candidates("share(<part>, <whole>) is more than a third", d, {}, r,
                                    context_at(article, "more than a third"), 48))
        got.push_back(c.check);
    CHECK_FALSE(has(got, "share(appeals.lodged, majors.in_time) is more than a third"));  // not a share of appeals
    for (const auto& c : got) CHECK(c.find(", appeals.") != std::string::npos);
}

TEST_CASE("a sum of two kinds of one measure, each named, is a total named part by part", "[candidates]") {
    Project p;
    p.file("data.claims", "let recycled.kerbside.2024 = 27,460 during 2024 label \"kerbside collections\"\n"
                          "let recycled.centres.2024 = 12,480 during 2024 label \"household waste recycling centres\"\n"
                          "let waste.2024 = 84,000 during 2024\n");
    Data d = claimcheck::test::data_of(p);
    const Relevance r(d);
    auto total = [&](const std::string& article) {
        for (const auto& c : candidates("<count> is 27,460", d, {}, r, context_at(article, "27,460"), 48))
            if (c.check == "recycled.kerbside.2024 + recycled.centres.2024 is 27,460") return c.total_named;
        FAIL("no sum of the two");
        return false;
    };
    CHECK(total("Altogether 27,460 tonnes were collected, counting both kerbside bins and the recycling centres."));
    CHECK_FALSE(total("Altogether 27,460 tonnes were collected from kerbside bins."));  // one part named
}

TEST_CASE("a year a name says is the year a dated period starts in", "[candidates]") {
    Project p;
    p.file("data.claims", "let volunteers.2023_24 = 186\nlet volunteer_hours.2023_24 = 21,400 during FY2023/24\n"
                          "let volunteer_hours.2022_23 = 19,000 during FY2022/23\n");
    Data d = claimcheck::test::data_of(p);
    d.figures[0].value = 186;
    d.figures[1].value = 21400;
    d.figures[2].value = 19000;
    const Relevance r(d);
    const std::string article = "Our 186 volunteers gave an average of 115 hours each.";
    std::vector<std::string> got;
    for (const auto& c : candidates("<count> is 115", d, {}, r, context_at(article, "115"), 48)) got.push_back(c.check);
    CHECK(has(got, "volunteer_hours.2023_24 / volunteers.2023_24 is 115"));
    CHECK_FALSE(has(got, "volunteer_hours.2022_23 / volunteers.2023_24 is 115"));  // another year
}

TEST_CASE("two quantities added are of a size", "[candidates]") {
    Project p;
    p.file("data.claims", "let miles.2024 = 9,346,000 during 2024\nlet passes.2024 = 88,450 during 2024\n"
                          "let buses.2024 = 7,100,000 during 2024\n");
    Data d = claimcheck::test::data_of(p);
    d.figures[0].value = 9346000;
    d.figures[1].value = 88450;
    d.figures[2].value = 7100000;
    const Relevance r(d);
    const std::string article = "In total the buses and passes came to 9.4 million miles.";
    std::vector<std::string> got;
    for (const auto& c : candidates("<count> is 9.4 million", d, {}, r, context_at(article, "9.4 million"), 48))
        got.push_back(c.check);
    CHECK_FALSE(has(got, "miles.2024 + passes.2024 is 9.4 million"));  // a nudge, no total
    CHECK(has(got, "miles.2024 + buses.2024 is 9.4 million"));
}

TEST_CASE("a rate over the figure's period, or a figure that is a rate already", "[candidates]") {
    auto got = checks("per_day(<count>) is 15", "an average of 15 a day", "15");
    CHECK(has(got, "per_day(ew.2016_17) is 15"));
    CHECK(has(got, "population is 15"));
    CHECK_FALSE(has(got, "per_day(population) is 15"));
}

TEST_CASE("a candidate near the printed number is kept however little the words say of it", "[candidates]") {
    // Two kept of arithmetic, one alone: the figure whose value is 5,653 must be among them.
    auto got = checks("<count> is 5,653", "Police recorded 5,653 offences", "5,653", 2);
    CHECK(has(got, "ew.2016_17 is 5,653"));
}

TEST_CASE("a placeholder the data cannot fill gives nothing", "[candidates]") {
    CHECK(checks("<count> is <number>", "several demands", "several").empty());
}
