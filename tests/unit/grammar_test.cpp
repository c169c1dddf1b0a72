// grammar/: parse() on in-memory files — the syntax tree it builds, node positions, and its error messages.
#include "grammar/parse.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace claimcheck;
namespace x3 = boost::spirit::x3;

namespace {

struct Parsed {
    SourceFile source;
    ast::File file;
    std::optional<Diagnostic> error;
};

Parsed parse_text(const std::string& text) {
    Parsed p{SourceFile("t.claims", text), {}, std::nullopt};
    p.error = parse(p.source, p.file);
    return p;
}

// Parses text that must be valid; a failure shows the rendered diagnostic.
Parsed parse_ok(const std::string& text) {
    Parsed p = parse_text(text);
    INFO(text);
    INFO((p.error ? p.error->render() : std::string("no error")));
    REQUIRE_FALSE(p.error);
    return p;
}

// The alternative a variant holds; fails the test (not crashes) when it holds another.
template <typename T, typename Variant>
const T& as(const Variant& v) {
    const T* p = boost::get<T>(&v.get());
    REQUIRE(p != nullptr);
    return *p;
}

template <typename T, typename Variant>
const T& as_forward(const Variant& v) {
    return as<x3::forward_ast<T>>(v).get();
}

template <typename T, typename Variant>
bool holds(const Variant& v) {
    return boost::get<T>(&v.get()) != nullptr;
}

const ast::Let& only_let(const Parsed& p) {
    REQUIRE(p.file.size() == 1);
    return as<ast::Let>(p.file[0]);
}

const ast::Figure& figure_of(const Parsed& p) { return as<ast::Figure>(only_let(p).value); }

const ast::Claim& only_claim(const Parsed& p) {
    REQUIRE(p.file.size() == 1);
    return as<ast::Claim>(p.file[0]);
}

const ast::Check& first_check(const Parsed& p) {
    const auto& claim = only_claim(p);
    REQUIRE_FALSE(claim.items.empty());
    return as<ast::Check>(claim.items[0]);
}

// `check <check_line>` as the only line of a claim.
Parsed parse_check(const std::string& check_line) {
    return parse_ok("claim c in \"a.txt\":\n  check " + check_line + "\n");
}

// ---- a compact rendering of expressions, so structure can be compared as text ----

std::string show(const ast::Expr& e);

std::string show_moment(const ast::Moment& m) {
    using K = ast::Moment::Kind;
    switch (m.kind) {
    case K::financial_year: return "FY" + std::to_string(m.year) + "/" + std::to_string(m.fy_end);
    case K::calendar_year: return "Y" + std::to_string(m.year);
    case K::month: return "M" + std::to_string(m.year) + "-" + std::to_string(m.month);
    case K::day:
        return "D" + std::to_string(m.year) + "-" + std::to_string(m.month) + "-" + std::to_string(m.day);
    }
    return "?";
}

std::string show_period(const ast::Period& p) {
    return show_moment(p.from) + (p.to ? " to " + show_moment(*p.to) : "");
}

std::string show(const ast::Operand& o) {
    if (holds<ast::Number>(o)) {
        const auto& n = as<ast::Number>(o);
        return n.digits + (n.unit.empty() ? "" : "[" + n.unit + "]");
    }
    if (holds<ast::Name>(o)) return as<ast::Name>(o).text;
    if (holds<ast::Period>(o)) return "{" + show_period(as<ast::Period>(o)) + "}";
    if (holds<x3::forward_ast<ast::Call>>(o)) {
        const auto& c = as_forward<ast::Call>(o);
        std::string out = c.function.text + "(";
        for (std::size_t i = 0; i < c.args.size(); ++i) out += (i ? ", " : "") + show(c.args[i]);
        return out + ")";
    }
    if (holds<x3::forward_ast<ast::Unary>>(o)) {
        const auto& u = as_forward<ast::Unary>(o);
        return std::string("(") + u.op + show(u.operand) + ")";
    }
    if (holds<x3::forward_ast<ast::Expr>>(o)) return show(as_forward<ast::Expr>(o));
    return "nil";
}

// One precedence level per pair of parentheses; a level with no operators adds none.
std::string show(const ast::Expr& e) {
    if (e.rest.empty()) return show(e.first);
    std::string out = "(" + show(e.first);
    for (const auto& op : e.rest) out += std::string(" ") + op.op + " " + show(op.operand);
    return out + ")";
}

std::string let_expression(const std::string& expression) {
    Parsed p = parse_ok("let x = " + expression + "\n");
    return show(figure_of(p).value);
}

// The number a let binds, however deeply the expression levels wrap it.
const ast::Number& number_of(const ast::Operand& o) {
    if (holds<x3::forward_ast<ast::Expr>>(o)) {
        const auto& e = as_forward<ast::Expr>(o);
        REQUIRE(e.rest.empty());
        return number_of(e.first);
    }
    return as<ast::Number>(o);
}

const ast::Number& number_of(const ast::Expr& e) {
    REQUIRE(e.rest.empty());
    return number_of(e.first);
}

}  // namespace

// ---- statements -------------------------------------------------------------

TEST_CASE("source declares an id and a description", "[grammar]") {
    Parsed p = parse_ok("source nspcc \"NSPCC FOI requests, 2017\"\n");
    REQUIRE(p.file.size() == 1);
    const auto& s = as<ast::SourceDecl>(p.file[0]);
    CHECK(s.id.text == "nspcc");
    CHECK(s.description == "NSPCC FOI requests, 2017");
}

TEST_CASE("strings keep escaped quotes and backslashes", "[grammar]") {
    Parsed p = parse_ok(R"(source s "say \"hi\" \\ done")" "\n");
    CHECK(as<ast::SourceDecl>(p.file[0]).description == R"(say "hi" \ done)");
}

TEST_CASE("use names a file or a rules file", "[grammar]") {
    Parsed p = parse_ok("use \"counts.claims\"\nuse house-style\n");
    REQUIRE(p.file.size() == 2);
    const auto& file = as<ast::Use>(p.file[0]);
    CHECK(file.target == "counts.claims");
    CHECK_FALSE(file.named);
    const auto& rules = as<ast::Use>(p.file[1]);
    CHECK(rules.target == "house-style");
    CHECK(rules.named);
}

