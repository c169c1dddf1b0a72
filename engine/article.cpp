#include "article.hpp"

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

// The length of the well-formed UTF-8 sequence at text[i], or 0 (Unicode table 3-7).
std::size_t sequence_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) -> unsigned { return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0U; };
    auto tail = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return byte(k) >= lo && byte(k) <= hi; };
    unsigned c = byte(0);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return tail(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;  // no overlongs, no surrogates
        return tail(1, lo, hi) && tail(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return tail(1, lo, hi) && tail(2) && tail(3) ? 4 : 0;
    }
    return 0;
}

}  // namespace

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

std::vector<Span> find_quote(std::string_view article, std::string_view quote) {
    Folded a = fold(article);
    Folded q = fold(quote);
    std::string needle = q.text;
    while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
    while (!needle.empty() && needle.back() == ' ') needle.pop_back();
    std::vector<Span> spans;
    if (needle.empty()) return spans;
    for (std::size_t at = a.text.find(needle); at != std::string::npos; at = a.text.find(needle, at + 1))
        spans.push_back({a.origin[at], a.until[at + needle.size() - 1]});
    return spans;
}

}  // namespace claimcheck
