// engine/tables/scaled: cells' exact numbers as scaled integers, and the exact sums,
// extremes and value counts kept on them, widening to GMP only past __int128.
#include "engine/tables/scaled.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace claimcheck;

namespace {

Number number(const std::string& text, NumberSyntax syntax = NumberSyntax::decimal) {
    Number n;
    INFO(text);
    REQUIRE(parse_number(text, syntax, n));
    return n;
}

std::string exact(const Rational& x) { return fraction_text(x); }

const std::string nines38(38, '9');  // 10^38 - 1: the largest 38-digit number, below 2^127

}  // namespace

TEST_CASE("scaled: integers and decimals parse exactly, in lowest terms") {
    CHECK(number("42", NumberSyntax::integer).small == Scaled{42, 0});
    CHECK(number("-7", NumberSyntax::integer).small == Scaled{-7, 0});
    CHECK(number("0.1").small == Scaled{1, 1});
    CHECK(number("1.50").small == Scaled{15, 1});
    CHECK(number("2.000").small == Scaled{2, 0});
    CHECK(number("007").small == Scaled{7, 0});
    CHECK(number("-0.05").small == Scaled{-5, 2});
    CHECK(exact(to_rational(number("-12.375"))) == "-99/8");
}

TEST_CASE("scaled: what is not a number of the syntax is rejected") {
    Number n;
    for (const char* bad : {"", "-", "1.", ".5", "+1", "1e5", "1,000", " 1", "1 ", "0x1F", "--1", "1.2.3", "NaN"}) {
        INFO(bad);
        CHECK_FALSE(parse_number(bad, NumberSyntax::decimal, n));
    }
    CHECK_FALSE(parse_number("1.5", NumberSyntax::integer, n));
    CHECK(parse_number("15", NumberSyntax::decimal, n));
}

TEST_CASE("scaled: a number knows whether it was written the canonical way") {
    CHECK(number("13").canonical);
    CHECK(number("0").canonical);
    CHECK(number("-0.5").canonical);
    CHECK_FALSE(number("013").canonical);
    CHECK_FALSE(number("13.0").canonical);
    CHECK_FALSE(number("-0").canonical);
    CHECK(number_text(number("013")) == "13");
    CHECK(number_text(number("-0.50")) == "-0.5");
    CHECK(number_text(number("-0")) == "0");
    CHECK(number_text(number("0.001")) == "0.001");
}

TEST_CASE("scaled: past 38 digits a number is big, and still exact") {
    const Number n = number("1" + std::string(40, '0') + ".5");
    CHECK(n.is_big);
    CHECK(exact(to_rational(n)) == "2" + std::string(39, '0') + "1/2");
    CHECK_FALSE(number(nines38).is_big);
    CHECK(number("-" + nines38 + "9").is_big);
    CHECK(number("0." + std::string(40, '0') + "1").is_big);  // a scale past 10^38
    CHECK(number_text(number("0" + nines38 + "9.10")) == nines38 + "9.1");
}

TEST_CASE("scaled: comparisons are exact across scales, even past __int128") {
    CHECK(compare(Scaled{15, 1}, Scaled{3, 0}) < 0);
    CHECK(compare(Scaled{30, 1}, Scaled{3, 0}) == 0);  // never produced by parsing, still equal
    CHECK(compare(Scaled{-1, 0}, Scaled{-5, 1}) < 0);
    const Scaled huge{static_cast<__int128>(1) << 120, 0};
    CHECK(compare(huge, Scaled{1, 30}) > 0);   // huge * 10^30 overflows: its sign decides
    CHECK(compare(Scaled{1, 30}, huge) < 0);
    CHECK(compare(Scaled{-huge.units, 0}, Scaled{-1, 30}) < 0);
    CHECK(compare(number("1" + std::string(40, '0')), number("5")) > 0);
}

