// engine/advice/grid: members of a granularity grid inside and beside an interval, and the checks built on them.
#include "engine/advice/grid.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::check_one_rechecked;
using claimcheck::test::pct;

namespace {

// The shares k/n of n people: [0, 1] in steps of 1/n.
Grid shares(long n) { return Grid{Rational(1, n), Rational(0), Rational(1), "share of " + std::to_string(n)}; }

// The means of whole-number answers: unbounded, in steps of 1/(n * items).
Grid means(long n, long items = 1) { return Grid{Rational(1, n * items), std::nullopt, std::nullopt, "mean"}; }

Interval closed(Rational low, Rational high) { return Interval{Bound{low, true}, Bound{high, true}}; }
Interval open(Rational low, Rational high) { return Interval{Bound{low, false}, Bound{high, false}}; }
Interval half_open(Rational low, Rational high) { return Interval{Bound{low, true}, Bound{high, false}}; }
Interval above(Rational low, bool is_closed) { return Interval{Bound{low, is_closed}, std::nullopt}; }
Interval below(Rational high, bool is_closed) { return Interval{std::nullopt, Bound{high, is_closed}}; }

// A member or its absence, readable in a failure message.
std::string shown(const std::optional<Rational>& member) { return member ? fraction_text(*member) : "none"; }

const Unit percent{Dimension::percent};
const Unit number{Dimension::number};

}  // namespace

// ---- member_in ------------------------------------------------------------------

TEST_CASE("member_in: no share of 19 rounds to 40%", "[grid]") {
    CHECK(shown(member_in(shares(19), half_open(pct(795, 20), pct(805, 20)))) == "none");
    CHECK(shown(member_in(shares(19), half_open(pct(835, 20), pct(845, 20)))) == "8/19");  // 42%
}

TEST_CASE("member_in: open ends leave out a member on the bound, closed ends keep it", "[grid]") {
    const Grid quarters = shares(4);
    CHECK(shown(member_in(quarters, closed(Rational(1, 4), Rational(1, 4)))) == "1/4");
    CHECK(shown(member_in(quarters, open(Rational(1, 4), Rational(1, 2)))) == "none");
    CHECK(shown(member_in(quarters, half_open(Rational(1, 4), Rational(1, 2)))) == "1/4");
    CHECK(shown(member_in(quarters, Interval{Bound{Rational(1, 4), false}, Bound{Rational(1, 2), true}})) == "1/2");
}

TEST_CASE("member_in: the member nearest the middle of the interval", "[grid]") {
    // Quarters 1/4, 1/2, 3/4 lie inside (0, 1): 1/2 is in the middle.
    CHECK(shown(member_in(shares(4), open(Rational(0), Rational(1)))) == "1/2");
    CHECK(shown(member_in(means(10), closed(Rational(2), Rational(3)))) == "5/2");
}

TEST_CASE("member_in: unbounded intervals", "[grid]") {
    CHECK(shown(member_in(shares(4), above(Rational(1, 2), false))) == "3/4");  // 3/4 or 1: the lower middle
    CHECK(shown(member_in(shares(4), below(Rational(1, 2), false))) == "0");     // 0 or 1/4: the lower middle
    CHECK(shown(member_in(shares(19), Interval{})) == "9/19");
    CHECK(shown(member_in(means(10), above(Rational(2), false))) == "21/10");
    CHECK(shown(member_in(means(10), below(Rational(2), true))) == "2");
    CHECK(shown(member_in(means(10), Interval{})) == "0");
}

TEST_CASE("member_in: shares are bounded to [0, 1]", "[grid]") {
    CHECK(shown(member_in(shares(4), above(Rational(1), false))) == "none");
    CHECK(shown(member_in(shares(4), above(Rational(1), true))) == "1");
    CHECK(shown(member_in(shares(4), closed(Rational(9, 10), Rational(2)))) == "1");
    CHECK(shown(member_in(shares(4), closed(Rational(101, 100), Rational(2)))) == "none");
    CHECK(shown(member_in(shares(4), below(Rational(0), false))) == "none");
    CHECK(shown(member_in(shares(4), closed(Rational(-1), Rational(0)))) == "0");
    // A mean has no such bound: 1.1 is a mean of ten answers.
    CHECK(shown(member_in(means(10), closed(Rational(101, 100), Rational(11, 10)))) == "11/10");
    CHECK(shown(member_in(means(10), closed(Rational(-1), Rational(-6, 10)))) == "-4/5");
}

TEST_CASE("member_in: negative bounds that fall between members", "[grid]") {
    // (-0.35, -0.25) holds -0.3 only.
    CHECK(shown(member_in(means(10), open(Rational(-35, 100), Rational(-25, 100)))) == "-3/10");
    CHECK(shown(member_in(means(10), open(Rational(-3, 10), Rational(-2, 10)))) == "none");
}

// ---- members_beside ---------------------------------------------------------------

