// engine/lang/judge: pass on the strict reading, warn on a lenient one only, fail otherwise; boundaries exactly.
#include "engine/lang/judge.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::verdict_of;

namespace {

Rational pct(long n, long d = 1) { return Rational(n, d) / 100; }

// "is 44%": rounded strictly, truncated leniently.
Meaning stated_percent(long whole) {
    Meaning m;
    m.unit = Unit{Dimension::percent};
    m.strict = {"rounded", rounding_interval(pct(whole), pct(1))};
    m.lenient.push_back({"truncated", truncation_interval(pct(whole), pct(1))});
    return m;
}

// A change from 1,000,000 to `to`, stated as `stated`.
Verdict change_verdict(const std::string& to, const std::string& stated) {
    return verdict_of("let a = 1,000,000\nlet b = " + to, "change(a, b) is " + stated);
}

}  // namespace

TEST_CASE("the strict reading passes", "[judge]") {
    Meaning m = stated_percent(44);
    Judgement j = judge(pct(4449, 100), m);
    CHECK(j.verdict == Verdict::pass);
    CHECK(j.reading == &m.strict);
}

TEST_CASE("only a lenient reading warns, and names it", "[judge]") {
    Meaning m = stated_percent(44);
    Judgement j = judge(pct(4484, 100), m);
    CHECK(j.verdict == Verdict::warn);
    REQUIRE(j.reading != nullptr);
    CHECK(j.reading == &m.lenient[0]);
}

TEST_CASE("no reading fails, on the strict reading", "[judge]") {
    Meaning m = stated_percent(44);
    Judgement j = judge(pct(46), m);
    CHECK(j.verdict == Verdict::fail);
    CHECK(j.reading == &m.strict);
}

TEST_CASE("the first lenient reading that holds is reported", "[judge]") {
    Meaning m = stated_percent(44);
    m.lenient.push_back({"wide", tolerance_interval(pct(44), pct(5))});
    CHECK(judge(pct(4484, 100), m).reading == &m.lenient[0]);
    CHECK(judge(pct(48), m).reading == &m.lenient[1]);
}

TEST_CASE("a negated strict reading passes outside its interval", "[judge]") {
    Meaning m;
    m.strict = {"anything but", exact_interval(3), true};
    CHECK(judge(4, m).verdict == Verdict::pass);
    CHECK(judge(3, m).verdict == Verdict::fail);
}

TEST_CASE("boundaries of is 44% by direct judgement", "[judge]") {
    Meaning m44 = stated_percent(44);
    Meaning m45 = stated_percent(45);
    CHECK(judge(pct(89, 2), m44).verdict == Verdict::warn);  // 44.5%: only truncation gives 44
    CHECK(judge(pct(89, 2), m45).verdict == Verdict::pass);
    CHECK(judge(pct(444999, 10000), m44).verdict == Verdict::pass);
    CHECK(judge(pct(87, 2), m44).verdict == Verdict::pass);
    CHECK(judge(pct(434999, 10000), m44).verdict == Verdict::fail);
}

TEST_CASE("an actual of exactly 44.5% is 45%, and only truncated 44%", "[judge]") {
    CHECK(change_verdict("1,445,000", "44%") == Verdict::warn);
    CHECK(change_verdict("1,445,000", "45%") == Verdict::pass);
    CHECK(change_verdict("1,445,000", "44% truncated") == Verdict::pass);
    CHECK(change_verdict("1,445,000", "45% truncated") == Verdict::fail);
}

TEST_CASE("just under a half rounds down", "[judge]") {
    CHECK(change_verdict("1,444,999", "44%") == Verdict::pass);  // 44.4999%
    CHECK(change_verdict("1,444,999", "45%") == Verdict::fail);
}

TEST_CASE("the low boundary 43.5% is in, 43.4999% is out", "[judge]") {
    CHECK(change_verdict("1,435,000", "44%") == Verdict::pass);
    CHECK(change_verdict("1,434,999", "44%") == Verdict::fail);
    CHECK(change_verdict("1,434,999", "43%") == Verdict::pass);
}

TEST_CASE("boundaries mirror for falls", "[judge]") {
    CHECK(change_verdict("555,000", "-44%") == Verdict::warn);  // -44.5% rounds to -45%
    CHECK(change_verdict("555,000", "-45%") == Verdict::pass);
    CHECK(change_verdict("565,000", "-44%") == Verdict::pass);  // -43.5% rounds to -44%
    CHECK(change_verdict("565,001", "-44%") == Verdict::fail);
}

TEST_CASE("the NSPCC rise of 44.84% is 45%, and 44% only when truncated", "[judge]") {
    std::string lets = "let a = 3,903 during FY2015/16\nlet b = 5,653 during FY2016/17";
    CHECK(verdict_of(lets, "change(a, b) is 45%") == Verdict::pass);
    CheckReport r = check_one(lets, "change(a, b) is 44 per cent");
    CHECK(r.verdict == Verdict::warn);
    CHECK(r.message == "holds only under a lenient reading: truncated to 1% instead of rounded to it, [44%, 45%)");
    CHECK(verdict_of(lets, "change(a, b) is 44.84%") == Verdict::pass);
    CHECK(verdict_of(lets, "change(a, b) is 44.8% to 1 dp") == Verdict::pass);
}

