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

}  // namespace

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
