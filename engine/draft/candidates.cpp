// Filling a hint's placeholders with the data's figures, and keeping the likeliest.
#include "engine/draft/candidates.hpp"

#include "engine/draft/hint_template.hpp"
#include "engine/draft/kinship.hpp"
#include "engine/extract/skeleton.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimcheck {

namespace {

// Figures paired across quantities (a share, a sum, a difference, a quotient): the most
// relevant this many, so a data file of hundreds of figures is not tried pair by pair.
constexpr std::size_t pair_pool = 24;

class Filler {
public:
    Filler(const Data& data, const std::vector<DataFigure>& aggregates, const Relevance& relevance,
           const Context& context)
        : context_(context) {
        for (std::size_t i = 0; i < data.figures.size(); ++i) {
            fs_.push_back(&data.figures[i]);
            scores_.push_back(relevance.score(i, context));
        }
        data_figures_ = fs_.size();
        for (const DataFigure& a : aggregates) {
            fs_.push_back(&a);
            scores_.push_back(relevance.score(a.words, context) + a.closeness);
        }
        for (std::size_t i = 0; i < fs_.size(); ++i) {
            const DataFigure& f = *fs_[i];
            groups_[f.group].push_back(i);
            if (f.when && (!latest_.count(f.group) || *latest_[f.group] < *f.when)) latest_[f.group] = f.when;
        }
        for (const auto& [group, members] : groups_)
            if (members.size() < 2) latest_.erase(group);  // the latest of one period says nothing
        for (std::size_t i = data_figures_; i < fs_.size(); ++i)
            for (const std::string& quantity : fs_[i]->continues)
                if (groups_.count(quantity)) continued_[quantity].push_back(i);
    }

