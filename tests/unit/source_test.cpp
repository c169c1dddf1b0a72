// engine/core/source: SourceFile's line starts, line:column lookup, line text, BOM handling and node spans.
#include "engine/core/source.hpp"

#include <catch2/catch.hpp>

// The parser's own node type: what engine/core reads positions from without naming it.
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <string>

using namespace claimcheck;

namespace {

// The location of the first occurrence of needle in the file's (BOM-less) text.
Location where(const SourceFile& source, const std::string& needle) {
    auto offset = source.text().find(needle);
    REQUIRE(offset != std::string::npos);
    return source.locate(offset);
}

}  // namespace

TEST_CASE("locate: LF line endings", "[source]") {
    SourceFile s("a.claims", "let x = 1\nlet yy = 2\n\nclaim c\n");
    Location first = s.locate(0);
    CHECK(first.line == 1);
    CHECK(first.column == 1);
    Location x = where(s, "x");
    CHECK(x.line == 1);
    CHECK(x.column == 5);
    Location yy = where(s, "yy");
    CHECK(yy.line == 2);
    CHECK(yy.column == 5);
    Location claim = where(s, "claim");
    CHECK(claim.line == 4);
    CHECK(claim.column == 1);
}

TEST_CASE("locate: the line ending itself belongs to its line", "[source]") {
    SourceFile s("a.claims", "ab\ncd\n");
    Location newline = s.locate(2);
    CHECK(newline.line == 1);
    CHECK(newline.column == 3);
    Location next = s.locate(3);
    CHECK(next.line == 2);
    CHECK(next.column == 1);
}

TEST_CASE("locate: CRLF line endings count once", "[source]") {
    SourceFile s("a.claims", "ab\r\ncd\r\n\r\nef");
    Location cr = s.locate(2);
    CHECK(cr.line == 1);
    CHECK(cr.column == 3);
    Location lf = s.locate(3);  // the \n of \r\n is still line 1
    CHECK(lf.line == 1);
    CHECK(lf.column == 4);
    Location cd = where(s, "cd");
    CHECK(cd.line == 2);
    CHECK(cd.column == 1);
    Location ef = where(s, "ef");
    CHECK(ef.line == 4);
    CHECK(ef.column == 1);
}

TEST_CASE("locate: CR-only line endings", "[source]") {
    SourceFile s("a.claims", "ab\rcd\r\ref");
    CHECK(where(s, "cd").line == 2);
    Location ef = where(s, "ef");
    CHECK(ef.line == 4);
    CHECK(ef.column == 1);
}

TEST_CASE("locate: mixed line endings", "[source]") {
    SourceFile s("a.claims", "a\nb\r\nc\rd\n\re");
    CHECK(where(s, "b").line == 2);
    CHECK(where(s, "c").line == 3);
    CHECK(where(s, "d").line == 4);
    CHECK(where(s, "e").line == 6);  // \n then \r is two line ends, not one
}

TEST_CASE("locate: an offset past the end is clamped to the end", "[source]") {
    SourceFile s("a.claims", "ab\ncd");
    Location end = s.locate(5);
    CHECK(end.line == 2);
    CHECK(end.column == 3);
    Location beyond = s.locate(1000);
    CHECK(beyond.line == 2);
    CHECK(beyond.column == 3);
}

TEST_CASE("locate: an empty file is line 1, column 1", "[source]") {
    SourceFile s("a.claims", "");
    Location at = s.locate(0);
    CHECK(at.line == 1);
    CHECK(at.column == 1);
}

TEST_CASE("locate: columns count UTF-8 characters, not bytes", "[source]") {
    // é is 2 bytes, £ 2, “ 3, 😀 4: each is one column.
    SourceFile s("a.claims", "é£“😀x\nnaïve y\n");
    Location x = where(s, "x");
    CHECK(x.line == 1);
    CHECK(x.column == 5);
    Location y = where(s, "y");
    CHECK(y.line == 2);
    CHECK(y.column == 7);
}

TEST_CASE("locate: a tab is one column", "[source]") {
    SourceFile s("a.claims", "\t\tx");
    CHECK(where(s, "x").column == 3);
}

TEST_CASE("a leading UTF-8 BOM is dropped", "[source]") {
    SourceFile s("a.claims", "\xEF\xBB\xBFlet x\nlet y");
    CHECK(s.text() == "let x\nlet y");
    CHECK(s.path() == "a.claims");
    CHECK(s.line(1) == "let x");
    Location x = where(s, "x");
    CHECK(x.line == 1);
    CHECK(x.column == 5);
}

