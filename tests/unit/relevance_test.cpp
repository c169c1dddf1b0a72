// engine/draft/relevance: the words around a statement, and what they say of each figure.
#include "draft_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace claimcheck;
using claimcheck::test::context_at;
using claimcheck::test::Project;

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (auto& w : content_words(text)) out.push_back(w.word);
    return out;
}

}  // namespace

TEST_CASE("content words: stems, years and common words", "[relevance]") {
    CHECK(words("The offences in FY2016/17 and 2016-17") == std::vector<std::string>{"offenc", "2016/17", "2016/17"});
    CHECK(words("5,653 crimes, 13 victims, in 2023") == std::vector<std::string>{"crime", "victim", "2023"});
    CHECK(words("categories last year") == std::vector<std::string>{"categori"});
    CHECK(words("arrested") == words("arrests"));  // stemmed: engine/draft/stem
}

TEST_CASE("a span of time with its number is one word, as the words and a name write it", "[relevance]") {
    auto has = [](std::string_view text, const std::string& w) {
        const auto got = words(text);
        return std::find(got.begin(), got.end(), w) != got.end();
    };
    CHECK(has("patients spent over 12 hours in A&E", "12hour"));
    CHECK(has("a 12-hour wait", "12hour"));
    CHECK(has("ae.over_12h.jan_2024", "12hour"));
    CHECK(has("rtt.18wks", "18week"));
    CHECK(has("waits of 18 weeks", "18week"));
    CHECK(has("within_4hr", "4hour"));
    CHECK(has("an 8 mth wait", "8month"));
    CHECK_FALSE(has("a £5m contract", "5month"));      // m alone is millions
    CHECK_FALSE(has("1,204 hours and 2.5 days", "204hour"));  // part of a number, not one
    CHECK_FALSE(has("2.5 days", "5day"));
    CHECK(words("13 victims") == std::vector<std::string>{"victim"});  // a count, no span of time
    CHECK(words("the 12th") == std::vector<std::string>{"12th"});
}

TEST_CASE("the words next to a number, its clause and its sentence", "[relevance]") {
    const std::string article = "Headline about Kent\n\nPolice in Riverside recorded 1,204 thefts, while Hilltop had "
                                "few. Another sentence names Essex.";
    Context c = context_at(article, "1,204");
    CHECK(c.near.count("riversid"));
    CHECK(c.near.count("theft"));
    CHECK(c.clause.count("hilltop"));  // past the comma: in the clause, not next to it
    CHECK(c.paragraph.count("essex"));
    CHECK(c.headline.count("kent"));
    CHECK_FALSE(c.near.count("essex"));
}

TEST_CASE("words that ask for arithmetic, a level or a period", "[relevance]") {
    CHECK(context_at("taking the total to 1,445", "1,445").sum);
    CHECK(context_at("£13 more than on weekdays", "£13").difference);
    CHECK(context_at("£5,851 per pupil", "£5,851").quotient);
    CHECK(context_at("sickness was 5.9% in January", "5.9%").level);
    CHECK_FALSE(context_at("sickness rose 5.9% in January", "5.9%").level);
    CHECK(context_at("hundreds last year", "hundreds").latest);
    CHECK_FALSE(context_at("112 for the previous 12 months", "112").latest);
    CHECK(context_at("170 in the last two years", "170").two_periods);
    Context plain = context_at("There were 53 crimes", "53");
    CHECK_FALSE((plain.sum || plain.difference || plain.quotient || plain.latest || plain.two_periods));
}

TEST_CASE("names and months a sentence says", "[relevance]") {
    Context c = context_at("The Coast Line lost 212 trains in December, St Anne's fewer in Feb 2024.", "212");
    CHECK(c.names == std::vector<std::string>{"Coast Line", "St Anne's"});
    CHECK(c.months == std::vector<std::pair<std::string, int>>{{"Dec", 0}, {"Feb", 2024}});
    // "may" is a month only with a year after it.
    CHECK(context_at("It may rise to 40 in May 2024", "40").months == std::vector<std::pair<std::string, int>>{{"May", 2024}});
    CHECK(context_at("It may rise to 40", "40").months.empty());
    // One capitalised word opening a sentence may be any word; two are a name.
    CHECK(context_at("Across all 24 matches", "24").names.empty());
    CHECK(context_at("Calder Street gave 24 parcels", "24").names == std::vector<std::string>{"Calder Street"});
}

TEST_CASE("a rare word counts more than one every figure has, and words many figures share count once",
          "[relevance]") {
    Project p;
    p.file("data.claims", "let kent.2016_17 = 361 label \"child crimes recorded in Kent\"\n"
                          "let essex.2016_17 = 200 label \"child crimes recorded in Essex\"\n"
                          "let ew.2016_17 = 5,653 label \"child crimes recorded in England and Wales\"\n");
    const Data d = claimcheck::test::data_of(p);
    const Relevance r(d);
    const std::string article = "Kent recorded 361 child crimes";
    const Context c = context_at(article, "361");
    CHECK(r.score(0, c) > r.score(1, c));
    // "child", "crime" and "recorded" are every figure's: together one word's worth.
    CHECK(r.score(1, c) == 30);
    CHECK(r.score(0, c) == 90 + 30);  // "Kent", a word one figure has, next to the number
    // Words no figure has weigh as rare ones; "offences" is not in the sentence.
    CHECK(r.score("kent offences", c) == 90);
}

TEST_CASE("the words after \"of\" name a share's whole, unless a pronoun points back", "[relevance]") {
    CHECK(context_at("and more than a third of appeals succeeded", "more than a third").whole ==
          std::set<std::string>{"appeal", "succeed"});
    CHECK(context_at("a quarter of those arrested", "a quarter").whole == std::set<std::string>{"arrest"});
    CHECK(context_at("at more than half of them the test was late", "more than half").whole.empty());
    CHECK(context_at("a third were late", "a third").whole.empty());
}

TEST_CASE("a share of them, of these or of the total is of what the statements before counted", "[relevance]") {
    CHECK(context_at("and more than a third of them were started deliberately", "more than a third").whole_before);
    CHECK(context_at("Of these, 349 were families, nearly two thirds of the total", "nearly two thirds").whole_before);
    CHECK_FALSE(context_at("a quarter of those arrested", "a quarter").whole_before);
    CHECK_FALSE(context_at("44% of all call-outs", "44%").whole_before);
}

TEST_CASE("the initials of words said together name a figure named by them", "[relevance]") {
    const std::string article = "Schools\n\nAbout 27% of pupils are eligible for free school meals. Road traffic "
                                "collisions, fires and floods kept crews busy.\n\nAnother paragraph on teaching assistants.";
    Context c = context_at(article, "27%");
    CHECK(c.near.count("fsm"));      // free school meals
    CHECK(c.near.count("fs"));       // two letters only next to the number
    CHECK(c.paragraph.count("rtc"));  // road traffic collisions, elsewhere in the paragraph
    CHECK_FALSE(c.paragraph.count("rt"));
    CHECK_FALSE(c.paragraph.count("cff"));  // a run stops at a comma
    CHECK_FALSE(c.paragraph.count("ta"));   // another paragraph's words are not this one's
    CHECK_FALSE(c.sentence.count("ta"));
}
