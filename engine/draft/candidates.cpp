// Filling a hint's placeholders with the data's figures, and keeping the likeliest.
#include "engine/draft/candidates.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

enum class Shape { one, rate, ordered, later_over_earlier, any_pair };

struct Template {
    Shape shape = Shape::one;
    std::string function;  // per_day, change, share, ...
    std::string test;      // " is 44%", " >= 12"
};

// "change(<before>, <after>) is 44%" -> ordered pairs under change, then " is 44%".
std::optional<Template> read_template(const std::string& check) {
    std::size_t end = std::string::npos;
    for (std::size_t i = 0; i < check.size() && end == std::string::npos; ++i) {
        if (check[i] != '>' && check[i] != ')') continue;
        for (std::string_view op : {" is ", " >= ", " <= "})
            if (check.compare(i + 1, op.size(), op) == 0) end = i + 1;
    }
    if (end == std::string::npos || check.find('<', end) != std::string::npos) return std::nullopt;
    std::string subject = check.substr(0, end);
    Template t;
    t.test = check.substr(end);
    std::size_t paren = subject.find('(');
    if (subject.front() == '<') return t;
    if (paren == std::string::npos) return std::nullopt;
    t.function = subject.substr(0, paren);
    std::string args = subject.substr(paren);
    if (t.function.starts_with("per_") && args.find(',') == std::string::npos) t.shape = Shape::rate;
    else if (args == "(<before>, <after>)") t.shape = Shape::ordered;
    else if (args == "(<after>, <before>)") t.shape = Shape::later_over_earlier;
    else if (args == "(<part>, <whole>)" || args == "(<first>, <second>)") t.shape = Shape::any_pair;
    else return std::nullopt;
    return t;
}

bool spans_periods(const DataFigure& f) { return f.period.find(" to ") != std::string::npos; }

class Filler {
public:
    Filler(const Data& data, const Relevance& relevance, const Context& context)
        : data_(data), context_(context) {
        for (std::size_t i = 0; i < data.figures.size(); ++i) {
            const DataFigure& f = data.figures[i];
            scores_.push_back(relevance.score(i, context));
            groups_[f.group].push_back(i);
            if (f.when && (!latest_.count(f.group) || *latest_[f.group] < *f.when)) latest_[f.group] = f.when;
        }
        for (const auto& [group, members] : groups_)
            if (members.size() < 2) latest_.erase(group);  // the latest of one period says nothing
    }

    std::vector<Candidate> fill(const Template& t) const {
        std::vector<Candidate> out;
        const auto& fs = data_.figures;
        auto add = [&](std::string subject, std::vector<std::size_t> figures, int operations, int bonus) {
            int sum = 0;
            for (std::size_t f : figures) sum += scores_[f];
            int relevance = sum / static_cast<int>(figures.size()) + bonus;
            out.push_back({subject + t.test, std::move(figures), operations, relevance});
        };
        auto call = [&](const std::string& function, std::size_t a, std::size_t b) {
            return function + "(" + fs[a].name + ", " + fs[b].name + ")";
        };
        switch (t.shape) {
        case Shape::one:
            for (std::size_t i = 0; i < fs.size(); ++i) add(fs[i].name, {i}, 0, own_bonus(i));
            for (const auto& [group, members] : groups_)
                for (auto [a, b] : ordered_pairs(members)) {
                    add(fs[a].name + " + " + fs[b].name, {a, b}, 1, context_.two_periods ? 20 : 0);
                    add(fs[b].name + " - " + fs[a].name, {a, b}, 1, 0);
                }
            break;
        case Shape::rate:
            for (std::size_t i = 0; i < fs.size(); ++i)
                if (!fs[i].period.empty()) add(t.function + "(" + fs[i].name + ")", {i}, 1, own_bonus(i));
            break;
        case Shape::ordered:
        case Shape::later_over_earlier:
            for (const auto& [group, members] : groups_)
                for (auto [a, b] : ordered_pairs(members))
                    add(t.shape == Shape::ordered ? call(t.function, a, b) : call(t.function, b, a), {a, b}, 1, 0);
            break;
        case Shape::any_pair:
            for (std::size_t a = 0; a < fs.size(); ++a)
                for (std::size_t b = 0; b < fs.size(); ++b)
                    if (a != b && !fs[a].missing && !fs[b].missing && fs[a].when == fs[b].when)
                        add(call(t.function, a, b), {a, b}, 1, 0);
            break;
        }
        return out;
    }

private:
    // "last year" favours a quantity's latest period; "in the last two years" one that spans two.
    int own_bonus(std::size_t i) const {
        const DataFigure& f = data_.figures[i];
        int bonus = 0;
        if (auto latest = latest_.find(f.group); context_.latest && latest != latest_.end() && latest->second == f.when)
            bonus += 10;
        if (context_.two_periods && spans_periods(f)) bonus += 20;
        return bonus;
    }

    // Two figures of one quantity, the earlier first.
    std::vector<std::pair<std::size_t, std::size_t>> ordered_pairs(const std::vector<std::size_t>& members) const {
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        const auto& fs = data_.figures;
        for (std::size_t a : members)
            for (std::size_t b : members)
                if (fs[a].when && fs[b].when && *fs[a].when < *fs[b].when) pairs.emplace_back(a, b);
        return pairs;
    }

    const Data& data_;
    const Context& context_;
    std::vector<int> scores_;
    std::map<std::string, std::vector<std::size_t>> groups_;
    std::map<std::string, std::optional<std::tuple<int, int, int>>> latest_;
};

}  // namespace

std::vector<Candidate> candidates(const std::string& hint_check, const Data& data, const Relevance& relevance,
                                  const Context& context, std::size_t keep) {
    auto t = read_template(hint_check);
    if (!t) return {};
    std::vector<Candidate> all = Filler(data, relevance, context).fill(*t);
    auto rank = [](const Candidate& c) { return c.relevance - 5 * c.operations; };
    std::sort(all.begin(), all.end(), [&](const Candidate& x, const Candidate& y) {
        return rank(x) != rank(y) ? rank(x) > rank(y) : x.check < y.check;
    });
    if (all.size() > keep) all.resize(keep);
    return all;
}

}  // namespace claimcheck
