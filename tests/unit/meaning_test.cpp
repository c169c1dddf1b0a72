// engine/lang/meaning: the strict and lenient readings of written numbers, rounding rules, phrases and relations.
#include "engine/lang/meaning.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::Analyzed;
using claimcheck::test::rendered;
using claimcheck::test::house_style_line;
using claimcheck::test::pct;
using claimcheck::test::require_bounds;

namespace {

struct Built {
    Analyzed analyzed;
    Meaning meaning;
};

// What the first check of a claim file means, with the house style in scope.
std::unique_ptr<Built> meaning_of(const std::string& check, const std::string& lets = "") {
    auto built = std::make_unique<Built>(Built{
        analyze_text("use house-style\n" + lets + "\nclaim c in \"a.txt\":\n  check " + check + "\n"), {}});
    Analyzed& a = built->analyzed;
    INFO(rendered(a.errors));
    REQUIRE(a.errors.empty());
    const ast::Check* c = a.checks().at(0);
    Evaluator evaluator(a.scopes, a.typed);
    MeaningBuilder builder(evaluator);
    if (const auto* stated = boost::get<ast::Stated>(&c->test.get()))
        built->meaning = builder.stated(a.main(), *stated, a.plans.at(c));
    else
        built->meaning = builder.relation(a.main(), boost::get<ast::Relation>(c->test.get()));
    return built;
}



}  // namespace

TEST_CASE("a percentage means rounded to its digits, leniently truncated", "[meaning]") {
    auto b = meaning_of("p is 44%", "let p = 44%");
    const Meaning& m = b->meaning;
    CHECK(m.claimed == "44%");
    CHECK(m.unit == Unit{Dimension::percent});
    CHECK(m.strict.description == "rounded to the nearest 1%, halves away from zero");
    require_bounds(m.strict.interval, pct(87, 2), true, pct(89, 2), false);
    REQUIRE(m.lenient.size() == 1);
    CHECK(m.lenient[0].description == "truncated to 1% instead of rounded to it");
    require_bounds(m.lenient[0].interval, pct(44), true, pct(45), false);
    CHECK(m.definition == nullptr);
}

TEST_CASE("per cent written out means the same", "[meaning]") {
    auto b = meaning_of("p is 44 per cent", "let p = 44%");
    CHECK(b->meaning.claimed == "44 per cent");
    require_bounds(b->meaning.strict.interval, pct(87, 2), true, pct(89, 2), false);
}

TEST_CASE("negative figures round half away from zero", "[meaning]") {
    auto b = meaning_of("p is -44%", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(-89, 2), false, pct(-87, 2), true);
    require_bounds(b->meaning.lenient.at(0).interval, pct(-45), false, pct(-44), true);
}

TEST_CASE("zero rounds from both sides and has no coarse reading", "[meaning]") {
    auto b = meaning_of("a is 0", "let a = 0");
    require_bounds(b->meaning.strict.interval, Rational(-1, 2), false, Rational(1, 2), false);
    CHECK(b->meaning.lenient.size() == 1);
}

TEST_CASE("stated decimals set the step", "[meaning]") {
    auto b = meaning_of("p is 44.84%", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(44835, 1000), true, pct(44845, 1000), false);
    CHECK(b->meaning.strict.description == "rounded to the nearest 0.01%, halves away from zero");
    b = meaning_of("a is 15.5", "let a = 15");
    require_bounds(b->meaning.strict.interval, Rational(1545, 100), true, Rational(1555, 100), false);
    b = meaning_of("a is 15.50", "let a = 15");
    require_bounds(b->meaning.strict.interval, Rational(15495, 1000), true, Rational(15505, 1000), false);
}

TEST_CASE("truncated means truncation only", "[meaning]") {
    auto b = meaning_of("p is 44% truncated", "let p = 44%");
    CHECK(b->meaning.strict.description == "truncated to 1%");
    require_bounds(b->meaning.strict.interval, pct(44), true, pct(45), false);
    CHECK(b->meaning.lenient.empty());
}

