// Ranks and extremes over a grouped aggregate: which keys hold a rank, ties included.
#include "engine/lang/ranks.hpp"

#include "engine/lang/shape.hpp"
#include "engine/lang/tables.hpp"

namespace claimcheck {

const char* pick_name(Pick pick) {
    switch (pick) {
    case Pick::max: return "max";
    case Pick::min: return "min";
    case Pick::top: return "top";
    case Pick::bottom: return "bottom";
    }
    return "?";
}

std::optional<Pick> pick_named(const std::string& function) {
    for (Pick pick : all_picks)
        if (function == pick_name(pick)) return pick;
    return std::nullopt;
}

std::variant<std::size_t, std::string> rank_asked(const ast::Call& call) {
    if (call.args.size() < 2) return std::size_t{1};
    const ast::Number* n = lone_number(call.args[1]);
    const std::string rule = "a rank is a whole number from 1: " + call.function.text + "(x, 2) is the second";
    if (!n || !n->unit.empty() || !n->magnitude.empty() || n->currency != Currency::none || n->digits.find_first_not_of("0123456789") != std::string::npos)
        return rule;
    const Rational r = parse_decimal(n->digits);
    // A rank counts groups: past a billion it is none a table this tool can hold gives.
    if (r < 1 || r > 1000000000) return rule + ", not " + n->digits;
    return static_cast<std::size_t>(std::stoull(n->digits));
}

std::vector<const Group*> ranking(const Answer& answer, ColumnType key_type, Pick pick) {
    return ranked_groups(answer, key_type,
                         pick == Pick::bottom || pick == Pick::min ? RankOrder::smallest_first : RankOrder::largest_first);
}

std::optional<Holders> holders_at(const std::vector<const Group*>& ranked, std::size_t n) {
    if (n == 0 || n > ranked.size()) return std::nullopt;
    Holders out;
    out.value = ranked[n - 1]->second;
    for (std::size_t i = 0; i < ranked.size(); ++i)
        if (ranked[i]->second == out.value) {
            if (out.keys.empty()) out.place = i + 1;
            out.keys.push_back(ranked[i]->first);
        }
    return out;
}

std::string place_name(Pick pick, std::size_t place) {
    static const char* const ordinals[] = {"", "", "second ", "third ", "fourth ", "fifth ",
                                           "sixth ", "seventh ", "eighth ", "ninth ", "tenth "};
    std::string ordinal;
    if (place < std::size(ordinals)) {
        ordinal = ordinals[place];
    } else {
        const std::size_t tens = place % 100 / 10, units = place % 10;
        const char* suffix = tens == 1 || units > 3 || units == 0 ? "th" : units == 1 ? "st" : units == 2 ? "nd" : "rd";
        ordinal = std::to_string(place) + suffix + " ";
    }
    return "the " + ordinal + (pick == Pick::bottom || pick == Pick::min ? "lowest" : "highest");
}

std::string keys_text(const std::vector<std::string>& keys) {
    // A tie of a million groups is named by its first few, so a message stays a line.
    constexpr std::size_t named = 10;
    const std::size_t shown = keys.size() > named ? named : keys.size();
    std::string out;
    for (std::size_t i = 0; i < shown; ++i) out += (i == 0 ? "" : i + 1 == keys.size() ? " and " : ", ") + keys[i];
    if (shown < keys.size()) out += " and " + std::to_string(keys.size() - shown) + " more";
    return out;
}

const ast::Call* rank_checked(const ast::Check& check) {
    const auto* relation = boost::get<ast::Relation>(&check.test.get());
    if (!relation || (relation->op != ast::Comparator::eq && relation->op != ast::Comparator::ne)) return nullptr;
    const ast::Call* call = lone_call(check.subject);
    if (!call || !grouped_argument(*call)) return nullptr;
    const auto pick = pick_named(call->function.text);
    return pick && picks_key(*pick) ? call : nullptr;
}

}  // namespace claimcheck
