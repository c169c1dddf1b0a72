#pragma once
// The plain definition of finding a quote, for tests to hold the indexed search to: fold
// both texts, take every occurrence of the quote that lies on word boundaries.
#include "engine/articles/article.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::test {

inline std::vector<Span> plainly_found(std::string_view article, std::string_view quote) {
    Folded a = fold(article);
    std::string needle = fold(quote).text();
    while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
    while (!needle.empty() && needle.back() == ' ') needle.pop_back();
    std::vector<Span> spans;
    if (needle.empty()) return spans;
    for (std::size_t at = a.text().find(needle); at != std::string::npos; at = a.text().find(needle, at + 1))
        if (a.whole_words(at, at + needle.size())) spans.push_back({a.origin(at), a.until(at + needle.size() - 1)});
    return spans;
}

}  // namespace claimcheck::test
