// Articles as quotes are looked for in them: typography folded, with the map back to
// the original offsets, and the word and number boundaries a quote must lie on.
#include "engine/articles/article.hpp"

#include "engine/core/utf8.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

// What a typographic character folds to; "" for one a reader cannot see, which is dropped.
// Keyed by code point: a quote is folded for every stretch tried around every number, so
// a character is matched by comparing numbers, not by comparing strings.
struct Fold {
    char32_t from;
    std::string_view to;
};

constexpr std::array<Fold, 24> folds = {{
    {U'\u2018', "'"}, {U'\u2019', "'"}, {U'\u201A', "'"}, {U'\u2032', "'"},   // single quotes, prime
    {U'\u201C', "\""}, {U'\u201D', "\""}, {U'\u201E', "\""}, {U'\u2033', "\""},  // double quotes
    {U'\u2010', "-"}, {U'\u2011', "-"}, {U'\u2012', "-"}, {U'\u2013', "-"}, {U'\u2014', "-"}, {U'\u2212', "-"},
    {U'\u00A0', " "}, {U'\u202F', " "}, {U'\u2009', " "}, {U'\u2007', " "},  // no-break, narrow, thin, figure spaces
    {U'\u200B', ""}, {U'\u200C', ""}, {U'\u200D', ""}, {U'\u2060', ""},    // zero-width spaces and joiners
    {U'\uFEFF', ""}, {U'\u00AD', ""},                                      // zero-width no-break space, soft hyphen
}};

// The spaces that may group a number's digits: 5 000 with one of them is one number.
constexpr std::array<std::string_view, 4> grouping_spaces = {"\u00A0", "\u202F", "\u2009", "\u2007"};

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

}  // namespace

// Whether a cut between text_[at - 1] and text_[at] falls inside a word or a number.
bool Folded::splits(std::size_t at) const {
    const std::string_view t = text_;
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
    if (std::binary_search(groupings_.begin(), groupings_.end(), at) ||
        std::binary_search(groupings_.begin(), groupings_.end(), at - 1))
        return true;  // 5| 000, 5 |000 with a no-break space
    return digit_after && at == 1 && t[0] == '-';
}

bool Folded::whole_words(std::size_t begin, std::size_t end) const {
    return begin < end && !splits(begin) && !splits(end);
}

namespace {

// Each character of text as folded, with the original bytes [from, to) it comes from, to
// emit(c, from, to); a character dropped to drop(to); runs of white space are left to
// emit. Shared by fold() and folded_text().
template <class Emit, class Drop>
void each_folded(std::string_view text, Emit&& emit, Drop&& drop) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == 0xC2 || byte == 0xE2 || byte == 0xEF) {  // the first bytes of every character folded
            const char32_t c = code_point_at(text, i);
            auto f = std::find_if(folds.begin(), folds.end(), [&](const Fold& k) { return k.from == c; });
            if (c != 0 && f != folds.end()) {
                const std::size_t n = sequence_length(text, i);
                if (f->to.empty())
                    drop(i + n);
                else
                    emit(f->to.front(), i, i + n);
                i += n;
                continue;
            }
        }
        emit(is_space(text[i]) ? ' ' : text[i], i, i + 1);
        ++i;
    }
}

}  // namespace

std::string folded_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    each_folded(
        text,
        [&](char c, std::size_t, std::size_t) {
            if (c != ' ' || out.empty() || out.back() != ' ') out += c;  // runs of white space become one space
        },
        [](std::size_t) {});
    return out;
}

Folded fold(std::string_view text) {
    Folded out;
    out.text_.reserve(text.size());
    each_folded(
        text,
        [&](char c, std::size_t from, std::size_t to) {
            // Runs of white space (after folding) become one space, which reaches over them.
            if (c == ' ' && !out.text_.empty() && out.text_.back() == ' ') return out.map_.stretch(to);
            out.map_.append(1, from, to);
            out.text_ += c;
        },
        [&](std::size_t to) { out.map_.stretch(to); });
    // A space that groups digits: one grouping space alone, a digit before it and three after.
    const std::string& t = out.text_;
    auto digit_at = [&](std::size_t k) { return k < t.size() && ascii_digit(static_cast<unsigned char>(t[k])); };
    for (std::size_t at = t.find(' ', 1); at != std::string::npos; at = t.find(' ', at + 1)) {
        if (!digit_at(at - 1) || !digit_at(at + 1) || !digit_at(at + 2) || !digit_at(at + 3) || digit_at(at + 4))
            continue;
        std::string_view written = text.substr(out.origin(at), out.until(at) - out.origin(at));
        if (std::find(grouping_spaces.begin(), grouping_spaces.end(), written) != grouping_spaces.end())
            out.groupings_.push_back(at);
    }
    return out;
}

}  // namespace claimcheck
