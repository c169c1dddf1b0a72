#pragma once
// The cells of one column a worker has read, by their text: a column of a few hundred
// distinct values (months, forces, ages, small counts) is parsed and hashed once a value,
// and its group and lookup found once a value, not once a row. A column with more distinct
// values than CellMemo::most is no longer remembered: it is read row by row as before.
#include "engine/tables/group_keys.hpp"
#include "engine/tables/table_cell.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck {

struct MemoEntry {
    static constexpr std::uint32_t unknown = UINT32_MAX - 1;  // not asked for yet (GroupKeys::none is an answer)
    Cell cell;                          // as parse_cell read it; its text is set from each row
    const char* problem = nullptr;      // parse_cell's answer: why the text is not such a cell
    std::uint64_t hash = 0;             // text_hash of the text
    std::uint32_t group = unknown;      // its id among the groups of a `by` this column
    std::uint32_t hit = unknown;        // its text among a lookup's on this column (GroupKeys::none: none)
    bool tested = false;                // whether `passes` is filled
    std::vector<std::uint64_t> passes;  // a bit per filter of this column alone (ScanPlan::column_filters)
};

class CellMemo {
public:
    static constexpr std::size_t most = 4096;  // distinct texts remembered: a few hundred KB
    // The entry for the text, read with parse_cell the first time; null once the column has
    // more than `most` distinct texts. Valid until the next call.
    MemoEntry* entry(ColumnType type, std::string_view text);

private:
    GroupKeys texts_;
    std::vector<MemoEntry> entries_;  // by the text's id in texts_
    bool full_ = false;
};

}  // namespace claimcheck
