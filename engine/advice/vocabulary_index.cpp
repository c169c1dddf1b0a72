// The house style's words indexed for suggestions: words alone, words for a value, heads.
#include "engine/advice/vocabulary_index.hpp"

#include "engine/lang/meaning.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace claimcheck {

namespace {
constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

// A word before a figure is suggested when its strict reading of a plain 100 is a range with
// a floor: "nearly 100", "more than 100", but not "fewer than 100", which is as true of 3. A
// phrase with a value of its own ("one in N" = 100% / N) stands for that value, not for N.
std::optional<Interval> floor_reading(const Definition* definition, MeaningBuilder& meanings) {
    const ast::Define& define = *definition->define;
    if (define.meanings.empty() || define.value || !define.after.empty()) return std::nullopt;
    ast::Number probe;
    probe.digits = "100";
    try {
        const Reading strict = meanings.phrase(PhraseTerm{definition, nullptr, &probe, ""}).strict;
        if (strict.negated || !strict.interval.low) return std::nullopt;
        return strict.interval;
    } catch (const NoValue&) {
        return std::nullopt;  // a word that cannot be worked out is never suggested
    }
}

// Where a reading begins and ends, open or closed alike.
using Span = std::pair<std::optional<Rational>, std::optional<Rational>>;
Span span_of(const Interval& i) {
    return {i.low ? std::optional(i.low->value) : std::nullopt, i.high ? std::optional(i.high->value) : std::nullopt};
}
}  // namespace

VocabularyIndex::VocabularyIndex(const Scope& scope, MeaningBuilder& meanings) {
    std::vector<Reading> readings;  // the strict reading of each word alone
    std::vector<std::pair<Word, Span>> heads;
    for (const auto& [key, definition] : scope.vocabulary()) {
        const ast::Define& define = *definition->define;
        if (define.has_parameter) {
            if (auto reading = floor_reading(definition, meanings)) heads.emplace_back(Word{key, definition, 0}, span_of(*reading));
            continue;
        }
        try {
            if (define.value) {
                Value value = meanings.value(PhraseTerm{definition, nullptr, nullptr, ""});
                valued_.push_back({Word{key, definition, valued_.size()}, value});
            } else if (!define.meanings.empty()) {
                readings.push_back(meanings.phrase(PhraseTerm{definition, nullptr, nullptr, ""}).strict);
                alone_.push_back(Word{key, definition, alone_.size()});
            }
        } catch (const NoValue&) {
            // a word that cannot be worked out is never suggested
        }
    }
    std::sort(heads.begin(), heads.end(),
              [](const auto& a, const auto& b) { return a.first.definition->order < b.first.definition->order; });
    // Synonyms ("more than", "over", "above"; "at least" differs only at N itself) would fill the
    // suggestions with one wording several times: the first defined speaks for the rest.
    std::vector<Span> seen;
    for (auto& [head, span] : heads) {
        if (std::find(seen.begin(), seen.end(), span) != seen.end()) continue;
        seen.push_back(span);
        head.rank = heads_.size();
        heads_.push_back(std::move(head));
    }
    // The plainest head on each side of N (read at 100): below it, ending at N and reaching lowest;
    // above it, starting at N and reaching highest (no end reaches highest of all).
    const Rational n(100);
    const Span* lowest = nullptr;
    const Span* highest = nullptr;
    for (const Span& span : seen) {
        if (span.second == n && span.first && (!lowest || *span.first < *lowest->first)) lowest = &span;
        if (span.first == n && (!highest || (highest->second && (!span.second || *span.second > *highest->second))))
            highest = &span;
    }
    for (std::size_t i = 0; i < heads_.size(); ++i) heads_[i].plain = &seen[i] == lowest || &seen[i] == highest;
    for (std::size_t i = 0; i < valued_.size(); ++i) {
        const Value& v = valued_[i].value;
        if (v.type.unit.dimension == Dimension::number) numerals_.emplace(v.number, &valued_[i].word);
        by_value_[static_cast<int>(v.type.unit.dimension)].emplace_back(v.number, i);
    }
    // Synonyms ("doubled", "double", "doubles"; "a half", "half"): the first defined speaks for the
    // rest, as for heads, so a headline's present tense is read but past tenses are suggested.
    for (auto& [dimension, sorted] : by_value_) {
        std::sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first) return a.first < b.first;
            return valued_[a.second].word.definition->order < valued_[b.second].word.definition->order;
        });
        sorted.erase(std::unique(sorted.begin(), sorted.end(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; }),
                     sorted.end());
    }
    // Slots: (-inf, p0), {p0}, (p0, p1), {p1}, ..., (pk, inf); each word alone covers a run of them.
    for (const Reading& r : readings)
        for (const auto* bound : {&r.interval.low, &r.interval.high})
            if (*bound) points_.push_back((*bound)->value);
    std::sort(points_.begin(), points_.end());
    points_.erase(std::unique(points_.begin(), points_.end()), points_.end());
    const std::size_t slots = 2 * points_.size() + 1;
    lowest_.assign(4 * slots, none);
    auto place = [&](const Rational& v) {
        return static_cast<std::size_t>(std::lower_bound(points_.begin(), points_.end(), v) - points_.begin());
    };
    for (std::size_t rank = 0; rank < readings.size(); ++rank) {
        const Interval& interval = readings[rank].interval;
        const std::size_t first = !interval.low ? 0 : 2 * place(interval.low->value) + (interval.low->closed ? 1 : 2);
        const std::size_t last = !interval.high ? slots - 1
                                                : 2 * place(interval.high->value) + (interval.high->closed ? 1 : 0);
        if (!readings[rank].negated) {
            if (first <= last) cover(1, 0, slots, first, last + 1, rank);
            continue;
        }
        // != style: everything outside the interval.
        if (first > 0) cover(1, 0, slots, 0, std::min(first, slots), rank);
        if (last + 1 < slots) cover(1, 0, slots, last + 1, slots, rank);
    }
}