TEST_CASE("scaled: a rational constant as a scaled integer when it is a decimal fraction") {
    CHECK(scaled_of(Rational(1, 4)) == Scaled{25, 2});
    CHECK(scaled_of(Rational(-3, 5)) == Scaled{-6, 1});
    CHECK(scaled_of(Rational(17)) == Scaled{17, 0});
    CHECK_FALSE(scaled_of(Rational(1, 3)));
    CHECK_FALSE(scaled_of(Rational(power_of_ten(40))));
}

TEST_CASE("scaled: 0.1 + 0.2 summed is exactly 3/10") {
    ExactSum sum;
    sum.add(number("0.1"));
    sum.add(number("0.2"));
    CHECK(exact(sum.value()) == "3/10");
    CHECK_FALSE(sum.banked());
}

TEST_CASE("scaled: sums across scales rescale exactly") {
    ExactSum sum;
    for (const char* x : {"3", "0.25", "-1.125", "100", "0.000001"}) sum.add(number(x));
    CHECK(exact(sum.value()) == "102125001/1000000");
    ExactSum empty;
    CHECK(exact(empty.value()) == "0");
}

TEST_CASE("scaled: sums past int64 stay in __int128, past __int128 widen and stay exact") {
    ExactSum near_int64;
    for (int i = 0; i < 1000; ++i) near_int64.add(number("9000000000000000000"));  // 9e18, near 2^63
    CHECK(exact(near_int64.value()) == "9000000000000000000000");
    CHECK_FALSE(near_int64.banked());

    ExactSum wide;
    for (int i = 0; i < 5; ++i) wide.add(number(nines38));  // 5 * (10^38 - 1) > 2^127
    CHECK(wide.banked());
    CHECK(exact(wide.value()) == "4" + std::string(37, '9') + "5");
    wide.add(number("-" + nines38));
    CHECK(exact(wide.value()) == "3" + std::string(37, '9') + "6");

    ExactSum rescaled;  // 10^37 at scale 0, then a value at scale 2: 10^39 does not fit
    rescaled.add(number("1" + std::string(37, '0')));
    rescaled.add(number("0.01"));
    CHECK(exact(rescaled.value()) == "1" + std::string(38, '0') + "1/100");  // (10^39 + 1) / 100
}

TEST_CASE("scaled: big cells and merged sums") {
    ExactSum a, b;
    a.add(number("1" + std::string(45, '0')));
    a.add(number("2.5"));
    b.add(number("0.5"));
    b.add(number("-1" + std::string(45, '0')));
    a.merge(b);
    CHECK(exact(a.value()) == "3");
}

TEST_CASE("scaled: least and greatest, across scales and big numbers") {
    Extreme least(false), greatest(true);
    CHECK_FALSE(least.value());
    for (const char* x : {"3", "-1.5", "10.25", "-1.25", "7"}) least.offer(number(x)), greatest.offer(number(x));
    CHECK(exact(*least.value()) == "-3/2");
    CHECK(exact(*greatest.value()) == "41/4");
    greatest.offer(number("1" + std::string(40, '0')));
    least.offer(number("-1" + std::string(40, '0')));
    CHECK(exact(*greatest.value()) == "1" + std::string(40, '0'));
    greatest.offer(number("11"));
    CHECK(exact(*greatest.value()) == "1" + std::string(40, '0'));
    Extreme other(false);
    other.offer(number("-" + std::string(41, '9')));
    least.merge(other);
    CHECK(exact(*least.value()) == "-" + std::string(41, '9'));
}

