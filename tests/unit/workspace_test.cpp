// engine/lsp/workspace: documents checked as the editor holds them, and the checks that read an article.
#include "lsp_support.hpp"

#include "engine/lsp/positions.hpp"

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;

TEST_CASE("workspace: a claims document is checked from its text, not from the file") {
    LspStory story;
    Workspace workspace(story.options());
    const std::string uri = uri_of(story.story);
    std::string edited = test::lsp_story;
    edited.replace(edited.find("is 27%"), 6, "is 28%");
    REQUIRE(workspace.open(uri, edited, 3, false));
    const DocumentCheck* analysis = workspace.analysis(uri);
    REQUIRE(analysis);
    REQUIRE(analysis->report);
    CHECK(analysis->report->claims.at(0).verdict == Verdict::pass);  // on disk it says 27%: a warn
    CHECK(workspace.document(uri)->version == 3);
    CHECK(workspace.document(uri)->claims);
}

TEST_CASE("workspace: while the text does not load, the last that did is kept for navigation") {
    LspStory story;
    Workspace workspace(story.options());
    const std::string uri = uri_of(story.story);
    workspace.open(uri, test::lsp_story, 1, false);
    workspace.open(uri, test::lsp_story + "claim broken in", 2, false);
    REQUIRE(workspace.analysis(uri));
    CHECK(workspace.analysis(uri)->errors.size() == 1);
    CHECK_FALSE(workspace.analysis(uri)->report);
    REQUIRE(workspace.loaded(uri));
    CHECK(workspace.loaded(uri)->report);
}

TEST_CASE("workspace: a text over --max-file-size is refused as a file of that size would be") {
    LspStory story;
    PipelineOptions options = story.options();
    options.limits.max_file_bytes = 100;
    const auto analysis = analyze(story.story, std::string(200, '#'), options);
    REQUIRE(analysis->errors.size() == 1);
    CHECK(analysis->errors[0].message.find("over the limit of 100") != std::string::npos);
}

TEST_CASE("workspace: an article is read by the open claims documents and the claims files beside it") {
    LspStory story;
    Workspace workspace(story.options());
    CHECK(workspace.reading(story.article).empty());
    workspace.read_beside(story.article);
    REQUIRE(workspace.reading(story.article).size() == 1);  // story.claims, from disk; counts.claims makes no claim
    workspace.open(uri_of(story.story), test::lsp_story, 1, false);
    REQUIRE(workspace.reading(story.article).size() == 1);  // the open document, in place of the file
    CHECK(workspace.reading(story.article)[0] == workspace.analysis(uri_of(story.story)));
}

TEST_CASE("workspace: the claims files a name may be used in, each under one spelling of its path") {
    LspStory story;
    Workspace workspace(story.options());
    workspace.open(uri_of(story.story), test::lsp_story, 1, false);
    const auto files = workspace.claims_files(story.story);
    CHECK(files.size() == 4);  // story, counts, and the rules house-style.claims uses, none twice
    CHECK(files.count(normal_path(story.counts)) == 1);
    CHECK(files.at(normal_path(story.story)) == test::lsp_story);
    CHECK_FALSE(workspace.open("untitled:1", "x", 1, true));
}
