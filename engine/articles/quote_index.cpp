// The quote index: the folded article's offsets sorted by the 8 bytes at each (four
// passes of a counting sort, linear), searched by the rarest window of a quote, with a
// linear-time scan (Knuth-Morris-Pratt) where the index would offer too many false starts.
#include "engine/articles/quote_index.hpp"

#include "engine/core/deadline.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>
#include <queue>

namespace claimcheck {

namespace {

constexpr std::size_t window = 8;

std::uint64_t byte(std::string_view s, std::size_t at) { return static_cast<unsigned char>(s[at]); }

// The 8 bytes from s[at], big-endian, zeros past the end: offsets whose text starts with
// the same bytes lie together, and a prefix of fewer than 8 bytes is one range.
std::uint64_t key_at(std::string_view s, std::size_t at) {
    std::uint64_t k = 0;
    for (std::size_t i = 0; i < window; ++i) k = k << 8 | (at + i < s.size() ? byte(s, at + i) : 0);
    return k;
}

}  // namespace

std::string folded_quote(std::string_view quote) {
    std::string needle = folded_text(quote);
    std::size_t begin = needle.find_first_not_of(' ');
    if (begin == std::string::npos) return "";
    return needle.substr(begin, needle.find_last_not_of(' ') + 1 - begin);
}

std::uint64_t QuoteIndex::key(std::size_t at) const {
    const std::string& t = folded_.text();
    if (at + window > t.size()) return key_at(t, at);
    std::uint64_t k;
    std::memcpy(&k, t.data() + at, window);
    if constexpr (std::endian::native == std::endian::little) k = __builtin_bswap64(k);
    return k;
}

void QuoteIndex::checkpoint() const {
    checkpoint_with([&] { return "while locating quotes in " + name_; });
}

QuoteIndex::QuoteIndex(std::string_view article, std::string name) : name_(std::move(name)), folded_(fold(article)) {
    const std::size_t n = folded_.size();
    if (n == 0 || n >= UINT32_MAX) return;
    // Sixteen bits a pass, least significant first: each pass keeps the order of the one before.
    std::vector<std::uint32_t> from(n), counts(65537);
    std::iota(from.begin(), from.end(), 0);
    order_.resize(n);
    for (int shift = 0; shift < 64; shift += 16) {
        checkpoint();
        auto digit = [&](std::size_t at) { return static_cast<std::size_t>(key(at) >> shift & 0xFFFF); };
        std::fill(counts.begin(), counts.end(), 0);
        for (std::size_t at = 0; at < n; ++at) ++counts[digit(at) + 1];
        std::partial_sum(counts.begin(), counts.end(), counts.begin());
        if (shift == 48 && n > counts.size()) starts_ = counts;  // a long text: where each first two bytes begin
        for (std::uint32_t at : from) order_[counts[digit(at)]++] = at;
        if (shift < 48) from.swap(order_);
    }
}

// The positions in order_ of the offsets whose key lies in [low, high].
std::pair<std::size_t, std::size_t> QuoteIndex::range(std::uint64_t low, std::uint64_t high) const {
    auto first = order_.begin(), last = order_.end();
    if (!starts_.empty()) first += starts_[low >> 48], last = order_.begin() + starts_[(high >> 48) + 1];
    auto from = std::partition_point(first, last, [&](std::uint32_t at) { return key(at) < low; });
    auto to = std::partition_point(from, last, [&](std::uint32_t at) { return key(at) <= high; });
    return {static_cast<std::size_t>(from - order_.begin()), static_cast<std::size_t>(to - order_.begin())};
}

// Every occurrence at or after `from`, in order, in time linear in the text and the needle.
template <typename Visit>
void QuoteIndex::scan(std::string_view needle, std::size_t from, Visit&& visit) const {
    const std::string_view t = folded_.text();
    const std::size_t m = needle.size();
    if (m >= UINT32_MAX) return;  // longer than any quote a claims file can hold
    std::vector<std::uint32_t> border(m + 1, 0);  // border[i]: the longest proper border of needle[0, i)
    for (std::size_t i = 1, k = 0; i < m; ++i) {
        while (k > 0 && needle[i] != needle[k]) k = border[k];
        if (needle[i] == needle[k]) ++k;
        border[i + 1] = static_cast<std::uint32_t>(k);
    }
    for (std::size_t i = from, k = 0; i < t.size(); ++i) {
        if ((i & 0xFFFFF) == 0) checkpoint();
        while (k > 0 && t[i] != needle[k]) k = border[k];
        if (t[i] == needle[k]) ++k;
        if (k < m) continue;
        const std::size_t at = i + 1 - m;
        if (folded_.whole_words(at, at + m) && !visit(at)) return;
        k = border[k];
    }
}

template <typename Visit>
void QuoteIndex::each(std::string_view needle, bool& in_order, Visit&& visit) const {
    const std::string_view t = folded_.text();
    const std::size_t m = needle.size(), n = t.size();
    auto holds = [&](std::size_t at) { return at + m <= n && t.compare(at, m, needle) == 0 && folded_.whole_words(at, at + m); };
    in_order = true;
    if (m == 0 || m > n) return;
    if (order_.empty()) return scan(needle, 0, visit);
    if (m < window) {  // one range of the index holds exactly the offsets the needle starts at
        const std::uint64_t low = key_at(needle, 0), high = low | (~std::uint64_t{0} >> (8 * m));
        const auto [from, to] = range(low, high);
        in_order = false;
        for (std::size_t k = from; k < to; ++k) {
            if ((k & 0xFFFF) == 0) checkpoint();
            if (holds(order_[k]) && !visit(order_[k])) return;
        }
        return;
    }
    // The rarest of some windows spread over the needle: every occurrence holds it at that place.
    std::pair<std::size_t, std::size_t> best{0, order_.size()};
    std::size_t offset = 0;
    const std::size_t tries = m - window + 1, step = std::max<std::size_t>(1, tries / 8);
    for (std::size_t o = 0;; o = std::min(o + step, tries - 1)) {
        const std::uint64_t k = key_at(needle, o);
        const auto r = range(k, k);
        if (r.second - r.first < best.second - best.first) best = r, offset = o;
        if (best.first == best.second) return;          // a window the article lacks
        if (best.second - best.first <= 16) break;      // rare enough: looking further costs more
        if (o == tries - 1) break;
    }
    // Candidates come in order of offset (one key, then by offset). Past as many as make one
    // pass over the text's length of comparing, scanning the rest is cheaper.
    std::size_t budget = n / m + 64;
    for (std::size_t k = best.first; k < best.second; ++k) {
        if (order_[k] < offset) continue;
        const std::size_t at = order_[k] - offset;
        if (budget-- == 0) return scan(needle, at, visit);
        if (holds(at) && !visit(at)) return;
    }
}

QuoteIndex::Places QuoteIndex::find(std::string_view quote, std::size_t keep) const {
    const std::string needle = folded_quote(quote);
    Places out;
    bool in_order = true;
    std::priority_queue<std::size_t> first;  // the `keep` smallest offsets so far, largest on top
    each(needle, in_order, [&](std::size_t at) {
        ++out.count;
        if (first.size() < keep) {
            first.push(at);
        } else if (!in_order && keep > 0 && at < first.top()) {
            first.pop();
            first.push(at);
        }
        return true;
    });
    std::vector<std::size_t> offsets;
    for (; !first.empty(); first.pop()) offsets.push_back(first.top());
    for (auto it = offsets.rbegin(); it != offsets.rend(); ++it)
        out.first.push_back({folded_.origin(*it), folded_.until(*it + needle.size() - 1)});
    return out;
}

std::size_t QuoteIndex::count(std::string_view quote, std::size_t enough) const {
    const std::string needle = folded_quote(quote);
    std::size_t n = 0;
    bool in_order = true;
    if (enough > 0) each(needle, in_order, [&](std::size_t) { return ++n < enough; });
    return n;
}

}  // namespace claimcheck
