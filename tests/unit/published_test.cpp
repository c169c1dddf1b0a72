// engine/articles/published: which reader an article gets, and its text's places in the file.
#include "engine/articles/published.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("the format is chosen by extension, and HTML sniffed on a name without one", "[published]") {
    CHECK(article_format("story.md", "") == ArticleFormat::markdown);
    CHECK(article_format("dir.v2/Story.MARKDOWN", "") == ArticleFormat::markdown);
    CHECK(article_format("story.HTM", "") == ArticleFormat::html);
    CHECK(article_format("story.html", "plain") == ArticleFormat::html);
    CHECK(article_format("story.txt", "<html>") == ArticleFormat::text);  // a name says what it is
    CHECK(article_format("-", "\n  <!DOCTYPE HTML><p>x") == ArticleFormat::html);
    CHECK(article_format("-", "<html lang=en>") == ArticleFormat::html);
    CHECK(article_format("-", "# A heading") == ArticleFormat::text);
    CHECK(article_format(".md", "") == ArticleFormat::text);
    CHECK(format_name(ArticleFormat::html) == "HTML");
}

TEST_CASE("line:col are in the file, counted in characters", "[published]") {
    const SourceFile file("a.html", "<html>\n<body>\n<p>Caf\u00E9 <b>rose</b> by &pound;44</p>\n</body></html>\n");
    const PublishedArticle article(file, ArticleFormat::html);
    CHECK(article.text() == "Caf\u00E9 rose by \u00A344");
    const std::size_t rose = article.text().find("rose");
    CHECK(article.at(rose).line == 3);
    CHECK(article.at(rose).column == 12);  // <p>Café <b> is 11 characters
    const std::size_t pound = article.text().find("\u00A3");
    const Span in_file = article.in_file({rose, pound + 4});
    CHECK(file.text().substr(in_file.begin, in_file.end - in_file.begin) == "rose</b> by &pound;44");
}

TEST_CASE("plain text is its own map", "[published]") {
    const SourceFile file("a.txt", "one\ntwo 5");
    const PublishedArticle article(file, ArticleFormat::text);
    CHECK(&article.text() == &article.file().text());
    CHECK(article.at(8).line == 2);
    CHECK(article.at(8).column == 5);
    CHECK(article.in_file({4, 9}).begin == 4);
}

TEST_CASE("positions asked for out of order are the same as in order", "[published]") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "line " + std::to_string(i) + " \u00E9\n";
    const SourceFile file("long.txt", text);
    const Positions positions(file);
    for (std::size_t at : {std::size_t{20000}, std::size_t{5}, std::size_t{20010}, std::size_t{9000}, text.size()}) {
        const Location expected = file.locate(at);
        CHECK(positions.at(at).line == expected.line);
        CHECK(positions.at(at).column == expected.column);
    }
}
