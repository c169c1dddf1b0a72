// engine/extract/extract: claims drafted from an article (which numbers, ids, quotes and checks).
#include "support.hpp"
#include "engine/extract/extract.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

using V = std::vector<std::string>;

V quotes(const ArticleDraft& d) {
    V out;
    for (const auto& c : d.claims) out.push_back(c.quote);
    return out;
}

V ids(const ArticleDraft& d) {
    V out;
    for (const auto& c : d.claims) out.push_back(c.id);
    return out;
}

const DraftClaim& drafted(const ArticleDraft& d, const std::string& mention) {
    for (const auto& c : d.claims)
        if (c.mention.text == mention) return c;
    throw std::runtime_error("no claim for " + mention);
}

}  // namespace

TEST_CASE("a claim per quantity, each with its quote and suggested check", "[extract]") {
    ArticleDraft d = extract("a.txt", "Police recorded 3,903 offences; crime rose by 44% (up from 2015/16) in all.\n", claimcheck::test::house_words());
    CHECK(d.name == "a.txt");
    CHECK(quotes(d) == V{"Police recorded 3,903 offences", "crime rose by 44%"});
    const DraftClaim& rise = drafted(d, "44%");
    CHECK(rise.occurrences == 1);
    CHECK(rise.checks == V{"change(<before>, <after>) is 44%"});
    CHECK(rise.about == "a percentage, here a change");
    CHECK(drafted(d, "3,903").what == "3,903 offences");
}

TEST_CASE("a quote found more than once keeps its count", "[extract]") {
    ArticleDraft d = extract("a.txt", "Sales rose 10%. Sales rose 10%. Sales rose 10%.", claimcheck::test::house_words());
    REQUIRE(d.claims.size() == 3);
    CHECK(d.claims[1].quote == "Sales rose 10%");
    CHECK(d.claims[1].occurrences == 3);
}

TEST_CASE("ids are slugs of the number as stated, with its words", "[extract]") {
    ArticleDraft d = extract("a.txt", "It shot up by 573%. There were 5,653 crimes. It rose by more than a third. "
                                      "Up 44 per cent. Then 15 more, and 15 again, and 15.2 tonnes.", claimcheck::test::house_words());
    CHECK(ids(d) == V{"up_by_573_pct", "n5653", "more_than_a_third", "up_44_per_cent", "n15", "n15", "n15_2"});
}

TEST_CASE("numbers in several words are one claim", "[extract]") {
    ArticleDraft d = extract("a.txt", "Some twenty-five thousand people came, and two hundred and five left; "
                                      "five and six stayed.", claimcheck::test::house_words());
    CHECK(ids(d) == V{"twenty_five_thousand", "two_hundred_and_five", "five", "six"});
    CHECK(drafted(d, "twenty-five thousand").checks == V{"<count> is 25000"});
    CHECK(drafted(d, "two hundred and five").checks == V{"<count> is 205"});
}

TEST_CASE("a mention across a line break is written on one line", "[extract]") {
    ArticleDraft d = extract("a.txt", "Police said more than\nfifty crimes were solved.", claimcheck::test::house_words());
    REQUIRE(d.claims.size() == 1);
    CHECK(d.claims[0].mention.text == "more than fifty");
    CHECK(d.claims[0].id == "more_than_fifty");
    CHECK(d.claims[0].quote == "Police said more than fifty crimes were solved");
    CHECK(d.claims[0].checks == V{"<count> is more than fifty"});
}

TEST_CASE("words past the next quantity are not this one's", "[extract]") {
    ArticleDraft d = extract("a.txt", "Police recorded 15 crimes and 20 a day in the city.", claimcheck::test::house_words());
    CHECK(drafted(d, "15").checks == V{"<count> is 15"});
    CHECK(drafted(d, "20").checks == V{"per_day(<count>) is 20"});
    ArticleDraft set_apart_next = extract("a.txt", "Police recorded 15 over 12 months, a day at a time.", claimcheck::test::house_words());
    CHECK(drafted(set_apart_next, "15").checks == V{"per_day(<count>) is 15"});  // a span of time is no quantity
}

