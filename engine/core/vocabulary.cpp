#include "engine/core/vocabulary.hpp"

#include <algorithm>

namespace claimcheck {

std::string VocabularyWord::text() const {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::string VocabularyWord::phrase() const {
    return shape == WordShape::head || shape == WordShape::per ? text() + " N" : text();
}

void Vocabulary::add(VocabularyWord word) {
    for (const auto& w : words)
        if (w.words == word.words) return;
    auto at = std::find_if(words.begin(), words.end(),
                           [&](const VocabularyWord& w) { return w.words.size() < word.words.size(); });
    words.insert(at, std::move(word));
}

std::vector<const VocabularyWord*> Vocabulary::of(WordShape shape) const {
    std::vector<const VocabularyWord*> out;
    for (const auto& w : words)
        if (w.shape == shape) out.push_back(&w);
    return out;
}

bool Vocabulary::has(WordShape shape, std::string_view text) const {
    return std::any_of(words.begin(), words.end(),
                       [&](const VocabularyWord& w) { return w.shape == shape && w.text() == text; });
}

}  // namespace claimcheck