TEST_CASE("to K dp rounds at K places, whatever was written", "[meaning]") {
    auto b = meaning_of("a is 15 to 1 dp", "let a = 15");
    CHECK(b->meaning.strict.description == "rounded to the nearest 0.1, halves away from zero");
    require_bounds(b->meaning.strict.interval, Rational(1495, 100), true, Rational(1505, 100), false);
    REQUIRE(b->meaning.lenient.size() == 1);  // truncation; no coarse reading when a rule is named
    require_bounds(b->meaning.lenient[0].interval, 15, true, Rational(151, 10), false);
    b = meaning_of("p is 44% to 1 decimal places", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(4395, 100), true, pct(4405, 100), false);
}

TEST_CASE("to the nearest N rounds at that step", "[meaning]") {
    auto b = meaning_of("a is 5,600 to the nearest 100", "let a = 1");
    CHECK(b->meaning.strict.description == "rounded to the nearest 100, halves away from zero");
    require_bounds(b->meaning.strict.interval, 5550, true, 5650, false);
    CHECK(b->meaning.lenient.empty());
    b = meaning_of("p is 40% to the nearest 5%", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(75, 2), true, pct(85, 2), false);
}

TEST_CASE("within X is an absolute tolerance", "[meaning]") {
    auto b = meaning_of("a is 21 within 1", "let a = 1");
    CHECK(b->meaning.strict.description == "within 1");
    require_bounds(b->meaning.strict.interval, 20, true, 22, true);
    CHECK(b->meaning.lenient.empty());
    b = meaning_of("p is 44% within 1 point", "let p = 44%");
    CHECK(b->meaning.strict.description == "within 1 point");
    require_bounds(b->meaning.strict.interval, pct(43), true, pct(45), true);
    b = meaning_of("p is 44% within 2 points", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(42), true, pct(46), true);
}

TEST_CASE("within X% is relative, for a percentage too", "[meaning]") {
    auto b = meaning_of("p is 44% within 1%", "let p = 44%");  // 1% of 44%: 0.44 points
    require_bounds(b->meaning.strict.interval, Rational(4356, 10000), true, Rational(4444, 10000), true);
}

TEST_CASE("within X% of a count is relative", "[meaning]") {
    auto b = meaning_of("a is 21 within 5%", "let a = 1");
    CHECK(b->meaning.strict.description == "within 1.05");
    require_bounds(b->meaning.strict.interval, Rational(1995, 100), true, Rational(2205, 100), true);
    b = meaning_of("a is -20 within 5%", "let a = 1");
    require_bounds(b->meaning.strict.interval, -21, true, -19, true);
}

TEST_CASE("a round figure may be read coarsely: 5,600 as the nearest 100", "[meaning]") {
    auto b = meaning_of("a is 5,600", "let a = 1");
    require_bounds(b->meaning.strict.interval, Rational(11199, 2), true, Rational(11201, 2), false);
    REQUIRE(b->meaning.lenient.size() == 2);
    require_bounds(b->meaning.lenient[0].interval, 5600, true, 5601, false);
    CHECK(b->meaning.lenient[1].description == "read as rounded to the nearest 100");
    require_bounds(b->meaning.lenient[1].interval, 5550, true, 5650, false);
    // Never coarser than two significant digits: 40% has no coarse reading, 100 reads to the nearest 10.
    b = meaning_of("p is 40%", "let p = 44%");
    CHECK(b->meaning.lenient.size() == 1);
    b = meaning_of("a is 100", "let a = 1");
    REQUIRE(b->meaning.lenient.size() == 2);
    require_bounds(b->meaning.lenient[1].interval, 95, true, 105, false);
    b = meaning_of("a is 5,600 truncated", "let a = 1");
    CHECK(b->meaning.lenient.empty());
}