TEST_CASE("members_beside: 7/19 and 8/19 either side of 40%", "[grid]") {
    auto [low, high] = members_beside(shares(19), half_open(pct(795, 20), pct(805, 20)));
    CHECK(shown(low) == "7/19");
    CHECK(shown(high) == "8/19");
}

TEST_CASE("members_beside: a member on an open bound is beside it", "[grid]") {
    auto [low, high] = members_beside(shares(4), open(Rational(1, 4), Rational(1, 2)));
    CHECK(shown(low) == "1/4");
    CHECK(shown(high) == "1/2");
}

TEST_CASE("members_beside: a closed bound keeps its member inside", "[grid]") {
    auto [low, high] = members_beside(shares(4), closed(Rational(1, 4), Rational(1, 2)));
    CHECK(shown(low) == "0");
    CHECK(shown(high) == "3/4");
}

TEST_CASE("members_beside: nothing beyond the ends of the shares", "[grid]") {
    auto [low1, high1] = members_beside(shares(4), closed(Rational(0), Rational(1, 10)));
    CHECK(shown(low1) == "none");
    CHECK(shown(high1) == "1/4");
    auto [low2, high2] = members_beside(shares(4), closed(Rational(95, 100), Rational(1)));
    CHECK(shown(low2) == "3/4");
    CHECK(shown(high2) == "none");
    auto [low3, high3] = members_beside(shares(4), below(Rational(0), false));
    CHECK(shown(low3) == "none");
    CHECK(shown(high3) == "0");
    auto [low4, high4] = members_beside(shares(4), above(Rational(1), false));
    CHECK(shown(low4) == "1");
    CHECK(shown(high4) == "none");
}

TEST_CASE("members_beside: an interval past the end of the shares has the last share below it", "[grid]") {
    // Nothing of 4 people is 200% or -100%: the nearest shares are 100% and 0%, not 175% or -75%.
    auto [low1, high1] = members_beside(shares(4), closed(Rational(2), Rational(3)));
    CHECK(shown(low1) == "1");
    CHECK(shown(high1) == "none");
    auto [low2, high2] = members_beside(shares(4), closed(Rational(-2), Rational(-1)));
    CHECK(shown(low2) == "none");
    CHECK(shown(high2) == "0");
}

TEST_CASE("members_beside: an unbounded side has no member beyond it", "[grid]") {
    auto [low1, high1] = members_beside(means(10), below(Rational(2), false));
    CHECK(shown(low1) == "none");
    CHECK(shown(high1) == "2");
    auto [low2, high2] = members_beside(means(10), above(Rational(2), true));
    CHECK(shown(low2) == "19/10");
    CHECK(shown(high2) == "none");
}

TEST_CASE("members_beside: means of ten answers on 5 items step by 1/50", "[grid]") {
    // 2.47 to 2 dp: [2.465, 2.475) holds no multiple of 0.02.
    Interval stated = half_open(Rational(2465, 1000), Rational(2475, 1000));
    CHECK(shown(member_in(means(10, 5), stated)) == "none");
    auto [low, high] = members_beside(means(10, 5), stated);
    CHECK(shown(low) == "123/50");
    CHECK(shown(high) == "62/25");
}

// ---- member_text -----------------------------------------------------------------

TEST_CASE("member_text: a count over the whole, and the figure", "[grid]") {
    Meaning forty;  // 40%: [39.5%, 40.5%)
    forty.strict.interval = half_open(Rational(395, 1000), Rational(405, 1000));
    CHECK(member_text(shares(19), Rational(8, 19), percent, forty) == "8/19 = 42.11%");
    CHECK(member_text(shares(19), Rational(7, 19), percent, forty) == "7/19 = 36.84%");
    CHECK(member_text(shares(4), Rational(0), percent, forty) == "0/4 = 0%");
    CHECK(member_text(shares(4), Rational(1), percent, forty) == "4/4 = 100%");
    CHECK(member_text(means(10, 5), Rational(124, 50), number, Meaning{}) == "124/50 = 2.48");
}

TEST_CASE("member_text: a member just beside a bound is shown on its own side", "[grid]") {
    // 1/10^22 of a share below 40.5%: rounded to 2 places it would read 40.5%, the bound it misses.
    const Integer n = boost::multiprecision::pow(Integer(10), 22);
    Meaning forty;
    forty.strict.interval = half_open(Rational(395, 1000), Rational(405, 1000));
    const Grid tiny{Rational(Integer(1), n), Rational(0), Rational(1), "share of 10^22"};
    const Rational member = Rational(405, 1000) - Rational(Integer(1), n);
    CHECK(member_text(tiny, member, percent, forty) ==
          "4049999999999999999999/10000000000000000000000 = 40.49999999999999999999%");
}

// ---- through the checker ------------------------------------------------------------