TEST_CASE("a BOM later in the text is kept", "[source]") {
    const std::string text = "a\n\xEF\xBB\xBF" "b";
    SourceFile s("a.claims", text);
    CHECK(s.text() == text);
    CHECK(s.line(2) == "\xEF\xBB\xBF" "b");
    CHECK(where(s, "b").column == 2);  // the BOM there is a character like any other
}

TEST_CASE("a partial BOM is not stripped", "[source]") {
    SourceFile s("a.claims", "\xEF\xBBx");
    CHECK(s.text() == "\xEF\xBBx");
}

TEST_CASE("line(n) is the text of line n without its line ending", "[source]") {
    SourceFile lf("a.claims", "first\nsecond line\n\nfourth");
    CHECK(lf.line(1) == "first");
    CHECK(lf.line(2) == "second line");
    CHECK(lf.line(3) == "");
    CHECK(lf.line(4) == "fourth");

    SourceFile crlf("a.claims", "first\r\nsecond\r\n");
    CHECK(crlf.line(1) == "first");
    CHECK(crlf.line(2) == "second");
    CHECK(crlf.line(3) == "");

    SourceFile cr("a.claims", "first\rsecond\r");
    CHECK(cr.line(1) == "first");
    CHECK(cr.line(2) == "second");
}

TEST_CASE("line(n) out of range is empty", "[source]") {
    SourceFile s("a.claims", "one\ntwo");
    CHECK(s.line(0).empty());
    CHECK(s.line(-1).empty());
    CHECK(s.line(3).empty());
    CHECK(s.line(100).empty());
}

TEST_CASE("line(n) keeps tabs and UTF-8", "[source]") {
    SourceFile s("a.claims", "\tquote \"£5 “rise”\"\r\n");
    CHECK(s.line(1) == "\tquote \"£5 “rise”\"");
}

TEST_CASE("node spans map recorded offsets to text and locations", "[source]") {
    SourceFile s("a.claims", "let x = 5\nlet yy = 12\n");
    // Offsets as the parser records them: [2k] begin, [2k+1] end.
    s.set_positions({4, 5, 14, 16});
    boost::spirit::x3::position_tagged x;
    x.id_first = 0;
    x.id_last = 1;
    boost::spirit::x3::position_tagged yy;
    yy.id_first = 2;
    yy.id_last = 3;
    CHECK(s.begin_of(x) == 4);
    CHECK(s.end_of(x) == 5);
    CHECK(s.text_of(x) == "x");
    CHECK(s.text_of(yy) == "yy");
    Location at = s.locate(yy);
    CHECK(at.line == 2);
    CHECK(at.column == 5);
}

TEST_CASE("an untagged node has an empty span at the start", "[source]") {
    SourceFile s("a.claims", "let x = 5\n");
    boost::spirit::x3::position_tagged untagged;  // id_first == id_last == -1
    CHECK(s.begin_of(untagged) == 0);
    CHECK(s.text_of(untagged).empty());
    CHECK(s.locate(untagged).line == 1);
}

TEST_CASE("locate_from and ForwardLocator agree with locate, in order or not", "[source]") {
    std::string text = "caf\u00E9 12\r\nline two 34\rthree\n\nfive 5 \u00A35";
    SourceFile s("a.txt", text);
    ForwardLocator forward(s);
    for (std::size_t offset = 0; offset <= s.text().size() + 2; ++offset) {
        INFO(offset);
        Location expected = s.locate(offset);
        Location got = forward.at(offset);
        CHECK(got.line == expected.line);
        CHECK(got.column == expected.column);
    }
    ForwardLocator back(s);
    for (std::size_t offset : {20, 3, 25, 0}) {  // out of order: located afresh
        CHECK(back.at(offset).column == s.locate(offset).column);
        CHECK(back.at(offset).line == s.locate(offset).line);
    }
}

TEST_CASE("locate on a long line of mixed widths counts code points from a table, as a walk would", "[source]") {
    std::string line;
    for (int i = 0; i < 700; ++i) line += i % 3 == 0 ? "\xC3\xA9" : i % 7 == 0 ? "\xE2\x82\xAC" : "a";
    const std::string text = "first\r\n" + line + "\n\rlast";
    SourceFile source("t.claims", text);
    const std::size_t start = text.find(line);
    int column = 1;
    for (std::size_t offset = start; offset <= start + line.size(); ++offset) {
        if (offset > start && (static_cast<unsigned char>(text[offset - 1]) & 0xC0) != 0x80 &&
            (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
            continue;  // inside a character: no node starts there
        Location at = source.locate(offset);
        INFO("offset " << offset);
        CHECK(at.line == 2);
        if ((static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80) {
            CHECK(at.column == column);
            ++column;
        }
    }
    CHECK(source.line(2) == line);
    CHECK(source.line(3).empty());
    CHECK(source.line(4) == "last");
    CHECK(source.line(1) == "first");
}