    std::vector<Candidate> fill(const Template& t) const {
        std::vector<Candidate> out;
        const Figures fs{fs_};
        const std::optional<Rational> printed = printed_number(t.test);
        // An amount is checked against an amount, a count against a count.
        const bool printed_money = t.money;
        auto add = [&](std::string subject, const std::vector<std::size_t>& figures, int operations, int bonus,
                       const std::optional<Rational>& value = std::nullopt, bool money = false) {
            if (money != printed_money && (t.shape == HintShape::one || t.shape == HintShape::rate)) return;
            // Every figure of it must be what the words point to: the least relevant counts.
            int least = scores_[figures.front()];
            for (std::size_t f : figures) operations += fs[f].operations;
            bool all_latest = true;
            std::vector<std::string> groups;
            for (std::size_t f : figures) {
                least = std::min(least, scores_[f]);
                // A table aggregate that continues a let's quantity is of that quantity.
                std::string group = fs[f].group;
                for (std::size_t o : figures)
                    if (std::find(fs[f].continues.begin(), fs[f].continues.end(), fs[o].group) != fs[f].continues.end())
                        group = fs[o].group;
                groups.push_back(std::move(group));
                all_latest = all_latest && latest(f);
            }
            // News reports the latest period unless it says otherwise; "last year" says so.
            if (all_latest) bonus += context_.latest ? 15 : 5;
            const bool near = value && printed && abs(*value - *printed) * 10 <= abs(*printed);
            // Parts of a total are kinds of one measure: recycled.kerbside and recycled.hwrc.
            const bool total = (figures.size() == 1 && fs[figures[0]].total_named) ||
                               (context_.sum && figures.size() == 2 && subject.find(" + ") != std::string::npos &&
                                siblings(*fs_[figures[0]], *fs_[figures[1]]) &&
                                named_apart(*fs_[figures[0]], *fs_[figures[1]]) &&
                                named_apart(*fs_[figures[1]], *fs_[figures[0]]));
            out.push_back({subject + t.test, std::move(groups), operations, least + bonus, near, total, {}});
        };
        auto v = [&](std::size_t i) { return fs[i].value; };
        auto combine = [&](std::size_t a, std::size_t b, auto op) -> std::optional<Rational> {
            if (!v(a) || !v(b)) return std::nullopt;
            return op(*v(a), *v(b));
        };
        auto plus = [](const Rational& x, const Rational& y) -> std::optional<Rational> { return x + y; };
        auto minus = [](const Rational& x, const Rational& y) -> std::optional<Rational> { return x - y; };
        auto over = [](const Rational& x, const Rational& y) -> std::optional<Rational> {
            if (y == 0) return std::nullopt;
            return x / y;
        };
        auto change = [](const Rational& x, const Rational& y) -> std::optional<Rational> {
            if (x == 0) return std::nullopt;
            return (y - x) / abs(x);
        };
        auto call = [&](const std::string& function, std::size_t a, std::size_t b) {
            return function + "(" + fs[a].name + ", " + fs[b].name + ")";
        };
        // Pairs across quantities are tried among the figures the words say most about.
        const std::vector<std::size_t> likely = most_relevant(pair_pool);
        switch (t.shape) {
        case HintShape::one:
            for (std::size_t i = 0; i < fs.size(); ++i)
                if (!fs[i].percent) add(fs[i].name, {i}, 0, own_bonus(i), v(i), fs[i].money);
            // Arithmetic only where the words ask for it, and only of counts and amounts of one kind.
            for (const auto& [group, members] : groups_) {
                for (auto [a, b] : ordered_pairs(group, members)) {
                    if (fs[a].percent) continue;
                    if (context_.sum || context_.two_periods)
                        add(fs[a].name + " + " + fs[b].name, {a, b}, 1, context_.two_periods ? 20 : 0,
                            combine(a, b, plus), fs[a].money);
                    if (context_.difference)
                        add(fs[b].name + " - " + fs[a].name, {a, b}, 1, 0, combine(b, a, minus), fs[a].money);
                }
                if (members.size() >= 3 && context_.quotient && !fs[members.front()].percent)
                    add(mean_of(members), members, 1, 0, std::nullopt, fs[members.front()].money);
            }
            for (std::size_t a : likely)
                for (std::size_t b : likely) {
                    if (a == b || !same_period(a, b) || fs[a].group == fs[b].group || !countable(fs[a]) ||
                        !countable(fs[b]))
                        continue;
                    // Two quantities added or taken one from another are of a size: a small one
                    // would only nudge the large one into the printed interval.
                    const bool alike = fs[a].money == fs[b].money && of_a_size(a, b);
                    if (alike && a < b && context_.sum)
                        add(fs[a].name + " + " + fs[b].name, {a, b}, 1, 0, combine(a, b, plus), fs[a].money);
                    if (alike && context_.difference)
                        add(fs[a].name + " - " + fs[b].name, {a, b}, 1, 0, combine(a, b, minus), fs[a].money);
                    // An amount or a count over a count: so much each.
                    if (!fs[b].money && context_.quotient)
                        add(fs[a].name + " / " + fs[b].name, {a, b}, 1, 0, combine(a, b, over), fs[a].money);
                }
            break;
        case HintShape::position:
            for (std::size_t i = 0; i < data_figures_; ++i)
                if (!fs[i].percent && !fs[i].money) add(fs[i].name, {i}, 0, own_bonus(i), v(i));
            break;
        case HintShape::rate:
            // A figure of no period may be a rate already: "a target of 1,450 homes a year".
            for (std::size_t i = 0; i < fs.size(); ++i)
                if (fs[i].percent) continue;
                else if (!fs[i].period.empty()) add(t.function + "(" + fs[i].name + ")", {i}, 1, own_bonus(i), std::nullopt, fs[i].money);
                else if (!fs[i].when && !fs[i].missing) add(fs[i].name, {i}, 0, own_bonus(i), v(i), fs[i].money);
            break;
        case HintShape::ordered:
        case HintShape::later_over_earlier:
            for (const auto& [group, members] : groups_)
                for (auto [a, b] : ordered_pairs(group, members)) {
                    if (t.shape == HintShape::ordered)
                        add(call(t.function, a, b), {a, b}, 1, 0, t.function == "change" ? combine(a, b, change) : std::nullopt);
                    else
                        add(call(t.function, b, a), {a, b}, 1, 0, combine(b, a, over));
                }
            // "Three times as many joined as left": a ratio of two quantities of one period.
            if (t.shape == HintShape::later_over_earlier)
                for (std::size_t a : likely)
                    for (std::size_t b : likely)
                        if (a != b && same_period(a, b) && fs[a].group != fs[b].group && countable(fs[a]) &&
                            countable(fs[b]) && fs[a].money == fs[b].money && !fs[a].missing && !fs[b].missing)
                            add(call(t.function, a, b), {a, b}, 1, 0, combine(a, b, over));
            break;
        case HintShape::per_people:
            // So many for each person or thousand: a count or an amount over a count of people,
            // of one period or of none (a population counted once).
            for (std::size_t a : likely)
                for (std::size_t b : likely)
                    if (a != b && same_period(a, b) && fs[a].group != fs[b].group && countable(fs[a]) &&
                        countable(fs[b]) && !fs[b].money && !fs[a].missing && !fs[b].missing &&
                        (!v(a) || !v(b) || *v(b) > *v(a)))
                        add(call(t.function, a, b), {a, b}, 1, 0);
            break;
        case HintShape::any_pair: {
            // A share is a part of a whole of one kind: not a period of itself, not another place;
            // columns added together make a whole, not a part of one.
            // "A third of appeals": where some figure is of what the words after "of" say, the whole is.
            const bool whole_said = t.function == "share" &&
                                    std::any_of(fs_.begin(), fs_.end(), [&](const DataFigure* f) { return of_whole(*f); });
            auto shareable = [&](std::size_t a, std::size_t b) {
                return a != b && !fs[a].missing && !fs[b].missing && same_period(a, b) && countable(fs[a]) &&
                       (!whole_said || of_whole(fs[b])) &&
                       countable(fs[b]) && fs[a].money == fs[b].money && fs[a].group != fs[b].group &&
                       (t.function != "share" ||
                        ((!siblings(fs[a], fs[b]) || both_said(fs[a], fs[b])) && fs[a].operations == 0));
            };
            std::set<std::pair<std::size_t, std::size_t>> tried;
            // Two columns summed over the same rows ("on time" of "timetabled", on one route) are
            // tried whatever the words say of them: that is how a table's shares are made.
            // A share's whole: its quantity, and the let's it continues.
            auto of_whole_b = [&](std::size_t b) {
                if (t.function != "share" || out.empty()) return;
                out.back().wholes = fs[b].continues;
                out.back().wholes.push_back(fs[b].group);
            };
            for (std::size_t a = data_figures_; a < fs.size(); ++a)
                for (std::size_t b = data_figures_; b < fs.size(); ++b)
                    if (same_rows(fs[a], fs[b]) && shareable(a, b) && tried.emplace(a, b).second) {
                        add(call(t.function, a, b), {a, b}, 1, 0);
                        out.back().tried_first = true;
                        of_whole_b(b);
                    }
            for (std::size_t a : likely)
                for (std::size_t b : likely)
                    if (shareable(a, b) && tried.emplace(a, b).second) {
                        add(call(t.function, a, b), {a, b}, 1, 0, combine(a, b, over));
                        of_whole_b(b);
                    }
            // "a quarter of them": any figure may be the whole a statement before counted.
            if (t.function == "share" && context_.whole_before)
                for (std::size_t a : likely)
                    for (std::size_t b = 0; b < fs.size(); ++b)
                        if (shareable(a, b) && tried.emplace(a, b).second) {
                            add(call(t.function, a, b), {a, b}, 1, 0, combine(a, b, over));
                            of_whole_b(b);
                        }
            break;
        }
        }
        // A percentage may be a figure published as one: "sickness absence was 5.9%".
        if (t.function == "share" || (t.function == "change" && context_.level))
            for (std::size_t i = 0; i < fs.size(); ++i)
                if (fs[i].percent || fs[i].missing) add(fs[i].name, {i}, 0, own_bonus(i), v(i));
        return out;
    }

private:
    // "last year" favours a quantity's latest period; "in the last two years" one that spans two.
    int own_bonus(std::size_t i) const {
        const DataFigure& f = *fs_[i];
        int bonus = 0;
        if (context_.two_periods && spans_periods(f)) bonus += 20;
        return bonus;
    }

