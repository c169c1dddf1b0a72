// engine/draft/draft: candidates tried and ranked, statement by statement.
#include "draft_support.hpp"
#include "engine/draft/draft.hpp"
#include "engine/extract/extract.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

const std::string data_text =
    "# Library visits, by branch\n"
    "let visits.2023 = 194,900 during 2023 label \"visits to the libraries\"\n"
    "let visits.2024 = 212,400 during 2024 label \"visits to the libraries\"\n"
    "let riverside.2023 = 18,600 during 2023 label \"visits to the Riverside branch\"\n"
    "let riverside.2024 = 48,300 during 2024 label \"visits to the Riverside branch\"\n"
    "let challenge.2024 = missing \"not published\" label \"children who joined the reading challenge\"\n";

DraftOutcome drafted(const Project& p, const std::vector<std::string>& articles) {
    std::vector<ArticleDraft> extracted;
    for (std::size_t i = 0; i < articles.size(); ++i)
        extracted.push_back(extract("a" + std::to_string(i) + ".txt", articles[i], claimcheck::test::house_words()));
    return draft(std::move(extracted), articles, {p.path("data.claims")}, p.dir().path() / "drafted.claims",
                 claimcheck::test::draft_options(p));
}

const DraftedStatement& statement(const DraftOutcome& d, std::size_t article, const std::string& mention) {
    for (const auto& s : d.articles.at(article).statements)
        if (s.claim.mention.text == mention) return s;
    FAIL("no statement " << mention);
    return d.articles.front().statements.front();
}

}  // namespace

TEST_CASE("the check the words and the data point to, with its verdict", "[draft]") {
    Project p;
    p.file("data.claims", data_text);
    DraftOutcome d = drafted(p, {"Library visits rose to 212,400 in 2024, up 9% on the year before. The Riverside "
                                 "branch drew 48,300 visits, a rise of 260%."});
    REQUIRE(d.errors.empty());
    const auto& total = statement(d, 0, "212,400");
    REQUIRE(total.drafted);
    CHECK(total.ranked.front().candidate.check == "visits.2024 is 212,400");
    CHECK(total.ranked.front().trial.verdict == Verdict::pass);
    const auto& rise = statement(d, 0, "up 9%");
    REQUIRE(rise.drafted);
    CHECK(rise.ranked.front().candidate.check == "change(visits.2023, visits.2024) is up 9%");
    // A wrong statement is drafted as the fail a known mistake explains.
    const auto& wrong = statement(d, 0, "a rise of 260%");
    REQUIRE(wrong.drafted);
    CHECK(wrong.ranked.front().candidate.check == "change(riverside.2023, riverside.2024) is a rise of 260%");
    CHECK(wrong.ranked.front().trial.diagnosis == DiagnosisCode::ratio_as_increase);
    // Ranked best first.
    for (std::size_t i = 1; i < wrong.ranked.size(); ++i)
        if (wrong.ranked[i].eligible) CHECK(wrong.ranked[i - 1].score >= wrong.ranked[i].score);
}

TEST_CASE("a figure the data says is missing, named plainly, is drafted and stays unverifiable", "[draft]") {
    Project p;
    p.file("data.claims", data_text);
    DraftOutcome d = drafted(p, {"More than 3,000 children joined the reading challenge."});
    const auto& s = statement(d, 0, "More than 3,000");
    REQUIRE(s.drafted);
    CHECK(s.ranked.front().candidate.check == "challenge.2024 is more than 3,000");
    CHECK(s.ranked.front().trial.verdict == Verdict::unverifiable);
}

TEST_CASE("a number nothing in the data is about is not drafted, and says why", "[draft]") {
    Project p;
    p.file("data.claims", data_text);
    DraftOutcome d = drafted(p, {"The mayor planted 40 oak trees."});
    const auto& s = statement(d, 0, "40");
    CHECK_FALSE(s.drafted);
    CHECK(s.reason == "no figure's words match \"40 oak trees\"");
    // A candidate that lands in the interval by chance never wins on that alone.
    for (const auto& prop : s.ranked) CHECK_FALSE(prop.eligible);
}

