#include "conflicts.hpp"

#include "deadline.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace claimcheck {

std::vector<Conflict> conflicts_among(const std::vector<StatedQuantity>& stated) {
    std::map<std::string, std::vector<const StatedQuantity*>> by_quantity;
    for (const auto& s : stated) by_quantity[s.key].push_back(&s);
    std::vector<Conflict> out;
    for (const auto& [key, group] : by_quantity) {
        bool disagree = false;
        for (const StatedQuantity* a : group) {
            checkpoint("while looking for conflicting claims");
            for (const StatedQuantity* b : group)
                if (a->statement.article != b->statement.article && !overlap(a->interval, b->interval))
                    disagree = true;
        }
        if (!disagree) continue;
        Conflict conflict{group.front()->quantity, {}, false};
        for (const StatedQuantity* s : group) {
            checkpoint("while looking for conflicting claims");
            conflict.statements.push_back(s->statement);
            for (const StatedQuantity* other : group)
                if (other->statement.article != s->statement.article && !overlap(other->interval, s->interval))
                    conflict.statements.back().disputed = true;
        }
        out.push_back(conflict);
    }
    std::sort(out.begin(), out.end(), [](const Conflict& a, const Conflict& b) {
        return std::tie(a.statements.front().file, a.statements.front().at.line) <
               std::tie(b.statements.front().file, b.statements.front().at.line);
    });
    return out;
}

namespace {

bool same_figure(const Value& a, const Value& b) {
    if (a.number != b.number || !(a.type.unit == b.type.unit) || a.type.period.has_value() != b.type.period.has_value())
        return false;
    return !a.type.period || (a.type.period->first == b.type.period->first && a.type.period->last == b.type.period->last);
}

std::string figure_text(const Value& v) {
    std::string text = format_value(v.number, v.type.unit, places_for(v.number * written_scale(v.type.unit), 3, 2));
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
                } catch (const std::runtime_error&) {
                    // a missing figure, or one in error, states no value to differ from
                }
            }
    evaluator.take_tables_used();  // these figures weaken no check
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
