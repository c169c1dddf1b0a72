// engine/lang/evaluate: exact values of lets and expressions, missing figures, and failures with their place.
#include "engine/lang/evaluate.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::Analyzed;
using claimcheck::test::rendered;

namespace {

struct Loaded {
    Analyzed analyzed;
    Evaluator evaluator;

    explicit Loaded(const std::string& text, const Limits& limits = {})
        : analyzed(analyze_text(text)), evaluator(analyzed.scopes, analyzed.typed, limits) {
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
        FAIL("no EvalError");
    } catch (const EvalError& e) {
        CHECK(std::string(e.what()) == "division by zero (" + p.path() + ":3:11)");
    }
}

TEST_CASE("a built-in with no value fails with its name and place", "[evaluate]") {
    Loaded p("let z = 0\nlet a = 5\nlet c = change(z, a)\nlet r = ratio(a, z)\nlet m = mode(1, 2)\n");
    CHECK_THROWS_WITH(p.let("c"), "change: a change from zero has no percentage (" + p.path() + ":3:9)");
    CHECK_THROWS_WITH(p.let("r"), "ratio: a ratio to zero is undefined (" + p.path() + ":4:9)");
    CHECK_THROWS_AS(p.let("m"), EvalError);
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

// ---- error before unverifiable, in any order (language.md, section 11) ----------------------

namespace {

const std::string mixed_lets =
    "let m = missing \"not published\"\nlet m2 = missing \"withheld\"\n"
    "let n = 5\nlet z = 0\nlet a = 12\nlet b = 4\nlet r = a / b\n";

Verdict verdict_of_check(const std::string& check) { return claimcheck::test::verdict_of(mixed_lets, check); }

// Every order of the terms, joined by `op` in a flat chain and nested to the right.
std::vector<std::string> orders(std::vector<std::string> terms, const std::string& op) {
    std::sort(terms.begin(), terms.end());
    std::vector<std::string> out;
    do {
        std::string flat = terms[0], nested = terms.back();
        for (std::size_t i = 1; i < terms.size(); ++i) flat += " " + op + " " + terms[i];
        for (std::size_t i = terms.size() - 1; i-- > 0;) nested = "(" + terms[i] + " " + op + " " + nested + ")";
        out.push_back(flat);
        out.push_back(nested);
    } while (std::next_permutation(terms.begin(), terms.end()));
    return out;
}

// Every order of the arguments of f.
std::vector<std::string> calls(const std::string& f, std::vector<std::string> args) {
    std::sort(args.begin(), args.end());
    std::vector<std::string> out;
    do {
        std::string call = f + "(";
        for (std::size_t i = 0; i < args.size(); ++i) call += (i ? ", " : "") + args[i];
        out.push_back(call + ")");
    } while (std::next_permutation(args.begin(), args.end()));
    return out;
}

void require_one_verdict(const std::vector<std::string>& subjects, Verdict expected) {
    for (const auto& subject : subjects) {
        INFO(subject << " == 1");
        CHECK(verdict_of_check(subject + " == 1") == expected);
    }
}

}  // namespace

TEST_CASE("a division by zero is an error whatever order a missing figure comes in", "[evaluate][order]") {
    // The pair: (n / z) + m and m + (n / z).
    require_one_verdict({"(n / z) + m", "m + (n / z)"}, Verdict::error);
    for (const std::string op : {"+", "-", "*"}) {
        require_one_verdict(orders({"m", "(n / z)", "r"}, op), Verdict::error);
        require_one_verdict(orders({"m", "(n / z)", "m2"}, op), Verdict::error);
        require_one_verdict(orders({"m", "r", "m2"}, op), Verdict::unverifiable);
        require_one_verdict(orders({"r", "(a / b)", "(n / z)"}, op), Verdict::error);
    }
    for (const std::string f : {"sum", "mean", "min", "max"}) {
        require_one_verdict(calls(f, {"m", "n / z", "r"}), Verdict::error);
        require_one_verdict(calls(f, {"m", "m2", "r"}), Verdict::unverifiable);
        require_one_verdict(calls(f, {"m", "r * (n / z)", "m2", "r"}), Verdict::error);
    }
    require_one_verdict(calls("mode", {"m", "n / z", "r"}), Verdict::error);
    require_one_verdict(calls("mode", {"m", "r", "n / b"}), Verdict::unverifiable);  // a tie or not: as m is
}

TEST_CASE("dividing a missing figure by zero is an error; dividing by a missing one is not known", "[evaluate][order]") {
    CHECK(verdict_of_check("m / z == 1") == Verdict::error);
    CHECK(verdict_of_check("m / (a - a) == 1") == Verdict::error);
    CHECK(verdict_of_check("n / m == 1") == Verdict::unverifiable);
    CHECK(verdict_of_check("(m * 2) / z * m2 == 1") == Verdict::error);
}

TEST_CASE("a builtin's argument that alone leaves no value is an error beside a missing one", "[evaluate][order]") {
    CHECK(verdict_of_check("change(z, m) is 5%") == Verdict::error);       // a change from zero, whatever m is
    CHECK(verdict_of_check("change(m, z) is 5%") == Verdict::unverifiable);  // m may be zero or not
    CHECK(verdict_of_check("share(m, z) is 5%") == Verdict::error);
    CHECK(verdict_of_check("share(z, m) is 5%") == Verdict::unverifiable);
    CHECK(verdict_of_check("ratio(m, z) is 5 times") == Verdict::error);
    CHECK(verdict_of_check("ratio(z, m) is 5 times") == Verdict::unverifiable);
    // Both sides of a relation: an error on either side is the verdict.
    CHECK(verdict_of_check("m == n / z") == Verdict::error);
    CHECK(verdict_of_check("n / z == m") == Verdict::error);
}

TEST_CASE("the error named is the first in reading order, the same for every order of the rest", "[evaluate][order]") {
    Loaded p(mixed_lets + "let x = m + (n / z)\nlet y = (n / z) + m\n");
    for (const std::string name : {"x", "y"}) {
        try {
            p.let(name);
            FAIL("no failure for " << name);
        } catch (const EvalError& failure) {
            CHECK(std::string(failure.what()).rfind("division by zero (", 0) == 0);
        }
    }
}

TEST_CASE("missing figures alone: the first in reading order is named", "[evaluate][order]") {
    Loaded p(mixed_lets + "let x = m2 + m\n");
    try {
        p.let("x");
        FAIL("no missing figure");
    } catch (const MissingFigure& missing) {
        CHECK(std::string(missing.what()).rfind("m2 is missing", 0) == 0);
    }
}