TEST_CASE("let keeps a number's digits and unit as written", "[grammar]") {
    struct Case {
        const char* text;
        const char* digits;
        const char* unit;
    };
    const std::vector<Case> cases = {
        {"5,653", "5,653", ""},
        {"15.5", "15.5", ""},
        {"44%", "44", "%"},
        {"44 per cent", "44", "%"},
        {"44 percent", "44", "%"},
        {"3 points", "3", "points"},
        {"1 point", "1", "points"},
        {"3 percentage points", "3", "points"},
        {"1 percentage point", "1", "points"},
        {"3 pp", "3", "points"},
        {"5.73 times", "5.73", "times"},
        {"-50%", "-50", "%"},
        {"1,234,567.25", "1,234,567.25", ""},
        {"0.09", "0.09", ""},
    };
    for (const auto& c : cases) {
        INFO("let x = " << c.text);
        Parsed p = parse_ok(std::string("let x = ") + c.text + "\n");
        CHECK(only_let(p).name.text == "x");
        const auto& figure = figure_of(p);
        CHECK_FALSE(figure.during.has_value());
        const auto& n = number_of(figure.value);
        CHECK(n.digits == c.digits);
        CHECK(n.unit == c.unit);
    }
}

TEST_CASE("a number keeps its magnitude word and space-grouped digits as written", "[grammar]") {
    struct Case {
        const char* text;
        const char* digits;
        const char* magnitude;
        const char* unit;
    };
    const std::vector<Case> cases = {
        {"2.3bn", "2.3", "bn", ""},          {"2.3 billion", "2.3", "billion", ""}, {"15k", "15", "k", ""},
        {"3.4m", "3.4", "m", ""},            {"3mn", "3", "mn", ""},                {"5 thousand", "5", "thousand", ""},
        {"515 506", "515 506", "", ""},      {"1 234 567.5", "1 234 567.5", "", ""}, {"2 trillion", "2", "trillion", ""},
        {"1.5 million times", "1.5", "million", "times"},
    };
    for (const auto& c : cases) {
        INFO("let x = " << c.text);
        Parsed p = parse_ok(std::string("let x = ") + c.text + "\n");
        const auto& n = number_of(figure_of(p).value);
        CHECK(n.digits == c.digits);
        CHECK(n.magnitude == c.magnitude);
        CHECK(n.unit == c.unit);
    }
    // A short form apart from its digits, a word that only begins like one, a comment after: no magnitude.
    CHECK(parse_text("let x = 5 m\n").error);
    Parsed commented = parse_ok("let x = 5  # million\n");
    CHECK(number_of(figure_of(commented).value).magnitude.empty());
}

TEST_CASE("a currency sign before the digits makes a number money, with or without a magnitude", "[grammar]") {
    const std::vector<std::pair<const char*, Currency>> cases = {
        {"£3.4m", Currency::pound}, {"$2.5bn", Currency::dollar}, {"€40", Currency::euro}, {"£1,234", Currency::pound},
        {"£3.4 million", Currency::pound}, {"3.4m", Currency::none}};
    for (const auto& [text, currency] : cases) {
        INFO("let x = " << text);
        CHECK(number_of(figure_of(parse_ok(std::string("let x = ") + text + "\n")).value).currency == currency);
    }
    CHECK(number_of(figure_of(parse_ok("let x = £12.50\n")).value).digits == "12.50");
    // The sign is part of the number, straight before its digits; money takes no unit after it.
    CHECK(parse_text("let x = £ 5\n").error);
    CHECK(parse_text("let x = £5%\n").error);
}

TEST_CASE("let takes a period after during", "[grammar]") {
    struct Case {
        const char* text;
        const char* period;
    };
    const std::vector<Case> cases = {
        {"FY2016/17", "FY2016/17"},
        {"2016/17", "FY2016/17"},
        {"2016", "Y2016"},
        {"March 2017", "M2017-3"},
        {"Mar 2017", "M2017-3"},
        {"march 2017", "M2017-3"},
        {"Sept 2016", "M2016-9"},
        {"1 April 2016", "D2016-4-1"},
        {"31 Mar 2017", "D2017-3-31"},
        {"2016-04-01", "D2016-4-1"},
        {"FY2015/16 to FY2016/17", "FY2015/16 to FY2016/17"},
        {"1 April 2016 to 2017-03-31", "D2016-4-1 to D2017-3-31"},
        {"2016 to 2017", "Y2016 to Y2017"},
        {"January 2016 to Dec 2016", "M2016-1 to M2016-12"},
    };
    for (const auto& c : cases) {
        INFO("during " << c.text);
        Parsed p = parse_ok(std::string("let ew.2016_17 = 5,653 during ") + c.text + "\n");
        const auto& figure = figure_of(p);
        CHECK(number_of(figure.value).digits == "5,653");
        REQUIRE(figure.during.has_value());
        CHECK(show_period(*figure.during) == c.period);
    }
}

TEST_CASE("a financial year keeps both years as written", "[grammar]") {
    Parsed p = parse_ok("let x = 1 during FY2016/17\n");
    const auto& m = figure_of(p).during->from;
    CHECK(m.kind == ast::Moment::Kind::financial_year);
    CHECK(m.year == 2016);
    CHECK(m.fy_end == 17);
    CHECK_FALSE(figure_of(p).during->to.has_value());
}

TEST_CASE("let x = missing, with or without a reason", "[grammar]") {
    Parsed with = parse_ok("let age.youngest = missing \"not in the FOI reply\"\n");
    CHECK(only_let(with).name.text == "age.youngest");
    CHECK(as<ast::Missing>(only_let(with).value).reason == "not in the FOI reply");

    Parsed without = parse_ok("let age.youngest = missing\n");
    CHECK(as<ast::Missing>(only_let(without).value).reason.empty());
}

TEST_CASE("let takes bounds: words and a number, a number and a rounding rule, or between", "[grammar]") {
    Parsed words = parse_ok("let calls = more than 68,000 during FY2016/17\n");
    const auto& more = as_forward<ast::Bounded>(only_let(words).value);
    CHECK(more.bounds.words == std::vector<std::string>{"more", "than"});
    CHECK(as<ast::Number>(*more.bounds.value).digits == "68,000");
    CHECK_FALSE(more.upper.has_value());
    REQUIRE(more.during.has_value());
    CHECK(more.during->from.year == 2016);

    Parsed rounded = parse_ok("let tips = 1,072,000 to the nearest 1,000\n");
    const auto& nearest = as_forward<ast::Bounded>(only_let(rounded).value);
    CHECK(nearest.bounds.words.empty());
    REQUIRE(nearest.bounds.modifiers.size() == 1);
    CHECK(nearest.bounds.modifiers[0].kind == ast::Rounding::nearest);
    CHECK(nearest.bounds.modifiers[0].amount.digits == "1,000");

    Parsed between = parse_ok("let n = between 5 and 6\n");
    const auto& range = as_forward<ast::Bounded>(only_let(between).value);
    CHECK(range.bounds.words == std::vector<std::string>{"between"});
    REQUIRE(range.upper.has_value());
    CHECK(range.upper->digits == "6");

    // A plain number, a name or an expression stays a figure.
    for (const char* text : {"let a = 5,653\n", "let a = b\n", "let a = b + 5\n", "let a = 5 - 3\n", "let a = 44%\n"})
        CHECK(boost::get<ast::Figure>(&only_let(parse_ok(text)).value.get()) != nullptr);
}

