// engine/draft/render: the drafted claims file and the JSON of every candidate.
#include "draft_support.hpp"
#include "engine/draft/draft.hpp"
#include "engine/draft/render.hpp"
#include "engine/extract/extract.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

DraftOutcome drafted(const Project& p, const std::string& article) {
    std::vector<ArticleDraft> extracted{extract("a.txt", article, claimcheck::test::house_words())};
    return draft(std::move(extracted), {article}, {p.path("data.claims")}, p.dir().path() / "drafted.claims",
                 claimcheck::test::draft_options(p));
}

const std::string article = "Visits rose to 212,400, up 9%. The mayor planted 40 oak trees. Visits rose to 212,400.";

}  // namespace

TEST_CASE("the drafted file parses, uses the data and notes each claim as drafted", "[render]") {
    Project p;
    p.file("data.claims", "let visits.2023 = 194,900 during 2023\nlet visits.2024 = 212,400 during 2024\n");
    p.file("a.txt", article);
    const std::string text = render_draft(drafted(p, article), {"data.claims"});
    CHECK(text.find("use \"data.claims\"\nuse house-style\n") != std::string::npos);
    CHECK(text.find("  check visits.2024 is 212,400\n") != std::string::npos);
    CHECK(text.find("  note \"drafted: score ") != std::string::npos);
    CHECK(text.find("  note \"drafted: no check: no figure's words match \\\"40 oak trees\\\"\"") != std::string::npos);
    CHECK(text.find("  # also: check ") != std::string::npos);
    // The same number twice: ids unique; the quote that is not unique is left as a comment.
    CHECK(text.find("claim n212400 in") != std::string::npos);
    CHECK(text.find("claim n212400_2 in") != std::string::npos);
    // Written beside the data, it loads and checks: every claim has a verdict, none an error.
    p.file("drafted.claims", text);
    claimcheck::test::Checked c = p.check({"drafted.claims"});
    INFO(claimcheck::test::rendered(c.diagnostics()));
    REQUIRE(c.ok());
    for (const auto& claim : c.report.claims) {
        CHECK(claim.verdict != Verdict::error);
        CHECK(drafted(claim));
    }
}

TEST_CASE("JSON: each statement's candidates, best first, with what the engine gave them", "[render]") {
    Project p;
    p.file("data.claims", "let visits.2023 = 194,900 during 2023\nlet visits.2024 = 212,400 during 2024\n");
    const auto j = nlohmann::json::parse(render_draft_json(drafted(p, article)));
    const auto& statements = j.at("articles").at(0).at("statements");
    REQUIRE(statements.size() >= 3);
    const auto& first = statements.at(0);
    CHECK(first.at("drafted") == "visits.2024 is 212,400");
    CHECK(first.at("candidates").at(0).at("verdict") == "pass");
    CHECK(first.at("candidates").at(0).at("actual") == "212,400");
    CHECK(first.at("line") == 1);
    bool none = false;
    for (const auto& s : statements)
        if (s.at("drafted").is_null()) none = s.at("reason") == "no figure's words match \"40 oak trees\"";
    CHECK(none);
}
