// engine/lsp/actions: suggested wordings written into the quote (and the open article), and expect pins.
#include "lsp_support.hpp"

#include "engine/lsp/actions.hpp"
#include "engine/lsp/positions.hpp"

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;

namespace {

const nlohmann::json* titled(const nlohmann::json& actions, const std::string& title) {
    for (const auto& action : actions)
        if (action["title"] == title) return &action;
    return nullptr;
}

}  // namespace

TEST_CASE("actions: a wording replaces the claimed figure in the quote, and in the article when it is open") {
    LspStory story;
    Workspace workspace(story.options());
    const std::string uri = uri_of(story.story);
    workspace.open(uri, test::lsp_story, 1, false);
    const Range rise{{5, 0}, {5, 0}};
    const nlohmann::json closed = code_actions(*workspace.analysis(uri), *workspace.document(uri), rise, workspace);
    const nlohmann::json* wording = titled(closed, "Write \"a rise of 28%\" instead of \"27%\"");
    REQUIRE(wording);
    CHECK((*wording)["edit"]["changes"][uri] ==
          nlohmann::json::array({{{"range", to_json(Range{{4, 17}, {4, 20}})}, {"newText", "a rise of 28%"}}}));

    workspace.open(uri_of(story.article), test::lsp_article, 1, false);
    const nlohmann::json open = code_actions(*workspace.analysis(uri), *workspace.document(uri), rise, workspace);
    const nlohmann::json* both = titled(open, "Write \"a rise of 28%\" instead of \"27%\", here and in article.txt");
    REQUIRE(both);
    CHECK((*both)["edit"]["changes"][uri_of(story.article)] ==
          nlohmann::json::array({{{"range", to_json(Range{{0, 14}, {0, 17}})}, {"newText", "a rise of 28%"}}}));

    // The article edited since: its text is no longer the one the quote was found in.
    workspace.open(uri_of(story.article), "Swims fell.\n", 2, false);
    const nlohmann::json stale = code_actions(*workspace.analysis(uri), *workspace.document(uri), rise, workspace);
    CHECK(titled(stale, "Write \"a rise of 28%\" instead of \"27%\""));
}

TEST_CASE("actions: a claim whose verdict is not pinned gets an expect under it") {
    LspStory story;
    Workspace workspace(story.options());
    const std::string uri = uri_of(story.story);
    workspace.open(uri, test::lsp_story, 1, false);
    const nlohmann::json actions = code_actions(*workspace.analysis(uri), *workspace.document(uri), Range{{12, 0}, {13, 5}}, workspace);
    const nlohmann::json* pin = titled(actions, "Pin claim children: expect fail");
    REQUIRE(pin);
    CHECK((*pin)["edit"]["changes"][uri] ==
          nlohmann::json::array({{{"range", to_json(Range{{14, 0}, {14, 0}})}, {"newText", "  expect fail\n"}}}));
    CHECK_FALSE(titled(actions, "Pin claim rise: expect warn"));  // not in the range
}

TEST_CASE("actions: one edit between what two texts share at both ends") {
    const nlohmann::json edit = text_edit("a\nb\nc\n", "a\nB\nc\n");
    CHECK(edit == nlohmann::json{{"range", to_json(Range{{1, 0}, {1, 1}})}, {"newText", "B"}});
    CHECK(text_edit("same", "same")["newText"] == "");
}