TEST_CASE("an expression after is means exactly its value, or within a tolerance", "[meaning]") {
    std::string lets = "let a = 112\nlet b = 58";
    auto m = meaning_of("a is (a + b)", lets);
    CHECK(m->meaning.strict.description == "exactly");
    require_bounds(m->meaning.strict.interval, 170, true, 170, true);
    m = meaning_of("a is (a + b) within 2", lets);
    require_bounds(m->meaning.strict.interval, 168, true, 172, true);
    m = meaning_of("a is (a + b) within 5%", lets);  // relative to the value of a count
    require_bounds(m->meaning.strict.interval, Rational(323, 2), true, Rational(357, 2), true);
}

TEST_CASE("a relative tolerance reads the same for negative values, written or computed", "[meaning]") {
    auto written = meaning_of("a is -20 within 5%", "let a = 1");
    CHECK(written->meaning.strict.description == "within 1");
    auto computed = meaning_of("a is (a - 21) within 5%", "let a = 1");
    require_bounds(computed->meaning.strict.interval, -21, true, -19, true);
    CHECK(computed->meaning.strict.description == "within 1");
}

TEST_CASE("a phrase means its definition, named with where it is", "[meaning]") {
    auto b = meaning_of("a is nearly 100", "let a = 1");
    const Meaning& m = b->meaning;
    int line = house_style_line("define nearly N");
    REQUIRE(m.definition != nullptr);
    CHECK(m.definition->phrase == "nearly N");
    CHECK_THAT(m.definition->where(), Catch::EndsWith("rules/house-style.claims:" + std::to_string(line)));
    CHECK_THAT(m.strict.description, Catch::StartsWith("'nearly 100' (") &&
                                         Catch::EndsWith("house-style.claims:" + std::to_string(line) + ")"));
    require_bounds(m.strict.interval, 90, true, 100, false);
    REQUIRE(m.lenient.size() == 1);
    CHECK_THAT(m.lenient[0].description, Catch::StartsWith("the loose meaning of 'nearly 100'"));
    require_bounds(m.lenient[0].interval, 90, true, 100, true);
    CHECK(m.claimed == "nearly 100");
}

TEST_CASE("a phrase with a value word uses the word's exact value", "[meaning]") {
    auto b = meaning_of("p is more than a third", "let p = 44%");
    REQUIRE(b->meaning.strict.interval.low);
    CHECK(b->meaning.strict.interval.low->value == Rational(1, 3));
    CHECK_FALSE(b->meaning.strict.interval.low->closed);
    CHECK_FALSE(b->meaning.strict.interval.high);
    CHECK(b->meaning.unit == Unit{Dimension::percent});
    // Both definitions are applied: more than N, and a third for N.
    REQUIRE(b->meaning.definition != nullptr);
    CHECK(b->meaning.definition->phrase == "more than N");
    REQUIRE(b->meaning.inner.size() == 1);
    CHECK(b->meaning.inner[0]->phrase == "a third");
    CHECK(meaning_of("a is nearly 100", "let a = 1")->meaning.inner.empty());  // a number sets N itself
}

TEST_CASE("a bare fraction means within a point, loosely within three", "[meaning]") {
    auto b = meaning_of("p is a third", "let p = 44%");
    CHECK(b->meaning.unit == Unit{Dimension::percent});
    require_bounds(b->meaning.strict.interval, Rational(1, 3) - pct(1), true, Rational(1, 3) + pct(1), true);
    require_bounds(b->meaning.lenient.at(0).interval, Rational(1, 3) - pct(3), true, Rational(1, 3) + pct(3),
                   true);
}

TEST_CASE("one in five is 20% within 10% relative", "[meaning]") {
    auto b = meaning_of("p is one in five", "let p = 44%");
    require_bounds(b->meaning.strict.interval, pct(18), true, pct(22), true);
    require_bounds(b->meaning.lenient.at(0).interval, pct(16), true, pct(24), true);
}

