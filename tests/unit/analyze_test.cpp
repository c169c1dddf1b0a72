// engine/lang/analyze: static checks of claims and definitions: unit mismatches with hints, phrases, rounding rules.
#include "engine/lang/analyze.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::errors_of;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

const std::string counts = "use house-style\nlet a = 3,903 during FY2015/16\nlet b = 5,653 during FY2016/17\n"
                           "let p = 44%\nlet q = 47%\n";

// The only error of a claim file whose check is on line 6 (after the lets above and the claim line).
Diagnostic check_error(const std::string& check) {
    auto errors = errors_of(counts + "claim c in \"a.txt\":\n  check " + check + "\n");
    INFO(rendered(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].at.line == 7);
    return errors[0];
}

// Column of `piece` in the check line as written ("  check " + check).
int column_of(const std::string& check, const std::string& piece) {
    return static_cast<int>(std::string("  check ").size() + check.find(piece)) + 1;
}

}  // namespace

TEST_CASE("a percentage compared with a bare number suggests writing per cent", "[analyze]") {
    std::string check = "change(a, b) is 44";
    Diagnostic d = check_error(check);
    CHECK(d.message == "cannot compare change(a, b) (a percentage) with 44 (a plain number); "
                       "write 44% for a percentage");
    CHECK(d.at.column == column_of(check, "44"));
}

TEST_CASE("points compared with per cent suggests points", "[analyze]") {
    std::string check = "points(p, q) is 3%";
    Diagnostic d = check_error(check);
    CHECK(d.message == "cannot compare points(p, q) (percentage points) with 3% (a percentage); "
                       "a difference of two percentages is in points: write it as N points");
    CHECK(d.at.column == column_of(check, "3%"));
}

TEST_CASE("a relative change compared with points suggests points()", "[analyze]") {
    Diagnostic d = check_error("change(a, b) is 3 points");
    CHECK_THAT(d.message, Catch::StartsWith("cannot compare change(a, b) (a percentage) with 3 points "
                                            "(percentage points); change() gives a relative change"));
}

TEST_CASE("a count compared with a percentage asks of what", "[analyze]") {
    Diagnostic d = check_error("b is 44%");
    CHECK(d.message == "cannot compare b (a count) with 44% (a percentage); a percentage of what? "
                       "compare share(part, whole) or change(from, to) with it");
}

TEST_CASE("an exact comparison of mismatched units is an error too", "[analyze]") {
    std::string check = "change(a, b) == 44";
    Diagnostic d = check_error(check);
    CHECK_THAT(d.message, Catch::StartsWith("cannot compare change(a, b) (a percentage) with"));
    CHECK(d.at.column == column_of(check, "44"));  // the caret goes under the figure compared
}

TEST_CASE("a phrase whose meaning has the wrong unit is a mismatch", "[analyze]") {
    Diagnostic d = check_error("change(a, b) is more than 50");
    CHECK(d.message == "cannot compare change(a, b) (a percentage) with more than 50 (a plain number); "
                       "write 50% for a percentage");
    d = check_error("b is more than a third");
    CHECK_THAT(d.message, Catch::StartsWith("cannot compare b (a count) with more than a third (a percentage)"));
}

TEST_CASE("a phrase that does not resolve says what is missing", "[analyze]") {
    std::string check = "b is zillions";
    Diagnostic d = check_error(check);
    CHECK(d.message == "no definition of 'zillions' is in scope (is `use house-style` missing, or a `define` "
                       "for it?)");
    CHECK(d.at.column == column_of(check, "zillions"));
}