    // Two measures of one place may be a part and its whole after all when the sentence says
    // what tells them apart for each: "19 charged, a quarter of those arrested".
    bool both_said(const DataFigure& a, const DataFigure& b) const {
        const auto pa = name_parts(a.group), pb = name_parts(b.group);
        auto said = [&](const std::string& part) {
            const auto words = content_words(part);
            return !words.empty() && std::all_of(words.begin(), words.end(), [&](const ContentWord& w) {
                return context_.near.count(w.word) || context_.clause.count(w.word) || context_.sentence.count(w.word);
            });
        };
        for (std::size_t i = 0; i < pa.size(); ++i)
            if (pa[i] != pb[i]) return said(pa[i]) && said(pb[i]);
        return false;
    }

    // Neither is less than a twentieth of the other (either unknown: they may be).
    bool of_a_size(std::size_t a, std::size_t b) const {
        const auto& x = fs_[a]->value;
        const auto& y = fs_[b]->value;
        if (!x || !y) return true;
        const Rational small = std::min(abs(*x), abs(*y)), large = std::max(abs(*x), abs(*y));
        return small * 20 >= large;
    }

    // Whether a figure's words include one the words after "of" say ("a third of appeals").
    bool of_whole(const DataFigure& f) const {
        if (context_.whole.empty()) return false;
        for (const auto& w : content_words(f.words))
            if (context_.whole.count(w.word)) return true;
        return false;
    }