TEST_CASE("any_share: 40% of 19 people cannot be, 42% can", "[grid][checker]") {
    CheckReport fail = check_one_rechecked("", "any_share(19) is 40%");
    CHECK(fail.verdict == Verdict::fail);
    CHECK(fail.diagnosis == DiagnosisCode::granularity);
    CHECK(fail.explanation == "no share of 19 gives 40%; the nearest are 7/19 = 36.84% and 8/19 = 42.11%");
    CHECK(fail.actual_text == "none possible");
    CHECK_FALSE(fail.actual);

    CheckReport pass = check_one("", "any_share(19) is 42%");
    CHECK(pass.verdict == Verdict::pass);
    CHECK(pass.actual == std::optional<Rational>(Rational(8, 19)));
    CHECK(pass.actual_text == "8/19 = 42.11%");
    CHECK_FALSE(pass.diagnosis.has_value());
}

TEST_CASE("any_share: shares above 100% are none possible", "[grid][checker]") {
    CheckReport c = check_one("", "any_share(4) is more than 100%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.explanation == "no share of 4 gives more than 100%; the nearest are 4/4 = 100%");
    CHECK(check_one("", "any_share(4) is at least 100%").verdict == Verdict::pass);
    CHECK(check_one("", "any_share(4) is less than 0%").verdict == Verdict::fail);
}

TEST_CASE("any_share: a share past 100% names 100% as the nearest", "[grid][checker]") {
    CheckReport c = check_one_rechecked("", "any_share(4) is 200%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.explanation == "no share of 4 gives 200%; the nearest are 4/4 = 100%");
}

TEST_CASE("any_share with != is refused: some share always differs, so it says nothing", "[grid][checker]") {
    auto errors = claimcheck::test::errors_of("claim c in \"x\":\n  check any_share(19) != 40%\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "!= says nothing about any_share or any_mean: state the figure, as in is 40%");
    CHECK(errors[0].at.line == 2);
    CHECK(errors[0].at.column == 23);
}

TEST_CASE("any_share goes on the left only", "[grid][checker]") {
    auto errors = claimcheck::test::errors_of("let s = 40%\nclaim c in \"x\":\n  check s == any_share(19)\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "any_share and any_mean go on the left: check any_share(19) is 40%");
}

TEST_CASE("any_share: only a lenient reading holds, so it warns", "[grid][checker]") {
    // 44% truncated: [44%, 45%) holds 4/9 = 44.44%; rounded, [43.5%, 44.5%) holds it too.
    CHECK(check_one("", "any_share(9) is 44%").verdict == Verdict::pass);
    // 45% of 9: [44.5%, 45.5%) holds none, the truncation [45%, 46%) none either.
    CHECK(check_one("", "any_share(9) is 45%").verdict == Verdict::fail);
    // nearly 50% of 4 people: [45%, 50%) holds none; leniently [45%, 50%] holds 2/4.
    CheckReport c = check_one("", "any_share(4) is nearly 50%");
    CHECK(c.verdict == Verdict::warn);
    CHECK(c.actual_text == "2/4 = 50%");
}

TEST_CASE("any_mean: means of whole answers, with and without items", "[grid][checker]") {
    CHECK(check_one("", "any_mean(10) is 2.5").verdict == Verdict::pass);
    CHECK(check_one("", "any_mean(10) is 2.47").verdict == Verdict::fail);
    CHECK(check_one("", "any_mean(10, 5) is 2.48").verdict == Verdict::pass);
    CheckReport c = check_one_rechecked("", "any_mean(10, 5) is 2.47");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.explanation == "no mean of 10 whole numbers (5 items each) gives 2.47; the nearest are 123/50 = 2.46 and "
                           "124/50 = 2.48");
    CHECK(c.suggestions.size() == 2);
}

TEST_CASE("any_share and any_mean take their counts from lets", "[grid][checker]") {
    CHECK(check_one("let people = 19", "any_share(people) is 42%").verdict == Verdict::pass);
    CHECK(check_one("let people = 19", "any_share(people) is 40%").verdict == Verdict::fail);
}

TEST_CASE("invalid numbers of people or items are an error verdict with a message", "[grid][checker]") {
    for (const char* n : {"0", "2.5", "-3"}) {
        INFO(n);
        CheckReport c = check_one("", std::string("any_share(") + n + ") is 40%");
        CHECK(c.verdict == Verdict::error);
        CHECK_THAT(c.message, Catch::StartsWith("any_share: the number of people must be a whole number above zero"));
    }
    CheckReport zero = check_one("", "any_share(0) is 40%");
    CHECK_THAT(zero.message, Catch::Contains("not 0 ("));
    CheckReport fraction = check_one("", "any_mean(2.5) is 1");
    CHECK(fraction.verdict == Verdict::error);
    CHECK_THAT(fraction.message, Catch::Contains("not 2.5"));
    CheckReport items = check_one("", "any_mean(10, 0) is 1");
    CHECK(items.verdict == Verdict::error);
    CHECK_THAT(items.message, Catch::StartsWith("any_mean: the number of items must be a whole number above zero"));
}

TEST_CASE("a percentage is no number of people", "[grid][checker]") {
    CHECK_FALSE(claimcheck::test::errors_of("claim c in \"a.txt\":\n  check any_share(19%) is 40%\n").empty());
}
