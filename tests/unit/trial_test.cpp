// engine/draft/trial: candidate checks tried by the engine, in one run.
#include "draft_support.hpp"
#include "engine/draft/trial.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

const std::string header = "use \"data.claims\"\nuse house-style\n";

TrialOutcome tried(const Project& p, const std::vector<std::string>& checks) {
    return try_checks(header, checks, p.dir().path() / "drafted.claims", claimcheck::test::draft_options(p));
}

}  // namespace

TEST_CASE("each check's verdict, diagnosis, value and how narrow its figure is", "[trial]") {
    Project p;
    p.file("data.claims", "let a = 63 during FY2015/16\nlet b = 361 during FY2016/17\nlet gone = missing \"why\"\n");
    TrialOutcome out = tried(p, {"b is 361", "change(a, b) is up by 573%", "b is hundreds", "gone is 5", "b is 170"});
    REQUIRE(out.errors.empty());
    REQUIRE(out.trials.size() == 5);
    REQUIRE(out.trials[0]);
    CHECK(out.trials[0]->verdict == Verdict::pass);
    CHECK(out.trials[0]->value == Rational(361));
    CHECK(out.trials[0]->specificity == 80);  // [360.5, 361.5): within 2%
    CHECK(out.trials[1]->verdict == Verdict::fail);
    CHECK(out.trials[1]->diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(out.trials[2]->verdict == Verdict::pass);
    CHECK(out.trials[2]->specificity == 15);
    CHECK(out.trials[3]->verdict == Verdict::unverifiable);
    CHECK(out.trials[4]->verdict == Verdict::fail);
    CHECK_FALSE(out.trials[4]->near_miss);  // 361 is more than twice 170
}

TEST_CASE("a check the language refuses is left out; the others are still tried", "[trial]") {
    Project p;
    p.file("data.claims", "let a = 5\nlet money = £5\nlet dollars = $5\n");
    TrialOutcome out = tried(p, {"a is 5", "money + dollars is 10", "nosuch is 3", "a is (", "a is 6"});
    REQUIRE(out.errors.empty());
    CHECK(out.trials[0]);
    CHECK_FALSE(out.trials[1]);  // pounds and dollars
    CHECK_FALSE(out.trials[2]);  // no such figure
    CHECK_FALSE(out.trials[3]);  // does not parse
    REQUIRE(out.trials[4]);
    CHECK(out.trials[4]->verdict == Verdict::fail);
    CHECK(out.trials[4]->near_miss);
}

TEST_CASE("an error in the data stops the trial, positioned in the data", "[trial]") {
    Project p;
    p.file("data.claims", "let a = \n");
    TrialOutcome out = tried(p, {"a is 5"});
    REQUIRE_FALSE(out.errors.empty());
    CHECK(out.errors.front().path.ends_with("data.claims"));
    CHECK(out.errors.front().at.line == 1);
}
