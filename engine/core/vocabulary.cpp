#include "engine/core/vocabulary.hpp"

#include <algorithm>
#include <set>

namespace claimcheck {

std::string VocabularyWord::text() const {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string VocabularyWord::phrase() const {
    if (shape == WordShape::multiple) {
        std::string out = words.empty() ? "N" : text() + " N";
        for (const auto& w : after) out += " " + w;
        return out;
    }
    return shape == WordShape::head || shape == WordShape::per || shape == WordShape::direction ? text() + " N" : text();
}

void Vocabulary::add(std::vector<VocabularyWord> more) {
    std::set<std::pair<std::vector<std::string>, std::vector<std::string>>> seen;  // "N times more", "N times higher"
    for (const auto& w : words) seen.insert({w.words, w.after});
    for (auto& w : more)
        if (seen.insert({w.words, w.after}).second) words.push_back(std::move(w));
    std::stable_sort(words.begin(), words.end(),
                     [](const VocabularyWord& a, const VocabularyWord& b) { return a.words.size() > b.words.size(); });
}

std::vector<const VocabularyWord*> Vocabulary::of(WordShape shape) const {
    std::vector<const VocabularyWord*> out;
    for (const auto& w : words)
        if (w.shape == shape) out.push_back(&w);
    return out;
}

WordsByFirst::WordsByFirst(const std::vector<const VocabularyWord*>& words) {
    for (const VocabularyWord* w : words) (w->words.empty() ? unstarted_ : by_first_[w->words.front()]).push_back(w);
}

const std::vector<const VocabularyWord*>& WordsByFirst::starting(const std::string& first) const {
    static const std::vector<const VocabularyWord*> none;
    auto found = by_first_.find(first);
    return found == by_first_.end() ? none : found->second;
}

bool Vocabulary::has(WordShape shape, std::string_view text) const {
    return std::any_of(words.begin(), words.end(),
                       [&](const VocabularyWord& w) { return w.shape == shape && w.text() == text; });
}

}  // namespace claimcheck
