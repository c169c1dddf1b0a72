// engine/articles/words: characters and words of article text as the extractor reads them.
#include "engine/articles/words.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
using V = std::vector<std::string>;

V texts(const std::vector<Word>& ws) {
    V out;
    for (const auto& w : ws) out.push_back(w.text);
    return out;
}
}  // namespace

TEST_CASE("words are lower case, with inner hyphens and apostrophes", "[words]") {
    CHECK(texts(words_in("Internet-related CRIME isn't 5,653 - up", 0, 39)) ==
          V{"internet-related", "crime", "isn't", "5", "653", "up"});
}

TEST_CASE("words can be split at hyphens", "[words]") {
    CHECK(texts(words_in("three-years-old", 0, 15, true)) == V{"three", "years", "old"});
    CHECK(texts(words_in("three-years-old", 0, 15)) == V{"three-years-old"});
}

TEST_CASE("words are read only within the range, with offsets into the text", "[words]") {
    std::vector<Word> ws = words_in("up by 44% in all", 3, 12);
    REQUIRE(ws.size() == 3);
    CHECK(ws[0].text == "by");
    CHECK(ws[0].begin == 3);
    CHECK(ws[1].text == "44");
    CHECK(ws[2].text == "in");
    CHECK(ws[2].end == 12);
}

TEST_CASE("a hyphen or apostrophe at the end of the range is not part of a word", "[words]") {
    CHECK(texts(words_in("well- known", 0, 11)) == V{"well", "known"});
    CHECK(texts(words_in("it-s", 0, 3)) == V{"it"});
}

TEST_CASE("one_line makes runs of white space one space and trims the ends", "[words]") {
    CHECK(one_line("  Police recorded\r\n53 \t crimes \n") == "Police recorded 53 crimes");
    CHECK(one_line(" \n ").empty());
}

TEST_CASE("lower folds ASCII letters only", "[words]") {
    CHECK(lower("Über 44% MORE") == "Über 44% more");
}