TEST_CASE("define with a parameter and meanings on following lines", "[grammar]") {
    Parsed p = parse_ok("define nearly N\n  means [0.9 * N, N)\n  warn [0.9 * N, N]\n");
    REQUIRE(p.file.size() == 1);
    const auto& d = as<ast::Define>(p.file[0]);
    CHECK(d.words == std::vector<std::string>{"nearly"});
    CHECK(d.has_parameter);
    CHECK_FALSE(d.value.has_value());
    REQUIRE(d.meanings.size() == 2);
    CHECK(d.meanings[0].kind == ast::MeaningKind::means);
    CHECK(d.meanings[0].interval.open == '[');
    REQUIRE(d.meanings[0].interval.low.has_value());
    CHECK(show(*d.meanings[0].interval.low) == "(0.9 * N)");
    REQUIRE(d.meanings[0].interval.high.has_value());
    CHECK(show(*d.meanings[0].interval.high) == "N");
    CHECK(d.meanings[0].interval.close == ')');
    CHECK(d.meanings[1].kind == ast::MeaningKind::warn);
    CHECK(d.meanings[1].interval.close == ']');
}

TEST_CASE("define without a parameter, several words, meaning on the same line", "[grammar]") {
    Parsed p = parse_ok("define more than N means (N, inf)\ndefine one in five means [19%, 21%]\n");
    REQUIRE(p.file.size() == 2);
    const auto& more = as<ast::Define>(p.file[0]);
    CHECK(more.words == std::vector<std::string>{"more", "than"});
    CHECK(more.has_parameter);
    REQUIRE(more.meanings.size() == 1);
    CHECK(more.meanings[0].interval.open == '(');
    CHECK(more.meanings[0].interval.low.has_value());
    CHECK_FALSE(more.meanings[0].interval.high.has_value());  // inf: unbounded
    CHECK(more.meanings[0].interval.close == ')');

    const auto& one = as<ast::Define>(p.file[1]);
    CHECK(one.words == std::vector<std::string>{"one", "in", "five"});
    CHECK_FALSE(one.has_parameter);
    REQUIRE(one.meanings.size() == 1);
    CHECK(show(*one.meanings[0].interval.low) == "19[%]");
    CHECK(show(*one.meanings[0].interval.high) == "21[%]");
}

TEST_CASE("define a value word with = and intervals using it", "[grammar]") {
    Parsed p = parse_ok("define a third = 100% / 3\n  means [it - 1%, it + 1%]\n");
    const auto& d = as<ast::Define>(p.file[0]);
    CHECK(d.words == std::vector<std::string>{"a", "third"});
    CHECK_FALSE(d.has_parameter);
    REQUIRE(d.value.has_value());
    CHECK(show(*d.value) == "(100[%] / 3)");
    REQUIRE(d.meanings.size() == 1);
    CHECK(show(*d.meanings[0].interval.low) == "(it - 1[%])");
    CHECK(show(*d.meanings[0].interval.high) == "(it + 1[%])");
}

TEST_CASE("define with N between words, and named readings", "[grammar]") {
    Parsed p = parse_ok("define N times more\n  reading \"as a ratio\" = (N - 1) * 100%\n"
                        "  reading \"as an increase\" = N * 100%\ndefine a N fold rise = N\n");
    REQUIRE(p.file.size() == 2);
    const auto& more = as<ast::Define>(p.file[0]);
    CHECK(more.words.empty());
    CHECK(more.has_parameter);
    CHECK(more.after == std::vector<std::string>{"times", "more"});
    CHECK_FALSE(more.value.has_value());
    REQUIRE(more.readings.size() == 2);
    CHECK(more.readings[0].name == "as a ratio");
    CHECK(show(more.readings[0].value) == "((N - 1) * 100[%])");
    CHECK(more.readings[1].name == "as an increase");
    const auto& fold = as<ast::Define>(p.file[1]);
    CHECK(fold.words == std::vector<std::string>{"a"});
    CHECK(fold.after == std::vector<std::string>{"fold", "rise"});
}

TEST_CASE("a stated figure may have words after it", "[grammar]") {
    Parsed p = parse_ok("claim c in \"a.txt\":\n  check x is 5 times more\n  check x is a fivefold rise\n");
    const auto& claim = as<ast::Claim>(p.file[0]);
    const auto& first = boost::get<ast::Stated>(boost::get<ast::Check>(claim.items[0].get()).test.get());
    CHECK(first.words.empty());
    CHECK(first.after == std::vector<std::string>{"more"});
    const auto& second = boost::get<ast::Stated>(boost::get<ast::Check>(claim.items[1].get()).test.get());
    CHECK(second.words == std::vector<std::string>{"a", "fivefold", "rise"});
    CHECK(second.after.empty());
}

TEST_CASE("intervals may be unbounded below with -inf", "[grammar]") {
    Parsed p = parse_ok("define under N\n  means (-inf, N]\ndefine anything\n  means (-inf, inf)\n");
    const auto& under = as<ast::Define>(p.file[0]);
    REQUIRE(under.meanings.size() == 1);
    CHECK(under.meanings[0].interval.open == '(');
    CHECK_FALSE(under.meanings[0].interval.low.has_value());
    REQUIRE(under.meanings[0].interval.high.has_value());
    CHECK(show(*under.meanings[0].interval.high) == "N");
    CHECK(under.meanings[0].interval.close == ']');

    const auto& anything = as<ast::Define>(p.file[1]);
    CHECK_FALSE(anything.meanings.at(0).interval.low.has_value());
    CHECK_FALSE(anything.meanings.at(0).interval.high.has_value());
}

TEST_CASE("define with no meanings, and meanings after blank and comment lines", "[grammar]") {
    Parsed p = parse_ok("define hundreds\ndefine few N\n\n  # the strict reading\n  means [1, N)\n");
    REQUIRE(p.file.size() == 2);
    CHECK(as<ast::Define>(p.file[0]).meanings.empty());
    CHECK(as<ast::Define>(p.file[1]).meanings.size() == 1);
}

