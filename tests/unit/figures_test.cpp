// engine/articles/figures: a figure as an article writes it, read as the claims language writes it.
#include "engine/articles/figures.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
std::string literal(std::string_view text) {
    auto f = read_figure(text);
    REQUIRE(f);
    return f->literal;
}
}  // namespace

TEST_CASE("figures keep separators that group by three", "[figures]") {
    CHECK(literal("5,653") == "5,653");
    CHECK(literal("1,234.50") == "1,234.50");
    CHECK(literal("56,53") == "5653");
    CHECK(literal("3903") == "3903");
}

TEST_CASE("a multiplier is kept as printed, in lower case: it says the figure's precision", "[figures]") {
    CHECK(literal("0.5 million") == "0.5 million");
    CHECK(literal("2.3bn") == "2.3bn");
    CHECK(literal("2.3 billion") == "2.3 billion");
    CHECK(literal("1.5m") == "1.5m");
    CHECK(literal("15k") == "15k");
    CHECK(literal("15K") == "15k");
    CHECK(literal("5 thousand") == "5 thousand");
    CHECK(literal("2 trillion") == "2 trillion");
    CHECK(literal("3mn") == "3mn");
    CHECK(read_figure("2.3bn people")->end == 5);
}

TEST_CASE("a multiplier letter counts only when attached", "[figures]") {
    CHECK(literal("15 m") == "15");  // metres, perhaps
    CHECK(literal("15km") == "15");
    CHECK(read_figure("15km")->end == 2);
    CHECK(multiplier_power("m", true) == 6);
    CHECK(multiplier_power("m", false) == 0);
    CHECK(multiplier_power("billion", false) == 9);
    CHECK(multiplier_power("metres", true) == 0);
}

TEST_CASE("sign, currency and ordinal", "[figures]") {
    CHECK(literal("-3") == "-3");
    CHECK(literal("\u22123.5") == "-3.5");
    auto pounds = read_figure("\u00A32.3 billion");
    REQUIRE(pounds);
    CHECK(pounds->literal == "2.3 billion");
    CHECK(pounds->currency == "\u00A3");
    CHECK(pounds->end == std::string_view("\u00A32.3 billion").size());
    auto first = read_figure("21st");
    REQUIRE(first);
    CHECK(first->ordinal);
    CHECK(first->literal == "21");
}

TEST_CASE("where the figure ends, its unit begins", "[figures]") {
    auto f = read_figure("44 per cent");
    REQUIRE(f);
    CHECK(f->end == 2);
    CHECK_FALSE(read_figure("per cent"));
    CHECK_FALSE(read_figure(""));
    CHECK_FALSE(read_figure(".5"));
}
