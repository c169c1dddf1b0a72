// engine/core/diagnostic: how errors render (file:line:col, source line, caret) and how they are ordered.
#include "engine/core/diagnostic.hpp"

#include <catch2/catch.hpp>

// The parser's own node type: what engine/core reads positions from without naming it.
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>

#include <string>
#include <vector>

using namespace claimcheck;

namespace {

Diagnostic at(std::string path, int line, int column, std::string message, std::string source_line = "") {
    return Diagnostic{std::move(path), Location{line, column}, std::move(message), std::move(source_line), {}};
}

}  // namespace

TEST_CASE("render: file:line:col, the source line and a caret under the column", "[diagnostic]") {
    Diagnostic d = at("kent.claims", 3, 9, "expected '='", "let x 5 = 6");
    CHECK(d.render() ==
          "kent.claims:3:9: error: expected '='\n"
          "  let x 5 = 6\n"
          "          ^\n");
}

TEST_CASE("render: control characters in the line are shown as pictures, the caret still under its column", "[diagnostic]") {
    Diagnostic d = at("a.claims", 2, 12, "expected a check", "quote \"\x1b[2J\" x");
    CHECK(d.render() ==
          "a.claims:2:12: error: expected a check\n"
          "  quote \"\u241B[2J\" x\n"
          "             ^\n");
}

TEST_CASE("render: control characters in the path, the message and notes are shown as pictures", "[diagnostic]") {
    Diagnostic d = at("a\x1b]0;x\x07.claims", 0, 0, "cannot read b\x1b[2J.csv: no such file");
    CHECK(d.render() == "a\u241B]0;x\u2407.claims: error: cannot read b\u241B[2J.csv: no such file\n");
    Diagnostic row = at("t.csv", 2, 1, "bad\ncell", "x");
    row.notes.push_back("declared in \x1b.claims");
    CHECK(row.render() == "t.csv:2:1: error: bad\u240Acell\n  x\n  ^\n  note: declared in \u241B.claims\n");
}

TEST_CASE("render: column 1 puts the caret under the first character", "[diagnostic]") {
    Diagnostic d = at("a.claims", 1, 1, "unexpected text", "frob");
    CHECK(d.render() ==
          "a.claims:1:1: error: unexpected text\n"
          "  frob\n"
          "  ^\n");
}

TEST_CASE("render: a column past the end of the line pads with spaces", "[diagnostic]") {
    Diagnostic d = at("a.claims", 2, 7, "expected ')'", "f(1, 2");
    CHECK(d.render() ==
          "a.claims:2:7: error: expected ')'\n"
          "  f(1, 2\n"
          "        ^\n");
}

TEST_CASE("render: tabs before the column are kept so the caret lines up", "[diagnostic]") {
    Diagnostic d = at("a.claims", 2, 4, "expected end of line", "\t\tx $");
    CHECK(d.render() ==
          "a.claims:2:4: error: expected end of line\n"
          "  \t\tx $\n"
          "  \t\t ^\n");
}

TEST_CASE("render: tabs after the column do not matter", "[diagnostic]") {
    Diagnostic d = at("a.claims", 1, 2, "m", "a$\t\tb");
    CHECK(d.render() ==
          "a.claims:1:2: error: m\n"
          "  a$\t\tb\n"
          "   ^\n");
}

TEST_CASE("render: multi-byte characters before the column take one space each", "[diagnostic]") {
    // "café £ $": the $ is character 8 (byte 10).
    Diagnostic d = at("a.claims", 1, 8, "expected end of line", "café £ $");
    CHECK(d.render() ==
          "a.claims:1:8: error: expected end of line\n"
          "  café £ $\n"
          "         ^\n");
}

TEST_CASE("render: notes follow the caret", "[diagnostic]") {
    Diagnostic d = at("a.claims", 1, 5, "x is a percentage", "let x = 44%");
    d.notes = {"compare with 44%", "or use points"};
    CHECK(d.render() ==
          "a.claims:1:5: error: x is a percentage\n"
          "  let x = 44%\n"
          "      ^\n"
          "  note: compare with 44%\n"
          "  note: or use points\n");
}

TEST_CASE("render: a file-level diagnostic (line 0) has no position and no caret", "[diagnostic]") {
    Diagnostic d = at("missing.claims", 0, 0, "cannot read the file");
    CHECK(d.render() == "missing.claims: error: cannot read the file\n");
}

TEST_CASE("diagnose: takes the location and the line from the source", "[diagnostic]") {
    SourceFile source("dir/a.claims", "let x = 1\r\n  let y 2\r\n");
    std::size_t offset = source.text().find("2");
    Diagnostic d = diagnose(source, offset, "expected '='");
    CHECK(d.path == "dir/a.claims");
    CHECK(d.at.line == 2);
    CHECK(d.at.column == 9);
    CHECK(d.message == "expected '='");
    CHECK(d.source_line == "  let y 2");
    CHECK(d.notes.empty());
    CHECK(d.render() ==
          "dir/a.claims:2:9: error: expected '='\n"
          "    let y 2\n"
          "          ^\n");
}

