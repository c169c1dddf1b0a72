#include "engine/report/elsewhere.hpp"

#include <algorithm>
#include <set>

namespace claimcheck {

Elsewhere::Elsewhere(const Conflict& conflict) : definitions_(conflict.definitions) {
    std::map<std::string, std::size_t> index;             // claimed -> values_
    std::set<std::pair<std::size_t, std::string>> seen;  // (value, source as shown): each source once a value
    for (const Statement& s : conflict.statements) {
        auto [it, added] = index.emplace(s.claimed, values_.size());
        if (added) values_.push_back({s.claimed, {}, {}});
        Value& value = values_[it->second];
        std::string shown = definitions_ ? s.file + ":" + std::to_string(s.at.line) : s.article;
        if (seen.emplace(it->second, shown).second) {
            value.sources.emplace_back(key_of(s), std::move(shown));
            value.keys.push_back(key_of(s));
        }
    }
    for (std::size_t i = 0; i < values_.size(); ++i) {
        std::vector<std::string>& keys = values_[i].keys;
        std::sort(keys.begin(), keys.end());
        if (keys.front() == keys.back()) only_[keys.front()].push_back(i);
    }
}

SaidElsewhere Elsewhere::other_than(const Statement& statement) const {
    const std::string& own = key_of(statement);
    static const std::vector<std::size_t> none;
    auto found = only_.find(own);
    const std::vector<std::size_t>& skip = found == only_.end() ? none : found->second;
    SaidElsewhere out;
    std::size_t next = 0, skipped = 0;  // the next value to look at; the part of `skip` before it
    while (next < values_.size()) {
        if (skipped < skip.size() && skip[skipped] == next) {
            // A run of values only this source states is a run of consecutive indexes in `skip`:
            // find its end by halving, so a long run costs its logarithm, not its length.
            std::size_t low = skipped, high = skip.size();  // skip[low] is in the run; skip[high] is not
            while (high - low > 1) {
                std::size_t middle = low + (high - low) / 2;
                if (skip[middle] - skip[skipped] == middle - skipped) low = middle;
                else high = middle;
            }
            next += high - skipped;
            skipped = high;
            continue;
        }
        if (out.values.size() == most_values) {
            out.more_values = values_.size() - skip.size() - out.values.size();
            break;
        }
        const Value& value = values_[next++];
        SaidElsewhere::Said said{value.claimed, {}, 0};
        for (const auto& [key, shown] : value.sources) {
            if (said.sources.size() == most_sources) break;
            if (key != own) said.sources.push_back(shown);
        }
        auto [first, last] = std::equal_range(value.keys.begin(), value.keys.end(), own);
        const std::size_t others = value.sources.size() - static_cast<std::size_t>(last - first);
        said.more_sources = others - said.sources.size();
        out.values.push_back(std::move(said));
    }
    return out;
}

}  // namespace claimcheck
