#include "screen.hpp"

#include "engine/core/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace claimcheck {

namespace {

// Where text stops being UTF-8 text a person wrote, and why: the parser would
// otherwise report a confusing "expected ..." at an invisible byte.
std::optional<std::pair<std::size_t, std::string>> not_text_at(const std::string& text) {
    std::size_t bad = invalid_utf8_at(text);
    for (std::size_t i = 0; i < std::min(bad, text.size()); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "0x%02X", c);
            return std::pair{i, std::string(c == 0 ? "a NUL byte" : "a control character") + " (" + code +
                                    "): a claims file is text"};
        }
    }
    if (bad == std::string::npos) return std::nullopt;
    return std::pair{bad, std::string("invalid UTF-8: a claims file is UTF-8 text")};
}

bool token_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == ',';
}

class Screen {
public:
    Screen(const SourceFile& source, const ParseLimits& limits)
        : source_(source), text_(source.text()), limits_(limits) {}

    std::optional<Diagnostic> run() {
        for (std::size_t i = 0; i < text_.size() && !found_;) i = step(i);
        return std::move(found_);
    }

private:
    // Looks at the text from i on; returns where to look next.
    std::size_t step(std::size_t i) {
        const char c = text_[i];
        if (c == '#') return text_.find('\n', i) == std::string::npos ? text_.size() : text_.find('\n', i);
        if (c == '"') return string_at(i);
        if (token_char(c)) return token_at(i);
        if (c == '(' || c == '[') {
            ++depth_;
            nesting(i);
        } else if (c == ')' || c == ']') {
            if (depth_ > 0) --depth_;
        } else if (c == '\n') {
            depth_ = 0;  // a statement ends at its line; a bracket left open is the parser's to report
        }
        if (c == '-') {
            ++minuses_;
            nesting(i);
        } else if (c != ' ' && c != '\t') {
            minuses_ = 0;
        }
        return i + 1;
    }

    void nesting(std::size_t at) {
        if (depth_ + minuses_ > limits_.max_depth)
            fail(at, over_limit("brackets (or minus signs in a row) nested " + std::to_string(depth_ + minuses_) +
                                    " deep",
                                limits_.max_depth, "--max-depth"));
    }

    std::size_t string_at(std::size_t open) {
        std::size_t i = open + 1;
        while (i < text_.size() && text_[i] != '"' && text_[i] != '\n' && text_[i] != '\r')
            i += text_[i] == '\\' && i + 1 < text_.size() ? 2 : 1;
        if (i - open - 1 > limits_.max_token)
            fail(open, over_limit("a quoted string of " + std::to_string(i - open - 1) + " characters",
                                  limits_.max_token, "--max-token"));
        minuses_ = 0;
        return i + 1;
    }

    std::size_t token_at(std::size_t start) {
        std::size_t i = start, digits = 0;
        for (; i < text_.size() && token_char(text_[i]); ++i)
            if (std::isdigit(static_cast<unsigned char>(text_[i]))) ++digits;
        if (i - start > limits_.max_token)
            fail(start, over_limit("a token of " + std::to_string(i - start) + " characters", limits_.max_token,
                                   "--max-token"));
        else if (digits > limits_.max_digits)
            fail(start, over_limit("a number of " + std::to_string(digits) + " digits", limits_.max_digits,
                                   "--max-digits"));
        minuses_ = 0;
        return i;
    }

    void fail(std::size_t at, std::string message) {
        if (!found_) found_ = diagnose(source_, at, std::move(message));
    }

    const SourceFile& source_;
    const std::string& text_;
    const ParseLimits& limits_;
    std::size_t depth_ = 0, minuses_ = 0;
    std::optional<Diagnostic> found_;
};

}  // namespace

std::optional<Diagnostic> screen(const SourceFile& source, const ParseLimits& limits) {
    if (auto bad = not_text_at(source.text())) return diagnose(source, bad->first, bad->second);
    return Screen(source, limits).run();
}

}  // namespace claimcheck
