// A column's cells remembered by their text (cell_memo.hpp).
#include "engine/tables/cell_memo.hpp"

namespace claimcheck {

MemoEntry* CellMemo::entry(ColumnType type, std::string_view text) {
    const std::uint64_t hash = text_hash(text);
    if (entries_.size() == most) {  // enough: the known ones are still found
        const std::uint32_t id = texts_.find(text, hash);
        return id == GroupKeys::none ? nullptr : &entries_[id];
    }
    const std::size_t known = texts_.size();
    const std::uint32_t id = texts_.id(text, hash);
    if (id < known) return &entries_[id];
    MemoEntry& e = entries_.emplace_back();
    e.id = id;
    e.problem = parse_cell(type, text, e.cell);
    e.hash = hash;
    return &e;
}

}  // namespace claimcheck