TEST_CASE("nearly doubled composes nearly with doubled's value", "[meaning]") {
    auto b = meaning_of("change(a, a) is nearly doubled", "let a = 1");
    require_bounds(b->meaning.strict.interval, pct(90), true, pct(100), false);
    require_bounds(b->meaning.lenient.at(0).interval, pct(90), true, pct(100), true);
}

TEST_CASE("a word with only a value means exactly it", "[meaning]") {
    auto b = meaning_of("a is three", "let a = 1");
    require_bounds(b->meaning.strict.interval, 3, true, 3, true);
    CHECK_THAT(b->meaning.strict.description, Catch::EndsWith(": exactly its value"));
    CHECK(b->meaning.lenient.empty());
}

TEST_CASE("exact relations", "[meaning]") {
    auto b = meaning_of("a == 0.3", "let a = 1");
    CHECK(b->meaning.strict.description == "exactly");
    require_bounds(b->meaning.strict.interval, Rational(3, 10), true, Rational(3, 10), true);
    CHECK(b->meaning.claimed == "== 0.3");
    b = meaning_of("a != 3", "let a = 1");
    CHECK(b->meaning.strict.negated);
    CHECK_FALSE(b->meaning.strict.holds_for(3));
    CHECK(b->meaning.strict.holds_for(4));
    b = meaning_of("a < 5", "let a = 1");
    CHECK_FALSE(b->meaning.strict.interval.low);
    CHECK(b->meaning.strict.interval.high->value == 5);
    CHECK_FALSE(b->meaning.strict.interval.high->closed);
    b = meaning_of("a <= 5", "let a = 1");
    CHECK(b->meaning.strict.interval.high->closed);
    b = meaning_of("a > 5", "let a = 1");
    CHECK_FALSE(b->meaning.strict.interval.low->closed);
    CHECK_FALSE(b->meaning.strict.interval.high);
    b = meaning_of("a >= 5", "let a = 1");
    CHECK(b->meaning.strict.interval.low->closed);
    CHECK(b->meaning.lenient.empty());
}

TEST_CASE("actual values are shown with two more places than were stated", "[meaning]") {
    auto a = analyze_text("let p = 44%\nclaim c in \"a.txt\":\n  check p is 44.84%\n  check p is 44%\n"
                          "  check p == 44%\n");
    REQUIRE(a.errors.empty());
    auto checks = a.checks();
    CHECK(display_places(&boost::get<ast::Stated>(checks[0]->test.get())) == 4);
    CHECK(display_places(&boost::get<ast::Stated>(checks[1]->test.get())) == 2);
    CHECK(display_places(nullptr) == 2);
}

TEST_CASE("a vague word about a negative figure means the mirror image of its positive reading", "[meaning]") {
    auto nearly = meaning_of("a is nearly -100", "let a = 1");
    require_bounds(nearly->meaning.strict.interval, -100, false, -90, true);  // (-100, -90]: short of -100
    auto about = meaning_of("change(a, b) is about -50%", "let a = 1\nlet b = 1");
    require_bounds(about->meaning.strict.interval, pct(-105, 2), true, pct(-95, 2), true);
    // (N, inf) mirrored is (-inf, N): "more than -5" is more than 5 below zero, as a fall of more than 5.
    auto more = meaning_of("a is more than -5", "let a = 1");
    REQUIRE(more->meaning.strict.interval.high);
    CHECK(more->meaning.strict.interval.high->value == -5);
    CHECK_FALSE(more->meaning.strict.interval.high->closed);
    CHECK_FALSE(more->meaning.strict.interval.low);
}

