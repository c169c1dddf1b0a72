// engine/lang/typecheck: types of lets and expressions, and the positioned errors of names, calls, units, periods.
#include "engine/lang/typecheck.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::errors_of;
using claimcheck::test::rendered;

namespace {

// The type of let `name` in a program that must have no errors.
Type let_type_of(const std::string& text, const std::string& name) {
    auto a = analyze_text(text);
    INFO(rendered(a.errors));
    REQUIRE(a.errors.empty());
    std::vector<Diagnostic> errors;
    TypeChecker checker(a.scopes, errors);
    auto t = checker.let(*a.scopes.at(&a.main()).name(name));
    REQUIRE(t);
    return *t;
}

// The only error of a program, at line:column.
Diagnostic only_error(const std::string& text) {
    auto errors = errors_of(text);
    INFO(rendered(errors));
    REQUIRE(errors.size() == 1);
    return errors[0];
}

std::string at(const Diagnostic& d) { return std::to_string(d.at.line) + ":" + std::to_string(d.at.column); }

}  // namespace

TEST_CASE("a bare number bound by let is a count with its period", "[typecheck]") {
    Type t = let_type_of("let ew.2016_17 = 5,653 during FY2016/17\n", "ew.2016_17");
    CHECK(t.unit == Unit{Dimension::count});
    REQUIRE(t.period);
    CHECK(t.period->days() == 365);
    CHECK(t.period->label == "FY2016/17");
}

TEST_CASE("periods are written in every accepted form", "[typecheck]") {
    CHECK(let_type_of("let x = 1 during 2016/17\n", "x").period->days() == 365);
    CHECK(let_type_of("let x = 1 during 2016\n", "x").period->days() == 366);
    CHECK(let_type_of("let x = 1 during March 2017\n", "x").period->days() == 31);
    CHECK(let_type_of("let x = 1 during 1 April 2016 to 2017-03-31\n", "x").period->days() == 365);
    CHECK(let_type_of("let x = 1 during FY2015/16 to FY2016/17\n", "x").period->days() == 731);
    CHECK(let_type_of("let x = 1 during February 2016\n", "x").period->label == "February 2016");
}

TEST_CASE("lets take the unit of their value", "[typecheck]") {
    CHECK(let_type_of("let p = 44%\n", "p").unit == Unit{Dimension::percent});
    CHECK(let_type_of("let p = 44 per cent\n", "p").unit == Unit{Dimension::percent});
    CHECK(let_type_of("let d = 3 points\n", "d").unit == Unit{Dimension::points});
    CHECK(let_type_of("let r = 5.73 times\n", "r").unit == Unit{Dimension::ratio});
    CHECK(let_type_of("let a = 1\nlet r = a / a\n", "r").unit == Unit{Dimension::ratio});
    CHECK(let_type_of("let m = missing \"no data\"\n", "m").unit == Unit{Dimension::unknown});
    CHECK(let_type_of("let m = missing \"no data\"\nlet q = m + 44%\n", "q").unit == Unit{Dimension::unknown});
    CHECK(let_type_of("let a = 1 during FY2016/17\nlet d = per_day(a)\n", "d").unit ==
          (Unit{Dimension::rate, Per::day}));
    CHECK(let_type_of("let a = 5\nlet c = change(a, a)\n", "c").unit == Unit{Dimension::percent});
    CHECK(let_type_of("let d = days(FY2015/16)\n", "d").unit == Unit{Dimension::count});
}

TEST_CASE("an unknown name suggests the closest one", "[typecheck]") {
    Diagnostic d = only_error("let ew.2016_17 = 5,653\nlet b = ew.2016_71 + 1\n");
    CHECK(d.message == "unknown name 'ew.2016_71'; did you mean 'ew.2016_17'?");
    CHECK(at(d) == "2:9");
    CHECK(d.source_line == "let b = ew.2016_71 + 1");
}

TEST_CASE("an unknown name with nothing close has no suggestion", "[typecheck]") {
    Diagnostic d = only_error("let a = 1\nlet b = lincolnshire\n");
    CHECK(d.message == "unknown name 'lincolnshire'");
    CHECK(at(d) == "2:9");
}

