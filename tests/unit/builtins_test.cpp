// engine/lang/builtins: each built-in function's typing rule, arity and exact value.
#include "engine/lang/builtins.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::errors_of;

namespace {

Period fy(int year) {
    return Period{days_from_civil(year, 4, 1), days_from_civil(year + 1, 3, 31),
                  "FY" + std::to_string(year) + "/" + std::to_string((year + 1) % 100)};
}

Period span(int y1, int m1, int d1, int y2, int m2, int d2) {
    return Period{days_from_civil(y1, m1, d1), days_from_civil(y2, m2, d2), ""};
}

Type type(Dimension d, std::optional<Period> p = std::nullopt) { return Type{Unit{d}, std::move(p)}; }

Value count(Rational n, std::optional<Period> p = std::nullopt) {
    return Value{std::move(n), type(Dimension::count, std::move(p))};
}
Value percent(Rational n) { return Value{std::move(n), type(Dimension::percent)}; }
Value period(Period p) { return Value{0, type(Dimension::period, std::move(p))}; }

const Builtin& fn(std::string_view name) {
    const Builtin* b = find_builtin(name);
    REQUIRE(b != nullptr);
    return *b;
}

Type type_of(std::string_view name, const std::vector<Type>& args) {
    auto result = fn(name).type(args);
    if (auto* message = std::get_if<std::string>(&result)) FAIL(*message);
    return std::get<Type>(result);
}

std::string type_error(std::string_view name, const std::vector<Type>& args) {
    auto result = fn(name).type(args);
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

Rational eval(std::string_view name, const std::vector<Value>& args) { return fn(name).eval(args); }

std::string eval_error(std::string_view name, const std::vector<Value>& args) {
    try {
        fn(name).eval(args);
    } catch (const EvalError& e) {
        return e.what();
    }
    FAIL("no EvalError from " << name);
    return "";
}

}  // namespace

TEST_CASE("every built-in named in the brief exists, with its arity", "[builtins]") {
    struct Arity {
        const char* name;
        int min;
        int max;
    };
    for (auto [name, min, max] : {Arity{"change", 2, 2}, Arity{"ratio", 2, 2}, Arity{"share", 2, 2},
                                  Arity{"points", 2, 2}, Arity{"sum", 1, -1}, Arity{"mean", 1, -1},
                                  Arity{"min", 1, -1}, Arity{"max", 1, -1}, Arity{"mode", 1, -1},
                                  Arity{"per_day", 1, 2}, Arity{"per_week", 1, 2}, Arity{"per_month", 1, 2},
                                  Arity{"per_year", 1, 2}, Arity{"days", 1, 1}, Arity{"any_share", 1, 1},
                                  Arity{"any_mean", 1, 2}, Arity{"per_head", 2, 2}, Arity{"per_1000", 2, 2},
                                  Arity{"per_100000", 2, 2}}) {
        INFO(name);
        const Builtin* b = find_builtin(name);
        REQUIRE(b != nullptr);
        CHECK(b->min_args == min);
        CHECK(b->max_args == max);
        CHECK(b->signature.substr(0, b->name.size()) == b->name);
    }
    CHECK(builtins().size() == 19);
    CHECK(find_builtin("average") == nullptr);
}

TEST_CASE("change is the relative change against the starting figure", "[builtins]") {
    CHECK(eval("change", {count(3903), count(5653)}) == Rational(1750, 3903));
    CHECK(eval("change", {count(63), count(361)}) == Rational(298, 63));
    CHECK(eval("change", {count(100), count(50)}) == Rational(-1, 2));
    CHECK(eval("change", {count(100), count(100)}) == 0);
    CHECK(eval("change", {count(100), count(0)}) == -1);
    CHECK(eval("change", {count(-10), count(-5)}) == Rational(1, 2));  // against the size of -10
    Type t = type_of("change", {type(Dimension::count), type(Dimension::count)});
    CHECK(t.unit == Unit{Dimension::percent});
    CHECK_FALSE(t.period);
}

TEST_CASE("change from zero has no percentage", "[builtins]") {
    CHECK(eval_error("change", {count(0), count(5)}) == "a change from zero has no percentage");
    CHECK(eval_error("change", {count(0), count(0)}) == "a change from zero has no percentage");
}

TEST_CASE("change needs two figures of one kind", "[builtins]") {
    CHECK(type_error("change", {type(Dimension::count), type(Dimension::percent)}) ==
          "its arguments must measure the same thing, not a count and a percentage");
    CHECK(type_error("change", {type(Dimension::period, fy(2015)), type(Dimension::count)}) ==
          "it takes figures, not periods");
    CHECK(type_of("change", {type(Dimension::unknown), type(Dimension::count)}).unit ==
          Unit{Dimension::unknown});
    CHECK(type_of("change", {type(Dimension::percent), type(Dimension::percent)}).unit ==
          Unit{Dimension::percent});
}

TEST_CASE("ratio divides, and refuses a zero divisor", "[builtins]") {
    CHECK(eval("ratio", {count(361), count(63)}) == Rational(361, 63));
    CHECK(eval("ratio", {count(0), count(63)}) == 0);
    CHECK(eval_error("ratio", {count(5), count(0)}) == "a ratio to zero is undefined");
    CHECK(type_of("ratio", {type(Dimension::count), type(Dimension::count)}).unit == Unit{Dimension::ratio});
}

TEST_CASE("share is a part as a percentage of a whole", "[builtins]") {
    CHECK(eval("share", {count(58), count(170)}) == Rational(29, 85));
    CHECK(eval("share", {count(0), count(170)}) == 0);
    CHECK(eval_error("share", {count(5), count(0)}) == "a share of zero is undefined");
    CHECK(type_of("share", {type(Dimension::count), type(Dimension::count)}).unit ==
          Unit{Dimension::percent});
}

TEST_CASE("points is the difference of two percentages and takes only percentages", "[builtins]") {
    CHECK(eval("points", {percent(Rational(44, 100)), percent(Rational(47, 100))}) == Rational(3, 100));
    CHECK(eval("points", {percent(Rational(47, 100)), percent(Rational(44, 100))}) == Rational(-3, 100));
    CHECK(type_of("points", {type(Dimension::percent), type(Dimension::percent)}).unit ==
          Unit{Dimension::points});
    CHECK(type_error("points", {type(Dimension::count), type(Dimension::count)}) ==
          "it takes two percentages, not a count");
    CHECK(type_error("points", {type(Dimension::percent), type(Dimension::number)}) ==
          "it takes two percentages, not a plain number");
    CHECK(type_of("points", {type(Dimension::unknown), type(Dimension::percent)}).unit ==
          Unit{Dimension::unknown});
}

TEST_CASE("sum, mean, min and max of like figures", "[builtins]") {
    std::vector<Value> xs = {count(112), count(58), count(3)};
    CHECK(eval("sum", xs) == 173);
    CHECK(eval("mean", xs) == Rational(173, 3));
    CHECK(eval("min", xs) == 3);
    CHECK(eval("max", xs) == 112);
    CHECK(eval("sum", {count(7)}) == 7);
    CHECK(eval("min", {count(-2), count(1)}) == -2);
    CHECK(type_of("mean", {type(Dimension::count), type(Dimension::number)}).unit == Unit{Dimension::count});
    CHECK(type_of("max", {type(Dimension::percent), type(Dimension::percent)}).unit ==
          Unit{Dimension::percent});
    CHECK(type_error("min", {type(Dimension::percent), type(Dimension::count)}) ==
          "its arguments must measure the same thing, not a percentage and a count");
    CHECK(type_error("sum", {type(Dimension::count), type(Dimension::period, fy(2015))}) ==
          "it takes figures, not periods");
}

TEST_CASE("mode is the single most common value, and ties are an error", "[builtins]") {
    CHECK(eval("mode", {count(13), count(14), count(13)}) == 13);
    CHECK(eval("mode", {count(5)}) == 5);
    std::string tie = eval_error("mode", {count(13), count(14), count(14), count(13)});
    CHECK_THAT(tie, Catch::StartsWith("there is no single most common value: 2 values each appear 2 times"));
    CHECK_THAT(eval_error("mode", {count(1), count(2), count(3)}),
               Catch::StartsWith("there is no single most common value: 3 values"));
}

TEST_CASE("sum keeps the period when the parts are back to back", "[builtins]") {
    Type whole = type_of("sum", {type(Dimension::count, fy(2016)), type(Dimension::count, fy(2015))});
    REQUIRE(whole.period);
    CHECK(whole.period->days() == 731);
    CHECK(whole.period->first == fy(2015).first);
    Type three = type_of("sum", {type(Dimension::count, fy(2015)), type(Dimension::count, fy(2016)),
                                 type(Dimension::count, fy(2017))});
    REQUIRE(three.period);
    CHECK(three.period->days() == 366 + 365 + 365);
    CHECK_FALSE(type_of("sum", {type(Dimension::count, fy(2015)), type(Dimension::count, fy(2017))}).period);
    CHECK_FALSE(type_of("sum", {type(Dimension::count, fy(2015)), type(Dimension::count)}).period);
}

TEST_CASE("sum over one shared period keeps it", "[builtins]") {
    Type regions = type_of("sum", {type(Dimension::count, fy(2016)), type(Dimension::count, fy(2016))});
    REQUIRE(regions.period);
    CHECK(regions.period->days() == 365);
}

TEST_CASE("a daily rate of two regions over the same year", "[builtins]") {
    std::string lets = "let kent = 361 during FY2016/17\nlet lincs = 58 during FY2016/17\n";
    CHECK(check_one(lets, "per_day(kent + lincs) == 419 / 365").verdict == Verdict::pass);
    CHECK(check_one(lets, "per_day(sum(kent, lincs)) == 419 / 365").verdict == Verdict::pass);
}

TEST_CASE("per_day and per_week divide by the real number of days", "[builtins]") {
    CHECK(eval("per_day", {count(5653, fy(2016))}) == Rational(5653, 365));
    CHECK(eval("per_day", {count(3903, fy(2015))}) == Rational(3903, 366));  // 29 Feb 2016
    CHECK(eval("per_week", {count(5653, fy(2016))}) == Rational(5653 * 7, 365));
    CHECK(eval("per_week", {count(3903, fy(2015))}) == Rational(3903 * 7, 366));
    CHECK(eval("per_day", {count(366), period(fy(2015))}) == 1);  // a period named explicitly
    Type t = type_of("per_day", {type(Dimension::count, fy(2016))});
    CHECK(t.unit == Unit{Dimension::rate, Per::day});
    CHECK(type_of("per_week", {type(Dimension::count, fy(2016))}).unit == Unit{Dimension::rate, Per::week});
}

TEST_CASE("per_month and per_year count calendar months", "[builtins]") {
    CHECK(eval("per_month", {count(5653, fy(2016))}) == Rational(5653, 12));
    CHECK(eval("per_year", {count(5653, fy(2016))}) == 5653);
    Period two_years = span(2015, 4, 1, 2017, 3, 31);
    CHECK(eval("per_year", {count(9556, two_years)}) == 4778);
    CHECK(eval("per_month", {count(30), period(span(2016, 4, 1, 2016, 6, 30))}) == 10);
    CHECK(type_of("per_year", {type(Dimension::count, fy(2016))}).unit == Unit{Dimension::rate, Per::year});
}

TEST_CASE("per_month and per_year refuse spans that are not whole months", "[builtins]") {
    Period ragged = span(2016, 4, 2, 2016, 6, 30);
    CHECK(type_error("per_month", {type(Dimension::count, ragged)}) ==
          "2 Apr 2016 to 30 Jun 2016, 90 days is not a whole number of calendar months; use per_day or per_week");
    CHECK_THAT(type_error("per_year", {type(Dimension::count), type(Dimension::period, ragged)}),
               Catch::EndsWith("is not a whole number of calendar months; use per_day or per_week"));
    CHECK(type_of("per_day", {type(Dimension::count, ragged)}).unit == Unit{Dimension::rate, Per::day});
}

TEST_CASE("per_day needs a count with a period", "[builtins]") {
    CHECK_THAT(type_error("per_day", {type(Dimension::count)}), Catch::StartsWith("the figure has no period"));
    CHECK(type_error("per_day", {type(Dimension::percent, fy(2016))}) == "it takes a count or an amount of money, not a percentage");
    CHECK(type_error("per_day", {type(Dimension::count), type(Dimension::count)}) ==
          "its second argument must be a period such as FY2016/17, not a count");
    CHECK(type_of("per_day", {type(Dimension::unknown)}).unit == Unit{Dimension::unknown});
    CHECK(type_of("per_day", {type(Dimension::count), type(Dimension::period, fy(2016))}).unit ==
          Unit{Dimension::rate, Per::day});
}

TEST_CASE("per_head, per_1000 and per_100000 divide by a population", "[builtins]") {
    CHECK(eval("per_head", {count(1234), count(250000)}) == Rational(1234, 250000));
    CHECK(eval("per_1000", {count(1234), count(250000)}) == Rational(1234 * 1000, 250000));
    CHECK(eval("per_100000", {count(1234), count(250000)}) == Rational(2468, 5));
    CHECK(type_of("per_head", {type(Dimension::count), type(Dimension::count)}).unit == Unit{Dimension::rate, Per::head});
    CHECK(type_of("per_1000", {type(Dimension::count, fy(2016)), type(Dimension::number)}).unit ==
          Unit{Dimension::rate, Per::thousand});
    CHECK(type_of("per_100000", {type(Dimension::count), type(Dimension::count)}).unit ==
          Unit{Dimension::rate, Per::hundred_thousand});
    CHECK(type_of("per_1000", {type(Dimension::unknown), type(Dimension::count)}).unit == Unit{Dimension::unknown});
}

TEST_CASE("a rate per head takes a count and a population, not zero people", "[builtins]") {
    CHECK(type_error("per_1000", {type(Dimension::percent), type(Dimension::count)}) ==
          "it takes a count and a population, not a percentage");
    CHECK(type_error("per_head", {type(Dimension::count), type(Dimension::period, fy(2016))}) ==
          "it takes a count and a population, not a period");
    CHECK(eval_error("per_100000", {count(5), count(0)}) == "a rate per head of a population of zero is undefined");
}

TEST_CASE("a rate per head of a population known within bounds", "[builtins]") {
    const std::string lets = "let crimes = 1,234\nlet people = 250,000 to the nearest 1,000\n";
    // 1,234,000 / 250,500 = 4.926 and 1,234,000 / 249,500 = 4.946: 4.9 for every value, 4.93 for some.
    CHECK(check_one(lets, "per_1000(crimes, people) is 4.9").verdict == Verdict::pass);
    CHECK(check_one(lets, "per_1000(crimes, people) is 4.93").verdict == Verdict::warn);
    CHECK(check_one("let crimes = 1\nlet people = between 0 and 5\n", "per_head(crimes, people) is 1").verdict ==
          Verdict::error);
}

TEST_CASE("days counts the days of a period", "[builtins]") {
    CHECK(eval("days", {period(fy(2015))}) == 366);
    CHECK(eval("days", {period(fy(2016))}) == 365);
    CHECK(type_of("days", {type(Dimension::period, fy(2015))}).unit == Unit{Dimension::count});
    CHECK(type_error("days", {type(Dimension::count)}) == "it takes a period, not a count");
}

// Through the language: periods written in a claims file reach the built-ins.
TEST_CASE("per_day over FY2015/16 and FY2016/17 in a claims file", "[builtins]") {
    std::string lets = "let a = 366 during FY2015/16\nlet b = 365 during FY2016/17\n";
    CHECK(check_one(lets, "per_day(a) == 1").verdict == Verdict::pass);
    CHECK(check_one(lets, "per_day(b) == 1").verdict == Verdict::pass);
    CHECK(check_one(lets, "days(FY2015/16) == 366").verdict == Verdict::pass);
    CHECK(check_one(lets, "per_day(a + b) == 1").verdict == Verdict::pass);  // 731 over 731 days
    CHECK(check_one(lets, "per_year(sum(a, b)) == 365.5").verdict == Verdict::pass);
}

TEST_CASE("arity errors name the function, its signature and the comma rule", "[builtins]") {
    auto errors = errors_of("let a = 1\nlet b = 2\nlet c = change(a, b, a)\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith("change takes 2 arguments, not 3: change(from, to)"));
    CHECK(errors[0].at.line == 3);
    CHECK(errors[0].at.column == 9);
    errors = errors_of("let a = 1\nlet c = per_day(a, FY2016/17, a)\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith("per_day takes 1 or 2 arguments, not 3"));
    errors = errors_of("let c = sum()\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith("sum takes at least 1 argument"));
}

TEST_CASE("a one-argument function says 'argument', not 'arguments'", "[builtins]") {
    auto errors = errors_of("let c = days(FY2015/16, FY2016/17)\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith("days takes 1 argument, not 2"));
}
