// A column's cells remembered by their text (cell_memo.hpp).
#include "engine/tables/cell_memo.hpp"

#include "engine/core/unaligned.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

std::size_t slot_of(const std::uint64_t* words, std::size_t length) {
    std::uint64_t h = (words[0] * 0x9E3779B97F4A7C15ULL) ^ (words[1] * 0xBF58476D1CE4E5B9ULL) ^
                      (words[2] * 0x94D049BB133111EBULL) ^ (words[3] * 0xD6E8FEB86659FD93ULL) ^ length;
    h = (h ^ (h >> 29)) * 0x94D049BB133111EBULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

}  // namespace

// The bytes and the length tell texts apart: 16 to 32 bytes are the first 16 and the last 16
// (overlapping), 8 to 15 the first 8 and the last 8, 4 to 7 the first 4 and the last 4, fewer
// each byte.
CellMemo::Short CellMemo::packed(std::string_view text) {
    const char* p = text.data();
    const std::size_t n = text.size();
    Short key;
    key.length = static_cast<std::uint32_t>(n + 1);
    std::uint64_t* w = key.words;
    if (n >= 16) w[0] = load64(p), w[1] = load64(p + 8), w[2] = load64(p + n - 16), w[3] = load64(p + n - 8);
    else if (n >= 8) w[0] = load64(p), w[1] = load64(p + n - 8);
    else if (n >= 4) w[0] = load32(p) | (load32(p + n - 4) << 32);
    else
        for (std::size_t i = 0; i < n; ++i) w[0] |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    return key;
}

void CellMemo::index_short(const Short& key) {
    if ((short_count_ + 1) * 2 > shorts_.size()) {
        std::vector<Short> old(std::max<std::size_t>(8, shorts_.size() * 2));
        old.swap(shorts_);
        short_count_ = 0;
        for (const Short& s : old)
            if (s.length != 0) index_short(s);
    }
    const std::size_t mask = shorts_.size() - 1;
    std::size_t i = slot_of(key.words, key.length) & mask;
    while (shorts_[i].length != 0) i = (i + 1) & mask;
    shorts_[i] = key;
    ++short_count_;
}

MemoEntry* CellMemo::remembered(std::uint32_t id, ColumnType type, std::string_view text) {
    if (id < entries_.size()) return &entries_[id];
    MemoEntry& e = entries_.emplace_back();
    e.id = id;
    e.problem = parse_cell(type, text, e.cell);
    e.hash = text_hash(text);
    return &e;
}

MemoEntry* CellMemo::entry(ColumnType type, std::string_view text) {
    const bool full = entries_.size() == most;  // enough: the known ones are still found
    if (text.size() <= short_most) {
        Short key = packed(text);
        const std::size_t mask = shorts_.size() - 1;
        for (std::size_t i = slot_of(key.words, key.length) & mask; !shorts_.empty(); i = (i + 1) & mask) {
            const Short& s = shorts_[i];
            if (s.length == 0) break;
            if (s.same(key)) return &entries_[s.id];
        }
        if (full) return nullptr;
        key.id = texts_.id(text);
        index_short(key);
        return remembered(key.id, type, text);
    }
    const std::uint64_t hash = text_hash(text);
    if (full) {
        const std::uint32_t id = texts_.find(text, hash);
        return id == GroupKeys::none ? nullptr : &entries_[id];
    }
    return remembered(texts_.id(text, hash), type, text);
}

}  // namespace claimcheck
