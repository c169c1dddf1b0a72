// engine/articles/markdown_article: the text of a Markdown article, and each stretch of it
// mapped to the exact bytes of the file across emphasis, links, escapes and entities.
#include "engine/articles/markdown_article.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

namespace {

ReadText read(std::string_view markdown) {
    ParserHeap heap("reading a test article");
    return read_markdown(markdown, heap);
}

std::string written_as(const ReadText& r, std::string_view markdown, std::string_view phrase) {
    const std::size_t at = r.text.find(phrase);
    REQUIRE(at != std::string::npos);
    const std::size_t from = r.map.origin(at), to = r.map.until(at + phrase.size() - 1);
    return std::string(markdown.substr(from, to - from));
}

}  // namespace

TEST_CASE("paragraphs, headings and list items as text; markup left out", "[markdown_article]") {
    const std::string md =
        "# Crime *up*\n\nIt rose by **44%** in [the county](http://example.com/44).\nA second line.\n\n"
        "- one\n- two\n\n![a chart of 12](chart.png) after\n\n> quoted 7\n";
    const ReadText r = read(md);
    CHECK(r.text == "Crime up\n\nIt rose by 44% in the county. A second line.\n\none\ntwo\n\nafter\n\nquoted 7");
    CHECK(r.map.size() == r.text.size());
}

TEST_CASE("a fence on the last line opens a block with nothing after it", "[markdown_article]") {
    // 64 lines: the table of line starts is full, so a read past its end is a read past its memory
    // (found by fuzzing under AddressSanitizer).
    std::string md;
    for (int i = 0; i < 63; ++i) md += "Some 12 words.\n";
    for (const char* fence : {"```", "~~~", "```sh"}) {
        INFO(fence);
        const ReadText r = read(md + fence);
        CHECK(r.text.starts_with("Some 12 words."));
        CHECK(r.map.size() == r.text.size());
    }
}

TEST_CASE("a quote across emphasis and links maps to its first and last characters", "[markdown_article]") {
    const std::string md = "The rate *rose* by **44%** in [the county](http://example.com/44) last year.\n";
    const ReadText r = read(md);
    CHECK(written_as(r, md, "rose by 44%") == "rose* by **44%");
    CHECK(written_as(r, md, "in the county last") == "in [the county](http://example.com/44) last");
}

TEST_CASE("escapes and entities are decoded and map to what is written", "[markdown_article]") {
    const std::string md = "R&amp;D \\*costs\\* &pound;5&nbsp;000 and caf\u00E9s \u2014 up\r\n44\u202F%\n";
    const ReadText r = read(md);
    CHECK(r.text == "R&D *costs* \u00A35\u00A0000 and caf\u00E9s \u2014 up 44\u202F%");
    CHECK(written_as(r, md, "*costs*") == "\\*costs\\*");
    CHECK(written_as(r, md, "\u00A35\u00A0000") == "&pound;5&nbsp;000");
    CHECK(written_as(r, md, "\u2014 up 44\u202F%") == "\u2014 up\r\n44\u202F%");
}

TEST_CASE("code blocks are kept as written; HTML blocks read as HTML", "[markdown_article]") {
    const std::string md = "Before.\n\n```text\nrow 1  12\n```\n\n<div class=\"box\">Box: <b>15</b> &amp; more</div>\n\nAfter.\n";
    const ReadText r = read(md);
    CHECK(r.text == "Before.\n\nrow 1  12\n\nBox: 15 & more\n\nAfter.");
    CHECK(written_as(r, md, "row 1  12") == "row 1  12");
    CHECK(written_as(r, md, "Box: 15") == "Box: <b>15");
}

TEST_CASE("hostile Markdown: nesting, NUL bytes, long lines", "[markdown_article]") {
    const std::string deep = std::string(50000, '>').append(" deep 5\n").append(20000, '[').append("x").append(20000, '*');
    const ReadText r = read(deep);
    CHECK(r.map.size() == r.text.size());
    const std::string nul("a\0b 7\n", 6);
    CHECK(read(nul).text.ends_with("b 7"));
    const ReadText lists = read(std::string(100000, ' ').append("- ").append(1 << 16, '*'));
    CHECK(lists.map.size() == lists.text.size());
}
