// engine/conflicts: sources that disagree about one quantity, and files that bind one name differently.
#include "engine/conflicts.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

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