TEST_CASE("claim holds quote, check, expect and note items in order", "[grammar]") {
    Parsed p = parse_ok(
        "claim kent_rise in \"002_07f839348fd89e1a.txt\":\n"
        "  quote \"has shot up by 573%\"\n"
        "  check change(kent.2015_16, kent.2016_17) is 573%\n"
        "  expect fail\n"
        "  note \"a ratio reported as an increase\"\n");
    const auto& claim = only_claim(p);
    CHECK(claim.id.text == "kent_rise");
    CHECK(claim.article == "002_07f839348fd89e1a.txt");
    REQUIRE(claim.items.size() == 4);
    CHECK(as<ast::Quote>(claim.items[0]).text == "has shot up by 573%");
    const auto& check = as<ast::Check>(claim.items[1]);
    CHECK(show(check.subject) == "change(kent.2015_16, kent.2016_17)");
    const auto& stated = as<ast::Stated>(check.test);
    CHECK(stated.words.empty());
    REQUIRE(stated.value.has_value());
    CHECK(show(*stated.value) == "573[%]");
    CHECK(stated.modifiers.empty());
    CHECK(as<ast::Expect>(claim.items[2]).verdict == Verdict::fail);
    CHECK(as<ast::Note>(claim.items[3]).text == "a ratio reported as an increase");
}

TEST_CASE("expect takes each verdict", "[grammar]") {
    for (const char* verdict : {"pass", "warn", "fail", "unverifiable", "error"}) {
        INFO(verdict);
        Parsed p = parse_ok(std::string("claim c in \"a.txt\":\n  expect ") + verdict + "\n");
        CHECK(std::string(verdict_name(as<ast::Expect>(only_claim(p).items.at(0)).verdict)) == verdict);
    }
}

TEST_CASE("a claim with no items, followed by other statements", "[grammar]") {
    Parsed p = parse_ok("claim empty in \"a.txt\":\nlet x = 1\nclaim other in \"b.txt\":\n  quote \"q\"\n");
    REQUIRE(p.file.size() == 3);
    CHECK(as<ast::Claim>(p.file[0]).items.empty());
    CHECK(holds<ast::Let>(p.file[1]));
    CHECK(as<ast::Claim>(p.file[2]).items.size() == 1);
}

TEST_CASE("claim items may be separated by blank lines and comments", "[grammar]") {
    Parsed p = parse_ok(
        "claim c in \"a.txt\":\n"
        "  quote \"q\"  # the article's words\n"
        "\n"
        "  # now the arithmetic\n"
        "  check x is 5\n");
    CHECK(only_claim(p).items.size() == 2);
}

// ---- checks -----------------------------------------------------------------

TEST_CASE("check ... is a number", "[grammar]") {
    Parsed stated_parsed = parse_check("x is 5,653");
    const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
    CHECK(stated.words.empty());
    REQUIRE(stated.value.has_value());
    CHECK(as<ast::Number>(*stated.value).digits == "5,653");
    CHECK(stated.modifiers.empty());
}

TEST_CASE("check ... is a negative number", "[grammar]") {
    Parsed stated_parsed = parse_check("x is -50%");
    const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
    REQUIRE(stated.value.has_value());
    CHECK(show(*stated.value) == "-50[%]");
}

TEST_CASE("check ... is a parenthesised expression", "[grammar]") {
    Parsed stated_parsed = parse_check("x is (100% / 3)");
    const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
    REQUIRE(stated.value.has_value());
    CHECK(show(*stated.value) == "(100[%] / 3)");
}

TEST_CASE("check ... is phrase words alone", "[grammar]") {
    Parsed p = parse_check("x is more than a third");
    const auto& stated = as<ast::Stated>(first_check(p).test);
    CHECK(stated.words == std::vector<std::string>{"more", "than", "a", "third"});
    CHECK_FALSE(stated.value.has_value());

    Parsed q = parse_check("x is one in five");
    CHECK(as<ast::Stated>(first_check(q).test).words == std::vector<std::string>{"one", "in", "five"});

    Parsed h = parse_check("x is hundreds");
    CHECK(as<ast::Stated>(first_check(h).test).words == std::vector<std::string>{"hundreds"});
}

TEST_CASE("check ... is a phrase and a number", "[grammar]") {
    Parsed stated_parsed = parse_check("x is nearly 100");
    const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
    CHECK(stated.words == std::vector<std::string>{"nearly"});
    REQUIRE(stated.value.has_value());
    CHECK(as<ast::Number>(*stated.value).digits == "100");

    Parsed hyphen_parsed = parse_check("x is well-over 5 times");
    const auto& hyphen = as<ast::Stated>(first_check(hyphen_parsed).test);
    CHECK(hyphen.words == std::vector<std::string>{"well-over"});
    CHECK(show(*hyphen.value) == "5[times]");
}

TEST_CASE("'to' is a phrase word unless it starts a rounding rule", "[grammar]") {
    Parsed p = parse_check("x is up to 5 to 1 dp");
    const auto& stated = as<ast::Stated>(first_check(p).test);
    CHECK(stated.words == std::vector<std::string>{"up", "to"});
    REQUIRE(stated.value.has_value());
    CHECK(show(*stated.value) == "5");
    REQUIRE(stated.modifiers.size() == 1);
    CHECK(stated.modifiers[0].kind == ast::Rounding::dp);
    CHECK(stated.modifiers[0].amount.digits == "1");

    Parsed d = parse_ok("define up to N\n  means (-inf, N]\n");
    CHECK(as<ast::Define>(d.file.at(0)).words == std::vector<std::string>{"up", "to"});
}

TEST_CASE("names may start with a keyword", "[grammar]") {
    Parsed p = parse_check("island + within_x + claims is 5");
    CHECK(show(first_check(p).subject) == "(island + within_x + claims)");
}

TEST_CASE("check modifiers: truncated, decimal places, nearest, within", "[grammar]") {
    struct Case {
        const char* check;
        const char* kind;
        const char* amount;
        const char* unit;
    };
    const std::vector<Case> cases = {
        {"x is 44% truncated", "truncated", "", ""},
        {"x is 15 to 1 dp", "dp", "1", ""},
        {"x is 15.5 to 1 decimal places", "dp", "1", ""},
        {"x is 5,600 to the nearest 100", "nearest", "100", ""},
        {"x is 21 within 0.5", "within", "0.5", ""},
        {"x is 21 within 5%", "within", "5", "%"},
    };
    for (const auto& c : cases) {
        INFO(c.check);
        Parsed stated_parsed = parse_check(c.check);
        const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
        REQUIRE(stated.value.has_value());
        REQUIRE(stated.modifiers.size() == 1);
        CHECK(std::string(ast::rounding_text(stated.modifiers[0].kind)) == c.kind);
        CHECK(stated.modifiers[0].amount.digits == c.amount);
        CHECK(stated.modifiers[0].amount.unit == c.unit);
    }
}

TEST_CASE("several modifiers apply in order", "[grammar]") {
    Parsed stated_parsed = parse_check("x is about 5,600 to the nearest 100 within 5%");
    const auto& stated = as<ast::Stated>(first_check(stated_parsed).test);
    CHECK(stated.words == std::vector<std::string>{"about"});
    REQUIRE(stated.modifiers.size() == 2);
    CHECK(stated.modifiers[0].kind == ast::Rounding::nearest);
    CHECK(stated.modifiers[1].kind == ast::Rounding::within);
}

