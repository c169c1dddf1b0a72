// grammar/screen: nesting depth and token length, refused before the parser recurses into them.
#include "grammar/parse.hpp"
#include "grammar/screen.hpp"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace claimcheck;

namespace {

std::optional<Diagnostic> screened(const std::string& text, const ParseLimits& limits) {
    return screen(SourceFile("t.claims", text), limits);
}

std::string nested(std::size_t depth) {
    return "let x = " + std::string(depth, '(') + "1" + std::string(depth, ')') + "\n";
}

ParseLimits with_depth(std::size_t depth) {
    ParseLimits limits;
    limits.max_depth = depth;
    return limits;
}

}  // namespace

TEST_CASE("screen: brackets nested up to the limit pass, one more is refused where it opens") {
    CHECK_FALSE(screened(nested(5), with_depth(5)));
    auto refused = screened(nested(6), with_depth(5));
    REQUIRE(refused);
    CHECK(refused->at.line == 1);
    CHECK(refused->at.column == 14);  // the sixth '('
    CHECK(refused->message == "brackets (or minus signs in a row) nested 6 deep, over the limit of 5; --max-depth raises it");
}

TEST_CASE("screen: interval brackets count, whichever kind closes them") {
    CHECK_FALSE(screened("define x\n  means [(1), (2))\n", with_depth(2)));
    CHECK(screened("define x\n  means [((1)), 2)\n", with_depth(2)));
}

TEST_CASE("screen: minus signs in a row nest as brackets do; apart they do not") {
    CHECK_FALSE(screened("let x = - - -1\n", with_depth(3)));
    CHECK(screened("let x = - - - -1\n", with_depth(3)));
    CHECK_FALSE(screened("let x = 1 - 2 - 3 - 4 - 5 - 6\n", with_depth(1)));
    CHECK_FALSE(screened("let d = 2016-04-01\n", with_depth(1)));
}

TEST_CASE("screen: brackets in comments and strings, and a new line, do not nest") {
    CHECK_FALSE(screened("# ((((((((\nlet x = 1\n", with_depth(2)));
    CHECK_FALSE(screened("source s \"((((((((\"\n", with_depth(2)));
    CHECK_FALSE(screened("let x = ((\nlet y = ((\n", with_depth(2)));  // the parser reports the open brackets
    CHECK_FALSE(screened("# ---------------------------\n", with_depth(2)));
}

TEST_CASE("screen: a number's digits and a token's length, up to their limits") {
    ParseLimits limits;
    limits.max_digits = 10;
    limits.max_token = 20;
    CHECK_FALSE(screened("let x = 1,234,567,890\n", limits));  // ten digits, thirteen characters
    auto digits = screened("let x = 12,345,678,901\n", limits);
    REQUIRE(digits);
    CHECK(digits->at.column == 9);
    CHECK(digits->message == "a number of 11 digits, over the limit of 10; --max-digits raises it");
    CHECK_FALSE(screened("let " + std::string(20, 'a') + " = 1\n", limits));
    auto token = screened("let " + std::string(21, 'a') + " = 1\n", limits);
    REQUIRE(token);
    CHECK(token->message == "a token of 21 characters, over the limit of 20; --max-token raises it");
}

TEST_CASE("screen: a quoted string's length, escapes and all") {
    ParseLimits limits;
    limits.max_token = 6;  // "source" itself is six
    CHECK_FALSE(screened("source s \"ab\\\"cd\"\n", limits));  // six characters between the quotes, escape included
    auto refused = screened("source s \"abcdefg\"\n", limits);
    REQUIRE(refused);
    CHECK(refused->at.column == 10);
    CHECK(refused->message == "a quoted string of 7 characters, over the limit of 6; --max-token raises it");
}

TEST_CASE("screen: parse refuses text past the limits before the grammar sees it") {
    SourceFile source("t.claims", "let x = " + std::string(100000, '(') + "1\n");
    ast::File file;
    auto error = parse(source, file);  // at the default limit: no stack overflow in the parser
    REQUIRE(error);
    CHECK(error->at.column == 9 + 200);
    SourceFile deep_ok("t.claims", nested(200));
    CHECK_FALSE(parse(deep_ok, file));
}