TEST_CASE("without use house-style the vocabulary is not in scope", "[analyze]") {
    auto errors = errors_of("let b = 183\nclaim c in \"a.txt\":\n  check b is hundreds\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith("no definition of 'hundreds' is in scope"));
    CHECK(errors[0].at.line == 3);
    CHECK(errors[0].at.column == 14);
}

TEST_CASE("phrases that need or refuse a number say so", "[analyze]") {
    CHECK(check_error("b is nearly").message == "'nearly' needs a number after it (nearly N)");
    CHECK(check_error("b is hundreds 5").message == "'hundreds' takes no number after it");
    CHECK(check_error("b is nearly (a + 1)").message ==
          "a vocabulary phrase takes a written number, not an expression");
}

TEST_CASE("a rounding rule on a phrase is an error at the rule", "[analyze]") {
    std::string check = "b is nearly 6,000 truncated";
    Diagnostic d = check_error(check);
    CHECK(d.message == "a rounding rule applies to a number, not to a phrase");
    CHECK(d.at.column == column_of(check, "truncated"));
    CHECK(check_error("b is about 5,600 within 5").message ==
          "a rounding rule applies to a number, not to a phrase");
}

TEST_CASE("one rounding rule per check", "[analyze]") {
    std::string check = "change(a, b) is 44% truncated to 1 dp";
    Diagnostic d = check_error(check);
    CHECK(d.message == "a check takes one rounding rule");
    CHECK(d.at.column == column_of(check, "to 1 dp"));
}

TEST_CASE("decimal places are whole numbers", "[analyze]") {
    CHECK(check_error("per_day(b) is 15.5 to 1.5 dp").message == "decimal places are a whole number: to 1 dp");
    CHECK(check_error("per_day(b) is 15.5 to 1% dp").message == "decimal places are a whole number: to 1 dp");
}

TEST_CASE("rounding to the nearest step in another unit is an error", "[analyze]") {
    CHECK(check_error("change(a, b) is 40% to the nearest 5 points").message ==
          "round to a step in the stated number's own unit");
}

TEST_CASE("rounding rules other than within need a written number", "[analyze]") {
    Diagnostic d = check_error("b is (a + 1,750) truncated");
    CHECK(d.message == "rounding rules apply to a written number, not an expression");
    auto errors = errors_of(counts + "claim c in \"a.txt\":\n  check b is (a + 1,750) within 1\n");
    INFO(rendered(errors));
    CHECK(errors.empty());
}

TEST_CASE("a claim has one quote", "[analyze]") {
    auto errors = errors_of("claim c in \"a.txt\":\n  quote \"one\"\n  quote \"two\"\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "a claim has one quote; make another claim for another statement");
    CHECK(errors[0].at.line == 3);
    CHECK(errors[0].at.column == 3);
}

TEST_CASE("a claim has one expectation", "[analyze]") {
    auto errors = errors_of("claim c in \"a.txt\":\n  expect pass\n  expect fail\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "a claim has one expectation");
    CHECK(errors[0].at.line == 3);
}

TEST_CASE("a definition needs a value or a meaning", "[analyze]") {
    auto errors = errors_of("define zillions\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "this definition gives neither a value (= ...) nor a meaning (means [...])");
    CHECK(errors[0].at.line == 1);
    CHECK(errors[0].at.column == 1);
}

TEST_CASE("a definition has exactly one means line", "[analyze]") {
    std::string expected = "a definition has exactly one 'means' line, and any number of 'warn' lines";
    auto errors = errors_of("define lots\n  means [100, inf)\n  means [200, inf)\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == expected);
    errors = errors_of("define lots\n  warn [100, inf)\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == expected);
    CHECK(errors_of("define lots\n  means [100, inf)\n  warn [50, inf)\n  warn [20, inf)\n").empty());
}

TEST_CASE("definitions are type-checked with N a plain number", "[analyze]") {
    auto errors = errors_of("define lots N\n  means [N + 5%, inf)\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "cannot add a plain number and a percentage");
}

TEST_CASE("a phrase check is planned with its resolved term", "[analyze]") {
    auto a = analyze_text(counts + "claim c in \"a.txt\":\n  check b is over 5,600\n  check b is 5,653\n");
    INFO(rendered(a.errors));
    REQUIRE(a.errors.empty());
    auto checks = a.checks();
    REQUIRE(checks.size() == 2);
    const CheckPlan& phrase = a.plans.at(checks[0]);
    REQUIRE(phrase.phrase);
    CHECK(phrase.phrase->text() == "over 5,600");
    CHECK_FALSE(a.plans.at(checks[1]).phrase);
}

TEST_CASE("claims of used files are not checked, their lets are", "[analyze]") {
    Project p;
    p.file("other.claims", "let x = 1\nclaim broken in \"a.txt\":\n  check nope is 3\n");
    p.file("main.claims", "use \"other.claims\"\nclaim c in \"a.txt\":\n  check x is 1\n");
    CHECK(p.check().ok());
    p.file("other.claims", "let x = nope\n");
    auto result = p.check();
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].path == p.path("other.claims"));
}

TEST_CASE("errors are sorted by line and column", "[analyze]") {
    auto errors = errors_of(counts + "claim c in \"a.txt\":\n  check b is zillions\n  check nope is 3\n"
                                     "  quote \"x\"\n  quote \"y\"\n");
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].at.line == 7);
    CHECK(errors[1].at.line == 8);
    CHECK(errors[2].at.line == 10);
}
