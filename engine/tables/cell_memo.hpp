#pragma once
// The cells of one column a worker has read, by their text: a column of a few hundred
// distinct values (months, forces, ages) is parsed and hashed once a value, and its group,
// lookup and one-column filters found once a value, not once a row. Past CellMemo::most
// distinct texts no more are remembered: a new one is read row by row.
#include "engine/core/unaligned.hpp"
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
    MemoEntry* entry(ColumnType type, std::string_view text) {
        if (const Slot* s = find(text)) return &entries_[s->id & ~valued_bit];
        return added(type, text);
    }
    // The text's id when its cell holds a value (parse_cell read it, with no suppression marker
    // and no total label), found without reading its entry; GroupKeys::none when it holds none,
    // or is not remembered.
    std::uint32_t valued_id(ColumnType type, std::string_view text) {
        if (const Slot* s = find(text)) return s->id & valued_bit ? s->id & ~valued_bit : GroupKeys::none;
        const MemoEntry* e = added(type, text);
        return e && holds_value(*e) ? e->id : GroupKeys::none;
    }
    MemoEntry& at(std::uint32_t id) { return entries_[id]; }
    std::string_view text(std::uint32_t id) const { return texts_.key(id); }

private:
    // A text is found by its length and bytes held in four words, compared as integers with no
    // hash of the text: every byte of a text of up to 32 (most cells: months, ages, counts,
    // names, categories), and the first and last 16 of a longer one, whose bytes are then
    // compared with the remembered text's.
    static constexpr std::size_t whole_most = 32;
    struct Slot {
        std::uint64_t words[4] = {0, 0, 0, 0};  // the bytes, in words that may overlap (see packed)
        std::uint32_t length = 0;               // + 1: 0 is an empty slot
        std::uint32_t id = 0;                   // its top bit: the cell holds a value
        bool same(const Slot& o) const {
            return words[0] == o.words[0] && words[1] == o.words[1] && words[2] == o.words[2] &&
                   words[3] == o.words[3] && length == o.length;
        }
    };
    static constexpr std::uint32_t valued_bit = 1U << 31;
    // 16 bytes and more are the first 16 and the last 16 (overlapping up to 32), 8 to 15 the
    // first 8 and the last 8, 4 to 7 the first 4 and the last 4, fewer each byte.
    static Slot packed(std::string_view text) {
        const char* p = text.data();
        const std::size_t n = text.size();
        Slot key;
        key.length = static_cast<std::uint32_t>(n + 1);
        std::uint64_t* w = key.words;
        if (n >= 16) w[0] = load64(p), w[1] = load64(p + 8), w[2] = load64(p + n - 16), w[3] = load64(p + n - 8);
        else if (n >= 8) w[0] = load64(p), w[1] = load64(p + n - 8);
        else if (n >= 4) w[0] = load32(p) | (load32(p + n - 4) << 32);
        else
            for (std::size_t i = 0; i < n; ++i) w[0] |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
        return key;
    }
    static std::size_t place_of(const Slot& key) {
        const std::uint64_t* w = key.words;
        std::uint64_t h = (w[0] * 0x9E3779B97F4A7C15ULL) ^ (w[1] * 0xBF58476D1CE4E5B9ULL) ^
                          (w[2] * 0x94D049BB133111EBULL) ^ (w[3] * 0xD6E8FEB86659FD93ULL) ^ key.length;
        h = (h ^ (h >> 29)) * 0x94D049BB133111EBULL;
        return static_cast<std::size_t>(h ^ (h >> 32));
    }
    // The text's slot, or null. Inline, as entry and valued_id are: a scan asks at every key cell.
    const Slot* find(std::string_view text) const {
        if (slots_.empty()) return nullptr;
        const Slot key = packed(text);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = place_of(key) & mask;; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.length == 0) return nullptr;
            if (s.same(key) && (text.size() <= whole_most || texts_.key(s.id & ~valued_bit) == text)) return &s;
        }
    }
    static bool holds_value(const MemoEntry& e) { return !e.problem && !e.cell.withheld && !e.cell.total; }
    MemoEntry* added(ColumnType type, std::string_view text);  // a text not seen yet; null when full
    void index(const Slot& key);

    GroupKeys texts_;
    std::vector<MemoEntry> entries_;  // by the text's id in texts_
    std::vector<Slot> slots_;  // made at the first text: a memo never used costs nothing
    std::size_t used_ = 0;
};

}  // namespace claimcheck
