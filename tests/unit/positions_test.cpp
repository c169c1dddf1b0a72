// engine/lsp/positions: UTF-16 positions over UTF-8 text, claimcheck's locations, and file URIs.
#include "engine/lsp/positions.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;
using namespace claimcheck::lsp;

TEST_CASE("positions: offsets and positions count UTF-16 units on each line") {
    // "é" is 2 bytes and 1 unit; the emoji is 4 bytes and 2 units.
    const std::string text = "ab\ncé\xF0\x9F\x98\x80x\r\nlast";
    const LineIndex index(text);
    CHECK(index.lines() == 3);
    CHECK(index.at(std::size_t{4}).line == 1);
    const Position x = index.at(text.find('x'));
    CHECK(x.line == 1);
    CHECK(x.character == 4);  // c, é, and the emoji's two units
    CHECK(index.offset(x) == text.find('x'));
    CHECK(index.offset({2, 2}) == text.find("st"));
    CHECK(index.offset({1, 99}) == text.find('\r'));  // past a line's end: its end
    CHECK(index.offset({9, 0}) == text.size());
    CHECK(index.line(1) == "cé\xF0\x9F\x98\x80x");
}

TEST_CASE("positions: claimcheck's locations (1-based, code points) become positions") {
    const LineIndex index("one\n\xF0\x9F\x98\x80 two\n");
    const Position two = index.at(Location{2, 3});  // the emoji, a space, then "two"
    CHECK(two.line == 1);
    CHECK(two.character == 3);
    const Range rest = index.rest_of_line(Location{2, 3});
    CHECK(rest.end.character == 6);
    CHECK(index.rest_of_line(Location{1, 4}).end.character == 4);  // at a line's end: one character wide
}

TEST_CASE("positions: file URIs are percent-decoded and encoded") {
    CHECK(path_of("file:///home/a%20b/x.claims") == "/home/a b/x.claims");
    CHECK(path_of("file://localhost/tmp/x") == "/tmp/x");
    CHECK_FALSE(path_of("untitled:Untitled-1"));
    CHECK_FALSE(path_of("file://elsewhere/tmp/x"));
    CHECK_FALSE(path_of("file:///a%00b"));
    CHECK(uri_of("/home/a b/é.claims") == "file:///home/a%20b/%C3%A9.claims");
    CHECK(path_of(uri_of("/tmp/50% #1.claims")) == "/tmp/50% #1.claims");
}

TEST_CASE("positions: positions from params are checked") {
    CHECK(position_from(nlohmann::json{{"line", 2}, {"character", 5}})->character == 5);
    CHECK_FALSE(position_from(nlohmann::json{{"line", -1}, {"character", 5}}));
    CHECK_FALSE(position_from(nlohmann::json("here")));
}
