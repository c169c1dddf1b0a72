// engine/quote_index: an article indexed once, every quote found as find_quote finds it.
#include "engine/quote_index.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
bool same(const std::vector<Span>& a, const std::vector<Span>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}
}  // namespace

TEST_CASE("the index finds what find_quote finds, at the same spans and in order", "[quote_index]") {
    std::string text;
    for (int i = 0; i < 30; ++i)
        text += "Sales rose " + std::to_string(i % 4) + "% \u2013 \u201Cbad\u201D\n news, up up up. ";
    QuoteIndex index(text);
    for (std::size_t begin = 0; begin < 200; begin += 5)
        for (std::size_t length : {2, 5, 8, 9, 15, 30, 70}) {
            std::string_view part = std::string_view(text).substr(begin, length);
            INFO("\"" << part << "\"");
            CHECK(same(index.find(part), find_quote(text, part)));
        }
    CHECK(same(index.find("\"bad\" news"), find_quote(text, "\"bad\" news")));  // folded
    CHECK(index.find("up up").size() == 60);                                   // overlapping
}

TEST_CASE("the index stops at enough, and finds nothing in nothing", "[quote_index]") {
    QuoteIndex index("Crime rose by 50%. Crime rose by 50%. Crime rose by 50%.");
    CHECK(index.find("Crime rose by 50%").size() == 3);
    CHECK(index.find("Crime rose by 50%", 2).size() == 2);
    CHECK(index.find("Crime rose by 5").empty());  // inside 50%
    CHECK(index.find("   ").empty());
    CHECK(QuoteIndex("").find("x").empty());
    CHECK(QuoteIndex("Up 5%.").find("Up 5%").size() == 1);  // shorter than a window
}
