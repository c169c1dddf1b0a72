#include "engine/advice/conflicts.hpp"

#include "engine/core/deadline.hpp"
#include "engine/core/ranges.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace claimcheck {

namespace {

// The bound of the two articles that reach furthest one way, each article counted once: the one a
// statement in any article is most contradicted by is the first, or the second when the first is its own.
struct Extremes {
    const Bound* best = nullptr;
    const std::string* best_article = nullptr;
    const Bound* second = nullptr;

    // further(a, b): a reaches further than b.
    template <typename Further>
    void offer(const Bound& bound, const std::string& article, Further further) {
        if (best && *best_article == article) {
            if (further(bound, *best)) best = &bound;
            return;
        }
        if (!best || further(bound, *best)) {
            second = best;
            best = &bound;
            best_article = &article;
        } else if (!second || further(bound, *second)) {
            second = &bound;
        }
    }
    const Bound* other_than(const std::string& article) const {
        return best && *best_article != article ? best : second;
    }
};

// A lower high bound rules out more: [.., 38) before [.., 38] before [.., 39).
bool lower_high(const Bound& a, const Bound& b) { return a.value != b.value ? a.value < b.value : !a.closed && b.closed; }
// A higher low bound rules out more: (39, ..] before [39, ..] before [38, ..].
bool higher_low(const Bound& a, const Bound& b) { return a.value != b.value ? a.value > b.value : !a.closed && b.closed; }

// Statements of one quantity, in the order checked: each is disputed when the reading of some
// statement in another article lies wholly below or wholly above its own. Only the lowest high
// bound and the highest low bound of the other articles can, so the group costs one pass, not
// one comparison of every statement with every other.
void mark_disputed(const std::vector<const StatedQuantity*>& group, Conflict& conflict) {
    Extremes highs, lows;
    for (const StatedQuantity* s : group) {
        if (s->interval.high) highs.offer(*s->interval.high, s->statement.article, lower_high);
        if (s->interval.low) lows.offer(*s->interval.low, s->statement.article, higher_low);
    }
    for (const StatedQuantity* s : group) {
        Interval below, above;  // the most contradicting readings of the other articles, each as far as it reaches
        if (const Bound* high = highs.other_than(s->statement.article)) below.high = *high;
        if (const Bound* low = lows.other_than(s->statement.article)) above.low = *low;
        Statement statement = s->statement;
        statement.disputed = (below.high && !overlap(below, s->interval)) || (above.low && !overlap(above, s->interval));
        conflict.statements.push_back(std::move(statement));
    }
}

}  // namespace

std::vector<Conflict> conflicts_among(const std::vector<StatedQuantity>& stated) {
    std::map<std::string, std::vector<const StatedQuantity*>> by_quantity;
    for (const auto& s : stated) by_quantity[s.key].push_back(&s);
    std::vector<Conflict> out;
    for (const auto& [key, group] : by_quantity) {
        checkpoint("while looking for conflicting claims");
        Conflict conflict{group.front()->quantity, {}, false};
        mark_disputed(group, conflict);
        if (std::none_of(conflict.statements.begin(), conflict.statements.end(),
                         [](const Statement& s) { return s.disputed; }))
            continue;  // every two readings in different articles share a value
        out.push_back(std::move(conflict));
    }
    std::sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
        return std::tie(a.statements.front().file, a.statements.front().at.line) <
               std::tie(b.statements.front().file, b.statements.front().at.line);
    });
    return out;
}

namespace {

bool same_figure(const Value& a, const Value& b) {
    // Figures within bounds are the same when their bounds are: each range lies in the other.
    const bool same_value = a.range || b.range ? within(range_of(a), range_of(b)) && within(range_of(b), range_of(a))
                                               : a.number == b.number;
    if (!same_value || !(a.type.unit == b.type.unit) || a.type.period.has_value() != b.type.period.has_value())
        return false;
    return !a.type.period || (a.type.period->first == b.type.period->first && a.type.period->last == b.type.period->last);
}

std::string figure_text(const Value& v) {
    std::string text = v.range ? v.range->text(v.type.unit)
                               : format_value(v.number, v.type.unit, places_for(v.number * written_scale(v.type.unit), 3, 2));
    return v.type.period ? text + " during " + v.type.period->label : text;
}

}  // namespace

std::vector<Conflict> definitions_differing(const Program& program, Evaluator& evaluator) {
    std::map<std::string, std::vector<std::pair<LetBinding, Value>>> by_name;  // sorted: deterministic
    for (const auto& module : program.modules)
        for (const auto& statement : module->ast)
            if (const auto* let = boost::get<ast::Let>(&statement.get())) {
                const Doing comparing("while comparing the definitions at", module->source, *let);
                checkpoint("while comparing the definitions");
                LetBinding binding{let, module.get()};
                try {
                    Value value = evaluator.let(binding);  // first: a figure in error leaves no empty entry
                    by_name[let->name.text].emplace_back(binding, value);
                } catch (const NoValue&) {
                    // a missing figure, or one in error, states no value to differ from
                }
            }
    evaluator.take_tables_used();  // these figures weaken no check
    evaluator.take_table_notes();
    std::vector<Conflict> out;
    for (const auto& [name, lets] : by_name) {
        const Value& first = lets.front().second;  // a structured binding cannot be captured (clang 14)
        bool differ = std::any_of(lets.begin(), lets.end(), [&](const auto& l) { return !same_figure(l.second, first); });
        if (!differ) continue;
        Conflict conflict{name, {}, true};
        for (const auto& [binding, value] : lets) {
            const ast::SourceDecl* source = declared_source(*binding.module, *binding.let);
            conflict.statements.push_back({binding.module->source.path(), binding.module->source.locate(*binding.let), "",
                                           source ? source->id.text : "", figure_text(value), Verdict::pass, true});
        }
        out.push_back(conflict);
    }
    return out;
}

}  // namespace claimcheck
