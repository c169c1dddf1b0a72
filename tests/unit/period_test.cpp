// engine/core/period: calendar periods as spans of days, their validity, joins and descriptions.
#include "engine/core/period.hpp"
#include "engine/lang/written_period.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using Kind = ast::Moment::Kind;

ast::Moment fy(int year, int end) {
    ast::Moment m;
    m.kind = Kind::financial_year;
    m.year = year;
    m.fy_end = end;
    return m;
}

ast::Moment calendar(int year) {
    ast::Moment m;
    m.kind = Kind::calendar_year;
    m.year = year;
    return m;
}

ast::Moment month(int year, int number) {
    ast::Moment m;
    m.kind = Kind::month;
    m.year = year;
    m.month = number;
    return m;
}

ast::Moment day(int year, int month_number, int day_number) {
    ast::Moment m;
    m.kind = Kind::day;
    m.year = year;
    m.month = month_number;
    m.day = day_number;
    return m;
}

ast::Period span(ast::Moment from, std::optional<ast::Moment> to = std::nullopt) {
    ast::Period p;
    p.from = from;
    if (to) p.to = *to;
    return p;
}

// The period, failing the test with its message when it is not one.
Period period(ast::Period written, std::string label = "") {
    auto result = make_period(written, std::move(label));
    if (auto* error = std::get_if<PeriodError>(&result)) FAIL(error->message);
    return std::get<Period>(result);
}

std::string error_of(ast::Period written) {
    auto result = make_period(written, "x");
    REQUIRE(std::holds_alternative<PeriodError>(result));
    return std::get<PeriodError>(result).message;
}

}  // namespace

TEST_CASE("days_from_civil counts from 1970-01-01", "[period]") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(1970, 1, 2) == 1);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28) == 2);  // 29 Feb 2000
    CHECK(days_from_civil(2100, 3, 1) - days_from_civil(2100, 2, 28) == 1);  // no 29 Feb 2100
}