TEST_CASE("more than halved is a fall of more than half; nearly halved, a fall short of half", "[meaning]") {
    auto more = meaning_of("change(a, b) is more than halved", "let a = 1\nlet b = 1");
    REQUIRE(more->meaning.strict.interval.high);
    CHECK_FALSE(more->meaning.strict.interval.low);
    CHECK(more->meaning.strict.interval.high->value == pct(-50));
    CHECK(more->meaning.strict.interval.contains(pct(-60)));
    CHECK_FALSE(more->meaning.strict.interval.contains(pct(-40)));
    auto nearly = meaning_of("change(a, b) is nearly halved", "let a = 1\nlet b = 1");
    require_bounds(nearly->meaning.strict.interval, pct(-50), false, pct(-45), true);
}

TEST_CASE("a direction reads its figure as written, carried through its value", "[meaning]") {
    const std::string lets = "let a = 1\nlet b = 1";
    auto fall = meaning_of("change(a, b) is a fall of 12%", lets);
    // -12% as written: rounding half away from zero gives (-12.5%, -11.5%]; truncation (-13%, -12%].
    require_bounds(fall->meaning.strict.interval, pct(-25, 2), false, pct(-23, 2), true);
    REQUIRE(fall->meaning.lenient.size() == 1);
    require_bounds(fall->meaning.lenient[0].interval, pct(-13), false, pct(-12), true);
    CHECK(fall->meaning.figure);
    CHECK(fall->meaning.definition->phrase == "a fall of N");
    auto rise = meaning_of("change(a, b) is up 12.0%", lets);
    require_bounds(rise->meaning.strict.interval, pct(1195, 100), true, pct(1205, 100), false);
    CHECK(rise->meaning.figure);
}

TEST_CASE("a direction takes a phrase with no value of its own after it", "[meaning]") {
    auto fall = meaning_of("change(a, b) is a fall of more than 10%", "let a = 1\nlet b = 1");
    CHECK_FALSE(fall->meaning.strict.interval.low);
    REQUIRE(fall->meaning.strict.interval.high);
    CHECK(fall->meaning.strict.interval.high->value == pct(-10));
    CHECK_FALSE(fall->meaning.strict.interval.high->closed);
    CHECK_FALSE(fall->meaning.figure);  // a vague phrase: no mistake can be told from chance
    REQUIRE(fall->meaning.inner.size() == 1);
    CHECK(fall->meaning.inner[0]->phrase == "more than N");
    auto about = meaning_of("change(a, b) is about a fall of 12%", "let a = 1\nlet b = 1");
    require_bounds(about->meaning.strict.interval, pct(-126, 10), true, pct(-114, 10), true);
}

TEST_CASE("a word for a number takes a unit, and reads as the figure written with it", "[meaning]") {
    const std::string lets = "let s = 8%\nlet a = 1\nlet b = 1\nlet p = 3%\nlet q = 10%";
    auto eight = meaning_of("s is eight per cent", lets);
    require_bounds(eight->meaning.strict.interval, pct(15, 2), true, pct(17, 2), false);
    CHECK(eight->meaning.unit.dimension == Dimension::percent);
    CHECK(eight->meaning.figure);
    CHECK(eight->meaning.definition->phrase == "eight");
    auto points = meaning_of("points(p, q) is seven percentage points", lets);
    CHECK(points->meaning.unit.dimension == Dimension::points);
    require_bounds(points->meaning.strict.interval, pct(13, 2), true, pct(15, 2), false);
    auto nearly = meaning_of("s is nearly nine percent", lets);
    require_bounds(nearly->meaning.strict.interval, pct(81, 10), true, pct(9), false);
    auto fall = meaning_of("change(a, b) is a fall of eight per cent", lets);
    require_bounds(fall->meaning.strict.interval, pct(-17, 2), false, pct(-15, 2), true);
    CHECK(fall->meaning.figure);
}

