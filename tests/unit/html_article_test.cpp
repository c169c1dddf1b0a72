// engine/articles/html_article: the text of a page, its blocks as line breaks, and each
// stretch of it mapped to the exact bytes of the file, across tags and entities.
#include "engine/articles/html_article.hpp"
#include "engine/core/limits.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

namespace {

ReadText read(std::string_view html) {
    ParserHeap heap("reading a test page");
    TextBuilder builder;
    read_html(html, 0, false, builder, heap);
    return std::move(builder).finish();
}

// The bytes of the file that `phrase`, found in the text, is written as.
std::string written_as(const ReadText& r, std::string_view html, std::string_view phrase) {
    const std::size_t at = r.text.find(phrase);
    REQUIRE(at != std::string::npos);
    const std::size_t from = r.map.origin(at), to = r.map.until(at + phrase.size() - 1);
    return std::string(html.substr(from, to - from));
}

}  // namespace

TEST_CASE("the body's text, blocks as lines and paragraphs, nothing unseen", "[html_article]") {
    const std::string html =
        "<!DOCTYPE html><html><head><title>T</title><style>p{}</style><script>var x = 5;</script></head>\n"
        "<body><h1>Crime  up</h1>\n<p>It rose\n   by <em>44%</em>.<br>Next line</p><!-- 12 -->"
        "<ul><li>one</li><li>two</li></ul><table><tr><td>Kent</td><td>361</td></tr></table>"
        "<template>99</template></body></html>";
    const ReadText r = read(html);
    CHECK(r.text == "Crime up\n\nIt rose by 44%.\nNext line\n\none\ntwo\n\nKent 361");
    CHECK(r.map.size() == r.text.size());
}

TEST_CASE("a quote across tags maps to its first and last characters' bytes", "[html_article]") {
    const std::string html = "<p>The rate <strong>rose <em>by 44%</em></strong> in a year</p>";
    const ReadText r = read(html);
    CHECK(written_as(r, html, "rose by 44%") == "rose <em>by 44%");
    CHECK(written_as(r, html, "The rate rose") == "The rate <strong>rose");
}

TEST_CASE("entities are decoded and map to the whole reference", "[html_article]") {
    const std::string html = "<p>R&amp;D cost &pound;5&nbsp;000, &#8364;3 &copy2017 and caf&eacute; &amp more</p>";
    const ReadText r = read(html);
    CHECK(r.text == "R&D cost \u00A35\u00A0000, \u20AC3 \u00A92017 and caf\u00E9 & more");
    CHECK(written_as(r, html, "R&D") == "R&amp;D");
    CHECK(written_as(r, html, "\u00A35\u00A0000") == "&pound;5&nbsp;000");
    CHECK(written_as(r, html, "\u20AC3") == "&#8364;3");
    CHECK(written_as(r, html, "\u00A92017") == "&copy2017");
    CHECK(written_as(r, html, "caf\u00E9") == "caf&eacute;");
    CHECK(written_as(r, html, "& more") == "&amp more");
}

TEST_CASE("multi-byte characters and CR LF line endings keep their bytes", "[html_article]") {
    const std::string html = "<p>Caf\u00E9s \u2014 up\r\n44\u202F% in \u00C5rhus</p>";
    const ReadText r = read(html);
    CHECK(r.text == "Caf\u00E9s \u2014 up 44\u202F% in \u00C5rhus");
    CHECK(written_as(r, html, "\u2014 up 44") == "\u2014 up\r\n44");
    CHECK(written_as(r, html, "\u00C5rhus") == "\u00C5rhus");
}

TEST_CASE("the title is the headline only when the body has no h1", "[html_article]") {
    CHECK(read("<title>Fires fall</title><p>By 5%</p>").text == "Fires fall\n\nBy 5%");
    CHECK(read("<title>Fires fall | Paper</title><h1>Fires fall</h1><p>By 5%</p>").text == "Fires fall\n\nBy 5%");
}

TEST_CASE("preformatted text keeps its white space", "[html_article]") {
    CHECK(read("<pre>a  b\n c</pre><p>d   e</p>").text == "a  b\n c\n\nd e");
}

TEST_CASE("hostile pages: nesting, NUL bytes, huge attributes", "[html_article]") {
    std::string deep;
    for (int i = 0; i < 450; ++i) deep += "<div><b><p><br><img src=x>";  // 900 deep: p and img do not nest
    deep += "deep 5";
    CHECK(read(deep).text == "deep 5");
    for (int i = 0; i < 100000; ++i) deep += "<div><b>";  // gumbo would take minutes
    CHECK_THROWS_AS(read(deep), LimitExceeded);
    std::string closed;
    for (int i = 0; i < 100000; ++i) closed += "<div><b>x</b></div><!-- <div> --><script>'<div>'</script>";
    CHECK(read(closed).text.size() == 2 * 100000 - 1);  // "x" a line
    const std::string nul("<p>a\0b 7</p>", 12);
    const ReadText r = read(nul);
    CHECK(r.map.size() == r.text.size());
    CHECK(r.text.ends_with("b 7"));
    const std::string attribute = "<p title=\"" + std::string(1 << 20, 'x') + "\">9 cats</p>";
    CHECK(read(attribute).text == "9 cats");
}

TEST_CASE("a fragment's offsets count from where it begins in the file", "[html_article]") {
    ParserHeap heap("reading a test fragment");
    TextBuilder builder;
    read_html("<div>x <b>7</b></div>", 100, true, builder, heap);
    const ReadText r = std::move(builder).finish();
    CHECK(r.text == "x 7");
    CHECK(r.map.origin(2) == 100 + 10);
}