TEST_CASE("exact relations keep their operator", "[grammar]") {
    for (const char* op : {"==", "!=", "<", "<=", ">", ">="}) {
        INFO(op);
        Parsed p = parse_check(std::string("a + b ") + op + " 170");
        const auto& check = first_check(p);
        CHECK(show(check.subject) == "(a + b)");
        const auto& relation = as<ast::Relation>(check.test);
        CHECK(std::string(ast::comparator_text(relation.op)) == op);
        CHECK(show(as<ast::Expr>(relation.rhs)) == "170");
    }
}

TEST_CASE("a relation compares with a key in quotes", "[grammar][ranks]") {
    for (const char* op : {"==", "!=", "<"}) {  // the grammar reads any comparison; the type checker refuses <
        INFO(op);
        Parsed p = parse_check(std::string("top(sum(t.n by t.ward), 2) ") + op + " \"Riverside\"");
        const auto& check = first_check(p);
        CHECK(show(check.subject) == "top(sum(t.n), 2)");
        const auto& relation = as<ast::Relation>(check.test);
        CHECK(std::string(ast::comparator_text(relation.op)) == op);
        const auto& key = as<ast::Text>(relation.rhs);
        CHECK(key.text == "Riverside");
        CHECK(p.source.text_of(key) == "\"Riverside\"");
    }
}

TEST_CASE("relations need no space around the operator", "[grammar]") {
    Parsed relation_parsed = parse_check("x<=5");
    const auto& relation = as<ast::Relation>(first_check(relation_parsed).test);
    CHECK(relation.op == ast::Comparator::le);
    CHECK(show(as<ast::Expr>(relation.rhs)) == "5");
}

// ---- expressions ------------------------------------------------------------

TEST_CASE("multiplication binds tighter than addition", "[grammar]") {
    CHECK(let_expression("a + b * c") == "(a + (b * c))");
    CHECK(let_expression("a * b + c") == "((a * b) + c)");
    CHECK(let_expression("a / b - c / d") == "((a / b) - (c / d))");
}

TEST_CASE("one precedence level is a left-to-right list", "[grammar]") {
    Parsed p = parse_ok("let x = a - b + c\n");
    const auto& e = figure_of(p).value;
    REQUIRE(e.rest.size() == 2);
    CHECK(e.rest[0].op == '-');
    CHECK(e.rest[1].op == '+');
    CHECK(let_expression("a / b * c") == "(a / b * c)");
}

TEST_CASE("parentheses override precedence", "[grammar]") {
    CHECK(let_expression("(a + b) * c") == "((a + b) * c)");
    CHECK(let_expression("a * (b - (c + d))") == "(a * (b - (c + d)))");
}

TEST_CASE("unary minus on names, parentheses and calls", "[grammar]") {
    CHECK(let_expression("-x") == "(-x)");
    CHECK(let_expression("-(a + b)") == "(-(a + b))");
    CHECK(let_expression("-f(a)") == "(-f(a))");
    CHECK(let_expression("a * -b") == "(a * (-b))");
    CHECK(let_expression("1 - -2") == "(1 - -2)");  // -2 is a signed literal
    CHECK(let_expression("--x") == "(-(-x))");
}

TEST_CASE("unary minus is a Unary node with op '-'", "[grammar]") {
    Parsed p = parse_ok("let x = -y\n");
    const auto& e = figure_of(p).value;
    REQUIRE(e.rest.empty());
    const auto& level = as_forward<ast::Expr>(e.first);
    const auto& u = as_forward<ast::Unary>(level.first);
    CHECK(u.op == '-');
    CHECK(as<ast::Name>(u.operand).text == "y");
}

TEST_CASE("function calls take zero or more arguments", "[grammar]") {
    CHECK(let_expression("days()") == "days()");
    CHECK(let_expression("mean(a)") == "mean(a)");
    CHECK(let_expression("sum(a, b + c, 3)") == "sum(a, (b + c), 3)");
    CHECK(let_expression("max(min(a, b), f())") == "max(min(a, b), f())");
    CHECK(let_expression("change(kent.2015_16, kent.2016_17) * 100") ==
          "(change(kent.2015_16, kent.2016_17) * 100)");
}

TEST_CASE("a call node keeps its function name and arguments", "[grammar]") {
    Parsed p = parse_ok("let x = ratio(a, b)\n");
    const auto& level = as_forward<ast::Expr>(figure_of(p).value.first);
    const auto& call = as_forward<ast::Call>(level.first);
    CHECK(call.function.text == "ratio");
    REQUIRE(call.args.size() == 2);
    CHECK(show(call.args[0]) == "a");
    CHECK(show(call.args[1]) == "b");
}

TEST_CASE("dotted names are one name", "[grammar]") {
    CHECK(let_expression("ew.2016_17") == "ew.2016_17");
    CHECK(let_expression("police.kent.2016_17 / ew.total") == "(police.kent.2016_17 / ew.total)");
    Parsed p = parse_ok("let _a.b_c.d1 = 1\n");
    CHECK(only_let(p).name.text == "_a.b_c.d1");
}

TEST_CASE("periods inside expressions, and a bare 2016/17 is a division", "[grammar]") {
    CHECK(let_expression("per_day(x, FY2016/17)") == "per_day(x, {FY2016/17})");
    CHECK(let_expression("days(2016-04-01 to 2017-03-31)") == "days({D2016-4-1 to D2017-3-31})");
    CHECK(let_expression("days(March 2017)") == "days({M2017-3})");
    CHECK(let_expression("2016/17") == "(2016 / 17)");
}

// ---- layout -----------------------------------------------------------------

TEST_CASE("empty files, comments and blank lines", "[grammar]") {
    CHECK(parse_ok("").file.empty());
    CHECK(parse_ok("\n\n").file.empty());
    CHECK(parse_ok("# only a comment\n").file.empty());
    CHECK(parse_ok("# a comment with no newline").file.empty());
    Parsed p = parse_ok("\n# heading\n\nlet x = 1  # trailing comment\n\n\nlet y = 2\n# end\n");
    REQUIRE(p.file.size() == 2);
    CHECK(only_let(parse_ok("let x = 1")).name.text == "x");  // no final newline
}

TEST_CASE("CRLF line endings", "[grammar]") {
    Parsed p = parse_ok("source s \"d\"\r\n\r\nclaim c in \"a.txt\":\r\n  quote \"q\"\r\n  check x is 5\r\n");
    REQUIRE(p.file.size() == 2);
    const auto& claim = as<ast::Claim>(p.file[1]);
    CHECK(claim.article == "a.txt");
    REQUIRE(claim.items.size() == 2);
    CHECK(as<ast::Quote>(claim.items[0]).text == "q");
    Location at = p.source.locate(as<ast::Check>(claim.items[1]));
    CHECK(at.line == 5);
    CHECK(at.column == 3);
}

