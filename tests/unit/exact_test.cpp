// engine/core/exact: parsing written numbers, rounding, exact text.
#include "engine/core/exact.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("written numbers parse exactly", "[exact]") {
    CHECK(parse_decimal("5,653") == 5653);
    CHECK(parse_decimal("15.5") == Rational(31, 2));
    CHECK(parse_decimal("0.09") == Rational(9, 100));
    CHECK(parse_decimal("-50") == -50);
}

TEST_CASE("every written form of a number parses", "[exact]") {
    CHECK(parse_decimal("0") == 0);
    CHECK(parse_decimal("7") == 7);
    CHECK(parse_decimal("1,000,000") == 1000000);
    CHECK(parse_decimal("5,653.25") == Rational(22613, 4));
    CHECK(parse_decimal("15.50") == Rational(31, 2));
    CHECK(parse_decimal("0.5") == Rational(1, 2));
    CHECK(parse_decimal("0.001") == Rational(1, 1000));
    CHECK(parse_decimal("-0.5") == Rational(-1, 2));
    CHECK(parse_decimal("-5,653.5") == Rational(-11307, 2));
}

TEST_CASE("leading zeros are decimal, never octal", "[exact]") {
    CHECK(parse_decimal("007") == 7);
    CHECK(parse_decimal("09") == 9);
    CHECK(parse_decimal("08.5") == Rational(17, 2));
    CHECK(parse_decimal("0.09") == Rational(9, 100));
    CHECK(parse_decimal("000") == 0);
    CHECK(parse_decimal("-007") == -7);
}

TEST_CASE("decimal places count the digits after the point", "[exact]") {
    CHECK(decimal_places("15") == 0);
    CHECK(decimal_places("5,653") == 0);
    CHECK(decimal_places("15.5") == 1);
    CHECK(decimal_places("15.50") == 2);
    CHECK(decimal_places("0.001") == 3);
    CHECK(decimal_places("-1.25") == 2);
}

TEST_CASE("trailing zeros count zeros at the end of a whole number", "[exact]") {
    CHECK(trailing_zeros("5,600") == 2);
    CHECK(trailing_zeros("5,000") == 3);
    CHECK(trailing_zeros("1,000,000") == 6);
    CHECK(trailing_zeros("100") == 2);
    CHECK(trailing_zeros("44") == 0);
    CHECK(trailing_zeros("15.5") == 0);
    CHECK(trailing_zeros("10.0") == 0);  // decimals state their own precision
    CHECK(trailing_zeros("-200") == 2);
}

TEST_CASE("powers of ten, positive and negative", "[exact]") {
    CHECK(power_of_ten(0) == 1);
    CHECK(power_of_ten(3) == 1000);
    CHECK(power_of_ten(-2) == Rational(1, 100));
}

TEST_CASE("rounding sends exact halves away from zero", "[exact]") {
    CHECK(round_half_away(Rational(89, 2), 1) == 45);     // 44.5
    CHECK(round_half_away(Rational(-89, 2), 1) == -45);   // -44.5
    CHECK(round_half_away(Rational(1, 2), 1) == 1);
    CHECK(round_half_away(Rational(-1, 2), 1) == -1);
    CHECK(round_half_away(Rational(3, 2), 1) == 2);       // not to even
    CHECK(round_half_away(Rational(5, 2), 1) == 3);
    CHECK(round_half_away(Rational(-5, 2), 1) == -3);
}

TEST_CASE("rounding just short of a half goes toward zero", "[exact]") {
    CHECK(round_half_away(Rational(444999, 10000), 1) == 44);
    CHECK(round_half_away(Rational(-444999, 10000), 1) == -44);
    CHECK(round_half_away(Rational(435, 10), 1) == 44);
    CHECK(round_half_away(Rational(434999, 10000), 1) == 43);
    CHECK(round_half_away(0, 1) == 0);
}