TEST_CASE("a definition whose bounds are reversed for no negative figure is an error at it", "[meaning]") {
    const std::string lets = "let a = 7\ndefine backwards\n  means [10, 5]";
    auto built = std::make_unique<Built>(Built{
        analyze_text("use house-style\n" + lets + "\nclaim c in \"a.txt\":\n  check a is backwards\n"), {}});
    Analyzed& a = built->analyzed;
    REQUIRE(a.errors.empty());
    const ast::Check* c = a.checks().at(0);
    Evaluator evaluator(a.scopes, a.typed);
    MeaningBuilder builder(evaluator);
    try {
        builder.stated(a.main(), boost::get<ast::Stated>(c->test.get()), a.plans.at(c));
        FAIL("no EvalError");
    } catch (const EvalError& e) {
        CHECK_THAT(std::string(e.what()),
                   Catch::StartsWith("'backwards' means [10, 5]: its lower bound is above its upper bound (") &&
                       Catch::EndsWith(":4:9)"));
    }
}

TEST_CASE("a hedge never makes a claim stricter: about one in five holds wherever one in five does", "[meaning]") {
    auto plain = meaning_of("a is one in five", "let a = 20%");
    auto hedged = meaning_of("a is about one in five", "let a = 20%");
    require_bounds(plain->meaning.strict.interval, pct(18), true, pct(22), true);
    require_bounds(hedged->meaning.strict.interval, pct(18), true, pct(22), true);
    REQUIRE(hedged->meaning.lenient.size() == 1);
    require_bounds(hedged->meaning.lenient[0].interval, pct(16), true, pct(24), true);
    // A hedge wider than the word keeps its own width; a one-sided word is no hedge and is not widened.
    auto third = meaning_of("a is about a third", "let a = 20%");
    CHECK(third->meaning.strict.interval.low->value == Rational(95, 300));
    auto nearly = meaning_of("a is nearly one in five", "let a = 20%");
    require_bounds(nearly->meaning.strict.interval, pct(18), true, pct(20), false);
}

TEST_CASE("a multiple means every reading at once, and each reading alone leniently", "[meaning]") {
    const std::string lets = "let a = 1\nlet b = 1";
    auto more = meaning_of("change(a, b) is five times more", lets);
    // "five" as 5 would be read, [4.5, 5.5): as a ratio a rise of [350%, 450%), as an increase [450%, 550%)
    REQUIRE(more->meaning.readings.size() == 2);
    CHECK(more->meaning.readings[0].description == "as a ratio");
    require_bounds(more->meaning.readings[0].interval, pct(350), true, pct(450), false);
    CHECK(more->meaning.readings[1].description == "as an increase");
    require_bounds(more->meaning.readings[1].interval, pct(450), true, pct(550), false);
    // the two never meet: nothing holds under both
    CHECK_FALSE(more->meaning.strict.holds_for(pct(400)));
    CHECK_FALSE(more->meaning.strict.holds_for(pct(450)));
    CHECK_FALSE(more->meaning.strict.holds_for(pct(500)));
    REQUIRE(more->meaning.lenient.size() == 2);
    CHECK(more->meaning.lenient[0].alternative);
    CHECK(more->meaning.lenient[0].description == "as a ratio, not as an increase");
    CHECK(more->meaning.lenient[1].description == "as an increase, not as a ratio");
    CHECK(more->meaning.lenient[0].holds_for(pct(400)));
    CHECK_FALSE(more->meaning.lenient[0].holds_for(pct(500)));
    CHECK_FALSE(more->meaning.figure);
}

TEST_CASE("readings that overlap hold together where they meet", "[meaning]") {
    auto wide = meaning_of("change(a, b) is 2 times wider", "let a = 1\nlet b = 1\ndefine N times wider\n"
                           "  reading \"loosely\" = (N - 1) * 100%\n  reading \"more loosely\" = N * 50%");
    // N = 2 read as [1.5, 2.5): (N - 1) * 100% is [50%, 150%), N * 50% is [75%, 125%)
    require_bounds(wide->meaning.strict.interval, pct(75), true, pct(125), false);
}