TEST_CASE("CR-only line endings", "[grammar]") {
    Parsed p = parse_ok("let x = 1\rlet y = 2\r");
    REQUIRE(p.file.size() == 2);
    CHECK(p.source.locate(as<ast::Let>(p.file[1])).line == 2);
}

TEST_CASE("a UTF-8 BOM is ignored and does not shift columns", "[grammar]") {
    Parsed p = parse_ok("\xEF\xBB\xBFlet x = 5\n");
    const auto& let = only_let(p);
    CHECK(let.name.text == "x");
    Location at = p.source.locate(let.name);
    CHECK(at.line == 1);
    CHECK(at.column == 5);
}

TEST_CASE("tabs separate tokens and indent claim lines", "[grammar]") {
    Parsed p = parse_ok("let\tx\t=\t5\nclaim c in \"a.txt\":\n\tcheck\tx\tis\t5\n");
    REQUIRE(p.file.size() == 2);
    const auto& claim = as<ast::Claim>(p.file[1]);
    REQUIRE(claim.items.size() == 1);
    Location at = p.source.locate(as<ast::Check>(claim.items[0]));
    CHECK(at.line == 3);
    CHECK(at.column == 2);  // a tab is one character
}

TEST_CASE("a # inside a string is not a comment", "[grammar]") {
    Parsed p = parse_ok("claim c in \"a # b.txt\":\n  quote \"50% # of cases\"  # a real comment\n");
    const auto& claim = only_claim(p);
    CHECK(claim.article == "a # b.txt");
    CHECK(as<ast::Quote>(claim.items.at(0)).text == "50% # of cases");
}

TEST_CASE("UTF-8 inside strings is kept byte for byte", "[grammar]") {
    Parsed p = parse_ok("claim c in \"naïve.txt\":\n  quote \"a “quoted” £5 rise\"\n");
    const auto& claim = only_claim(p);
    CHECK(claim.article == "naïve.txt");
    CHECK(as<ast::Quote>(claim.items.at(0)).text == "a “quoted” £5 rise");
}

// ---- positions ----------------------------------------------------------------

TEST_CASE("node positions: a name in an expression", "[grammar][position]") {
    Parsed p = parse_ok("# header\nlet total = a + ew.2016_17\n");
    const auto& e = figure_of(p).value;
    REQUIRE(e.rest.size() == 1);
    const auto& rhs = as_forward<ast::Expr>(e.rest[0].operand);
    const auto& name = as<ast::Name>(rhs.first);
    CHECK(name.text == "ew.2016_17");
    Location at = p.source.locate(name);
    CHECK(at.line == 2);
    CHECK(at.column == 17);
    CHECK(p.source.text_of(name) == "ew.2016_17");
}

TEST_CASE("node positions: the let name and the call's function name", "[grammar][position]") {
    Parsed p = parse_ok("let  share = ratio(a, b)\n");
    Location name = p.source.locate(only_let(p).name);
    CHECK(name.line == 1);
    CHECK(name.column == 6);
    const auto& call = as_forward<ast::Call>(as_forward<ast::Expr>(figure_of(p).value.first).first);
    CHECK(p.source.locate(call.function).column == 14);
    CHECK(p.source.locate(call).column == 14);
    CHECK(p.source.text_of(call) == "ratio(a, b)");
}

TEST_CASE("node positions: a number with its unit", "[grammar][position]") {
    Parsed p = parse_ok("\n\nlet   share = 44 per cent\n");
    const auto& n = number_of(figure_of(p).value);
    Location at = p.source.locate(n);
    CHECK(at.line == 3);
    CHECK(at.column == 15);
    CHECK(p.source.text_of(n) == "44 per cent");
}

TEST_CASE("node positions: check, stated and modifier", "[grammar][position]") {
    Parsed p = parse_ok(
        "claim c in \"a.txt\":\n"
        "  quote \"q\"\n"
        "    check   x is  nearly 100 to the nearest 10\n");
    const auto& claim = only_claim(p);
    REQUIRE(claim.items.size() == 2);
    const auto& check = as<ast::Check>(claim.items[1]);
    Location c = p.source.locate(check);
    CHECK(c.line == 3);
    CHECK(c.column == 5);
    const auto& stated = as<ast::Stated>(check.test);
    Location s = p.source.locate(stated);
    CHECK(s.line == 3);
    CHECK(s.column == 19);
    CHECK(p.source.text_of(stated) == "nearly 100 to the nearest 10");
    REQUIRE(stated.modifiers.size() == 1);
    CHECK(p.source.locate(stated.modifiers[0]).column == 30);
    Location claim_at = p.source.locate(claim);
    CHECK(claim_at.line == 1);
    CHECK(claim_at.column == 1);
    CHECK(p.source.locate(claim.id).column == 7);
}

TEST_CASE("node positions: a relation and its right-hand side", "[grammar][position]") {
    Parsed p = parse_ok("claim c in \"£.txt\":\n  check  a == b + 1  # “sum”\n");
    const auto& check = first_check(p);
    const auto& relation = as<ast::Relation>(check.test);
    Location r = p.source.locate(relation);
    CHECK(r.line == 2);
    CHECK(r.column == 12);
    CHECK(p.source.text_of(as<ast::Expr>(relation.rhs)) == "b + 1");
}

// ---- errors -------------------------------------------------------------------

namespace {

struct BadInput {
    std::string text;
    int line;
    int column;
    std::string message;
};

Diagnostic error_of(const std::string& text) {
    Parsed p = parse_text(text);
    INFO(text);
    REQUIRE(p.error);
    return *p.error;
}

void check_errors(const std::vector<BadInput>& inputs) {
    for (const auto& bad : inputs) {
        Diagnostic d = error_of(bad.text);
        INFO(bad.text);
        INFO(d.render());
        CHECK(d.message == bad.message);
        CHECK(d.at.line == bad.line);
        CHECK(d.at.column == bad.column);
        CHECK(d.path == "t.claims");
    }
}

const std::string in_claim = "claim c in \"a.txt\":\n";
const std::string statement_expected =
    "expected a statement (source, use, let, unit, table, define, claim, template, apply) or a claim line (quote, check, expect, note)";
const std::string period_expected =
    "expected a period (FY2016/17, 2016/17, 2016, March 2017, 1 April 2016, 2016-04-01, or FROM to TO)";

}  // namespace

