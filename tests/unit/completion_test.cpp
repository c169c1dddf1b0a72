// engine/lsp/completion: figures, tables and columns in scope, the builtins, the vocabulary.
#include "lsp_support.hpp"

#include "engine/lang/builtins.hpp"
#include "engine/lsp/completion.hpp"

#include <map>

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;

TEST_CASE("completion: what the file's scope sees, each with its kind") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const nlohmann::json list = completion(*analysis);
    std::map<std::string, nlohmann::json> items;
    for (const auto& item : list["items"]) items[item["label"]] = item;
    REQUIRE(items.count("swims.2023_24"));
    CHECK(items["swims.2023_24"]["kind"] == static_cast<int>(CompletionKind::variable));
    CHECK(items["swims.2023_24"]["detail"] == "let swims.2023_24 = 61,520 during FY2023/24");
    CHECK(items["pools"]["kind"] == static_cast<int>(CompletionKind::structure));
    CHECK(items["pools.swims"]["kind"] == static_cast<int>(CompletionKind::field));
    for (const auto& builtin : builtins()) {  // every builtin, from the registry
        REQUIRE(items.count(std::string(builtin.name)));
        CHECK(items[std::string(builtin.name)]["kind"] == static_cast<int>(CompletionKind::function));
    }
    for (const char* function : {"count", "distinct", "top", "bottom"}) {  // aggregates and ranks, from their own tables
        REQUIRE(items.count(function));
        CHECK(items[function]["kind"] == static_cast<int>(CompletionKind::function));
    }
    REQUIRE(items.count("more than N"));
    CHECK(items["more than N"]["insertText"] == "more than");
    CHECK(items["N times more"]["insertText"] == "times more");
    CHECK(items["more than N"]["detail"].get<std::string>().find("house-style.claims:") != std::string::npos);
}

TEST_CASE("completion: a file that never loaded still gets the functions") {
    LspStory story;
    const auto analysis = analyze(story.story, "claim", story.options());
    CHECK(completion(*analysis)["items"].size() == builtins().size() + 4);  // count, distinct, top, bottom
}