TEST_CASE("dates, spans of time and age groups are set apart; an age stated of someone is a claim", "[extract]") {
    ArticleDraft d = extract("a.txt", "In 2016/17 there were 58 crimes over 12 months against under-18s, "
                                      "on 1 June 2017. The youngest victim was five years old.", claimcheck::test::house_words());
    V claimed;
    for (const auto& c : d.claims) claimed.push_back(c.mention.text);
    CHECK(claimed == V{"58", "five years old"});
    V apart;
    for (const auto& s : d.set_apart) apart.push_back(s.mention.text);
    CHECK(apart == V{"2016/17", "over 12 months", "under-18s", "1 June 2017"});
    CHECK(d.set_apart[1].at.column == 33);
    CHECK(drafted(d, "five years old").checks == V{"<youngest age> is five"});
}

TEST_CASE("the scale a rate is counted per is set apart, not claimed", "[extract]") {
    ArticleDraft d = extract("a.txt", "It built 2.3 homes for every thousand, 30 per 100,000 people and 12 per cent more.",
                             claimcheck::test::house_words());
    V claimed, apart;
    for (const auto& c : d.claims) claimed.push_back(c.mention.text);
    for (const auto& s : d.set_apart) apart.push_back(s.mention.text);
    CHECK(claimed == V{"2.3", "30", "12 per cent"});
    CHECK(apart == V{"thousand", "100,000"});
}

TEST_CASE("line and column of each number, after a byte order mark", "[extract]") {
    ArticleDraft d = extract("a.txt", "\xEF\xBB\xBFHeadline\nThere were \u201C53\u201D crimes.", claimcheck::test::house_words());
    REQUIRE(d.claims.size() == 1);
    CHECK(d.claims[0].at.line == 2);
    CHECK(d.claims[0].at.column == 13);
    CHECK(d.claims[0].mention.span.begin == 23);  // after the mark, the line and the opening quote
}

TEST_CASE("ids of negative and very long numbers", "[extract]") {
    ArticleDraft d = extract("a.txt", "It fell to -3 degrees. It was " + std::string(300, '9') + " in all.", claimcheck::test::house_words());
    REQUIRE(d.claims.size() == 2);
    CHECK(d.claims[0].id == "minus_3");
    CHECK(d.claims[1].id.size() <= 41);
    CHECK(d.claims[1].id.rfind("n999", 0) == 0);
}

TEST_CASE("a number a sentence repeats is drafted with the times its quote occurs", "[extract]") {
    ArticleDraft d = extract("a.txt", "Crime rose by 50%.\nCrime rose by 50%.\nCrime rose by 50%.\n", claimcheck::test::house_words());
    REQUIRE(d.claims.size() == 3);
    CHECK(d.claims[0].occurrences == 3);
    CHECK(d.claims[2].occurrences == 3);
}

TEST_CASE("a skeleton check could not read is refused at the number that breaks a limit", "[extract]") {
    SkeletonLimits limits{3, 60};
    try {
        extract("a.txt", "Up 1% and 2%.\nThen 3% and 4% and 5%.", claimcheck::test::house_words(), limits, "dir/a.txt");
        FAIL("no limit reached");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.path == "dir/a.txt");
        CHECK(e.diagnostic.at.line == 2);
        CHECK(e.diagnostic.at.column == 13);  // the fourth number
        CHECK(e.diagnostic.message ==
              "this number would be claim 4 of the skeleton, over the limit of 3; --max-claims raises it");
    }
    SkeletonLimits two_articles{3, 60};
    CHECK(extract("a.txt", "Up 1% and 2%.", claimcheck::test::house_words(), two_articles, "a.txt").claims.size() == 2);
    CHECK(two_articles.claims == 1);  // what the next article may still add
    CHECK_THROWS_AS(extract("b.txt", "Then 3% and 4%.", claimcheck::test::house_words(), two_articles, "b.txt"), LimitExceeded);

    SkeletonLimits short_quotes{100, 60};
    const std::string digits(80, '7');
    try {
        extract("a.txt", "It was " + digits + " in all.", claimcheck::test::house_words(), short_quotes, "a.txt");
        FAIL("no limit reached");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.at.column == 8);
        CHECK(e.diagnostic.message ==
              "the quote for this number would be 94 characters, over the limit of 60; --max-token raises it");
    }
    // A quote the article repeats is written as a comment, which check does not read: no limit.
    SkeletonLimits repeated{100, 10};
    const ArticleDraft d = extract("a.txt", "Up 5% to 12 in all.\nUp 5% to 12 in all.\nUp 5% to 12 in all.", claimcheck::test::house_words(), repeated, "a.txt");
    REQUIRE(d.claims.size() == 6);
    CHECK(d.claims[0].occurrences == 3);
}

