// engine/lang/declared_units: rates per a declared unit (unit school_day = 190 a year), per(x, unit[, period]):
// the count of the unit in a period, the value and its printing, the type errors against other rates, and
// the wrong-day-count diagnosis when another count of the period reproduces the printed figure.
#include "engine/lang/declared_units.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::errors_of;
using claimcheck::test::Checked;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

// 7,600 exclusions in 2017 (365 days): 40 per school day, 20.82 a day, 29.15 per working day.
const std::string school = "unit school_day = 190 a year\nunit working_day = 5 a week\n"
                           "let exclusions = 7,600 during 2017\nlet spring = 1,000 during FY2016/17";

std::string at(const Diagnostic& d) { return std::to_string(d.at.line) + ":" + std::to_string(d.at.column); }

// The only error of a program.
Diagnostic only_error(const std::string& text) {
    auto errors = errors_of(text);
    INFO(rendered(errors));
    REQUIRE(errors.size() == 1);
    return errors[0];
}

}  // namespace

TEST_CASE("per: a count over a declared unit's number in its period", "[declared_units]") {
    CheckReport c = check_one(school, "per(exclusions, school_day) is 40");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.actual_text == "40 per school day");
    CHECK(check_one(school, "per(exclusions, school_day) == 40").verdict == Verdict::pass);
}

TEST_CASE("per: a unit a week counts the period's days over 7", "[declared_units]") {
    // 365 * 5 / 7 = 260.714 working days: 7,600 / 260.714 = 29.1507.
    CheckReport c = check_one(school, "per(exclusions, working_day) is 29.15");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.actual_text == "29.1507 per working day");
}

TEST_CASE("per: a period named as the third argument", "[declared_units]") {
    // FY2016/17 is 12 whole months: 190 school days; 1,000 / 190 = 5.26.
    CHECK(check_one(school, "per(spring, school_day, FY2016/17) is 5.26").verdict == Verdict::pass);
    // Six months hold 95 school days: 7,600 / 95 = 80.
    CHECK(check_one(school, "per(exclusions, school_day, January 2017 to June 2017) is 80").verdict == Verdict::pass);
}

TEST_CASE("units_in: whole months of a year, days of a week", "[declared_units]") {
    ast::UnitDecl year;
    year.count.digits = "190";
    year.span = "year";
    ast::UnitDecl week;
    week.count.digits = "5";
    week.span = "week";
    Period fy{days_from_civil(2016, 4, 1), days_from_civil(2017, 3, 31), "FY2016/17"};
    Period part{days_from_civil(2016, 4, 1), days_from_civil(2016, 4, 14), ""};
    CHECK(units_in(year, fy) == Rational(190));
    CHECK(units_in(week, fy) == Rational(365 * 5, 7));
    CHECK_FALSE(units_in(year, part).has_value());
    CHECK(units_in(week, part) == Rational(10));
    CHECK(declared_text(year) == "190 a year");
    CHECK(spoken_unit("school_day") == "school day");
}

TEST_CASE("per: a rate per a declared unit is its own type", "[declared_units]") {
    Diagnostic d = only_error(school + "\nlet both = per(exclusions, school_day) + per_day(exclusions)\n");
    CHECK(d.message == "cannot add a rate per school_day and a rate per day");
    Diagnostic other = only_error(school + "\nclaim c in \"a.txt\":\n  check per(exclusions, school_day) > "
                                           "per(exclusions, working_day)\n");
    CHECK_THAT(other.message, Catch::Contains("(a rate per school_day)") && Catch::Contains("(a rate per working_day)"));
    // Two rates per the same unit add.
    CHECK(check_one(school, "per(exclusions, school_day) + per(spring, school_day, FY2016/17) is 45.26").verdict ==
          Verdict::pass);
}

TEST_CASE("per: errors at the call, the unit and the declaration", "[declared_units]") {
    Diagnostic unknown = only_error(school + "\nlet r = per(exclusions, school_days)\n");
    CHECK(unknown.message == "per: its second argument must be a declared unit, such as school_day after "
                             "'unit school_day = 190 a year'; no unit 'school_days' is declared; did you mean "
                             "'school_day'?");
    CHECK(at(unknown) == "5:25");
    Diagnostic months = only_error(school + "\nlet r = per(exclusions, school_day, 1 April 2017 to 14 April 2017)\n");
    CHECK_THAT(months.message, Catch::StartsWith("per: ") && Catch::Contains("is not a whole number of calendar months"));
    Diagnostic twice = only_error("unit school_day = 190 a year\nunit school_day = 195 a year\n");
    CHECK_THAT(twice.message, Catch::StartsWith("unit school_day is already declared at"));
    CHECK(at(twice) == "2:6");
    CHECK(only_error("unit odd = 5% a year\nlet x = 1 during 2017\nlet r = per(x, odd)\n").message ==
          "per: odd is declared as 5% a year; its count must be a plain number");
    CHECK(only_error("unit none = 0 a week\nlet x = 1 during 2017\nlet r = per(x, none)\n").message ==
          "per: none is declared as 0 a week; a rate per it is undefined");
    Diagnostic percent = only_error(school + "\nlet r = per(40%, school_day)\n");
    CHECK(percent.message == "per: it takes a count, not a percentage");
}

TEST_CASE("per: a unit declared in a used file", "[declared_units]") {
    Project project;
    project.file("units.claims", "unit school_day = 190 a year\n");
    project.file("main.claims", "use \"units.claims\"\nlet x = 380 during 2017\nclaim c in \"a.txt\":\n"
                                "  check per(x, school_day) is 2\n");
    Checked r = project.check({"main.claims"});
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    CHECK(r.report.claims.at(0).checks.at(0).verdict == Verdict::pass);
}

TEST_CASE("wrong-day-count: a rate per school day worked out over the calendar days", "[declared_units]") {
    // 7,600 / 365 = 20.82: printed as the rate per school day.
    CheckReport c = check_one(school, "per(exclusions, school_day) is 20.8");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::wrong_day_count);
    CHECK(c.explanation == "7,600 over the 365 calendar days of 2017 gives 20.82 a day; over its 190 school days "
                           "(190 a year) it gives 40 per school day");
    // Near miss: 20.9 is no count's figure.
    CheckReport near = check_one(school, "per(exclusions, school_day) is 20.9");
    CHECK(near.verdict == Verdict::fail);
    CHECK_FALSE(near.diagnosis.has_value());
}

TEST_CASE("wrong-day-count: a rate per school day worked out over another declared unit", "[declared_units]") {
    CheckReport c = check_one(school, "per(exclusions, school_day) is 29.2");
    CHECK(c.diagnosis == DiagnosisCode::wrong_day_count);
    CHECK(c.explanation == "7,600 over the 260.71 working days of 2017 (5 a week) gives 29.15 per working day; "
                           "over its 190 school days (190 a year) it gives 40 per school day");
    CheckReport near = check_one(school, "per(exclusions, school_day) is 29.3");
    CHECK_FALSE(near.diagnosis.has_value());
}
