// engine/advice/diagnose: each known mistake named when its figure reproduces the stated number, and not otherwise.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::diagnosis_of;

namespace {

const std::string kent = "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17";
const std::string kent_with_2014 = kent + "\nlet kent.2014_15 = 50 during FY2014/15";
const std::string ew = "let ew.2015_16 = 3,903 during FY2015/16\nlet ew.2016_17 = 5,653 during FY2016/17";
const std::string shares = "let p = 40%\nlet q = 50%";
const std::string lincs = "let l15 = 112 during FY2015/16\nlet l16 = 58 during FY2016/17";
const std::string kent_change = "change(kent.2015_16, kent.2016_17)";

}  // namespace

// ---- truncated ----------------------------------------------------------------

TEST_CASE("truncated: 44.84% written as 44% warns and is named", "[diagnose]") {
    CheckReport c = check_one(ew, "change(ew.2015_16, ew.2016_17) is 44%");
    CHECK(c.verdict == Verdict::warn);
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK(c.explanation == "44.84% was cut to 44% instead of rounded; rounded, it is 45%");
}

TEST_CASE("truncated: the explanation keeps the writer's 'per cent'", "[diagnose]") {
    CheckReport c = check_one(ew, "change(ew.2015_16, ew.2016_17) is 44 per cent");
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK(c.explanation == "44.84% was cut to 44 per cent instead of rounded; rounded, it is 45%");
}

TEST_CASE("truncated: a rate cut to 1 dp", "[diagnose]") {
    // 5,653 / 365 = 15.4877 a day: cut, 15.4; rounded, 15.5.
    CheckReport c = check_one(ew, "per_day(ew.2016_17) is 15.4 to 1 dp");
    CHECK(c.verdict == Verdict::warn);
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK_THAT(c.explanation, Catch::EndsWith("instead of rounded; rounded, it is 15.5 a day"));
}

TEST_CASE("truncated: a figure cut short below its truncation is a plain fail", "[diagnose]") {
    // 43% is neither 44.84% rounded nor truncated.
    CHECK(diagnosis_of(ew, "change(ew.2015_16, ew.2016_17) is 43%") == "");
}

TEST_CASE("truncated: a warn from another lenient reading is not truncation", "[diagnose]") {
    // "nearly 100" for exactly 100 holds only under the lenient [90, 100].
    CHECK(diagnosis_of("let x = 100", "x is nearly 100", Verdict::warn) == "");
}

// ---- ratio-as-increase ----------------------------------------------------------

TEST_CASE("ratio-as-increase: Kent's 573% is 361/63 written as the rise", "[diagnose]") {
    CheckReport c = check_one(kent, kent_change + " is 573%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(c.explanation ==
          "361 / 63 = 5.73 times: the ratio of the two figures was written as the rise, which is 473.02%");
}

