// engine/advice/conflicts: sources that disagree about one quantity, and files that bind one name differently.
#include "engine/advice/conflicts.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Checked;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

StatedQuantity stated(const std::string& key, const std::string& article, Interval interval, int line) {
    return {key, key, interval, Statement{"f.claims", {line, 3}, "c" + std::to_string(line), article, "x", Verdict::pass}};
}

Interval between(Rational low, Rational high) { return Interval{Bound{low, true}, Bound{high, false}}; }

}  // namespace

TEST_CASE("conflicts_among: disjoint readings of one quantity in different articles", "[conflicts]") {
    std::vector<StatedQuantity> all = {stated("forces", "000.txt", between(37, 38), 1),
                                       stated("forces", "002.txt", between(38, 39), 2),
                                       stated("forces", "004.txt", between(38, 39), 3),
                                       stated("other", "005.txt", between(0, 1), 4)};
    std::vector<Conflict> out = conflicts_among(all);
    REQUIRE(out.size() == 1);
    CHECK_FALSE(out[0].definitions);
    REQUIRE(out[0].statements.size() == 3);
    CHECK(out[0].statements[0].disputed);
    CHECK(out[0].statements[1].disputed);
    // The same article may say two things: that is no conflict between sources.
    CHECK(conflicts_among({stated("k", "a.txt", between(0, 1), 1), stated("k", "a.txt", between(5, 6), 2)}).empty());
    CHECK(conflicts_among({stated("k", "a.txt", between(0, 2), 1), stated("k", "b.txt", between(1, 3), 2)}).empty());
}

TEST_CASE("definitions_differing: files binding one name to different figures in one run", "[conflicts]") {
    Project p;
    p.file("x.claims", "source s \"first release\"\nlet kent.2016_17 = 361 during FY2016/17\nlet forces = 39\n"
                       "claim k in \"x.txt\":\n  check kent.2016_17 is 361\n");
    p.file("y.claims", "let kent.2016_17 = 360 during FY2016/17\nlet forces = 39\nlet gone = missing \"none\"\n"
                       "claim k in \"y.txt\":\n  check kent.2016_17 is 360\n");
    p.file("z.claims", "let kent.2016_17 = 361 during FY2015/16\nlet gone = 3\nclaim k in \"z.txt\":\n  check gone is 3\n");
    Report r = checked(p, {"x.claims", "y.claims", "z.claims"});
    // forces agree and a missing figure states nothing; kent.2016_17 differs in value (y) and period (z).
    REQUIRE(r.conflicts.size() == 1);
    const Conflict& c = r.conflicts[0];
    CHECK(c.definitions);
    CHECK(c.quantity == "kent.2016_17");
    REQUIRE(c.statements.size() == 3);
    CHECK(c.statements[0].file == p.path("x.claims"));
    CHECK(c.statements[0].at.line == 2);
    CHECK(c.statements[0].article == "s");
    CHECK(c.statements[0].claimed == "361 during FY2016/17");
    CHECK(c.statements[1].claimed == "360 during FY2016/17");
    CHECK(c.statements[2].claimed == "361 during FY2015/16");
}


namespace {

// The pairwise definition the one-pass marking must agree with.
std::vector<bool> disputed_pairwise(const std::vector<StatedQuantity>& all) {
    std::vector<bool> out;
    for (const auto& s : all) {
        bool disputed = false;
        for (const auto& other : all)
            if (other.statement.article != s.statement.article && !overlap(other.interval, s.interval)) disputed = true;
        out.push_back(disputed);
    }
    return out;
}

Interval open_closed(std::optional<Bound> low, std::optional<Bound> high) { return Interval{low, high}; }

}  // namespace

TEST_CASE("conflicts_among marks each statement as the pairwise comparison does", "[conflicts]") {
    // Bounds that touch (open against closed), bounds that are missing, and one article saying several things.
    std::vector<Interval> readings = {
        between(37, 38), between(38, 39), open_closed(Bound{38, true}, Bound{38, true}),
        open_closed(Bound{38, false}, Bound{39, true}), open_closed(std::nullopt, Bound{38, false}),
        open_closed(Bound{39, false}, std::nullopt), open_closed(std::nullopt, std::nullopt), between(36, 40)};
    const std::vector<std::string> articles = {"a.txt", "b.txt", "c.txt"};
    std::uint32_t seed = 7;
    auto next = [&](std::uint32_t n) { seed = seed * 1103515245u + 12345u; return (seed >> 16) % n; };
    for (int round = 0; round < 300; ++round) {
        std::vector<StatedQuantity> all;
        const std::uint32_t count = 2 + next(6);
        for (std::uint32_t i = 0; i < count; ++i)
            all.push_back(stated("q", articles[next(3)], readings[next(static_cast<std::uint32_t>(readings.size()))],
                                 static_cast<int>(i + 1)));
        std::vector<bool> expected = disputed_pairwise(all);
        std::vector<Conflict> out = conflicts_among(all);
        bool any = std::find(expected.begin(), expected.end(), true) != expected.end();
        REQUIRE(out.size() == (any ? 1u : 0u));
        if (!any) continue;
        REQUIRE(out[0].statements.size() == all.size());
        for (std::size_t i = 0; i < all.size(); ++i) {
            INFO("round " << round << ", statement " << i);
            CHECK(out[0].statements[i].disputed == expected[i]);
        }
    }
}