TEST_CASE("errors: thousands separators and percent signs", "[grammar][error]") {
    check_errors({
        {"let x = 5,65,3\n", 1, 11, "expected three digits after each thousands separator"},
        {"let x = 1,2345\n", 1, 11, "expected three digits after each thousands separator"},
        {"let x = 5653,000\n", 1, 9, "expected at most three digits before the first thousands separator"},
        {"let x = -5653,000\n", 1, 10, "expected at most three digits before the first thousands separator"},
        {"define foo\n  means [200,1,000)\n", 2, 14, "expected three digits after each thousands separator"},
        {"let x = 44%%\n", 1, 12, "expected a single '%'"},
        {in_claim + "  check x is 5 within 5%%\n", 2, 25, "expected a single '%'"},
        {"let x = 1e5\n", 1, 10, "expected end of line"},
    });
}

TEST_CASE("errors: strings", "[grammar][error]") {
    check_errors({
        {"source s \"abc\n", 1, 14, "expected a closing '\"' on the same line"},
        {"source s \"abc", 1, 14, "expected a closing '\"' on the same line"},
        {in_claim + "  quote \"abc\n  check x is 5\n", 2, 13, "expected a closing '\"' on the same line"},
        {in_claim + "  quote abc\n", 2, 9, "expected a quoted string"},
        {in_claim + "  note\n", 2, 7, "expected a quoted string"},
    });
}

TEST_CASE("errors: statements", "[grammar][error]") {
    check_errors({
        {"let x 5\n", 1, 7, "expected '='"},
        {"let = 5\n", 1, 5, "expected a name"},
        {"let\n", 1, 4, "expected a name"},
        {"let is = 5\n", 1, 5, "expected a name"},  // keywords are never names
        {"let 2x = 5\n", 1, 5, "expected a name"},
        {"frobnicate x\n", 1, 1, statement_expected},
        {"Let x = 5\n", 1, 1, statement_expected},
        {"let x = 5 extra\n", 1, 11, "expected end of line"},
        {"let x = missing 5\n", 1, 17, "expected end of line"},
        {"let x = missing \"why\" extra\n", 1, 23, "expected end of line"},
        {"let x = ,5\n", 1, 9, "expected a value, or missing \"why\""},
        {"let x =\n", 1, 8, "expected a value, or missing \"why\""},
        {"source \"abc\"\n", 1, 8, "expected a name"},
        {"source s\n", 1, 9, "expected a quoted string"},
        {"use\n", 1, 4, "expected a quoted file name, or a rules name such as house-style"},
        {"use 5\n", 1, 5, "expected a quoted file name, or a rules name such as house-style"},
        {"use house style\n", 1, 11, "expected end of line"},
        {"use \"a.claims\" \"b\"\n", 1, 16, "expected end of line"},
    });
}

TEST_CASE("errors: periods after during", "[grammar][error]") {
    check_errors({
        {"let x = 5 during FY2016\n", 1, 18, period_expected},
        {"let x = 5 during March\n", 1, 18, period_expected},
        {"let x = 5 during\n", 1, 17, period_expected},
        {"let x = 5 during 2016 to\n", 1, 25, "expected a period"},
        {"let x = 5 during FY2016/17 to 2017 to 2018\n", 1, 36, "expected end of line"},
    });
}

TEST_CASE("errors: expressions", "[grammar][error]") {
    check_errors({
        {"let x = (1 + 2\n", 1, 15, "expected ')'"},
        {"let x = 1 + 2)\n", 1, 14, "expected end of line"},
        {"let x = f(1, 2\n", 1, 15, "expected ')'"},
        {"let x = f(1, (2)\n", 1, 17, "expected ')'"},
        {"let x = f(,)\n", 1, 11, "expected ')'"},
        {"let x = 1 +\n", 1, 12, "expected an expression"},
        {"let x = -\n", 1, 10, "expected a number, a name or a function call"},
        {"let x = 2 *\n", 1, 12, "expected a number, a name or a function call"},
        {in_claim + "  check f(1,) is 5\n", 2, 12, "expected ')'"},
    });
}

TEST_CASE("errors: claim headers", "[grammar][error]") {
    check_errors({
        {"claim c \"a.txt\":\n", 1, 9, "expected 'in'"},
        {"claim c in:\n", 1, 11, "expected a quoted string"},
        {"claim c in \"a.txt\"\n", 1, 19, "expected ':'"},
        {"claim \"a.txt\":\n", 1, 7, "expected a name"},
        {"claim c in \"a.txt\": quote \"x\"\n", 1, 21, "expected end of line"},
    });
}

TEST_CASE("errors: claim lines", "[grammar][error]") {
    check_errors({
        {in_claim + "  expect maybe\n", 2, 10, "expected pass, warn, fail, unverifiable or error"},
        {in_claim + "  expect passed\n", 2, 10, "expected pass, warn, fail, unverifiable or error"},
        {in_claim + "  check x\n", 2, 10, "expected 'is' or a comparison (==, !=, <, <=, >, >=)"},
        {in_claim + "  check x = 5\n", 2, 11, "expected 'is' or a comparison (==, !=, <, <=, >, >=)"},
        {in_claim + "  check x is\n", 2, 13,
         "expected a number or a phrase such as 'more than a third' after 'is'"},
        {in_claim + "  check x ==\n", 2, 13, "expected an expression or a \"text\""},
        {in_claim + "  check\n", 2, 8, "expected an expression"},
        {in_claim + "  check x is (1 + 2\n", 2, 20, "expected ')'"},
        {in_claim + "  check x is 5 to the 100\n", 2, 23, "expected 'nearest'"},
        {in_claim + "  check x is 5 to 1 decimal\n", 2, 28, "expected 'places'"},
        {in_claim + "  check x < 5 truncated\n", 2, 15, "expected end of line"},
        {in_claim + "  frob x\n", 2, 3, statement_expected},
    });
}

TEST_CASE("errors: define and intervals", "[grammar][error]") {
    check_errors({
        {"define foo\n  means 1, 2)\n", 2, 9, "expected an interval such as [200, 1,000) or (N, inf)"},
        {"define foo\n  means\n", 2, 8, "expected an interval such as [200, 1,000) or (N, inf)"},
        {"define foo\n  means [1 2)\n", 2, 12, "expected ','"},
        {"define foo\n  means [, 2]\n", 2, 10, "expected a bound"},
        {"define foo\n  means [1, ]\n", 2, 13, "expected a bound"},
        {"define nearly N N\n", 1, 17, "expected end of line"},
        {"define foo =\n", 1, 13, "expected an expression"},
        {"define foo\n  frob [1, 2]\n", 2, 3, statement_expected},
        {"define N times more\n  reading = N\n", 2, 11, "expected a quoted string"},
        {"define N times more\n  reading \"x\" N\n", 2, 15, "expected '='"},
    });
}

