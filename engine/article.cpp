#include "article.hpp"

#include "utf8.hpp"

#include <array>

namespace claimcheck {

namespace {

// What a typographic character folds to; the character itself when nothing.
struct Fold {
    std::string_view from;
    std::string_view to;
};

constexpr std::array<Fold, 17> folds = {{
    {"\u2018", "'"}, {"\u2019", "'"}, {"\u201A", "'"}, {"\u2032", "'"},   // single quotes, prime
    {"\u201C", "\""}, {"\u201D", "\""}, {"\u201E", "\""}, {"\u2033", "\""},  // double quotes
    {"\u2010", "-"}, {"\u2011", "-"}, {"\u2012", "-"}, {"\u2013", "-"}, {"\u2014", "-"}, {"\u2212", "-"},
    {"\u00A0", " "}, {"\u202F", " "}, {"\u2009", " "},                     // no-break and thin spaces
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The code point of the UTF-8 character that starts at text[i]; 0 for a stray byte.
char32_t code_point_at(std::string_view text, std::size_t i) {
    std::size_t n = sequence_length(text, i);
    if (n == 0) return 0;
    char32_t c = static_cast<unsigned char>(text[i]) & (n == 1 ? 0x7F : 0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) c = c << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return c;
}

// The code point of the character that ends just before text[i].
char32_t code_point_before(std::string_view text, std::size_t i) {
    std::size_t start = i - 1;
    while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return code_point_at(text, start);
}

bool ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters and digits, of the alphabets news in European languages is written in.
bool word_character(char32_t c) {
    if (c < 0x80) return ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x52F);
}

bool number_separator(char c) { return c == ',' || c == '.' || c == '/' || c == ':' || c == '-'; }

// Whether a cut between text[at - 1] and text[at] falls inside a word or a number.
bool splits(std::string_view t, std::size_t at) {
    if (at == 0 || at >= t.size()) return false;
    char32_t before = code_point_before(t, at), after = code_point_at(t, at);
    if (word_character(before) && word_character(after)) return true;  // s|pending, 5|0
    bool digit_after = ascii_digit(after), digit_before = ascii_digit(before);
    if (digit_before && number_separator(t[at]) && at + 1 < t.size() && ascii_digit(static_cast<unsigned char>(t[at + 1])))
        return true;  // 5|,653  15|.5
    if (digit_after && number_separator(t[at - 1]) && at >= 2) {
        char32_t sign_before = code_point_before(t, at - 1);
        if (ascii_digit(sign_before)) return true;                                  // 5,|653  12-|15
        if (t[at - 1] == '-' && !word_character(sign_before)) return true;          // a minus sign: -|3
    }
    return digit_after && at == 1 && t[0] == '-';
}

}  // namespace

bool whole_words(std::string_view text, std::size_t begin, std::size_t end) {
    return begin < end && !splits(text, begin) && !splits(text, end);
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = sequence_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

Folded fold(std::string_view text) {
    Folded out;
    auto emit = [&](char c, std::size_t from, std::size_t to) {
        // Runs of white space (after folding) become one space.
        if (c == ' ' && !out.text.empty() && out.text.back() == ' ') {
            out.until.back() = to;
            return;
        }
        out.text += c;
        out.origin.push_back(from);
        out.until.push_back(to);
    };
    for (std::size_t i = 0; i < text.size();) {
        bool folded = false;
        if (static_cast<unsigned char>(text[i]) >= 0x80)  // every character folded starts so: ASCII is as it is
            for (const auto& f : folds)
                if (text.substr(i, f.from.size()) == f.from) {
                    for (char c : f.to) emit(c, i, i + f.from.size());
                    i += f.from.size();
                    folded = true;
                    break;
                }
        if (folded) continue;
        emit(is_space(text[i]) ? ' ' : text[i], i, i + 1);
        ++i;
    }
    return out;
}

}  // namespace claimcheck
