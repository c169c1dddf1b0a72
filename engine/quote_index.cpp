#include "quote_index.hpp"

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

QuoteIndex::QuoteIndex(std::string_view article) : folded_(fold(article)) {
    const std::string& t = folded_.text;
    if (t.size() >= window) {
        windows_.reserve(t.size() - window + 1);
        for (std::size_t at = 0; at + window <= t.size(); ++at) windows_.push_back({window_at(&t[at]), at});
        std::sort(windows_.begin(), windows_.end());
    }
}

std::vector<std::size_t> QuoteIndex::places(const std::string& needle, std::size_t enough) const {
    const std::string& t = folded_.text;
    std::vector<std::size_t> out;
    auto found = [&](std::size_t at) {
        if (whole_words(t, at, at + needle.size())) out.push_back(at);
        return out.size() >= enough;
    };
    if (needle.size() < window) {  // too short for a window: search the whole article
        for (std::size_t at = t.find(needle); at != std::string::npos; at = t.find(needle, at + 1))
            if (found(at)) break;
        return out;
    }
    // The needle's rarest window among a few spread over it; every occurrence holds that window.
    using Entry = std::pair<std::uint64_t, std::size_t>;
    auto first = windows_.begin(), last = windows_.end();
    std::size_t offset = 0, tries = needle.size() - window + 1;
    for (std::size_t o = 0; o < tries; o += std::max<std::size_t>(1, tries / 32)) {
        std::uint64_t key = window_at(&needle[o]);
        auto from = std::lower_bound(windows_.begin(), windows_.end(), Entry{key, 0});
        auto to = std::upper_bound(from, windows_.end(), Entry{key, SIZE_MAX});
        if (to - from < last - first) first = from, last = to, offset = o;
    }
    for (auto it = first; it != last; ++it)  // same window: in order of offset
        if (it->second >= offset && t.compare(it->second - offset, needle.size(), needle) == 0 &&
            found(it->second - offset))
            break;
    return out;
}

std::vector<Span> QuoteIndex::find(std::string_view quote, std::size_t enough) const {
    std::string needle = fold(quote).text;
    while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
    while (!needle.empty() && needle.back() == ' ') needle.pop_back();
    std::vector<Span> spans;
    if (needle.empty()) return spans;
    for (std::size_t at : places(needle, enough))
        spans.push_back({folded_.origin[at], folded_.until[at + needle.size() - 1]});
    return spans;
}

}  // namespace claimcheck