TEST_CASE("scaled: the mode is the most frequent value, ties going to the least") {
    ValueCounts counts;
    CHECK_FALSE(counts.mode());
    for (const char* x : {"13", "14", "13.0", "14", "2", "013"}) counts.add(number(x));
    CHECK(exact(*counts.mode()) == "13");  // 13 three times (13, 13.0, 013)
    CHECK(counts.distinct() == 3);
    ValueCounts tie;
    for (const char* x : {"5", "-1.5", "5", "-1.50", "9"}) tie.add(number(x));
    CHECK(exact(*tie.mode()) == "-3/2");
    ValueCounts more;
    for (int i = 0; i < 3; ++i) more.add(number("9"));
    tie.merge(more);
    CHECK(exact(*tie.mode()) == "9");
    CHECK(tie.distinct() == 3);
    ValueCounts big;
    big.add(number("1" + std::string(40, '0')));
    big.add(number("1" + std::string(40, '0')));
    big.add(number("3"));
    big.add(number("3"));
    CHECK(exact(*big.mode()) == "3");
    big.add(number("1" + std::string(40, '0')));
    CHECK(exact(*big.mode()) == "1" + std::string(40, '0'));
}

TEST_CASE("scaled: small whole numbers are counted in place only once there are many, with the same answers",
          "[scaled]") {
    ValueCounts few, many, merged;
    for (int i = 0; i < 5; ++i) few.add(number(std::to_string(i * 3)));
    CHECK(few.distinct() == 5);
    CHECK(many.add(number("7")));
    CHECK_FALSE(many.add(number("7.0")));  // seen before: one value however written
    for (int i = 0; i < 100; ++i) CHECK(many.add(number(std::to_string(1000 + i))) == true);  // past the switch
    for (int i = 0; i < 3; ++i) many.add(number("200"));
    CHECK(many.add(number("201")));
    CHECK_FALSE(many.add(number("201")));
    CHECK(many.distinct() == 103);
    CHECK(exact(*many.mode()) == "200");
    merged.merge(few);   // small into nothing
    merged.merge(many);  // then a dense one into it
    CHECK(merged.distinct() == 5 + 103 - 0);
    few.merge(many);  // a dense one into a small one
    CHECK(few.distinct() == 108);
    CHECK(exact(*few.mode()) == "200");
}

TEST_CASE("scaled: a number, a sum or an extreme of small numbers makes no rational", "[scaled]") {
    CHECK_FALSE(number("12.5").big);
    CHECK(number("1" + std::string(40, '0')).big);
    ExactSum sum;
    sum.add(number("1.5"));
    CHECK_FALSE(sum.banked());
    CHECK(exact(sum.value()) == "3/2");
}

TEST_CASE("few_digits: one to eight digits read as a word, against reading them one by one", "[scaled]") {
    // Each text sits in a buffer with other bytes after it, as a cell in a scan's block does.
    auto expected = [](std::string_view text, std::int64_t& value) {
        std::int64_t v = 0;
        for (const char ch : text) {
            if (ch < '0' || ch > '9') return false;
            v = v * 10 + (ch - '0');
        }
        value = v;
        return true;
    };
    auto check = [&](const std::string& text) {
        std::string buffer = text + "9,Kent\n\xFF\x80";
        buffer.resize(text.size() + 8, '7');
        const std::string_view cell(buffer.data(), text.size());
        std::int64_t want = -1, got = -1;
        const bool ok = expected(cell, want);
        INFO("text " << text);
        REQUIRE(few_digits(cell, got) == ok);
        if (ok) REQUIRE(got == want);
    };
    for (int n = 0; n < 100000; ++n) {  // every text of one to four digits, leading zeros and all
        const std::string digits = std::to_string(n);
        for (std::size_t width = digits.size(); width <= 4; ++width) check(std::string(width - digits.size(), '0') + digits);
    }
    for (const char* text : {"99999999", "00000000", "12345678", "10000000", "00000001", "90000009"}) check(text);
    std::mt19937 random(16);
    for (int i = 0; i < 20000; ++i) {  // longer ones, and one byte of any value put anywhere
        std::string text(std::uniform_int_distribution<std::size_t>(1, 8)(random), '0');
        for (char& ch : text) ch = static_cast<char>('0' + std::uniform_int_distribution<int>(0, 9)(random));
        check(text);
        text[std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random)] =
            static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
        check(text);
    }
}
