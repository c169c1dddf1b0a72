// engine/articles/number_words: numbers written in words, one number however many words.
#include "engine/articles/number_words.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
using W = std::vector<std::string>;
}  // namespace

TEST_CASE("words that make one number have its value", "[number_words]") {
    CHECK(cardinal_value({"seven"}) == 7);
    CHECK(cardinal_value({"nineteen"}) == 19);
    CHECK(cardinal_value({"twenty", "one"}) == 21);
    CHECK(cardinal_value({"ninety", "nine"}) == 99);
    CHECK(cardinal_value({"a", "hundred", "and", "twenty"}) == 120);
    CHECK(cardinal_value({"two", "hundred", "and", "five"}) == 205);
    CHECK(cardinal_value({"hundred"}) == 100);
    CHECK(cardinal_value({"thousand"}) == 1000);
    CHECK(cardinal_value({"a", "thousand"}) == 1000);
    CHECK(cardinal_value({"twenty", "five", "thousand"}) == 25000);
    CHECK(cardinal_value({"two", "thousand", "and", "five"}) == 2005);
    CHECK(cardinal_value({"three", "million", "four", "hundred", "thousand"}) == 3400000);
}

TEST_CASE("words that are not one number have none", "[number_words]") {
    CHECK_FALSE(cardinal_value(W{}));
    CHECK_FALSE(cardinal_value({"a"}));
    CHECK_FALSE(cardinal_value({"and"}));
    CHECK_FALSE(cardinal_value({"five", "six"}));
    CHECK_FALSE(cardinal_value({"five", "and", "six"}));
    CHECK_FALSE(cardinal_value({"two", "hundred", "and"}));
    CHECK_FALSE(cardinal_value({"twenty", "twenty"}));
    CHECK_FALSE(cardinal_value({"thousand", "million"}));  // scales only fall
    CHECK_FALSE(cardinal_value({"twenty", "eleven"}));
    CHECK_FALSE(cardinal_value({"second"}));
}

TEST_CASE("cardinal words and ordinals", "[number_words]") {
    CHECK(cardinal_word("seventy"));
    CHECK(cardinal_word("hundred"));
    CHECK(cardinal_word("million"));
    CHECK_FALSE(cardinal_word("a"));
    CHECK_FALSE(cardinal_word("third"));
    CHECK(ordinal_value("third") == 3);
    CHECK(ordinal_value("tenth") == 10);
    CHECK_FALSE(ordinal_value("first"));
    CHECK_FALSE(ordinal_value("three"));
}