TEST_CASE("an unknown function suggests a built-in", "[typecheck]") {
    Diagnostic d = only_error("let a = 1\nlet b = 2\nlet c = chnage(a, b)\n");
    CHECK(d.message == "unknown function 'chnage'; did you mean 'change'?");
    CHECK(at(d) == "3:9");
    CHECK(only_error("let c = frobnicate(1)\n").message == "unknown function 'frobnicate'");
}

TEST_CASE("a built-in's own type error is prefixed with its name, at the call", "[typecheck]") {
    Diagnostic d = only_error("let a = 5,653\nlet r = per_day(a)\n");
    CHECK_THAT(d.message, Catch::StartsWith("per_day: the figure has no period"));
    CHECK(at(d) == "2:9");
    d = only_error("let p = 44%\nlet q = 45%\nlet a = 3\nlet c = change(p, a)\n");
    CHECK(d.message == "change: its arguments must measure the same thing, not a percentage and a count");
    CHECK(at(d) == "4:9");
}

TEST_CASE("units that do not add are an error at the operator", "[typecheck]") {
    Diagnostic d = only_error("let a = 5\nlet p = 44%\nlet c = a + p\n");
    CHECK(d.message == "cannot add a count and a percentage");
    CHECK(at(d) == "3:11");
    d = only_error("let a = 5\nlet c = a * a\n");
    CHECK(d.message == "cannot multiply a count and a count");
    CHECK(at(d) == "2:11");
}

TEST_CASE("money keeps its currency through let, and never meets a count or another currency", "[typecheck]") {
    const Unit pounds{Dimension::money, Per::day, Currency::pound};
    CHECK(let_type_of("let b = £3.4m during FY2016/17\n", "b").unit == pounds);
    CHECK(let_type_of("let b = £3.4m\nlet n = 2,000\nlet each = b / n\n", "each").unit == pounds);
    CHECK(let_type_of("let b = £3.4m\nlet c = 10% * b\n", "c").unit == pounds);
    CHECK(let_type_of("let b = £3.4m\nlet c = change(b, £4m)\n", "c").unit == Unit{Dimension::percent});
    CHECK(let_type_of("let b = £3.4m during 2016\nlet c = per_day(b)\n", "c").unit ==
          Unit{Dimension::rate, Per::day, Currency::pound});
    Diagnostic d = only_error("let b = £3.4m\nlet n = 2,000\nlet c = b + n\n");
    CHECK(d.message == "cannot add an amount in pounds and a count");
    CHECK(at(d) == "3:11");
    d = only_error("let c = £3 + $4\n");  // columns count code points: £ is one
    CHECK(d.message == "cannot add an amount in pounds and an amount in dollars");
    CHECK(at(d) == "1:12");
}

TEST_CASE("rates per head add and compare only at the same number of people", "[typecheck]") {
    const std::string lets = "let n = 40 during FY2016/17\nlet people = 8,000\n";
    Diagnostic d = only_error(lets + "let r = per_1000(n, people) + per_day(n)\n");
    CHECK(d.message == "cannot add a rate per 1,000 people and a rate per day");
    CHECK(at(d) == "3:29");
    d = only_error(lets + "claim c in \"a.txt\":\n  check per_1000(n, people) == per_100000(n, people)\n");
    CHECK_THAT(d.message, Catch::StartsWith("cannot compare per_1000(n, people) (a rate per 1,000 people) with "
                                            "per_100000(n, people) (a rate per 100,000 people)"));
    CHECK(at(d) == "4:32");
    CHECK(let_type_of(lets + "let r = per_head(n, people) - per_head(n, people)\n", "r").unit ==
          (Unit{Dimension::rate, Per::head}));
}

TEST_CASE("a let defined in terms of itself is an error", "[typecheck]") {
    Diagnostic d = only_error("let a = a + 1\n");
    CHECK(d.message == "a is defined in terms of itself");
    CHECK(at(d) == "1:5");
}

