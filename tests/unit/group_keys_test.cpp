// engine/tables/group_keys: keys interned once each, numbered in the order first seen, kept
// whatever their length or bytes, through the table's growth.
#include "engine/tables/group_keys.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

TEST_CASE("group_keys: each key has one number, in the order first seen") {
    GroupKeys keys;
    CHECK(keys.id("Kent") == 0);
    CHECK(keys.id("Essex") == 1);
    CHECK(keys.id("Kent") == 0);
    CHECK(keys.id("") == 2);  // an empty cell is a key like any other
    CHECK(keys.size() == 3);
    CHECK(keys.key(1) == "Essex");
    CHECK(keys.key(2).empty());
}

TEST_CASE("group_keys: keys of every length, and keys alike but for one byte, stay apart through growth") {
    GroupKeys keys;
    std::vector<std::string> made;
    for (int i = 0; i < 5000; ++i) {
        std::string key(static_cast<std::size_t>(i % 40), 'a');
        key += std::to_string(i);
        made.push_back(key);
        REQUIRE(keys.id(key) == static_cast<std::uint32_t>(i));
    }
    for (int i = 0; i < 5000; ++i) {
        CHECK(keys.id(made[static_cast<std::size_t>(i)]) == static_cast<std::uint32_t>(i));
        CHECK(keys.key(static_cast<std::uint32_t>(i)) == made[static_cast<std::size_t>(i)]);
    }
    CHECK(keys.size() == 5000);
    // Same length, same first and last words: the bytes between decide.
    CHECK(keys.id("abcdefgh-1-ijklmnop") != keys.id("abcdefgh-2-ijklmnop"));
}

TEST_CASE("group_keys: text_hash differs for texts that differ only in length or in one byte") {
    CHECK(text_hash("ab") != text_hash("abc"));
    CHECK(text_hash("abcdefgh") != text_hash("abcdefgi"));
    CHECK(text_hash("") != text_hash(std::string(1, '\0')));
    CHECK(text_hash("Kent") == text_hash(std::string("Kent")));
}
