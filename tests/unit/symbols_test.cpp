// engine/lsp/symbols: figures, tables, columns and phrases at a place, their declarations and their uses.
#include "lsp_support.hpp"

#include "engine/lsp/symbols.hpp"

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;
using claimcheck::test::offset_of;

TEST_CASE("symbols: code words leave out strings and comments") {
    const std::string text = "let a.b = 5 # c.d\nquote \"e \\\" f\" g";
    std::vector<std::string> words;
    for (const Word& w : code_words(text)) words.push_back(text.substr(w.begin, w.end - w.begin));
    CHECK(words == std::vector<std::string>{"let", "a.b", "5", "quote", "g"});
}

TEST_CASE("symbols: a phrase's words, N among them") {
    CHECK(phrase_words("N times more") == std::vector<std::string>{"N", "times", "more"});
    CHECK(phrase_words(" more  than ") == std::vector<std::string>{"more", "than"});
    CHECK(phrase_words("").empty());
}

TEST_CASE("symbols: a figure, a table, a column and a phrase, each found through the file's scope") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const std::string& text = test::lsp_story;

    const auto figure = symbol_at(*analysis, text, offset_of(text, "swims.2023_24) is 27%", 4));
    REQUIRE(figure);
    CHECK(figure->kind == SymbolKind::figure);
    CHECK(figure->name == "swims.2023_24");
    const Place let = declaration_of(*figure);
    CHECK(same_file(let.path, story.counts));
    CHECK(test::lsp_counts.substr(let.begin, let.end - let.begin) == "swims.2023_24");

    const auto column = symbol_at(*analysis, text, offset_of(text, "pools.swims", 7));
    REQUIRE(column);
    CHECK(column->kind == SymbolKind::column);
    const Place declared = declaration_of(*column);
    CHECK(test::lsp_counts.substr(declared.begin, declared.end - declared.begin) == "swims");

    const auto phrase = symbol_at(*analysis, text, offset_of(text, "than half\n"));
    REQUIRE(phrase);
    CHECK(phrase->kind == SymbolKind::phrase);
    CHECK(phrase->name == "more than");
    CHECK(text.substr(phrase->begin, phrase->end - phrase->begin) == "more than");
    const Place define = declaration_of(*phrase);
    CHECK(phrase->module->source.text().substr(define.begin, define.end - define.begin) == "define more than N");

    CHECK_FALSE(symbol_at(*analysis, text, offset_of(text, "27% last")));  // inside a quote
    CHECK_FALSE(symbol_at(*analysis, text, offset_of(text, "claim rise", 8)));  // a claim's own name
}

TEST_CASE("symbols: references are every use and the declaration, in every file given") {
    LspStory story;
    const auto analysis = analyze(story.story, test::lsp_story, story.options());
    const std::map<std::string, std::string> files = {{story.counts, test::lsp_counts}, {story.story, test::lsp_story}};
    const auto figure = symbol_at(*analysis, test::lsp_story, offset_of(test::lsp_story, "swims.2023_24) is 27%"));
    REQUIRE(figure);
    const auto places = references(*figure, files);
    REQUIRE(places.size() == 4);  // its let, and three checks
    CHECK(places[0].path == story.counts);

    const auto column = symbol_at(*analysis, test::lsp_story, offset_of(test::lsp_story, "pools.swims", 2));
    REQUIRE(column);
    CHECK(column->kind == SymbolKind::column);
    const auto uses = references(*column, files);
    REQUIRE(uses.size() == 2);  // the column's declaration, and sum(pools.swims)
    CHECK(test::lsp_counts.substr(uses[0].begin, uses[0].end - uses[0].begin) == "swims");
}