    // Whether a word of `a` that `b` lacks is said next to the statement or in its clause.
    bool named_apart(const DataFigure& a, const DataFigure& b) const {
        std::set<std::string> theirs;
        for (auto& w : content_words(b.words)) theirs.insert(std::move(w.word));
        for (const auto& w : content_words(a.words))
            if (!theirs.count(w.word) && (context_.near.count(w.word) || context_.clause.count(w.word))) return true;
        return false;
    }

    // The latest period of a quantity counted in several.
    bool latest(std::size_t i) const {
        auto found = latest_.find(fs_[i]->group);
        return found != latest_.end() && found->second == fs_[i]->when;
    }

    // The figures the words around the statement say most about, most first.
    std::vector<std::size_t> most_relevant(std::size_t n) const {
        std::vector<std::size_t> order(scores_.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores_[a] > scores_[b]; });
        if (order.size() > n) order.resize(n);
        return order;
    }

    // Two figures of one period, or one of them of none (a population, a target, a price):
    // what may be added, compared or divided.
    bool same_period(std::size_t a, std::size_t b) const {
        const DataFigure &x = *fs_[a], &y = *fs_[b];
        if (!x.when || !y.when) return true;
        // A year a name says is the year a dated period starts in (volunteers.2023_24, FY2023/24).
        if (x.year_only || y.year_only) return std::get<0>(*x.when) == std::get<0>(*y.when);
        return x.when == y.when;
    }

    std::string mean_of(const std::vector<std::size_t>& members) const {
        std::string out = "mean(";
        for (std::size_t i = 0; i < members.size(); ++i) out += (i ? ", " : "") + fs_[members[i]]->name;
        return out + ")";
    }

    // Two figures of one quantity, the earlier first; a let and the table aggregate that
    // continues it, the let first.
    std::vector<std::pair<std::size_t, std::size_t>> ordered_pairs(const std::string& group,
                                                                   const std::vector<std::size_t>& members) const {
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t a : members)
            for (std::size_t b : members)
                if (fs_[a]->when && fs_[b]->when && *fs_[a]->when < *fs_[b]->when) pairs.emplace_back(a, b);
        if (auto later = continued_.find(group); later != continued_.end())
            for (std::size_t a : members)
                if (fs_[a]->when)
                    for (std::size_t b : later->second) pairs.emplace_back(a, b);
        return pairs;
    }

    // The figures, then the aggregates, indexed alike.
    struct Figures {
        const std::vector<const DataFigure*>& all;
        const DataFigure& operator[](std::size_t i) const { return *all[i]; }
        std::size_t size() const { return all.size(); }
    };

    std::vector<const DataFigure*> fs_;
    std::size_t data_figures_ = 0;  // fs_ holds the data's figures, then the table aggregates
    const Context& context_;
    std::vector<int> scores_;
    std::map<std::string, std::vector<std::size_t>> groups_;
    std::map<std::string, std::optional<std::tuple<int, int, int>>> latest_;
    std::map<std::string, std::vector<std::size_t>> continued_;  // a let group: the aggregates that continue it
};

}  // namespace

std::vector<Candidate> candidates(const std::string& hint_check, const Data& data,
                                  const std::vector<DataFigure>& aggregates, const Relevance& relevance,
                                  const Context& context, std::size_t keep) {
    std::vector<Candidate> all;
    if (auto rank = read_rank(hint_check)) {
        // "the most", "the smallest": a text the words say leads the groups of a table's sums.
        for (const DataFigure& a : aggregates)
            if (!a.leader.empty())
                all.push_back({*rank + "(" + a.name + ") == " + claims_string(a.leader), {a.group}, 0,
                               relevance.score(a.words, context) + a.closeness, false, false, {}});
    } else if (auto t = read_template(hint_check)) {
        std::vector<DataFigure> figures;  // grouped aggregates are for ranks only
        std::copy_if(aggregates.begin(), aggregates.end(), std::back_inserter(figures),
                     [](const DataFigure& a) { return a.leader.empty(); });
        all = Filler(data, figures, relevance, context).fill(*t);
    }
    auto rank = [](const Candidate& c) { return (c.tried_first ? 1000 : 0) + c.relevance - 5 * c.operations; };
    std::sort(all.begin(), all.end(), [&](const Candidate& x, const Candidate& y) {
        return rank(x) != rank(y) ? rank(x) > rank(y) : x.check < y.check;
    });
    // The simplest kept apart: hundreds of pairs must not crowd out the figure itself.
    std::vector<Candidate> kept;
    std::size_t simple = 0, compound = 0;
    for (Candidate& c : all) {
        std::size_t& taken = c.operations == 0 ? simple : compound;
        if (taken < (c.operations == 0 ? keep / 2 : keep)) {
            ++taken;
            kept.push_back(std::move(c));
        }
    }
    return kept;
}

}  // namespace claimcheck