TEST_CASE("rounding at steps 0.1, 100 and 1/100", "[exact]") {
    CHECK(round_half_away(Rational(1505, 100), Rational(1, 10)) == Rational(151, 10));  // 15.05 -> 15.1
    CHECK(round_half_away(Rational(-1505, 100), Rational(1, 10)) == Rational(-151, 10));
    CHECK(round_half_away(Rational(1504, 100), Rational(1, 10)) == 15);
    CHECK(round_half_away(5650, 100) == 5700);
    CHECK(round_half_away(5649, 100) == 5600);
    CHECK(round_half_away(-5650, 100) == -5700);
    CHECK(round_half_away(Rational(4485, 10000), Rational(1, 100)) == Rational(45, 100));  // 44.85% -> 45%
    CHECK(round_half_away(Rational(298, 63), Rational(1, 100)) == Rational(473, 100));
    CHECK(round_half_away(Rational(1, 3), Rational(1, 100)) == Rational(33, 100));
}

TEST_CASE("truncation goes toward zero", "[exact]") {
    CHECK(truncate_to(Rational(4499, 100), 1) == 44);
    CHECK(truncate_to(Rational(-4499, 100), 1) == -44);
    CHECK(truncate_to(45, 1) == 45);
    CHECK(truncate_to(Rational(5653), 100) == 5600);
    CHECK(truncate_to(Rational(-5653), 100) == -5600);
    CHECK(truncate_to(Rational(44837, 100000), Rational(1, 100)) == Rational(44, 100));
    CHECK(truncate_to(Rational(1, 2), 1) == 0);
    CHECK(truncate_to(Rational(-1, 2), 1) == 0);
}

TEST_CASE("fraction text is lowest terms with the sign in front", "[exact]") {
    CHECK(fraction_text(Rational(298, 63)) == "298/63");
    CHECK(fraction_text(170) == "170");
    CHECK(fraction_text(Rational(-3, 4)) == "-3/4");
    CHECK(fraction_text(Rational(6, 8)) == "3/4");
    CHECK(fraction_text(Rational(3, -4)) == "-3/4");
    CHECK(fraction_text(0) == "0");
}

TEST_CASE("decimal text rounds to its places and trims trailing zeros", "[exact]") {
    CHECK(decimal_text(Rational(298, 63), 7) == "4.7301587");
    CHECK(decimal_text(Rational(1, 3), 7) == "0.3333333");
    CHECK(decimal_text(Rational(2, 3), 7) == "0.6666667");
    CHECK(decimal_text(170, 7) == "170");
    CHECK(decimal_text(Rational(1, 4), 7) == "0.25");
    CHECK(decimal_text(Rational(3, 2), 0) == "2");  // half away from zero
    CHECK(decimal_text(100, 0) == "100");          // zeros of a whole number stay
    CHECK(decimal_text(Rational(1, 100000000), 7) == "0");
    CHECK(decimal_text(Rational(5, 100000000), 7) == "0.0000001");
}

TEST_CASE("decimal text of negative values, never -0", "[exact]") {
    CHECK(decimal_text(Rational(-298, 63), 7) == "-4.7301587");
    CHECK(decimal_text(Rational(-1, 4), 7) == "-0.25");
    CHECK(decimal_text(Rational(-3, 2), 0) == "-2");
    CHECK(decimal_text(Rational(-1, 100000000), 7) == "0");
    CHECK(decimal_text(Rational(-1, 3), 0) == "0");
    CHECK(decimal_text(0, 7) == "0");
}

TEST_CASE("grouped puts a comma every three digits", "[exact]") {
    CHECK(grouped(Integer(5653)) == "5,653");
    CHECK(grouped(Integer(999)) == "999");
    CHECK(grouped(Integer(1000)) == "1,000");
    CHECK(grouped(Integer(1000000)) == "1,000,000");
    CHECK(grouped(Integer(123456789)) == "123,456,789");
    CHECK(grouped(Integer(-1234)) == "-1,234");
    CHECK(grouped(Integer(0)) == "0");
}