// Marks rank on the nodes that make up the slots [first, last); the node spans [low, high).
void VocabularyIndex::cover(std::size_t node, std::size_t low, std::size_t high, std::size_t first, std::size_t last,
                            std::size_t rank) {
    if (last <= low || high <= first) return;
    if (first <= low && high <= last) {
        lowest_[node] = std::min(lowest_[node], rank);
        return;
    }
    const std::size_t middle = low + (high - low) / 2;
    cover(2 * node, low, middle, first, last, rank);
    cover(2 * node + 1, middle, high, first, last, rank);
}

std::size_t VocabularyIndex::slot_of(const Rational& x) const {
    const auto at = std::lower_bound(points_.begin(), points_.end(), x);
    const auto i = static_cast<std::size_t>(at - points_.begin());
    return at != points_.end() && *at == x ? 2 * i + 1 : 2 * i;
}

const VocabularyIndex::Word* VocabularyIndex::first_holding(const Rational& x) const {
    if (alone_.empty()) return nullptr;
    const std::size_t slot = slot_of(x);
    std::size_t best = none, node = 1, low = 0, high = 2 * points_.size() + 1;
    while (true) {  // the lowest rank on the way down to the slot's leaf: a logarithm of the words
        best = std::min(best, lowest_[node]);
        if (high - low == 1) break;
        const std::size_t middle = low + (high - low) / 2;
        if (slot < middle) {
            node = 2 * node;
            high = middle;
        } else {
            node = 2 * node + 1;
            low = middle;
        }
    }
    return best == none ? nullptr : &alone_[best];
}

const VocabularyIndex::Word* VocabularyIndex::numeral(const Rational& n) const {
    auto found = numerals_.find(n);
    return found == numerals_.end() ? nullptr : found->second;
}

std::vector<const VocabularyIndex::Valued*> VocabularyIndex::valued_within(Dimension dimension,
                                                                          const Interval& interval) const {
    std::vector<const Valued*> out;
    auto found = by_value_.find(static_cast<int>(dimension));
    if (found == by_value_.end()) return out;
    const auto& sorted = found->second;
    auto begin = sorted.begin();
    if (interval.low)
        begin = std::lower_bound(sorted.begin(), sorted.end(), interval.low->value,
                                 [](const auto& entry, const Rational& v) { return entry.first < v; });
    for (auto it = begin; it != sorted.end() && (!interval.high || it->first <= interval.high->value); ++it)
        if (interval.contains(it->first)) out.push_back(&valued_[it->second]);
    std::sort(out.begin(), out.end(), [](const Valued* a, const Valued* b) { return a->word.rank < b->word.rank; });
    return out;
}

}  // namespace claimcheck