TEST_CASE("month lengths follow the Gregorian leap rule", "[period]") {
    CHECK(days_in_month(2016, 2) == 29);
    CHECK(days_in_month(2017, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);  // divisible by 400
    CHECK(days_in_month(2100, 2) == 28);  // divisible by 100, not 400
    CHECK(days_in_month(2016, 4) == 30);
    CHECK(days_in_month(2016, 12) == 31);
}

TEST_CASE("financial years run April to March and hold 29 February when it falls in them", "[period]") {
    Period fy15 = period(span(fy(2015, 16)), "FY2015/16");
    CHECK(fy15.days() == 366);
    CHECK(fy15.first == days_from_civil(2015, 4, 1));
    CHECK(fy15.last == days_from_civil(2016, 3, 31));
    CHECK(period(span(fy(2016, 17))).days() == 365);
    CHECK(period(span(fy(2019, 20))).days() == 366);
    CHECK(period(span(fy(1999, 0))).days() == 366);  // FY1999/00: the century wraps to 00
}

TEST_CASE("calendar years", "[period]") {
    CHECK(period(span(calendar(2016))).days() == 366);
    CHECK(period(span(calendar(2017))).days() == 365);
    CHECK(period(span(calendar(2000))).days() == 366);
    CHECK(period(span(calendar(2100))).days() == 365);
}

TEST_CASE("months and single days", "[period]") {
    CHECK(period(span(month(2016, 2))).days() == 29);
    CHECK(period(span(month(2017, 2))).days() == 28);
    CHECK(period(span(month(2017, 3))).days() == 31);
    Period leap_day = period(span(day(2016, 2, 29)));
    CHECK(leap_day.days() == 1);
    CHECK(leap_day.first == days_from_civil(2016, 2, 29));
}

TEST_CASE("ranges run from the start of the first to the end of the last", "[period]") {
    CHECK(period(span(fy(2015, 16), fy(2016, 17))).days() == 731);
    CHECK(period(span(day(2016, 4, 1), day(2017, 3, 31))).days() == 365);
    CHECK(period(span(month(2016, 1), month(2016, 3))).days() == 91);
    CHECK(period(span(calendar(2015), calendar(2016))).days() == 731);
    Period same_day = period(span(day(2016, 5, 1), day(2016, 5, 1)));
    CHECK(same_day.days() == 1);
}

TEST_CASE("whole months: a financial year is 12, a month 1, a ragged span none", "[period]") {
    CHECK(period(span(fy(2016, 17))).whole_months() == 12);
    CHECK(period(span(calendar(2016))).whole_months() == 12);
    CHECK(period(span(month(2016, 2))).whole_months() == 1);
    CHECK(period(span(fy(2015, 16), fy(2016, 17))).whole_months() == 24);
    CHECK(period(span(day(2016, 4, 1), day(2016, 6, 30))).whole_months() == 3);
    CHECK_FALSE(period(span(day(2016, 4, 2), day(2016, 6, 30))).whole_months());
    CHECK_FALSE(period(span(day(2016, 4, 1), day(2016, 6, 29))).whole_months());
    CHECK_FALSE(period(span(day(2016, 2, 1))).whole_months());
    CHECK(period(span(day(2016, 2, 1), day(2016, 2, 29))).whole_months() == 1);
    CHECK_FALSE(period(span(day(2017, 2, 1), day(2017, 2, 27))).whole_months());
}

TEST_CASE("adjacent periods join into one span", "[period]") {
    Period a = period(span(fy(2015, 16)), "FY2015/16");
    Period b = period(span(fy(2016, 17)), "FY2016/17");
    auto joined = join(a, b);
    REQUIRE(joined);
    CHECK(joined->first == a.first);
    CHECK(joined->last == b.last);
    CHECK(joined->days() == 731);
    CHECK(joined->label == "FY2015/16 and FY2016/17");
    auto reversed = join(b, a);  // the order written does not matter
    REQUIRE(reversed);
    CHECK(reversed->first == a.first);
    CHECK(reversed->last == b.last);
}

TEST_CASE("periods with a gap or a partial overlap do not join", "[period]") {
    Period fy15 = period(span(fy(2015, 16)));
    Period fy17 = period(span(fy(2017, 18)));
    CHECK_FALSE(join(fy15, fy17));  // FY2016/17 missing between them
    Period y2016 = period(span(calendar(2016)));
    CHECK_FALSE(join(fy15, y2016));  // both hold January to March 2016
    CHECK(join(fy15, fy15)->days() == 366);  // one year, twice: counts over the same span
    Period march = period(span(month(2016, 3)));
    Period may = period(span(month(2016, 5)));
    CHECK_FALSE(join(march, may));
    CHECK(join(march, period(span(month(2016, 4)))));
}

TEST_CASE("a financial year whose years do not follow each other is refused", "[period]") {
    CHECK(error_of(span(fy(2016, 18))) ==
          "FY2016/18 is not a financial year: the year after 2016 ends in 17");
    CHECK(error_of(span(fy(2016, 16))) ==
          "FY2016/16 is not a financial year: the year after 2016 ends in 17");
}

TEST_CASE("days that do not exist are refused with the month's length", "[period]") {
    CHECK(error_of(span(day(2017, 2, 30))) ==
          "30 February 2017 is not a date: February 2017 has 28 days");
    CHECK(error_of(span(day(2017, 2, 29))) ==
          "29 February 2017 is not a date: February 2017 has 28 days");
    CHECK(error_of(span(day(2016, 4, 31))) == "31 April 2016 is not a date: April 2016 has 30 days");
    CHECK(error_of(span(day(2016, 4, 0))) == "0 April 2016 is not a date: April 2016 has 30 days");
}

TEST_CASE("months outside 1 to 12 are refused", "[period]") {
    CHECK(error_of(span(day(2016, 13, 1))) == "there is no month 13");
    CHECK(error_of(span(day(2016, 0, 1))) == "there is no month 0");
}

TEST_CASE("a range that ends before it starts is refused", "[period]") {
    CHECK(error_of(span(fy(2016, 17), fy(2015, 16))) == "the period ends before it starts");
    CHECK(error_of(span(day(2016, 5, 2), day(2016, 5, 1))) == "the period ends before it starts");
}

TEST_CASE("an invalid end of a range is reported", "[period]") {
    CHECK(error_of(span(fy(2015, 16), day(2016, 2, 30))) ==
          "30 February 2016 is not a date: February 2016 has 29 days");
}

TEST_CASE("describe names the label, the dates and the days", "[period]") {
    CHECK(period(span(fy(2016, 17)), "FY2016/17").describe() ==
          "FY2016/17 (1 Apr 2016 to 31 Mar 2017, 365 days)");
    CHECK(period(span(fy(2015, 16)), "FY2015/16").describe() ==
          "FY2015/16 (1 Apr 2015 to 31 Mar 2016, 366 days)");
    CHECK(period(span(day(2016, 2, 29))).describe() == "29 Feb 2016 to 29 Feb 2016, 1 day");
    CHECK(period(span(month(2016, 12)), "December 2016").describe() ==
          "December 2016 (1 Dec 2016 to 31 Dec 2016, 31 days)");
}
