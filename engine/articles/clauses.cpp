#include "engine/articles/clauses.hpp"

#include "engine/articles/words.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace claimcheck {

namespace {

enum class Level { clause, sentence, line };

struct Break {
    std::size_t begin;
    std::size_t end;
    Level level;
};

constexpr std::array<std::string_view, 20> abbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "approx", "fig", "gov", "sgt", "insp", "supt",
    "det", "cllr", "rev", "e.g", "i.e"};

// Closing quotes and brackets may follow a sentence's full stop: ."  .)  .’
std::size_t past_closers(std::string_view t, std::size_t i) {
    for (;;) {
        if (i < t.size() && std::string_view("\"')]").find(t[i]) != std::string_view::npos)
            ++i;
        else if (t.substr(i, 3) == "\u2019" || t.substr(i, 3) == "\u201D")
            i += 3;
        else
            return i;
    }
}

// . ! ? end a sentence when white space (or the end) follows: not 15.5, not "No. 10".
bool sentence_end(std::string_view t, std::size_t i) {
    if (t[i] != '.' && t[i] != '!' && t[i] != '?') return false;
    std::size_t after = past_closers(t, i + 1);
    if (after < t.size() && !space(t[after])) return false;
    if (t[i] == '.') {
        std::size_t b = i;
        while (b > 0 && (letter(t[b - 1]) || t[b - 1] == '.')) --b;
        if (b < i && (b == 0 || !alnum(t[b - 1])) && among(abbreviations, lower(t.substr(b, i - b)))) return false;
    }
    return true;
}

// The length of a dash at t[i] ("-", "--", en or em dash), or 0.
std::size_t dash_at(std::string_view t, std::size_t i) {
    if (t.substr(i, 2) == "--") return 2;
    if (i < t.size() && t[i] == '-') return 1;
    if (t.substr(i, 3) == "\u2013" || t.substr(i, 3) == "\u2014") return 3;
    return 0;
}

// A line break ends a headline, a list item or a paragraph; a single one inside a
// sentence wrapped by hand (a letter, digit or comma before, a lower-case word after) does not.
bool wrapped(std::string_view t, std::size_t before, std::size_t after, int breaks) {
    if (breaks != 1 || before == 0 || after >= t.size()) return false;
    char prev = t[before - 1];
    return (alnum(prev) || prev == ',') && t[after] >= 'a' && t[after] <= 'z';
}

std::vector<Break> breaks_in(std::string_view t) {
    std::vector<Break> out;
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c == '\n' || c == '\r') {
            std::size_t start = i;
            while (start > 0 && (t[start - 1] == ' ' || t[start - 1] == '\t')) --start;
            int breaks = 0;
            std::size_t j = i;
            for (; j < t.size() && space(t[j]); ++j)
                if (t[j] == '\n' || (t[j] == '\r' && (j + 1 >= t.size() || t[j + 1] != '\n'))) ++breaks;
            if (!wrapped(t, start, j, breaks)) out.push_back({i, j, Level::line});
            i = j;
        } else if (control(c)) {
            out.push_back({i, i + 1, Level::line});  // a control character: no quote holds one
            ++i;
        } else if (sentence_end(t, i)) {
            out.push_back({i, i + 1, Level::sentence});
            ++i;
        } else if (((c == ';' || c == ':') && (i + 1 == t.size() || space(t[i + 1]))) ||
                   std::string_view("()[]").find(c) != std::string_view::npos) {
            out.push_back({i, i + 1, Level::clause});
            ++i;
        } else if (std::size_t n = c == ' ' ? dash_at(t, i + 1) : 0; n > 0 && i + 1 + n < t.size() && space(t[i + 1 + n])) {
            out.push_back({i, i + 2 + n, Level::clause});  // " - ", " – ", " — "
            i += 2 + n;
        } else if (t.substr(i, 3) == "\u2014") {  // an em dash needs no spaces to set a clause apart
            out.push_back({i, i + 3, Level::clause});
            i += 3;
        } else {
            ++i;
        }
    }
    return out;
}

// The stretches between breaks of at least `level` that hold a letter or a digit, in order.
std::vector<Span> regions(std::string_view t, const std::vector<Break>& breaks, Level level) {
    std::vector<Span> out;
    std::size_t from = 0;
    auto add = [&](std::size_t to) {
        if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to), alnum))
            out.push_back({from, to});
    };
    for (const Break& b : breaks) {
        if (b.level < level || b.begin < from) continue;
        add(b.begin);
        from = b.end;
    }
    add(t.size());
    return out;
}

constexpr std::array<std::string_view, 22> edge_junk = {
    " ", "\t", "\n", "\r", ",", ".", ";", ":", "!", "?", "\"", "'", "-", "*",
    "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u00A0", "\u2022"};

}  // namespace

Divided divide(std::string_view text) {
    std::vector<Break> breaks = breaks_in(text);
    return {regions(text, breaks, Level::clause), regions(text, breaks, Level::sentence)};
}

std::size_t holding(const std::vector<Span>& stretches, Span span) {
    // Disjoint and in order: only the last stretch starting at or before the span can hold it.
    auto after = std::partition_point(stretches.begin(), stretches.end(),
                                      [&](const Span& s) { return s.begin <= span.begin; });
    if (after == stretches.begin() || std::prev(after)->end < span.end) return stretches.size();
    return static_cast<std::size_t>(std::prev(after) - stretches.begin());
}

Span trimmed(std::string_view text, Span r, Span keep) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view j : edge_junk)
            if (r.begin + j.size() <= keep.begin && text.substr(r.begin, j.size()) == j &&
                !(j == "-" && r.begin + 1 < text.size() && is_digit(text[r.begin + 1]))) {  // a minus sign: -3
                r.begin += j.size();
                again = true;
            }
    }
    for (bool again = true; again;) {
        again = false;
        for (std::string_view j : edge_junk)
            if (r.end >= keep.end + j.size() && text.substr(r.end - j.size(), j.size()) == j) {
                r.end -= j.size();
                again = true;
            }
    }
    return r;
}

}  // namespace claimcheck