TEST_CASE("ratio-as-increase: the ratio of a fall written as the change says fall", "[diagnose]") {
    // 361 -> 63: the ratio is 17.45%, the change -82.55%.
    CheckReport c = check_one("let k.a = 361 during FY2015/16\nlet k.b = 63 during FY2016/17", "change(k.a, k.b) is 17%");
    CHECK(c.diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(c.explanation ==
          "63 / 361 = 0.175 times: the ratio of the two figures was written as the change, which is a fall of 82.55%");
}

TEST_CASE("ratio-as-increase: 574% misses the ratio 573.02%", "[diagnose]") {
    // [573.5%, 574.5%) does not hold 573.02%.
    CHECK(diagnosis_of(kent, kent_change + " is 574%") == "");
}

TEST_CASE("ratio-as-increase: at a finer precision the ratio must still round to the figure", "[diagnose]") {
    CHECK(diagnosis_of(kent, kent_change + " is 573.0%") == "ratio-as-increase");
    CHECK(diagnosis_of(kent, kent_change + " is 573.1%") == "");
}

// ---- points-vs-percent ------------------------------------------------------------

TEST_CASE("points-vs-percent: a difference in points written as a per cent change", "[diagnose]") {
    CheckReport c = check_one(shares, "change(p, q) is 10%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::points_vs_percent);
    CHECK(c.explanation ==
          "40% to 50% is a difference of 10 points, written as a per cent change; the change is 25%");
}

TEST_CASE("points-vs-percent: 11% is not the 10-point difference", "[diagnose]") {
    CHECK(diagnosis_of(shares, "change(p, q) is 11%") == "");
}

TEST_CASE("points-vs-percent: a per cent change written as a difference in points", "[diagnose]") {
    CheckReport c = check_one(shares, "points(p, q) is 25 points");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::points_vs_percent);
    CHECK(c.explanation ==
          "40% to 50% is a change of 25%, written as a difference in points; the difference is 10 points");
}

TEST_CASE("points-vs-percent: 26 points is not the 25% change", "[diagnose]") {
    CHECK(diagnosis_of(shares, "points(p, q) is 26 points") == "");
}

TEST_CASE("points-vs-percent: a change of counts has no points to confuse", "[diagnose]") {
    // 63 -> 361: the difference 298 is no percentage, so 298% is not this mistake.
    CHECK(diagnosis_of(kent, kent_change + " is 298%") == "");
}

// ---- inverted-change ----------------------------------------------------------------

TEST_CASE("inverted-change: a rise written as a fall", "[diagnose]") {
    CheckReport c = check_one(kent, kent_change + " is -473%");
    CHECK(c.diagnosis == DiagnosisCode::inverted_change);
    CHECK(c.explanation == "the change is 473.02%; the claim has it the other way round");
}

TEST_CASE("inverted-change: -474% is not -473.02%", "[diagnose]") {
    CHECK(diagnosis_of(kent, kent_change + " is -474%") == "");
}

TEST_CASE("inverted-change: a fall written as a rise", "[diagnose]") {
    CHECK(diagnosis_of(lincs, "change(l15, l16) is 48%") == "inverted-change");
    CHECK(diagnosis_of(lincs, "change(l15, l16) is 49%") == "");
}

TEST_CASE("inverted-change: a difference in points the other way round", "[diagnose]") {
    CheckReport c = check_one(shares, "points(p, q) is -10 points");
    CHECK(c.diagnosis == DiagnosisCode::inverted_change);
    CHECK(c.explanation == "the difference is 10 points; the claim has it the other way round");
    CHECK(diagnosis_of(shares, "points(p, q) is -11 points") == "");
}

TEST_CASE("no diagnosis for an inequality, though the inverted change would satisfy it", "[diagnose]") {
    // < 0 is met by every fall: a mistake cannot be told from chance.
    CHECK(diagnosis_of(kent, kent_change + " < 0%") == "");
    CHECK(diagnosis_of(lincs, "l15 + l16 < 113") == "");
}

TEST_CASE("an exact relation is diagnosed like a stated number", "[diagnose]") {
    CHECK(diagnosis_of(kent, kent_change + " == -29800% / 63") == "inverted-change");
    CHECK(diagnosis_of(kent, kent_change + " == 36100% / 63") == "ratio-as-increase");
}

// ---- wrong-base ----------------------------------------------------------------------

TEST_CASE("wrong-base: the change measured against the later figure", "[diagnose]") {
    // (361 - 63) / 361 = 82.55%
    CheckReport c = check_one(kent, kent_change + " is 83%");
    CHECK(c.diagnosis == DiagnosisCode::wrong_base);
    CHECK(c.explanation ==
          "82.55% is the change measured against the later figure (361); against the earlier one (63) it is 473.02%");
}

TEST_CASE("wrong-base: 82% misses 82.55%", "[diagnose]") {
    CHECK(diagnosis_of(kent, kent_change + " is 82%") == "");
}

TEST_CASE("wrong-base: the change from another year of the same series", "[diagnose]") {
    // (361 - 50) / 50 = 622%: from 2014/15, not from 2015/16.
    CheckReport c = check_one(kent_with_2014, kent_change + " is 622%");
    CHECK(c.diagnosis == DiagnosisCode::wrong_base);
    CHECK(c.explanation == "622% is the change from kent.2014_15 (50); from kent.2015_16 (63) it is 473.02%");
}

TEST_CASE("wrong-base: 623% is no year's change", "[diagnose]") {
    CHECK(diagnosis_of(kent_with_2014, kent_change + " is 623%") == "");
}

TEST_CASE("wrong-base: a figure of another series is not a base", "[diagnose]") {
    // lincs.2014_15 is 50 too, but it is not a Kent figure.
    CHECK(diagnosis_of(kent + "\nlet lincs.2014_15 = 50 during FY2014/15", kent_change + " is 622%") == "");
}

// ---- part-as-whole ---------------------------------------------------------------------

TEST_CASE("part-as-whole: one term of a + b stated as the total", "[diagnose]") {
    CheckReport c = check_one(lincs, "l15 + l16 is 112");
    CHECK(c.diagnosis == DiagnosisCode::part_as_whole);
    CHECK(c.explanation == "l15 alone is 112, one part of the total 170");
    CHECK(diagnosis_of(lincs, "l15 + l16 is 58") == "part-as-whole");
}

TEST_CASE("part-as-whole: 113 is no term of a + b", "[diagnose]") {
    CHECK(diagnosis_of(lincs, "l15 + l16 is 113") == "");
}

TEST_CASE("part-as-whole: one argument of sum(...) stated as the total", "[diagnose]") {
    CheckReport c = check_one(lincs, "sum(l15, l16) is 58");
    CHECK(c.diagnosis == DiagnosisCode::part_as_whole);
    CHECK(c.explanation == "l16 alone is 58, one part of the total 170");
    CHECK(diagnosis_of(lincs, "sum(l15, l16) is 57") == "");
}

TEST_CASE("part-as-whole: an exact relation with a term as the total", "[diagnose]") {
    CHECK(diagnosis_of(lincs, "l15 + l16 == 112") == "part-as-whole");
    CHECK(diagnosis_of(lincs, "l15 + l16 == 111") == "");
}

TEST_CASE("part-as-whole: a difference has no parts", "[diagnose]") {
    // l15 - l16 = 54; 112 is a term, but not of a total.
    CHECK(diagnosis_of(lincs, "l15 - l16 is 112") == "");
}

TEST_CASE("part-as-whole: a figure plus the adjacent year stated as one year", "[diagnose]") {
    // 361 + 63 = 424 over two years.
    CheckReport c = check_one(kent, "kent.2016_17 is 424");
    CHECK(c.diagnosis == DiagnosisCode::part_as_whole);
    CHECK(c.explanation == "kent.2016_17 + kent.2015_16 is 424 over FY2015/16 and FY2016/17 (1 Apr 2015 to 31 Mar "
                           "2017, 731 days); kent.2016_17 alone is 361 (FY2016/17)");
    CHECK(diagnosis_of(kent, "kent.2016_17 is 425") == "");
}

TEST_CASE("part-as-whole: a year that is not adjacent is no sibling total", "[diagnose]") {
    // kent.2014_15 (50) and kent.2016_17 (361) leave 2015/16 out: 411 is no figure for any span.
    CHECK(diagnosis_of(kent_with_2014, "kent.2016_17 is 411") == "");
}

TEST_CASE("part-as-whole: a sibling whose period already holds the figure's is not added to it", "[diagnose]") {
    // kent.both covers FY2016/17 too: 361 + 424 counts 2016/17 twice and is no figure for any span.
    CHECK(diagnosis_of("let kent.2016_17 = 361 during FY2016/17\nlet kent.both = 424 during FY2015/16 to FY2016/17",
                       "kent.2016_17 is 785") == "");
}

TEST_CASE("part-as-whole: a sibling without a period adds no time", "[diagnose]") {
    CHECK(diagnosis_of("let f.a = 39 during FY2016/17\nlet f.b = 1", "f.a is 40") == "");
}

TEST_CASE("part-as-whole: a sibling of another unit is not added to a count", "[diagnose]") {
    // 361 + 10% is 361.1 only as numbers: a count and a share have no total.
    const std::string mixed = kent + "\nlet kent.share = 10% during FY2015/16";
    CHECK(diagnosis_of(mixed, "kent.2016_17 is 361.1") == "");
    // 361 + 63/366 a day is no total either.
    CHECK(diagnosis_of(kent + "\nlet kent.rate = per_day(kent.2015_16)", "kent.2016_17 is 361.17") == "");
    // The count sibling still is.
    CHECK(diagnosis_of(mixed, "kent.2016_17 is 424") == "part-as-whole");
}

TEST_CASE("part-as-whole: shares of two years do not add up to a two-year share", "[diagnose]") {
    CHECK(diagnosis_of("let s.2015_16 = 10% during FY2015/16\nlet s.2016_17 = 12% during FY2016/17",
                       "s.2016_17 is 22%") == "");
}

// ---- when nothing is diagnosed ----------------------------------------------------------

TEST_CASE("no diagnosis for a vocabulary phrase, even when a mistake would satisfy it", "[diagnose]") {
    // The ratio 573.02% is more than 500% and about 573%, but a phrase is met by too many figures.
    CheckReport more = check_one(kent, kent_change + " is more than 500%");
    CHECK(more.verdict == Verdict::fail);
    CHECK_FALSE(more.diagnosis.has_value());
    CHECK(more.explanation.empty());
    CHECK(diagnosis_of(kent, kent_change + " is about 573%") == "");
    CHECK(diagnosis_of(lincs, "l15 + l16 is more than 100", Verdict::pass) == "");
    CHECK(diagnosis_of(lincs, "l15 + l16 is hundreds") == "");
}

TEST_CASE("no diagnosis for a pass", "[diagnose]") {
    CheckReport c = check_one(kent, kent_change + " is 473%");
    CHECK(c.verdict == Verdict::pass);
    CHECK_FALSE(c.diagnosis.has_value());
    CHECK(c.explanation.empty());
    CHECK_FALSE(check_one(lincs, "l15 + l16 == 170").diagnosis.has_value());
}

TEST_CASE("no diagnosis for an unverifiable check", "[diagnose]") {
    CheckReport c = check_one(kent + "\nlet kent.2017_18 = missing \"not yet\"", "change(kent.2015_16, kent.2017_18) is 573%");
    CHECK(c.verdict == Verdict::unverifiable);
    CHECK_FALSE(c.diagnosis.has_value());
}

TEST_CASE("a missing sibling is skipped, not fatal", "[diagnose]") {
    CheckReport c = check_one(kent + "\nlet kent.2014_15 = missing \"no table\"", kent_change + " is 573%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::ratio_as_increase);
}

// ---- slips of the hand -------------------------------------------------------------

TEST_CASE("transposed-digits: 5,563 for 5,653, and a swap that is no neighbours' is not", "[diagnose]") {
    CheckReport c = check_one(ew, "ew.2016_17 is 5,563");
    CHECK(c.diagnosis == DiagnosisCode::transposed_digits);
    CHECK(c.explanation == "5,563 is the true figure, 5,653, with its 6 and 5 the other way round");
    CHECK(diagnosis_of(ew, "ew.2016_17 is 3,655") == "");  // 5 and 3 are not neighbours
}

TEST_CASE("transposed-digits: at the stated precision, a rise of 48% for 84.4%", "[diagnose]") {
    // 84.4% to whole per cent is 84%; 48% swaps its digits. Against 84.4% exactly (== 48%) nothing is named.
    const std::string rise = "let a = 100\nlet b = 184.4";
    CHECK(diagnosis_of(rise, "change(a, b) is 48%") == "transposed-digits");
    CHECK(diagnosis_of(rise, "change(a, b) == 48%") == "");
    CHECK(diagnosis_of(rise + "\nlet c = 184", "change(a, c) == 48%") == "transposed-digits");
}

TEST_CASE("wrong-digit: 5,853 for 5,653, but neither the last digit nor two digits", "[diagnose]") {
    CheckReport c = check_one(ew, "ew.2016_17 is 5,853");
    CHECK(c.diagnosis == DiagnosisCode::wrong_digit);
    CHECK(c.explanation == "5,853 is the true figure, 5,653, with its 6 printed as 8");
    CHECK(diagnosis_of(ew, "ew.2016_17 is 5,654") == "");
    CHECK(diagnosis_of(ew, "ew.2016_17 is 5,883") == "");
    CHECK(diagnosis_of("let x = 39", "x is 49") == "");  // two digits: as likely another figure
}

TEST_CASE("misplaced-point: 15.5 for 155 and 1,550 for 155, not 15.6", "[diagnose]") {
    CheckReport c = check_one("let x = 155", "x is 15.5");
    CHECK(c.diagnosis == DiagnosisCode::misplaced_point);
    CHECK(c.explanation == "15.5 is the true figure, 155, with its decimal point moved one place to the left");
    CHECK(diagnosis_of("let x = 155", "x is 1,550") == "misplaced-point");
    CHECK(diagnosis_of("let x = 155", "x is 15.6") == "");
    CHECK(diagnosis_of("let x = 155", "x is 155,000") == "misplaced-point");
    CHECK(diagnosis_of("let x = 155", "x is 1,550,000") == "");  // three places is the farthest tried
}

TEST_CASE("a mistake of reasoning is named before a slip that gives the same figure", "[diagnose]") {
    // 424 is kent.2016_17 + kent.2015_16, and also 361 with two digits changed: part-as-whole.
    CHECK(diagnosis_of(kent, "kent.2016_17 is 424") == "part-as-whole");
    // 573% is the ratio as the rise, and also 473% with its 4 printed as 5.
    CHECK(diagnosis_of(kent, kent_change + " is 573%") == "ratio-as-increase");
}

TEST_CASE("truncated: a stated 0 is rounded at its own step, so 0.6 rounds to 1", "[diagnose]") {
    CheckReport c = check_one("let x = 0.6", "x is 0");
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK(c.explanation == "0.6 was cut to 0 instead of rounded; rounded, it is 1");
    CheckReport fall = check_one("let x = -0.6", "x is 0");
    CHECK(fall.explanation == "-0.6 was cut to 0 instead of rounded; rounded, it is -1");
}

TEST_CASE("truncated: beyond 7 decimal places the rounded figure keeps every place", "[diagnose]") {
    CheckReport c = check_one("let x = 1.000000019", "x is 1.00000001");
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK(c.explanation == "1.000000019 was cut to 1.00000001 instead of rounded; rounded, it is 1.00000002");
}

TEST_CASE("truncated: the true figure is shown as it cuts to the stated one, never rounded up to the next", "[diagnose]") {
    CheckReport c = check_one("let a = 100\nlet b = 144.9999999999999", "change(a, b) is 44%");
    CHECK(c.explanation.rfind("44.9999999999999% was cut to 44%", 0) == 0);
    // A figure whose decimals never end is shown to the places that keep it below the next one.
    CheckReport third = check_one("let a = 3\nlet b = 4.34999999999", "change(a, b) is 44%");
    CHECK(third.explanation.rfind("44.99", 0) == 0);
}
