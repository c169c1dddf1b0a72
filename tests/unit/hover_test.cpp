// engine/lsp/hover: a figure's definition, a phrase's meaning and interval, a check's arithmetic.
#include "lsp_support.hpp"

#include "engine/lsp/hover.hpp"

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;
using claimcheck::test::offset_of;

namespace {

std::string shown(const nlohmann::json& hover) { return hover.is_null() ? "" : hover["contents"]["value"].get<std::string>(); }

}  // namespace

TEST_CASE("hover: a figure shows its let as written and where it is") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const nlohmann::json hovered = hover(*analysis, test::lsp_story, offset_of(test::lsp_story, "swims.2022_23"), story.options());
    const std::string value = shown(hovered);
    CHECK(value.find("let swims.2022_23 = 48,200 during FY2022/23") != std::string::npos);
    CHECK(value.find("counts.claims:1") != std::string::npos);
    CHECK(hovered["range"]["start"]["character"] == 15);
}

TEST_CASE("hover: a phrase shows its definition, and on a check the interval it was read as") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const std::string value =
        shown(hover(*analysis, test::lsp_story, offset_of(test::lsp_story, "more than half", 1), story.options()));
    CHECK(value.find("define more than N\n  means (N, inf)") != std::string::npos);
    CHECK(value.find("here: claimed more than half = (50%, inf), actual 32.67%") != std::string::npos);
}

TEST_CASE("hover: elsewhere in a claim, its arithmetic as explain prints it; outside any, nothing") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const std::string value = shown(hover(*analysis, test::lsp_story, offset_of(test::lsp_story, "check change"), story.options()));
    CHECK(value.find("change(swims.2022_23, swims.2023_24) = 27.63% (333/1205)") != std::string::npos);
    CHECK(value.find("(to - from) / |from| with from = 48,200, to = 61,520") != std::string::npos);
    CHECK(hover(*analysis, test::lsp_story, offset_of(test::lsp_story, "use house"), story.options()).is_null());
}
