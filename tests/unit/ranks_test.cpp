// engine/lang/ranks: which keys hold a rank (ties included), the rank a call asks for, and how ranks are named.
#include "engine/lang/ranks.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

Answer groups(std::map<std::string, Rational> g) {
    Answer a;
    a.groups = std::move(g);
    return a;
}

ast::Expr number(const std::string& digits, const std::string& unit = "") {
    ast::Number n;
    n.digits = digits;
    n.unit = unit;
    ast::Expr e;
    e.first = n;
    return e;
}

// top(x) or top(x, rank): the first argument is never read here.
ast::Call call(const std::string& function, std::optional<ast::Expr> rank = std::nullopt) {
    ast::Call c;
    c.function.text = function;
    c.args.push_back(number("0"));
    if (rank) c.args.push_back(*rank);
    return c;
}

}  // namespace

TEST_CASE("ranks: the keys at a rank, from either end", "[ranks]") {
    const Answer wards = groups({{"Riverside", 41}, {"Hillside", 30}, {"Oakfield", 10}, {"Eastgate", 2}});
    auto h = holders_at(ranking(wards, ColumnType::text, Pick::top), 1);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"Riverside"});
    CHECK(h->value == 41);
    CHECK(h->place == 1);
    h = holders_at(ranking(wards, ColumnType::text, Pick::top), 2);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"Hillside"});
    CHECK(h->place == 2);
    h = holders_at(ranking(wards, ColumnType::text, Pick::bottom), 1);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"Eastgate"});
    h = holders_at(ranking(wards, ColumnType::text, Pick::bottom), 4);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"Riverside"});
    CHECK_FALSE(holders_at(ranking(wards, ColumnType::text, Pick::top), 5));
    CHECK_FALSE(holders_at(ranking(wards, ColumnType::text, Pick::top), 0));
    CHECK_FALSE(holders_at(ranking(Answer{}, ColumnType::text, Pick::top), 1));
}

TEST_CASE("ranks: a tie holds the rank together, from the place where it starts", "[ranks]") {
    const Answer wards = groups({{"Riverside", 41}, {"Hillside", 41}, {"Oakfield", 30}, {"Eastgate", 30}, {"Ash", 1}});
    for (std::size_t rank : {1u, 2u}) {
        auto h = holders_at(ranking(wards, ColumnType::text, Pick::top), rank);
        REQUIRE(h);
        CHECK(h->keys == std::vector<std::string>{"Hillside", "Riverside"});  // in the column's order
        CHECK(h->place == 1);
    }
    auto h = holders_at(ranking(wards, ColumnType::text, Pick::bottom), 3);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"Eastgate", "Oakfield"});
    CHECK(h->place == 2);
    CHECK(h->value == 30);
}

TEST_CASE("ranks: number keys tie in number order, and max and min take the value", "[ranks]") {
    const Answer ages = groups({{"13", 5}, {"9", 5}, {"100", 1}});
    auto h = holders_at(ranking(ages, ColumnType::integer, Pick::top), 1);
    REQUIRE(h);
    CHECK(h->keys == std::vector<std::string>{"9", "13"});
    h = holders_at(ranking(ages, ColumnType::integer, Pick::min), 1);
    REQUIRE(h);
    CHECK(h->value == 1);
}

TEST_CASE("ranks: the rank a call asks for", "[ranks]") {
    CHECK(std::get<std::size_t>(rank_asked(call("top"))) == 1);
    CHECK(std::get<std::size_t>(rank_asked(call("bottom", number("12")))) == 12);
    for (const auto& bad : {number("0"), number("1.5"), number("2", "%"), number("1000000001"), number("1,000")}) {
        const auto asked = rank_asked(call("top", bad));
        REQUIRE(std::holds_alternative<std::string>(asked));
        CHECK_THAT(std::get<std::string>(asked), Catch::StartsWith("a rank is a whole number from 1: top(x, 2)"));
    }
}

TEST_CASE("ranks: function names and places as a report names them", "[ranks]") {
    CHECK(pick_named("top") == Pick::top);
    CHECK(pick_named("bottom") == Pick::bottom);
    CHECK(pick_named("max") == Pick::max);
    CHECK_FALSE(pick_named("sum"));
    CHECK(picks_key(Pick::bottom));
    CHECK_FALSE(picks_key(Pick::max));
    CHECK(place_name(Pick::top, 1) == "the highest");
    CHECK(place_name(Pick::top, 2) == "the second highest");
    CHECK(place_name(Pick::bottom, 1) == "the lowest");
    CHECK(place_name(Pick::bottom, 10) == "the tenth lowest");
    CHECK(place_name(Pick::top, 11) == "the 11th highest");
    CHECK(place_name(Pick::top, 21) == "the 21st highest");
    CHECK(place_name(Pick::top, 112) == "the 112th highest");
    CHECK(place_name(Pick::top, 23) == "the 23rd highest");
    CHECK(keys_text({"Riverside"}) == "Riverside");
    CHECK(keys_text({"Riverside", "Hillside"}) == "Riverside and Hillside");
    CHECK(keys_text({"Ash", "Elm", "Oak"}) == "Ash, Elm and Oak");
    std::vector<std::string> many;
    for (char c = 'a'; c <= 'k'; ++c) many.emplace_back(1, c);
    CHECK(keys_text({many.begin(), many.begin() + 10}) == "a, b, c, d, e, f, g, h, i and j");
    CHECK(keys_text(many) == "a, b, c, d, e, f, g, h, i, j and 1 more");
}
