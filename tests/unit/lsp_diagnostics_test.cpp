// engine/lsp/diagnostics: verdicts and errors as the editor shows them, in the claims file and the article.
#include "lsp_support.hpp"

#include "engine/lsp/diagnostics.hpp"
#include "engine/lsp/positions.hpp"

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;

namespace {

std::vector<nlohmann::json> on_line(const nlohmann::json& diagnostics, int line) {
    std::vector<nlohmann::json> out;
    for (const auto& d : diagnostics)
        if (d["range"]["start"]["line"] == line) out.push_back(d);
    return out;
}

}  // namespace

TEST_CASE("lsp diagnostics: each verdict at its check; a pass shows nothing") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const nlohmann::json diagnostics = claims_diagnostics(*analysis, test::lsp_story);
    CHECK(diagnostics.size() == 3);
    const auto warn = on_line(diagnostics, 5);
    REQUIRE(warn.size() == 1);
    CHECK(warn[0]["severity"] == static_cast<int>(Severity::warning));
    CHECK(warn[0]["range"]["start"]["character"] == 2);
    CHECK(warn[0]["range"]["end"]["character"] == 51);  // the check to its end
    CHECK(warn[0]["code"] == "truncated");
    const std::string message = warn[0]["message"];
    CHECK(message.rfind("rise: warn: change(swims.2022_23, swims.2023_24) is 27%: claimed 27% = [26.5%, 27.5%), "
                        "actual 27.63% (333/1205)", 0) == 0);
    CHECK(on_line(diagnostics, 9).empty());
    REQUIRE(on_line(diagnostics, 13).size() == 1);
    CHECK(on_line(diagnostics, 13)[0]["severity"] == static_cast<int>(Severity::error));
    REQUIRE(on_line(diagnostics, 17).size() == 1);
    CHECK(on_line(diagnostics, 17)[0]["severity"] == static_cast<int>(Severity::information));
}

TEST_CASE("lsp diagnostics: a parse error at its place; an error in a used file on the first line, naming it") {
    LspStory story;
    std::string broken = test::lsp_story;
    broken.replace(broken.find("is 27%"), 6, "is");
    const auto analysis = analyze(story.story, broken, story.options());
    const nlohmann::json diagnostics = claims_diagnostics(*analysis, broken);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0]["severity"] == static_cast<int>(Severity::error));
    CHECK(diagnostics[0]["range"]["start"]["line"].get<int>() >= 5);

    story.dir.write("counts.claims", "let swims.2022_23 = \n");
    const auto used = analyze(story.story, test::lsp_story, story.options());
    const nlohmann::json elsewhere = claims_diagnostics(*used, test::lsp_story);
    REQUIRE(elsewhere.size() == 1);
    CHECK(elsewhere[0]["range"]["start"]["line"] == 0);
    CHECK(elsewhere[0]["message"].get<std::string>().find("counts.claims:1:") != std::string::npos);
}

TEST_CASE("lsp diagnostics: an article's checked quotes at their places, a pass as a hint") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const nlohmann::json diagnostics = article_diagnostics({analysis.get()}, story.article, test::lsp_article);
    REQUIRE(diagnostics.size() == 4);
    const nlohmann::json& rise = diagnostics[0];
    CHECK(rise["range"] == to_json(Range{{0, 6}, {0, 27}}));  // "rose by 27% last year"
    CHECK(rise["severity"] == static_cast<int>(Severity::warning));
    CHECK(diagnostics[1]["severity"] == static_cast<int>(Severity::hint));
    CHECK(diagnostics[1]["message"].get<std::string>().rfind("total: pass: sum(pools.swims) == swims.2023_24", 0) == 0);
    CHECK(article_diagnostics({analysis.get()}, story.counts, test::lsp_counts).empty());
}

TEST_CASE("lsp diagnostics: severities by verdict") {
    CHECK(severity_of(Verdict::fail, false) == Severity::error);
    CHECK(severity_of(Verdict::error, false) == Severity::error);
    CHECK(severity_of(Verdict::warn, false) == Severity::warning);
    CHECK(severity_of(Verdict::unverifiable, false) == Severity::information);
    CHECK_FALSE(severity_of(Verdict::pass, false));
    CHECK(severity_of(Verdict::pass, true) == Severity::hint);
    CHECK_FALSE(span_range(Span{5, 50}, "short"));
    ClaimReport claim;
    CHECK_FALSE(still_anchored(claim, "abcd"));  // never located
    claim.anchor_in_file = Span{3, 14};
    claim.anchored = "<em>ab</em>";  // the quote "ab" as an HTML file writes it
    const auto found = still_anchored(claim, "<p>" "<em>ab</em>" "</p>");
    REQUIRE(found);
    CHECK((found->begin == 3 && found->end == 14));
    CHECK_FALSE(still_anchored(claim, "<p>" "<em>aX</em>" "</p>"));  // edited since it was read
    CHECK_FALSE(still_anchored(claim, "<p>"));
}