TEST_CASE("errors: invalid tokens", "[grammar][error]") {
    check_errors({
        {"let x = 5 $\n", 1, 11, "expected end of line"},
        {"let x = @\n", 1, 9, "expected a value, or missing \"why\""},
        {"let x = 5 × 3\n", 1, 11, "expected end of line"},
        {"let x = 5.\n", 1, 10, "expected end of line"},
        {"let x.y. = 5\n", 1, 8, "expected '='"},
        {"!\n", 1, 1, statement_expected},
    });
}

TEST_CASE("errors on later lines and in indented lines", "[grammar][error]") {
    check_errors({
        {"source s \"a\"\n\nlet x = 5 $\n", 3, 11, "expected end of line"},
        {"# one\n# two\n\n\nlet x 5\n", 5, 7, "expected '='"},
        {in_claim + "  quote \"q\"\n\n    check x is 5 $\n", 4, 18, "expected end of line"},
        {in_claim + "\tcheck x is 5 $\n", 2, 15, "expected end of line"},
        {"  let x = 5 $\n", 1, 13, "expected end of line"},
    });
}

TEST_CASE("errors after multi-byte UTF-8 count characters, not bytes", "[grammar][error]") {
    check_errors({
        {"source s \"café\" $\n", 1, 17, "expected end of line"},
        {"source s \"café\n", 1, 15, "expected a closing '\"' on the same line"},
        {"claim c in \"naïve £.txt\" x\n", 1, 26, "expected ':'"},
        {in_claim + "  quote \"“Shot up” by 573%\" x\n", 2, 29, "expected end of line"},
        {"let x = 5 # café\nlet y = ¥5\n", 2, 9, "expected a value, or missing \"why\""},  // £ $ € only
        {"let café = 5\n", 1, 8, "expected '='"},  // names are ASCII: the name ends before é
    });
}

TEST_CASE("errors with CRLF, CR and a BOM", "[grammar][error]") {
    check_errors({
        {"source s \"a\"\r\nlet x = 5 $\r\n", 2, 11, "expected end of line"},
        {"\r\n\r\nlet x 5\r\n", 3, 7, "expected '='"},
        {"let x = 1\rlet y 2\r", 2, 7, "expected '='"},
        {"\xEF\xBB\xBFlet x 5\n", 1, 7, "expected '='"},
        {"\xEF\xBB\xBF" "source s \"a\r\n", 1, 12, "expected a closing '\"' on the same line"},
    });
}

TEST_CASE("a diagnostic carries the offending line without its line ending", "[grammar][error]") {
    Diagnostic d = error_of("source s \"a\"\r\n  let x = 5 $\r\nlet y = 1\r\n");
    CHECK(d.source_line == "  let x = 5 $");
    CHECK(d.render() ==
          "t.claims:2:13: error: expected end of line\n"
          "    let x = 5 $\n"
          "              ^\n");
}

TEST_CASE("the first error in a file is the one reported", "[grammar][error]") {
    Diagnostic d = error_of("let x = 5\nlet y 6\nlet z = $\n");
    CHECK(d.at.line == 2);
    CHECK(d.message == "expected '='");
}

// Each of these reports what the grammar should say; the current message or position is wrong
// (see the report that came with these tests).
TEST_CASE("errors: expectation messages name what was expected, not a C++ type", "[grammar][error]") {
    check_errors({
        {"define\n", 1, 7, "expected the words being defined, in lower case"},
        {"define Foo\n", 1, 8, "expected the words being defined, in lower case"},
        {in_claim + "  check x is 5 within\n", 2, 22, "expected a number"},
        {in_claim + "  check x is 5 to the nearest\n", 2, 30, "expected a number"},
        {in_claim + "  check x is 5 to the nearest 100 within\n", 2, 41, "expected a number"},
        {"let x = 3 percentage pt\n", 1, 22, "expected 'points' or 'point'"},
        {"let x = 3 percentage\n", 1, 21, "expected 'points' or 'point'"},
    });
}

TEST_CASE("errors: a missing closing bracket and a bad escape are named", "[grammar][error]") {
    check_errors({
        {"define foo\n  means [1, 2\n", 2, 14, "expected ']' or ')'"},
        {"define foo\n  means [1, 2}\n", 2, 14, "expected ']' or ')'"},
        {"source s \"a\\n\"\n", 1, 13, "expected '\"' or '\\' after '\\'"},
    });
}

TEST_CASE("errors: a claim line outside any claim says so", "[grammar][error]") {
    check_errors({
        {"check x is 5\n", 1, 1, "expected a 'claim' line before 'check'"},
        {"let x = 5\n  check x is 5\n", 2, 3, "expected a 'claim' line before 'check'"},
        {"quote \"q\"\n", 1, 1, "expected a 'claim' line before 'quote'"},
    });
}

TEST_CASE("errors: a claim without an id", "[grammar][error]") {
    // `in` is read as the claim's id, so the error lands on the article instead of the missing id.
    check_errors({
        {"claim in \"a.txt\":\n", 1, 7, "expected a name"},
    });
}

TEST_CASE("node positions: periods, moments and the stated number", "[grammar][position]") {
    Parsed p = parse_ok("let x = 5 during  FY2015/16 to FY2016/17\n");
    const auto& period = *figure_of(p).during;
    CHECK(p.source.locate(period).column == 19);
    CHECK(p.source.text_of(period) == "FY2015/16 to FY2016/17");

    Parsed q = parse_check("x is nearly  100 within 5%");
    const auto& stated = as<ast::Stated>(first_check(q).test);
    REQUIRE(stated.value.has_value());
    const auto& n = as<ast::Number>(*stated.value);
    Location at = q.source.locate(n);
    CHECK(at.line == 2);
    CHECK(at.column == 22);
    REQUIRE(stated.modifiers.size() == 1);
    CHECK(q.source.text_of(stated.modifiers[0].amount) == "5%");
}

TEST_CASE("node positions: moments are tagged", "[grammar][position]") {
    // Moment rules fill their attribute from semantic actions; no Moment gets a position.
    Parsed p = parse_ok("let x = 5 during FY2015/16 to  FY2016/17\n");
    const auto& period = *figure_of(p).during;
    Location from = p.source.locate(period.from);
    CHECK(from.line == 1);
    CHECK(from.column == 18);
    CHECK(p.source.text_of(period.from) == "FY2015/16");
    REQUIRE(period.to.has_value());
    Location to = p.source.locate(*period.to);
    CHECK(to.line == 1);
    CHECK(to.column == 32);
    CHECK(p.source.text_of(*period.to) == "FY2016/17");
}

TEST_CASE("errors: a key in quotes stands alone after the comparison", "[grammar][error][ranks]") {
    check_errors({
        {in_claim + "  check x == \"a\" + 1\n", 2, 18, "expected end of line"},
        {in_claim + "  check x == 1 + \"a\"\n", 2, 18, "expected an expression"},
        {in_claim + "  check x == \"a\n", 2, 16, "expected a closing '\"' on the same line"},
    });
}
