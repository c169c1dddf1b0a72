// A column's cells remembered by their text (cell_memo.hpp).
#include "engine/tables/cell_memo.hpp"

namespace claimcheck {

MemoEntry* CellMemo::entry(ColumnType type, std::string_view text) {
    if (full_) return nullptr;
    const std::uint64_t hash = text_hash(text);
    const std::size_t known = texts_.size();
    const std::uint32_t id = texts_.id(text, hash);
    if (id < known) return &entries_[id];
    if (texts_.size() > most) {  // too many to be worth it: forgotten, and read row by row from now on
        full_ = true;
        texts_ = GroupKeys();
        std::vector<MemoEntry>().swap(entries_);
        return nullptr;
    }
    MemoEntry& e = entries_.emplace_back();
    e.problem = parse_cell(type, text, e.cell);
    e.hash = hash;
    return &e;
}

}  // namespace claimcheck
