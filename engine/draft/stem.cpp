// The Snowball English stemmer, one per thread: a stemmer keeps its working state between calls.
#include "engine/draft/stem.hpp"

#include <libstemmer.h>

#include <memory>
#include <new>
#include <unordered_map>

namespace claimcheck {

namespace {

constexpr std::size_t cache_limit = 100'000;  // words a thread keeps stemmed: a bound however long the input

struct Release {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer& english() {
    thread_local const std::unique_ptr<sb_stemmer, Release> stemmer(sb_stemmer_new("english", "UTF_8"));
    if (!stemmer) throw std::bad_alloc();  // the English stemmer is built in: only memory can fail
    return *stemmer;
}

}  // namespace

std::string stem(std::string_view lower) {
    // Drafting stems the same few thousand words over and over: each is stemmed once a thread.
    thread_local std::unordered_map<std::string, std::string> stems;
    const std::string word(lower);
    if (auto known = stems.find(word); known != stems.end()) return known->second;
    sb_stemmer& s = english();
    const sb_symbol* out = sb_stemmer_stem(&s, reinterpret_cast<const sb_symbol*>(lower.data()),
                                           static_cast<int>(lower.size()));
    if (!out) throw std::bad_alloc();
    std::string stemmed(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(&s)));
    if (stems.size() < cache_limit) stems.emplace(word, stemmed);
    return stemmed;
}

}  // namespace claimcheck