TEST_CASE("places_for shows enough significant digits of small values", "[exact]") {
    CHECK(places_for(Rational(15), 3, 2) == 2);
    CHECK(places_for(0, 3, 2) == 2);
    CHECK(places_for(Rational(1, 2), 3, 2) == 3);       // 0.500
    CHECK(places_for(Rational(1, 1000), 3, 2) == 5);    // 0.00100
    CHECK(places_for(Rational(-1, 1000), 3, 2) == 5);
    CHECK(places_for(Rational(12, 100), 3, 4) == 4);    // never fewer than the minimum
}

TEST_CASE("places_for finds the leading zeros of values near every power of ten", "[exact]") {
    // The zeros after the point, counted one power of ten at a time: what places_for must agree with.
    auto counted = [](const Rational& a) {
        int zeros = 0;
        while (a * power_of_ten(zeros + 1) < 1) ++zeros;
        return zeros;
    };
    for (int k = 1; k < 60; ++k)
        for (const Rational& a : {power_of_ten(-k), power_of_ten(-k) * Rational(999, 1000),
                                  power_of_ten(-k) * Rational(1001, 1000), power_of_ten(-k) / 3,
                                  Rational(7, 3) * power_of_ten(-k), Rational(1, 7) * power_of_ten(-k) * 10}) {
            if (a >= 1) continue;
            INFO("k = " << k << ", a = " << fraction_text(a));
            CHECK(places_for(a, 3, 0) == counted(a) + 3);
        }
}

TEST_CASE("places_for on a value of many thousand bits is exact", "[exact]") {
    const Rational tiny = Rational(7, 3) * power_of_ten(-20000);  // 0.<19999 zeros>233...
    CHECK(places_for(tiny, 3, 2) == 19999 + 3);
    CHECK(places_for(power_of_ten(-20000), 1, 0) == 20000);  // 0.<19999 zeros>1
}

TEST_CASE("roundings round to each count of places as round_half_away does", "[exact]") {
    for (const Rational& x : {Rational(2, 3), Rational(-2, 3), Rational(4449, 100000), Rational(-4449, 100000),
                              Rational(1, 8), Rational(-1, 8), Rational(5, 2), Rational(0), Rational(123456789, 7),
                              Rational(1, 3) * power_of_ten(-30)}) {
        std::vector<Rational> all = roundings(x, 0, 12);
        REQUIRE(all.size() == 13);
        for (int places = 0; places <= 12; ++places) {
            INFO("x = " << fraction_text(x) << ", places = " << places);
            CHECK(all[static_cast<std::size_t>(places)] == round_half_away(x, power_of_ten(-places)));
        }
    }
    CHECK(roundings(Rational(1, 8), 2, 3) == std::vector<Rational>{Rational(13, 100), Rational(125, 1000)});
}

TEST_CASE("very large and very small numbers stay exact", "[exact]") {
    std::string big = "1" + std::string(100, '0');
    Rational ten_100 = parse_decimal(big);
    CHECK(ten_100 == power_of_ten(100));
    CHECK(fraction_text(ten_100) == big);
    CHECK(decimal_text(ten_100, 7) == big);

    std::string tiny = "0." + std::string(99, '0') + "1";
    Rational tenth_100 = parse_decimal(tiny);
    CHECK(tenth_100 == power_of_ten(-100));
    CHECK(fraction_text(tenth_100) == "1/" + big);
    CHECK(tenth_100 * ten_100 == 1);
    CHECK(decimal_text(tenth_100, 100) == tiny);
    CHECK(decimal_text(tenth_100, 7) == "0");
    CHECK(round_half_away(ten_100 + Rational(1, 2), 1) == ten_100 + 1);
    CHECK(grouped(Integer(big)).size() == big.size() + 33);
}
