// engine/articles/tokens: article text as the mention finder reads it.
#include "engine/articles/tokens.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
// "type:text" per token: n number, w word, p percent.
std::vector<std::string> read(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : tokenize(text))
        out.push_back(std::string(t.type == Token::Type::number ? "n" : t.type == Token::Type::word ? "w" : "p") + ":" + t.text);
    return out;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("numbers keep their separators, words are lower case and split at hyphens", "[tokens]") {
    CHECK(read("Up 5,653 (15.5%) in 2015/16; twenty-one 1st") ==
          V{"w:up", "n:5,653", "n:15.5", "p:%", "w:in", "n:2015/16", "w:twenty", "w:one", "n:1st"});
}

TEST_CASE("a minus before a digit is a sign unless a word or number is joined to it", "[tokens]") {
    CHECK(read("to -3 and \u22124; COVID-19; 12-15") == V{"w:to", "n:-3", "w:and", "n:\u22124", "w:covid", "n:19", "n:12-15"});
    CHECK(read("(-3) \u201C-4\u201D 10%-15%") == V{"n:-3", "n:-4", "n:10", "p:%", "n:15", "p:%"});
}

TEST_CASE("a currency sign before digits belongs to the number", "[tokens]") {
    CHECK(read("\u00A32.3bn and $5 and \u20AC7") == V{"n:\u00A32.3", "w:bn", "w:and", "n:$5", "w:and", "n:\u20AC7"});
    CHECK(read("$ alone") == V{"w:alone"});
}

TEST_CASE("a number's joint and parts tell dates, ratios and ranges from figures", "[tokens]") {
    auto t = tokenize("5,653 2015/16 3:1 12\u201315 2017-06-01 11:20-12");
    REQUIRE(t.size() == 6);
    CHECK((t[0].joint == 0 && t[0].parts == 1));
    CHECK((t[1].joint == '/' && t[1].parts == 2));
    CHECK((t[2].joint == ':' && t[2].parts == 2));
    CHECK((t[3].joint == '-' && t[3].parts == 2));
    CHECK((t[4].joint == '-' && t[4].parts == 3));
    CHECK(t[5].joint == 'x');
}
