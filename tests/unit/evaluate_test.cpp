// engine/evaluate: exact values of lets and expressions, missing figures, and failures with their place.
#include "engine/evaluate.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::Analyzed;
using claimcheck::test::rendered;

namespace {

struct Loaded {
    Analyzed analyzed;
    Evaluator evaluator;

    explicit Loaded(const std::string& text, const Limits& limits = {})
        : analyzed(analyze_text(text)), evaluator(analyzed.scopes, limits) {
        INFO(rendered(analyzed.errors));
        REQUIRE(analyzed.errors.empty());
    }

    Value let(const std::string& name) {
        return evaluator.let(*analyzed.scopes.at(&analyzed.main()).name(name));
    }
    std::string path() const { return analyzed.main().source.path(); }
};

}  // namespace

TEST_CASE("0.1 + 0.2 is exactly 0.3", "[evaluate]") {
    Loaded p("let x = 0.1 + 0.2\n");
    CHECK(p.let("x").number == Rational(3, 10));
}

TEST_CASE("operators are exact and left to right, * and / before + and -", "[evaluate]") {
    Loaded p("let a = 1 / 3 * 3\nlet b = 2 + 3 * 4\nlet c = (2 + 3) * 4\nlet d = 10 - 4 - 3\n"
              "let e = 1 / 3 + 1 / 6\nlet f = -5 + 2\nlet g = --5\n");
    CHECK(p.let("a").number == 1);
    CHECK(p.let("b").number == 14);
    CHECK(p.let("c").number == 20);
    CHECK(p.let("d").number == 3);
    CHECK(p.let("e").number == Rational(1, 2));
    CHECK(p.let("f").number == -3);
    CHECK(p.let("g").number == 5);
}

TEST_CASE("lets carry their unit and period at run time", "[evaluate]") {
    Loaded p("let a = 5,653 during FY2016/17\nlet s = 44%\nlet r = a / a\n");
    Value a = p.let("a");
    CHECK(a.number == 5653);
    CHECK(a.type.unit == Unit{Dimension::count});
    REQUIRE(a.type.period);
    CHECK(a.type.period->days() == 365);
    CHECK(p.let("s").number == Rational(11, 25));
    CHECK(p.let("s").type.unit == Unit{Dimension::percent});
    CHECK(p.let("r").type.unit == Unit{Dimension::ratio});
}

TEST_CASE("lets refer to lets, in any order", "[evaluate]") {
    Loaded p("let total = a + b\nlet a = 112 during FY2015/16\nlet b = 58 during FY2016/17\n");
    Value total = p.let("total");
    CHECK(total.number == 170);
    REQUIRE(total.type.period);
    CHECK(total.type.period->days() == 731);
}

TEST_CASE("built-ins evaluate exactly", "[evaluate]") {
    Loaded p("let a = 3,903 during FY2015/16\nlet b = 5,653 during FY2016/17\n"
              "let c = change(a, b)\nlet d = per_day(b)\nlet e = per_day(a)\nlet f = days(FY2015/16)\n"
              "let g = share(58, 170)\nlet h = per_day(366, FY2015/16)\n");
    CHECK(p.let("c").number == Rational(1750, 3903));
    CHECK(p.let("c").type.unit == Unit{Dimension::percent});
    CHECK(p.let("d").number == Rational(5653, 365));
    CHECK(p.let("d").type.unit == (Unit{Dimension::rate, Per::day}));
    CHECK(p.let("e").number == Rational(3903, 366));
    CHECK(p.let("f").number == 366);
    CHECK(p.let("g").number == Rational(29, 85));
    CHECK(p.let("h").number == 1);
}

TEST_CASE("division by zero fails with its file, line and column", "[evaluate]") {
    Loaded p("let z = 0\nlet a = 5\nlet x = a / z\n");
    try {
        p.let("x");
        FAIL("no EvaluationFailure");
    } catch (const EvaluationFailure& e) {
        CHECK(std::string(e.what()) == "division by zero (" + p.path() + ":3:11)");
    }
}

TEST_CASE("a built-in with no value fails with its name and place", "[evaluate]") {
    Loaded p("let z = 0\nlet a = 5\nlet c = change(z, a)\nlet r = ratio(a, z)\nlet m = mode(1, 2)\n");
    CHECK_THROWS_WITH(p.let("c"), "change: a change from zero has no percentage (" + p.path() + ":3:9)");
    CHECK_THROWS_WITH(p.let("r"), "ratio: a ratio to zero is undefined (" + p.path() + ":4:9)");
    CHECK_THROWS_AS(p.let("m"), EvaluationFailure);
}

TEST_CASE("a missing figure throws with its reason and where it is", "[evaluate]") {
    Loaded p("\nlet age.youngest = missing \"no age table in the release\"\nlet n = missing\n"
              "let x = age.youngest + 1\n");
    CHECK_THROWS_WITH(p.let("age.youngest"),
                      "age.youngest is missing from the data (" + p.path() + ":2): no age table in the release");
    CHECK_THROWS_WITH(p.let("n"), "n is missing from the data (" + p.path() + ":3)");
    CHECK_THROWS_AS(p.let("x"), MissingFigure);
}

TEST_CASE("parameters shadow lets of the same name", "[evaluate]") {
    Loaded p("let N = 7\nlet x = N * 2\n");
    const ast::Let& let = *p.analyzed.scopes.at(&p.analyzed.main()).name("x")->let;
    const auto& figure = boost::get<ast::Figure>(let.value.get());
    ValueParams params{{"N", Value{3, Type{Unit{Dimension::number}, std::nullopt}}}};
    CHECK(p.evaluator.expression(figure.value, p.analyzed.main(), &params).number == 6);
    CHECK(p.evaluator.expression(figure.value, p.analyzed.main()).number == 14);
}

TEST_CASE("an exact value past the bits allowed stops the run at the operation that grew it", "[evaluate]") {
    const std::string text = "let x = 1 / 1000 / 1000 / 1000\n";  // 1/10^9: 1 + 30 bits
    Limits limits;
    limits.max_bits = 31;
    CHECK(Loaded(text, limits).let("x").number == Rational(1, 1000000000));
    limits.max_bits = 30;
    Loaded p(text, limits);
    try {
        p.let("x");
        FAIL("no LimitExceeded");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.at.line == 1);
        CHECK(e.diagnostic.at.column == 25);
        CHECK(e.diagnostic.message == "an exact value of 31 bits, over the limit of 30; --max-bits raises it");
    }
}

TEST_CASE("figures defined through figures nest, and stop the run past the depth allowed", "[evaluate]") {
    std::string text = "let x0 = 1\n";
    for (int i = 1; i <= 5; ++i) text += "let x" + std::to_string(i) + " = x" + std::to_string(i - 1) + " + 1\n";
    Limits limits;
    limits.parse.max_depth = 5;  // x5 needs x4, which needs x3, ... down to x0: five
    CHECK(Loaded(text, limits).let("x5").number == 6);
    limits.parse.max_depth = 4;
    Loaded p(text, limits);
    try {
        p.let("x5");
        FAIL("no LimitExceeded");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.at.line == 2);  // x1's use of x0, the fifth
        CHECK(e.diagnostic.at.column == 10);
        CHECK(e.diagnostic.message ==
              "a figure defined through 5 figures, each through the next, over the limit of 4; --max-depth raises it");
    }
}
