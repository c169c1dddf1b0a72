#include "quoting.hpp"

#include "words.hpp"

#include <algorithm>
#include <cstring>

namespace claimcheck {

namespace {

constexpr std::size_t window = 8;

std::uint64_t window_at(const char* at) {
    std::uint64_t key = 0;
    std::memcpy(&key, at, window);
    return key;
}

}  // namespace

Quoting::Quoting(std::string_view text) : text_(text), divided_(divide(text)), folded_(fold(text).text) {
    if (folded_.size() >= window) {
        windows_.reserve(folded_.size() - window + 1);
        for (std::size_t at = 0; at + window <= folded_.size(); ++at) windows_.push_back({window_at(&folded_[at]), at});
        std::sort(windows_.begin(), windows_.end());
    }
}

std::size_t Quoting::occurrences(std::string_view quote) const {
    std::string needle = fold(quote).text;
    while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
    while (!needle.empty() && needle.back() == ' ') needle.pop_back();
    if (needle.empty()) return 0;
    std::size_t n = 0;
    if (needle.size() < window) {  // too short for a window: search the whole article
        for (std::size_t at = folded_.find(needle); at != std::string::npos; at = folded_.find(needle, at + 1)) ++n;
        return n;
    }
    // The needle's rarest window among a few spread over it; every occurrence holds that window.
    using Entry = std::pair<std::uint64_t, std::size_t>;
    auto first = windows_.begin(), last = windows_.end();
    std::size_t offset = 0, places = needle.size() - window + 1;
    for (std::size_t o = 0; o < places; o += std::max<std::size_t>(1, places / 32)) {
        std::uint64_t key = window_at(&needle[o]);
        auto from = std::lower_bound(windows_.begin(), windows_.end(), Entry{key, 0});
        auto to = std::upper_bound(from, windows_.end(), Entry{key, SIZE_MAX});
        if (to - from < last - first) first = from, last = to, offset = o;
    }
    for (auto it = first; it != last; ++it)
        if (it->second >= offset && folded_.compare(it->second - offset, needle.size(), needle) == 0) ++n;
    return n;
}

Quote Quoting::quoted(Span r, Span keep) const {
    r = trimmed(text_, r, keep);
    std::string q = one_line(text_.substr(r.begin, r.end - r.begin));
    std::size_t n = occurrences(q);
    return {r, std::move(q), n};
}

// The clause; if the article holds it more than once, the sentence, then the sentence
// and the next (or the one before, at the end); failing that the sentence, flagged.
Quote Quoting::around(Span mention) const {
    const std::vector<Span>& clauses = divided_.clauses;
    const std::vector<Span>& sentences = divided_.sentences;
    std::vector<Span> tries;
    std::size_t c = holding(clauses, mention);
    if (c < clauses.size()) {
        Span r = trimmed(text_, clauses[c], mention);
        // A clause that is nothing but the number ("(44 per cent)") tells the reader nothing.
        bool words = std::any_of(text_.begin() + static_cast<std::ptrdiff_t>(r.begin),
                                 text_.begin() + static_cast<std::ptrdiff_t>(mention.begin), letter) ||
                     std::any_of(text_.begin() + static_cast<std::ptrdiff_t>(mention.end),
                                 text_.begin() + static_cast<std::ptrdiff_t>(r.end), letter);
        if (words) tries.push_back(clauses[c]);
    }
    std::size_t s = holding(sentences, mention);
    if (s == sentences.size()) return quoted(mention, mention);
    tries.push_back(sentences[s]);
    if (s + 1 < sentences.size())
        tries.push_back({sentences[s].begin, sentences[s + 1].end});
    else if (s > 0)
        tries.push_back({sentences[s - 1].begin, sentences[s].end});
    for (const Span& r : tries)
        if (Quote q = quoted(r, mention); q.occurrences == 1) return q;
    return quoted(sentences[s], mention);
}

}  // namespace claimcheck
