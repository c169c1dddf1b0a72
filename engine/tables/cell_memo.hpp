#pragma once
// The cells of one column a worker has read, by their text: a column of a few hundred
// distinct values (months, forces, ages) is parsed and hashed once a value, and its group,
// lookup and one-column filters found once a value, not once a row. Past CellMemo::most
// distinct texts no more are remembered: a new one is read row by row.
#include "engine/tables/group_keys.hpp"
#include "engine/tables/table_cell.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck {

struct MemoEntry {
    static constexpr std::uint32_t unknown = UINT32_MAX - 1;  // not asked for yet (GroupKeys::none is an answer)
    std::uint32_t id = 0;               // the text's number in the column, from 0 in the order first seen
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
    // The entry for the text, read with parse_cell the first time; null for a text not seen
    // before once `most` are remembered. Valid until the next call.
    MemoEntry* entry(ColumnType type, std::string_view text);
    MemoEntry& at(std::uint32_t id) { return entries_[id]; }
    std::string_view text(std::uint32_t id) const { return texts_.key(id); }

private:
    // Texts of at most 32 bytes (most cells: months, ages, counts, names, categories) are found
    // by their bytes held in four words, compared as integers, with no hash of the text and no
    // comparison of bytes; longer ones through texts_.
    static constexpr std::size_t short_most = 32;
    struct Short {
        std::uint64_t words[4] = {0, 0, 0, 0};  // the bytes, in words that may overlap (see packed)
        std::uint32_t length = 0;               // + 1: 0 is an empty slot
        std::uint32_t id = 0;
        bool same(const Short& o) const {
            return words[0] == o.words[0] && words[1] == o.words[1] && words[2] == o.words[2] &&
                   words[3] == o.words[3] && length == o.length;
        }
    };
    static Short packed(std::string_view text);
    MemoEntry* remembered(std::uint32_t id, ColumnType type, std::string_view text);  // by texts_ id, made when new
    void index_short(const Short& key);

    GroupKeys texts_;
    std::vector<MemoEntry> entries_;  // by the text's id in texts_
    std::vector<Short> shorts_;  // made at the first text: a memo never used costs nothing
    std::size_t short_count_ = 0;
};

}  // namespace claimcheck