TEST_CASE("extract finds a newsroom's own words, defined in its own rules directory", "[extract]") {
    claimcheck::test::TempDir rules;
    rules.write("numbers.claims", "define ten = 10\n");
    rules.write("house-style.claims", "use \"numbers.claims\"\n"
                                      "define well over N\n  means (1.1 * N, inf)\n"
                                      "define scores\n  means [40, 100)\n"
                                      "define a couple = 2\n"
                                      "define a sixth = 100% / 6\n"
                                      "define quadrupled = 300%\n");
    std::vector<Diagnostic> errors;
    const Vocabulary words = house_vocabulary(rules.path(), errors);
    REQUIRE(errors.empty());
    ArticleDraft d = extract("a.txt", "Well over ten came. Scores left. A couple stayed; a sixth of them wept. "
                                      "Crime quadrupled. More than 50 went.", words);
    std::vector<std::string> stated;
    for (const auto& c : d.claims) stated.push_back(c.mention.text + ": " + c.checks.front());
    CHECK(stated == std::vector<std::string>{"Well over ten: <count> is well over ten", "Scores: <count> is scores",
                                             "A couple: <count> is a couple",
                                             "a sixth: share(<part>, <whole>) is a sixth",
                                             "quadrupled: change(<before>, <after>) is quadrupled",
                                             "50: <count> is 50"});  // "more than" is not this newsroom's
    for (std::size_t i = 0; i + 1 < d.claims.size(); ++i) CHECK(d.claims[i].about.find("house-style words") != std::string::npos);
}

TEST_CASE("falls, headline verbs, ranks and shares are drafted as what they state", "[extract]") {
    ArticleDraft d = extract("a.txt",
                             "Incidents double in Kent.\n"
                             "Thefts were falling by 12%, and burglary declined 12 per cent.\n"
                             "Kent was the second worst-affected area, and London the lowest of any region.\n"
                             "One in five victims, and four out of five officers, agreed.\n"
                             "Online crime rose to 17% of incidents and 17 per cent of all offences.\n",
                             claimcheck::test::house_words());
    CHECK(drafted(d, "double").checks == V{"change(<before>, <after>) is double"});
    CHECK(drafted(d, "12%").checks == V{"change(<before>, <after>) is down 12%"});
    CHECK(drafted(d, "12 per cent").checks == V{"change(<before>, <after>) is down 12 per cent"});
    CHECK(drafted(d, "the second worst-affected").checks == V{"top(<values by group>, 2) == <group>"});
    CHECK(drafted(d, "the lowest").checks == V{"bottom(<values by group>) == <group>"});
    CHECK(drafted(d, "One in five").checks == V{"share(<part>, <whole>) is one in five"});
    CHECK(drafted(d, "four out of five").checks == V{"share(<part>, <whole>) is four out of five"});
    CHECK(drafted(d, "17%").checks == V{"share(<part>, <whole>) is 17%"});
    CHECK(drafted(d, "17 per cent").checks == V{"share(<part>, <whole>) is 17 per cent"});
}