TEST_CASE("diagnose: a node locates by its recorded begin", "[diagnostic]") {
    SourceFile source("a.claims", "let x = 1\nlet total = y\n");
    source.set_positions({22, 23});
    boost::spirit::x3::position_tagged node;
    node.id_first = 0;
    node.id_last = 1;
    Diagnostic d = diagnose(source, node, "y is not defined");
    CHECK(d.at.line == 2);
    CHECK(d.at.column == 13);
    CHECK(d.source_line == "let total = y");
}

TEST_CASE("sort_diagnostics: by file, then line, then column", "[diagnostic]") {
    std::vector<Diagnostic> ds = {
        at("b.claims", 1, 1, "b1"),  at("a.claims", 10, 2, "a10"), at("a.claims", 2, 30, "a2:30"),
        at("a.claims", 2, 4, "a2:4"), at("a.claims", 0, 0, "a file"),
    };
    sort_diagnostics(ds);
    std::vector<std::string> order;
    for (const auto& d : ds) order.push_back(d.message);
    CHECK(order == std::vector<std::string>{"a file", "a2:4", "a2:30", "a10", "b1"});
}

TEST_CASE("sort_diagnostics: lines compare as numbers, not text", "[diagnostic]") {
    std::vector<Diagnostic> ds = {at("a.claims", 10, 1, "ten"), at("a.claims", 9, 1, "nine")};
    sort_diagnostics(ds);
    CHECK(ds[0].message == "nine");
    CHECK(ds[1].message == "ten");
}

TEST_CASE("sort_diagnostics: equal positions keep their order", "[diagnostic]") {
    std::vector<Diagnostic> ds = {
        at("a.claims", 3, 1, "first"), at("a.claims", 1, 1, "early"), at("a.claims", 3, 1, "second"),
        at("a.claims", 3, 1, "third"),
    };
    sort_diagnostics(ds);
    std::vector<std::string> order;
    for (const auto& d : ds) order.push_back(d.message);
    CHECK(order == std::vector<std::string>{"early", "first", "second", "third"});
}

TEST_CASE("render: a very long line is shown around the column, the caret still under it", "[diagnostic]") {
    const std::string line = std::string(500, 'a') + "X" + std::string(500, 'b');
    const std::string shown = at("a.claims", 1, 501, "here", line).render();
    const std::string expected_line = "\u2026" + std::string(60, 'a') + "X" + std::string(59, 'b') + "\u2026";
    CHECK(shown == "a.claims:1:501: error: here\n  " + expected_line + "\n  " + std::string(61, ' ') + "^\n");
    // Near the start nothing is cut before the column.
    const std::string early = at("a.claims", 1, 3, "here", line).render();
    CHECK(early.find("\n  aaa") != std::string::npos);
    CHECK(early.find("\n    ^\n") != std::string::npos);
}

TEST_CASE("render: control characters in the source line are shown, not sent to the terminal", "[diagnostic]") {
    Diagnostic d = at("a.claims", 1, 8, "a control character", std::string("quote \"\x1b[31m\" \0x", 16));
    CHECK(d.render() ==
          "a.claims:1:8: error: a control character\n"
          "  quote \"\u241B[31m\" \u2400x\n"
          "         ^\n");
}

TEST_CASE("diagnose: on a line of megabytes, keeps only the part it shows", "[diagnostic]") {
    std::string line = "check sum(";
    for (int i = 0; i < 200000; ++i) line += "b, ";
    line += "b) is 5 \xE2\x82\xAC\x1B";
    SourceFile source("a.claims", line + "\n");
    const std::size_t offset = line.size() / 2 - (line.size() / 2 - 10) % 3;  // a `b` in the middle
    Diagnostic d = diagnose(source, offset, "unknown name 'b'");
    CHECK(d.source_line.size() < 400);
    const std::string rendered = d.render();
    CHECK(rendered.rfind("a.claims:1:" + std::to_string(d.at.column) + ": error: unknown name 'b'\n  \u2026", 0) == 0);
    CHECK(rendered.find("\u2026\n") != std::string::npos);
    // The caret stands under the `b`: the 62nd code point shown (the ellipsis, then 60 before it).
    const std::string shown = rendered.substr(rendered.find('\n') + 3);
    CHECK(shown.substr(0, shown.find('\n')).size() > 120);
    const std::string caret_line = rendered.substr(rendered.rfind('\n', rendered.size() - 2) + 1);
    CHECK(caret_line == "  " + std::string(61, ' ') + "^\n");
    // At the end of the line: the euro sign and the escape (shown as a picture) are kept.
    Diagnostic end = diagnose(source, line.size() - 1, "at the end");
    CHECK(end.render().find("\xE2\x82\xAC\xE2\x90\x9B\n") != std::string::npos);
}
