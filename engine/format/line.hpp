#pragma once
// One line of a claims file as the formatter sees it: its tokens, each knowing
// whether white space came before it, and the line written back with canonical
// spacing. Only the white space between tokens is ever changed.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::format {

enum class TokenKind {
    word,      // a run the grammar reads as one piece or more: names, numbers, periods, words, '-', '/'
    string,    // "…", as written
    comment,   // # to the end of the line, as written (trailing blanks dropped)
    open,      // ( or [
    close,     // ) or ]
    comma,     // a separator; a comma between digits is part of a number, a word
    op,        // = == != < <= > >= + *
    colon,     // the ':' that opens a block
};

struct Token {
    TokenKind kind = TokenKind::word;
    std::string_view text;
    bool spaced = false;  // blanks came before it on its line
};

struct Line {
    std::vector<Token> tokens;  // none: a blank line
    std::size_t indent = 0;     // the blanks it started with, as written
    std::string_view raw;       // the whole line as written, without its line end

    bool blank() const { return tokens.empty(); }
    bool comment_only() const { return tokens.size() == 1 && tokens[0].kind == TokenKind::comment; }
    // The keyword a statement or clause line starts with ("claim", "check", "means"...).
    std::string_view keyword() const { return tokens.empty() ? std::string_view() : tokens[0].text; }
};

// The lines of text, split where the grammar ends a line (\n, \r\n or a lone \r).
std::vector<Line> split_lines(std::string_view text);

// The tokens of a line written with canonical spacing, without indentation.
std::string spaced(const Line& line);

// The tokens of a line as written between them, without indentation: the layout-only fallback.
std::string as_written(const Line& line);

}  // namespace claimcheck::format
