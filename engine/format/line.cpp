// A line cut into tokens where the grammar would cut it, and its tokens spaced again.
#include "line.hpp"

#include "engine/core/ascii.hpp"

namespace claimcheck::format {

namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool line_end(char c) { return c == '\n' || c == '\r'; }

bool starts_token(char c) {
    return blank(c) || line_end(c) || c == '"' || c == '#' || c == '(' || c == '[' || c == ')' || c == ']' ||
           c == ',' || c == ':' || c == '=' || c == '<' || c == '>' || c == '!' || c == '+' || c == '*';
}

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    std::vector<Line> lines() {
        std::vector<Line> result;
        while (at_ < text_.size()) {
            result.push_back(line());
            if (at_ < text_.size() && text_[at_] == '\r') {
                ++at_;
                if (at_ < text_.size() && text_[at_] == '\n') ++at_;
            } else if (at_ < text_.size()) {
                ++at_;  // '\n'
            }
        }
        return result;
    }

private:
    Line line() {
        Line result;
        const std::size_t start = at_;
        while (at_ < text_.size() && blank(text_[at_])) ++at_, ++result.indent;
        bool spaced = false;
        while (at_ < text_.size() && !line_end(text_[at_])) {
            if (blank(text_[at_])) {
                spaced = true;
                ++at_;
                continue;
            }
            Token token = next();
            token.spaced = spaced && !result.tokens.empty();
            result.tokens.push_back(token);
            spaced = false;
        }
        result.raw = text_.substr(start, at_ - start);
        return result;
    }

    Token next() {
        const std::size_t start = at_;
        const char c = text_[at_++];
        if (c == '#') {
            while (at_ < text_.size() && !line_end(text_[at_])) ++at_;
            std::size_t end = at_;
            while (end > start + 1 && blank(text_[end - 1])) --end;
            return {TokenKind::comment, text_.substr(start, end - start)};
        }
        if (c == '"') {
            while (at_ < text_.size() && text_[at_] != '"' && !line_end(text_[at_]))
                at_ += text_[at_] == '\\' && at_ + 1 < text_.size() && !line_end(text_[at_ + 1]) ? 2 : 1;
            if (at_ < text_.size() && text_[at_] == '"') ++at_;
            return piece(TokenKind::string, start);
        }
        if (c == '(' || c == '[') return piece(TokenKind::open, start);
        if (c == ')' || c == ']') return piece(TokenKind::close, start);
        if (c == ',') return piece(TokenKind::comma, start);
        if (c == ':') return piece(TokenKind::colon, start);
        if (c == '=' || c == '<' || c == '>' || c == '!') {
            if (at_ < text_.size() && text_[at_] == '=') ++at_;
            return piece(TokenKind::op, start);
        }
        if (c == '+' || c == '*') return piece(TokenKind::op, start);
        // A word runs to the next blank or sign; "5,653" keeps its comma, as the grammar's digits do.
        while (at_ < text_.size()) {
            const char d = text_[at_];
            const bool grouping = d == ',' && is_digit(text_[at_ - 1]) && at_ + 1 < text_.size() && is_digit(text_[at_ + 1]);
            if (starts_token(d) && !grouping) break;
            ++at_;
        }
        return piece(TokenKind::word, start);
    }

    Token piece(TokenKind kind, std::size_t start) const { return {kind, text_.substr(start, at_ - start)}; }

    std::string_view text_;
    std::size_t at_ = 0;
};

// The white space between two tokens in canonical form: none, one space, or two before a comment.
std::string_view between(const Token& left, const Token& right) {
    using K = TokenKind;
    if (right.kind == K::comment) return "  ";
    if (right.kind == K::close || right.kind == K::comma || right.kind == K::colon) return "";
    if (left.kind == K::open) return "";
    if (left.kind == K::op || right.kind == K::op || left.kind == K::comma) return " ";
    if (left.kind == K::string || right.kind == K::string) return " ";
    // A word straight before a bracket is a call, f(x), where a space would make it a word
    // and a bracket; a bracket straight after one may be part of what the grammar reads.
    return right.spaced ? " " : "";
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) { return Lexer(text).lines(); }

std::string spaced(const Line& line) {
    std::string out;
    for (std::size_t i = 0; i < line.tokens.size(); ++i) {
        if (i > 0) out += between(line.tokens[i - 1], line.tokens[i]);
        out += line.tokens[i].text;
    }
    return out;
}

std::string as_written(const Line& line) {
    if (line.blank()) return {};
    const char* first = line.tokens.front().text.data();
    const char* last = line.tokens.back().text.data() + line.tokens.back().text.size();
    return std::string(first, last);
}

}  // namespace claimcheck::format