TEST_CASE("truncation, tolerances and steps judged through the pipeline", "[judge]") {
    CHECK(verdict_of("let a = 5,653", "a is 5,600 to the nearest 100") == Verdict::fail);
    CHECK(verdict_of("let a = 5,649", "a is 5,600 to the nearest 100") == Verdict::pass);
    CHECK(verdict_of("let a = 5,650", "a is 5,700 to the nearest 100") == Verdict::pass);
    CHECK(verdict_of("let a = 22", "a is 21 within 1") == Verdict::pass);
    CHECK(verdict_of("let a = 23", "a is 21 within 1") == Verdict::fail);
    CHECK(verdict_of("let a = 22.05", "a is 21 within 5%") == Verdict::pass);
    CHECK(verdict_of("let a = 22.06", "a is 21 within 5%") == Verdict::fail);
    CHECK(verdict_of("let a = 15.04", "a is 15 to 1 dp") == Verdict::pass);
    CHECK(verdict_of("let a = 15.05", "a is 15 to 1 dp") == Verdict::warn);  // only truncation gives 15.0
}

TEST_CASE("a round figure warns under the coarse reading", "[judge]") {
    CheckReport r = check_one("let a = 5,620", "a is 5,600");
    CHECK(r.verdict == Verdict::warn);
    CHECK(r.message == "holds only under a lenient reading: read as rounded to the nearest 100, [5,550, 5,650)");
    CHECK(verdict_of("let a = 5,653", "a is 5,600") == Verdict::fail);
    CHECK(verdict_of("let a = 5,600.4", "a is 5,600") == Verdict::pass);
}

TEST_CASE("exact relations judged through the pipeline", "[judge]") {
    CHECK(verdict_of("let a = 3", "a != 3") == Verdict::fail);
    CHECK(verdict_of("let a = 3", "a != 4") == Verdict::pass);
    CHECK(verdict_of("let a = 3", "a < 3") == Verdict::fail);
    CHECK(verdict_of("let a = 3", "a <= 3") == Verdict::pass);
    CHECK(verdict_of("let a = 3", "a > 3") == Verdict::fail);
    CHECK(verdict_of("let a = 3", "a >= 3") == Verdict::pass);
    CHECK(verdict_of("let a = 3", "a == 3.0") == Verdict::pass);
}

TEST_CASE("a value within bounds passes when every value holds, warns when some do, fails when none", "[judge]") {
    const Meaning m = stated_percent(20);  // [19.5%, 20.5%), leniently [20%, 21%)
    auto range = [](long low, long high) { return Interval{Bound{pct(low, 10), true}, Bound{pct(high, 10), false}}; };
    CHECK(judge(range(196, 204), m).verdict == Verdict::pass);
    Judgement lenient = judge(range(201, 209), m);  // all within the truncation, not all within the rounding
    CHECK(lenient.verdict == Verdict::warn);
    CHECK_FALSE(lenient.partly);
    CHECK(lenient.reading == &m.lenient[0]);
    Judgement some = judge(range(190, 200), m);
    CHECK(some.verdict == Verdict::warn);
    CHECK(some.partly);
    CHECK(some.reading == &m.strict);
    CHECK(judge(range(250, 260), m).verdict == Verdict::fail);
    // The bound not reached is not a value: [19%, 19.5%) shares none with [19.5%, 20.5%).
    CHECK(judge(range(190, 195), m).verdict == Verdict::fail);
}

TEST_CASE("why a warn: a lenient reading, some values of a range, or one reading of ambiguous words", "[judge]") {
    Meaning m = stated_percent(44);
    CHECK(warn_message(judge(pct(4499, 100), m), m.unit) == "holds only under a lenient reading: truncated, [44%, 45%)");
    Meaning both;
    both.unit = Unit{Dimension::percent};
    both.strict = {"under every reading", Interval{Bound{pct(450), false}, Bound{pct(450), false}}};
    Reading ratio{"as a ratio, not as an increase", Interval{Bound{pct(350), true}, Bound{pct(450), false}}};
    ratio.alternative = true;
    Reading increase{"as an increase, not as a ratio", Interval{Bound{pct(450), true}, Bound{pct(550), false}}};
    increase.alternative = true;
    both.lenient = {ratio, increase};
    Judgement as_ratio = judge(pct(400), both);
    CHECK(as_ratio.verdict == Verdict::warn);
    CHECK(warn_message(as_ratio, both.unit) == "holds as a ratio, not as an increase, [350%, 450%)");
    CHECK(warn_message(judge(pct(500), both), both.unit) == "holds as an increase, not as a ratio, [450%, 550%)");
    CHECK(judge(pct(300), both).verdict == Verdict::fail);
    CHECK(verdict_of("let a = 100\nlet b = 500", "change(a, b) is five times more") == Verdict::warn);
    CHECK(verdict_of("let a = 100\nlet b = 300", "change(a, b) is five times more") == Verdict::fail);
}
