#pragma once
// Ranks and extremes over a grouped aggregate: max(...) and min(...) of its groups'
// values, top(...) and bottom(...) of its keys, with a rank n ("the second highest"
// is top(x, 2)). Which keys hold a rank, ties included, and how a report names it.
#include "engine/tables/table.hpp"
#include "grammar/ast.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

// What a function takes of a grouped aggregate: a value (max, min) or a key (top, bottom).
enum class Pick { max, min, top, bottom };

inline constexpr Pick all_picks[] = {Pick::max, Pick::min, Pick::top, Pick::bottom};

// The function's name: "max", "top".
const char* pick_name(Pick pick);

// The pick a function name stands for: nothing for any other function.
std::optional<Pick> pick_named(const std::string& function);

inline bool picks_key(Pick p) { return p == Pick::top || p == Pick::bottom; }

// The rank a call asks for: top(x) is 1, top(x, 2) is 2; a message when its second argument
// is not a whole number from 1. The type checker reports the message; after it, a rank is there.
std::variant<std::size_t, std::string> rank_asked(const ast::Call& call);

// The keys holding one rank: the group at that place in rank order and every group of the
// same value; `place` is where the first of them stands (1 for the highest).
struct Holders {
    std::vector<std::string> keys;
    Rational value;
    std::size_t place = 1;
};

// The groups in the order a pick ranks them: largest first for max and top, smallest first for min and bottom.
std::vector<const Group*> ranking(const Answer& answer, ColumnType key_type, Pick pick);

// The keys at rank n (from 1) of a ranking; nothing when there are fewer than n groups.
std::optional<Holders> holders_at(const std::vector<const Group*>& ranked, std::size_t n);

// "the highest", "the second highest", "the lowest", "the 11th lowest".
std::string place_name(Pick pick, std::size_t place);

// "Riverside", "Riverside and Hillside", "Ash, Elm and Oak"; past ten keys, "..., Yew and 3 more".
std::string keys_text(const std::vector<std::string>& keys);

// The top(...) or bottom(...) a check compares with == or != (a rank check), or nothing.
const ast::Call* rank_checked(const ast::Check& check);

}  // namespace claimcheck
