// A column's cells remembered by their text (cell_memo.hpp).
#include "engine/tables/cell_memo.hpp"

#include <algorithm>

namespace claimcheck {

void CellMemo::index(const Slot& key) {
    if ((used_ + 1) * 4 > slots_.size()) {
        std::vector<Slot> old(std::max<std::size_t>(16, slots_.size() * 2));
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
        used_ = 0;
        for (const Slot& s : old)
            if (s.length != 0) index(s);
    }
    std::size_t i = place_of(key);
    while (slots_[i].length != 0) i = (i + 1) & mask_;
    slots_[i] = key;
    ++used_;
}

MemoEntry* CellMemo::added(ColumnType type, std::string_view text) {
    if (entries_.size() == most) return nullptr;  // enough: the known ones are still found
    Slot key = packed(text);
    key.id = texts_.id(text);
    MemoEntry& e = entries_.emplace_back();
    e.id = key.id;
    e.problem = parse_cell(type, text, e.cell);
    e.hash = text_hash(text);
    if (holds_value(e)) key.id |= valued_bit;
    index(key);
    return &e;
}

std::uint32_t CellMemo::valued_id_slowly(ColumnType type, std::string_view text) {
    if (const Slot* s = find(text, packed(text))) return s->id & valued_bit ? s->id & ~valued_bit : GroupKeys::none;
    const MemoEntry* e = added(type, text);
    return e && holds_value(*e) ? e->id : GroupKeys::none;
}

}  // namespace claimcheck