TEST_CASE("a cycle through two lets is reported once", "[typecheck]") {
    Diagnostic d = only_error("let a = b + 1\nlet b = a * 2\n");
    CHECK(d.message == "a is defined in terms of itself");
    CHECK(at(d) == "1:5");
}

TEST_CASE("invalid periods are errors at the part written wrong", "[typecheck]") {
    Diagnostic d = only_error("let x = 5 during FY2016/18\n");
    CHECK(d.message == "FY2016/18 is not a financial year: the year after 2016 ends in 17");
    CHECK(at(d) == "1:18");
    CHECK(only_error("let x = 5 during 30 February 2017\n").message ==
          "30 February 2017 is not a date: February 2017 has 28 days");
    CHECK(only_error("let x = 5 during 31 April 2016\n").message ==
          "31 April 2016 is not a date: April 2016 has 30 days");
    CHECK(only_error("let x = 5 during 2016-13-01\n").message == "there is no month 13");
    d = only_error("let x = 5 during FY2016/17 to FY2015/16\n");
    CHECK(d.message == "the period ends before it starts");
    CHECK(at(d) == "1:31");  // at the end that comes too early
}

TEST_CASE("an invalid period inside an expression is an error there", "[typecheck]") {
    Diagnostic d = only_error("let a = 1\nlet d = per_day(a, FY2016/18)\n");
    CHECK(d.message == "FY2016/18 is not a financial year: the year after 2016 ends in 17");
    CHECK(at(d) == "2:20");
}

TEST_CASE("a period cannot be negated", "[typecheck]") {
    Diagnostic d = only_error("let d = days(-FY2016/17)\n");
    CHECK(d.message == "cannot negate a period");
    CHECK(at(d) == "1:14");
}

TEST_CASE("every error of a file is reported, in order", "[typecheck]") {
    auto errors = errors_of("let a = nope\nlet b = 1 during FY2016/18\nlet c = zilch(1)\n");
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].at.line == 1);
    CHECK(errors[1].at.line == 2);
    CHECK(errors[2].at.line == 3);
}

TEST_CASE("names inside definitions are checked too", "[typecheck]") {
    Diagnostic d = only_error("define nearly N\n  means [0.9 * M, N)\n");
    CHECK_THAT(d.message, Catch::StartsWith("unknown name 'M'"));
    CHECK(at(d) == "2:16");
}

TEST_CASE("the thousands-separator hint appears when an argument is a grouped literal", "[typecheck]") {
    Diagnostic d = only_error("let x = ratio(63,361)\n");
    CHECK(d.message == "ratio takes 2 arguments, not 1: ratio(a, b) (a comma between digits is a thousands "
                       "separator: put a space after a comma that separates arguments)");
    CHECK(only_error("let x = days(FY2015/16, FY2016/17)\n").message ==
          "days takes 1 argument, not 2: days(period)");
}

TEST_CASE("a figure defined through more figures than the depth allows is an error at the deepest", "[typecheck]") {
    // Written last to first, so checking x0 walks the whole chain at once.
    std::string text;
    for (int i = 0; i < 5; ++i) text += "let x" + std::to_string(i) + " = x" + std::to_string(i + 1) + " + 1\n";
    text += "let x5 = 1\n";
    auto a = analyze_text(text);
    REQUIRE(a.errors.empty());
    for (std::size_t depth : {6, 5}) {
        std::vector<Diagnostic> errors;
        TypeChecker checker(a.scopes, errors, depth);
        checker.let(*a.scopes.at(&a.main()).name("x0"));
        INFO(depth << ": " << rendered(errors));
        if (depth == 6) {
            CHECK(errors.empty());  // x0 to x5: six figures open at once
        } else {
            REQUIRE(errors.size() == 1);
            CHECK(at(errors[0]) == "6:5");
            CHECK(errors[0].message ==
                  "a figure defined through 6 figures, each through the next, over the limit of 5; --max-depth raises it");
        }
    }
}

