// engine/format/: the canonical layout of a claims file, and the property that makes it safe:
// over every claims file in the repository and variations of each, the formatted text parses
// to the same program, formatting it again changes nothing, and the layout of the input
// (indentation, blanks, line ends) does not change the result.
#include "engine/format/format.hpp"
#include "engine/format/layout.hpp"
#include "engine/format/line.hpp"
#include "engine/format/program.hpp"
#include "grammar/parse.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

std::string formatted(const std::string& text) {
    auto result = format_claims(SourceFile("t.claims", text));
    if (const auto* error = std::get_if<Diagnostic>(&result)) FAIL(error->render());
    return std::get<std::string>(result);
}

std::optional<std::string> program(const std::string& text) {
    SourceFile source("t.claims", text);
    ast::File file;
    if (parse(source, file)) return std::nullopt;
    return program_dump(file);
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Every claims file the repository holds: examples, rules, tests (bad ones too) and benchmarks.
std::vector<fs::path> repository_claims() {
    std::vector<fs::path> found;
    for (const char* folder : {"examples", "rules", "tests", "bench"})
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(CLAIMCHECK_SOURCE_DIR) / folder))
            if (entry.is_regular_file() && entry.path().extension() == ".claims") found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

// The text with only its layout changed: the width of its indentation (kept in proportion:
// how deep a comment was written says what it annotates), tabs, blanks at line ends, line ends.
std::string relaid(const std::string& text, std::mt19937& random) {
    std::string out;
    const std::vector<format::Line> lines = format::split_lines(text);
    const char* ends[] = {"\n", "\r\n"};
    const char* end = ends[random() % 2];
    const std::size_t width = 1 + random() % 4;
    const char blank = random() % 2 ? '\t' : ' ';
    for (const auto& line : lines) {
        out += std::string(line.indent * width, blank);
        out += format::as_written(line);
        if (random() % 4 == 0) out += random() % 2 ? "  " : "\t";
        out += end;
    }
    return out;
}

// The text with blank lines, comment lines and wider blanks between tokens put in.
std::string varied(const std::string& text, std::mt19937& random) {
    std::string out;
    for (const auto& line : format::split_lines(text)) {
        if (random() % 5 == 0) out += "\n";
        if (random() % 7 == 0) out += std::string(random() % 6, ' ') + "# a comment put in\n";
        out += std::string(line.indent, ' ');
        for (std::size_t i = 0; i < line.tokens.size(); ++i) {
            if (line.tokens[i].spaced) out += random() % 3 == 0 ? "   " : " ";
            out += line.tokens[i].text;
        }
        out += "\n";
    }
    return out;
}

// The properties, for one text that parses: the canonical spacing keeps the program (no
// fallback to the layout alone), formatting is idempotent, and the program is unchanged.
void check_properties(const std::string& text, const std::string& what) {
    INFO(what);
    const auto before = program(text);
    REQUIRE(before);
    const std::string once = formatted(text);
    INFO(once);
    CHECK(program(once) == before);
    CHECK(format::lay_out(format::split_lines(SourceFile("t.claims", text).text()), format::Spacing::canonical) == once);
    CHECK(formatted(once) == once);
}

}  // namespace

TEST_CASE("format: clauses are indented by their statement, two spaces a level") {
    CHECK(formatted("claim x in \"a.txt\":\nquote \"q\"\n        check a is 5\n") ==
          "claim x in \"a.txt\":\n  quote \"q\"\n  check a is 5\n");
    CHECK(formatted("define nearly N\n means [0.9 * N, N)\n\t\twarn [0.9 * N, N]\n") ==
          "define nearly N\n  means [0.9 * N, N)\n  warn [0.9 * N, N]\n");
    CHECK(formatted("table t from \"t.csv\":\ncolumn n integer\n") == "table t from \"t.csv\":\n  column n integer\n");
    CHECK(formatted("template t(a):\nclaim c in \"x.txt\":\ncheck a.n > 1\nend\napply t(b)\nexpect c fail\n") ==
          "template t(a):\n  claim c in \"x.txt\":\n    check a.n > 1\nend\n\napply t(b)\n  expect c fail\n");
}

TEST_CASE("format: one space around operators and after commas, none inside brackets") {
    CHECK(formatted("let a=( 1+2 )*3\n") == "let a = (1 + 2) * 3\n");
    CHECK(formatted("let b = change( x ,y )\n") == "let b = change(x, y)\n");
    CHECK(formatted("claim x in \"a.txt\" :\n  check a>=b\n") == "claim x in \"a.txt\":\n  check a >= b\n");
    CHECK(formatted("define about N\n  means [0.95*N,1.05 * N ]\n") == "define about N\n  means [0.95 * N, 1.05 * N]\n");
}

TEST_CASE("format: what the grammar reads as one piece is never split or joined") {
    // Thousands separators, a space-grouped number, a date, a financial year, a hyphenated word.
    const std::string text = "let a = 5,653 during 2016-04-01\nlet b = 515 506 during FY2016/17\n"
                             "let c = a-b\nlet d = -5\n";
    CHECK(formatted(text) == text);
    // A word straight before a bracket would be read as a call: the space before '(' stays as written.
    const std::string stated = "claim x in \"a.txt\":\n  check a is more than (1 / 3)\n  check f(a) is 5\n";
    CHECK(formatted(stated) == stated);
    // After a comma there is always a space: "1 ,234" stays two numbers, not 1,234.
    CHECK(formatted("let a = max(1 ,234)\n") == "let a = max(1, 234)\n");
}

