// engine/advice/wording: how suggested figures are written.
#include "engine/advice/wording.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Analyzed;
using claimcheck::test::analyze_text;

namespace {

// The check `check <text>` parsed in a file with a, b and a percentage p.
struct Parsed {
    Analyzed analyzed;
    const ast::Check& check() const { return *analyzed.checks().at(0); }
};

Parsed parsed(const std::string& text) {
    return {analyze_text("use house-style\nlet a = 1\nlet b = 2\nlet p = 40%\nclaim x in \"a.txt\":\n  check " + text + "\n")};
}

std::string framed_as(const std::string& subject, Rational actual, const std::string& stated) {
    return framed(parsed(subject + " is 1%").check().subject, actual, stated);
}

}  // namespace

TEST_CASE("wording: a change reads as a rise, a fall or no change", "[wording]") {
    CHECK(framed_as("change(a, b)", Rational(473, 100), "473%") == "a rise of 473%");
    CHECK(framed_as("change(a, b)", Rational(-48, 100), "-48%") == "a fall of 48%");
    CHECK(framed_as("change(a, b)", Rational(-48, 100), "48%") == "a fall of 48%");
    CHECK(framed_as("change(a, b)", 0, "0%") == "no change");
    CHECK(framed_as("(points(p, p))", Rational(-1, 10), "-10 points") == "a fall of 10 points");
    CHECK(framed_as("a / b", Rational(1, 2), "0.5") == "0.5");  // not a change: as stated
}

TEST_CASE("wording: separators follow the writer's figure of four digits or more, else from 1,000", "[wording]") {
    CHECK(separators_for(parsed("a is 5,600").check()));
    CHECK_FALSE(separators_for(parsed("a is 5600").check()));
    CHECK_FALSE(separators_for(parsed("a is about 2000").check()));
    CHECK_FALSE(separators_for(parsed("a < 12000").check()));
    CHECK(separators_for(parsed("a is 900").check()));
    CHECK(separators_for(parsed("a is hundreds").check()));
    CHECK(separators_for(parsed("a is 1,234.5").check()));
}

TEST_CASE("wording: digits with or without separators", "[wording]") {
    CHECK(digits_like(5653, 0, true) == "5,653");
    CHECK(digits_like(5653, 0, false) == "5653");
    CHECK(digits_like(Rational(123456789, 100), 1, true) == "1,234,567.9");
    CHECK(digits_like(-1049, 0, true) == "-1,049");
    CHECK(digits_like(999, 0, true) == "999");
}

TEST_CASE("wording: round figures near a value, whole ones for a count", "[wording]") {
    CHECK(round_figures(183, false) == std::vector<Rational>{100, 200, 180, 190});
    CHECK(round_figures(1, false) == std::vector<Rational>{1, 2, Rational(9, 10), Rational(11, 10)});
    CHECK(round_figures(1, true) == std::vector<Rational>{1, 2});
    CHECK(round_figures(Rational(1448, 1000), false) == std::vector<Rational>{1, 2, Rational(14, 10), Rational(15, 10)});
    CHECK(round_figures(0, false).empty());
}

TEST_CASE("wording: two significant digits or more", "[wording]") {
    CHECK(two_digit_places(Rational(4821, 100)) == 0);
    CHECK(two_digit_places(Rational(1448, 1000)) == 1);
    CHECK(two_digit_places(Rational(-1448, 1000)) == 1);
    CHECK(two_digit_places(Rational(1745, 10000)) == 2);
    CHECK(two_digit_places(Rational(4, 1000)) == 4);
    CHECK(significant_digits(200) == 1);
    CHECK(significant_digits(180) == 2);
    CHECK(significant_digits(Rational(57, 10)) == 2);
}

TEST_CASE("wording: the unit's words after the digits", "[wording]") {
    CHECK(unit_suffix(Unit{Dimension::percent}) == "%");
    CHECK(unit_suffix(Unit{Dimension::points}) == " points");
    CHECK(unit_suffix(Unit{Dimension::ratio}) == " times");
    CHECK(unit_suffix(Unit{Dimension::count}).empty());
    CHECK(written_number("44", Unit{Dimension::percent}).unit == "%");
    CHECK(written_number("6", Unit{Dimension::points}).unit == "points");
    CHECK(written_number("1.4", Unit{Dimension::ratio}).unit == "times");
    CHECK(written_number("5,653", Unit{Dimension::count}).unit.empty());
    CHECK(written_number("5,653", Unit{Dimension::count}).digits == "5,653");
}