namespace {
// The errors of claims over a small table w: ward (text), age (integer), n (integer).
std::vector<Diagnostic> ward_errors(const std::string& claims) {
    test::Project p;
    p.file("w.csv", "ward,age,n\nRiverside,13,2\nHillside,14,3\n");
    p.file("main.claims", "table w from \"w.csv\":\n  column ward text\n  column age integer\n  column n integer\n"
                          "let s = sum(w.n)\nlet worst = missing \"not published\"\nclaim c in \"a.txt\":\n" + claims);
    return p.check().diagnostics();
}

Diagnostic only_ward_error(const std::string& claims) {
    auto errors = ward_errors(claims);
    INFO(rendered(errors));
    REQUIRE(errors.size() == 1);
    return errors[0];
}
}  // namespace

TEST_CASE("ranks: a key in quotes for a text column, a number for a number column", "[typecheck][ranks]") {
    for (const char* ok : {"top(sum(w.n by w.ward)) == \"Riverside\"", "bottom(count(w by w.ward), 2) != \"Hillside\"",
                           "top(sum(w.n by w.age)) == 13", "top(sum(w.n by w.age)) + 1 == 14",
                           "worst == \"Riverside\"", "top(sum(w.n by w.age)) == worst"}) {
        INFO(ok);
        auto errors = ward_errors(std::string("  check ") + ok + "\n");
        INFO(rendered(errors));
        CHECK(errors.empty());
    }
}

TEST_CASE("ranks: a key of the wrong kind is an error at the key", "[typecheck][ranks]") {
    Diagnostic d = only_ward_error("  check top(sum(w.n by w.age)) == \"13\"\n");
    CHECK(d.message == "w.age is integer: compare top(...) with a number, 13 without quotes");
    CHECK(at(d) == "8:35");
    d = only_ward_error("  check top(sum(w.n by w.ward)) == 13\n");
    CHECK_THAT(d.message, Catch::StartsWith("w.ward is text: write the key in quotes"));
    CHECK(at(d) == "8:36");
    d = only_ward_error("  check top(sum(w.n by w.age)) == 13%\n");
    CHECK(d.message == "a key of w.age is a plain number, not a percentage");
}

TEST_CASE("ranks: a key in quotes compared with a figure, or by <, is an error", "[typecheck][ranks]") {
    Diagnostic d = only_ward_error("  check s == \"Riverside\"\n");
    CHECK_THAT(d.message, Catch::StartsWith("cannot compare s (a count) with \"Riverside\" (a key in quotes)"));
    CHECK(at(d) == "8:14");
    d = only_ward_error("  check top(sum(w.n by w.ward)) < \"Riverside\"\n");
    CHECK(d.message == "< compares figures: a key in quotes is compared with == or !=");
    CHECK(at(d) == "8:33");
}

TEST_CASE("ranks: a rank is a whole number from 1, at the rank", "[typecheck][ranks]") {
    for (const char* rank : {"0", "1.5", "2%", "-1", "s"}) {
        INFO(rank);
        auto errors = ward_errors(std::string("  check top(sum(w.n by w.ward), ") + rank + ") == \"A\"\n");
        INFO(rendered(errors));
        REQUIRE_FALSE(errors.empty());
        CHECK_THAT(errors[0].message, Catch::StartsWith("a rank is a whole number from 1: top(x, 2) is the second"));
        CHECK(at(errors[0]) == "8:33");
    }
}

TEST_CASE("ranks: a text key is no figure", "[typecheck][ranks]") {
    Diagnostic d = only_ward_error("  check top(sum(w.n by w.ward)) + 1 == 2\n");
    CHECK_THAT(d.message, Catch::StartsWith("top gives a key of ward, which is text, not a number"));
    CHECK(at(d) == "8:9");
}

TEST_CASE("ranks: a grouped aggregate alone names every pick that takes one value of it", "[typecheck][ranks]") {
    Diagnostic d = only_ward_error("  check sum(w.n by w.ward) == 2\n");
    CHECK(d.message == "'by' gives one value per group: take max(...), min(...), top(...) or bottom(...) of it");
    CHECK(at(d) == "8:9");
}