TEST_CASE("format: strings and comments are kept as written") {
    const std::string text = "claim x in \"a  b.txt\":  #  two  spaces  kept\n  quote \"a , b ( c )  d\"\n";
    CHECK(formatted(text) == "claim x in \"a  b.txt\":  #  two  spaces  kept\n  quote \"a , b ( c )  d\"\n");
    CHECK(formatted("let a = 1 # c   \n") == "let a = 1  # c\n");
}

TEST_CASE("format: a comment takes the indentation of the line it annotates") {
    CHECK(formatted("claim x in \"a.txt\":\n# the quote\n      quote \"q\"\n    # the check\ncheck a is 5\n") ==
          "claim x in \"a.txt\":\n  # the quote\n  quote \"q\"\n  # the check\n  check a is 5\n");
    // Written deeper than the top-level line below it, it ends the block above instead.
    CHECK(formatted("claim x in \"a.txt\":\n  check a is 5\n  # more to check\nlet b = 1\n") ==
          "claim x in \"a.txt\":\n  check a is 5\n  # more to check\n\nlet b = 1\n");
    // A comment over a section moves with it below the blank line.
    CHECK(formatted("let a = 1\n# the claim\nclaim x in \"a.txt\":\n  check a is 1\n") ==
          "let a = 1\n\n# the claim\nclaim x in \"a.txt\":\n  check a is 1\n");
}

TEST_CASE("format: blank lines: at most one, none inside a statement, one around each section") {
    CHECK(formatted("\n\nlet a = 1\n\n\n\nlet b = 2\nlet c = 3\n\n\n") == "let a = 1\n\nlet b = 2\nlet c = 3\n");
    CHECK(formatted("claim x in \"a.txt\":\n\n  quote \"q\"\n\n  check a is 5\nclaim y in \"a.txt\":\n  check a is 5\nlet z = 1\n") ==
          "claim x in \"a.txt\":\n  quote \"q\"\n  check a is 5\n\nclaim y in \"a.txt\":\n  check a is 5\n\nlet z = 1\n");
    // A comment standing apart at the top level, after a claim, is set apart from the claim too.
    CHECK(formatted("claim x in \"a.txt\":\n  check a is 1\n# note\n\nlet y = 1\n") ==
          "claim x in \"a.txt\":\n  check a is 1\n\n# note\n\nlet y = 1\n");
    CHECK(formatted("let a = 1") == "let a = 1\n");
    CHECK(formatted("") == "");
    CHECK(formatted("\n  \n# only a comment\n") == "# only a comment\n");
}

TEST_CASE("format: line ends, a byte order mark and tabs become the canonical ones") {
    CHECK(formatted("\xEF\xBB\xBFlet a = 1\r\nclaim x in \"a.txt\":\r\n\tcheck a is 1\r\n") ==
          "let a = 1\n\nclaim x in \"a.txt\":\n  check a is 1\n");
    CHECK(formatted("let a = 1\rlet b = 2\r") == "let a = 1\nlet b = 2\n");
}

TEST_CASE("format: a file that does not parse is an error at its place, not formatted") {
    auto result = format_claims(SourceFile("bad.claims", "let a = 1\nclaim x in \"a.txt\"\n  check a is 1\n"));
    const auto* error = std::get_if<Diagnostic>(&result);
    REQUIRE(error);
    CHECK(error->path == "bad.claims");
    CHECK(error->at.line == 2);
    CHECK(error->message.find("expected") != std::string::npos);
}

TEST_CASE("format: the parse limits hold") {
    ParseLimits shallow;
    shallow.max_depth = 2;
    CHECK(std::holds_alternative<Diagnostic>(format_claims(SourceFile("t.claims", "let a = (((1)))\n"), shallow)));
}

TEST_CASE("format: the first differing line, for --check") {
    CHECK(first_difference("let a = 1\n", "let a = 1\n").kind == LineDifference::Kind::none);
    const LineDifference d = first_difference("let a = 1\nlet b=2\n", "let a = 1\nlet b = 2\n");
    CHECK(d.kind == LineDifference::Kind::line);
    CHECK(d.line == 2);
    CHECK(d.before == "let b=2");
    CHECK(d.after == "let b = 2");
    CHECK(first_difference("let a = 1\r\n", "let a = 1\n").kind == LineDifference::Kind::line_ends);
    CHECK(first_difference("\xEF\xBB\xBFlet a = 1\n", "let a = 1\n").kind == LineDifference::Kind::line_ends);
    const LineDifference longer = first_difference("let a = 1\n\n", "let a = 1\n");
    CHECK(longer.line == 2);
    CHECK_FALSE(longer.after);
}

TEST_CASE("format: the program dump tells programs apart, and not their layouts") {
    CHECK(program("let a = 1 + 2\n") == program("let   a=1+2  # same\n"));
    CHECK(program("let a = 1 + 2\n") != program("let a = 1 - 2\n"));
    CHECK(program("let a = 5,653\n") != program("let a = 5653\n"));
    CHECK(program("claim x in \"a.txt\":\n  note \"a b\"\n") != program("claim x in \"a.txt\":\n  note \"a  b\"\n"));
}

TEST_CASE("format: every claims file in the repository, and variations of each") {
    std::mt19937 random(17);
    std::size_t parsed = 0;
    for (const fs::path& path : repository_claims()) {
        const std::string text = read(path);
        if (!program(text)) continue;  // a bad file that does not parse: its error is tested elsewhere
        ++parsed;
        check_properties(text, path.string());
        const std::string canonical = formatted(text);
        for (int round = 0; round < 3; ++round) {
            const std::string layout = relaid(text, random);
            INFO(path.string() << ", relaid:\n" << layout);
            CHECK(formatted(layout) == canonical);
            const std::string more = varied(text, random);
            if (program(more)) check_properties(more, path.string() + ", varied:\n" + more);
        }
    }
    CHECK(parsed > 100);
}