TEST_CASE("the same words in two articles rest on the same check", "[draft]") {
    Project p;
    p.file("data.claims", data_text);
    DraftOutcome d = drafted(p, {"Visits were up 9% on the year before.", "Library visits: up 9% on 2023."});
    REQUIRE(d.articles.size() == 2);
    const auto& a = statement(d, 0, "up 9%");
    const auto& b = statement(d, 1, "up 9%");
    REQUIRE((a.drafted && b.drafted));
    CHECK(a.ranked.front().candidate.check == b.ranked.front().candidate.check);
}

TEST_CASE("a data file that does not parse is an error at its place", "[draft]") {
    Project p;
    p.file("data.claims", "let visits = \n");
    DraftOutcome d = drafted(p, {"Visits were 5."});
    REQUIRE_FALSE(d.errors.empty());
    CHECK(d.errors.front().at.line == 1);
}

TEST_CASE("words that name a figure plainly outweigh a wide match by figures they hardly name", "[draft]") {
    Project p;
    p.file("data.claims", "let loans.2024 = 5,400 during 2024 label \"books lent\"\n"
                          "let out_of_county.2024 = 87 during 2024 label \"books lent outside the county\"\n");
    DraftOutcome d = drafted(p, {"Lending outside the county also grew, with more than 100 books now sent to neighbouring towns."});
    const auto& s = statement(d, 0, "more than 100");
    REQUIRE(s.drafted);
    // 5,400 books lent are more than 100 too, but the words are about those lent outside the county.
    CHECK(s.ranked.front().candidate.check == "out_of_county.2024 is more than 100");
    CHECK(s.ranked.front().trial.verdict == Verdict::fail);
}

namespace {

const std::string services_data = "let cancelled.feb_2024 = 301 during Feb 2024 label \"trains cancelled\"\n"
                                  "let cancelled.coast.q1_2024 = 196 during Jan 2024 to Mar 2024 label \"trains cancelled on the Coast Line\"\n"
                                  "let goals.home_side = 36 label \"league goals at Riverside Park\"\n"
                                  "let goals.visitors = 22 label \"league goals at Riverside Park\"\n"
                                  "let visits.2024 = 212,400 during 2024\nlet loans.2024 = 5,400 during 2024\n"
                                  "let members.2024 = 412 during 2024\nlet staff.2024 = 12 during 2024\n";

}  // namespace

TEST_CASE("a figure that gives a narrow number exactly wins over one the words name that misses it", "[draft]") {
    Project p;
    p.file("data.claims", services_data);
    DraftOutcome d = drafted(p, {"February was the worst month, with 301 trains cancelled as storms brought down lines on the coast."});
    const auto& s = statement(d, 0, "301");
    REQUIRE(s.drafted);
    CHECK(s.ranked.front().candidate.check == "cancelled.feb_2024 is 301");
}

TEST_CASE("a fail nothing explains is drafted only where the words single its figure out", "[draft]") {
    Project p;
    p.file("data.claims", services_data);
    DraftOutcome d = drafted(p, {"Only 20 league goals came at Riverside Park."});
    const auto& s = statement(d, 0, "20");
    // The home side's or the visitors'? Both miss 20, and the words say no more of one than the other.
    CHECK_FALSE(s.drafted);
}

TEST_CASE("only a share is of what the statements before counted: a count 'of them' is a count", "[draft]") {
    Project p;
    p.file("data.claims", "let parcels.2024 = 19,394 during 2024 label \"parcels given out\"\n"
                          "let parcels.children.2024 = 7,204 during 2024 label \"parcels for children\"\n"
                          "let visits.2024 = 212,400 during 2024\n");
    DraftOutcome d = drafted(p, {"The network gave out 19,394 parcels, and 7,204 of them were for children."});
    const auto& count = statement(d, 0, "7,204");
    REQUIRE(count.drafted);
    CHECK(count.ranked.front().candidate.check == "parcels.children.2024 is 7,204");
    CHECK_FALSE(count.whole_before);
}
