#pragma once
// The cells of one column a worker has read, by their text: a column of a few hundred
// distinct values (months, forces, ages) is parsed and hashed once a value, and its group,
// lookup and one-column filters found once a value, not once a row. Past CellMemo::most
// distinct texts no more are remembered: a new one is read row by row.
#include "engine/core/unaligned.hpp"
#include "engine/tables/group_keys.hpp"
#include "engine/tables/record.hpp"
#include "engine/tables/table_cell.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
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
        if (const Slot* s = find(text, packed(text))) return &entries_[s->id & ~valued_bit];
        return added(type, text);
    }
    // The text's id when its cell holds a value (parse_cell read it, with no suppression marker
    // and no total label), found without reading its entry; GroupKeys::none when it holds none,
    // or is not remembered. `wide`: Record::wide_read bytes from the text's start may be read.
    // Inline, with no call on its way to a text already seen: a scan asks at every key cell.
    [[gnu::always_inline]] std::uint32_t valued_id(ColumnType type, std::string_view text, bool wide) {
        if (wide && !slots_.empty()) {
            const Slot key = wide_key(text);
            for (std::size_t i = place_of(key);; i = (i + 1) & mask_) {
                const Slot& s = slots_[i];
                if (s.same(key) && (text.size() <= whole_most || same_middle(texts_.key(s.id & ~valued_bit), text)))
                    return s.id & valued_bit ? s.id & ~valued_bit : GroupKeys::none;
                if (s.length == 0) break;
            }
        }
        return valued_id_slowly(type, text);
    }
    MemoEntry& at(std::uint32_t id) { return entries_[id]; }
    std::string_view text(std::uint32_t id) const { return texts_.key(id); }

private:
    // A text is found by its length and bytes held in four words, compared as integers with no
    // hash of the text: every byte of a text of up to 32 (most cells: months, ages, counts,
    // names, categories), and the first and last 16 of a longer one, whose bytes are then
    // compared with the remembered text's.
    static constexpr std::size_t whole_most = 32;
    static_assert(whole_most <= Record::wide_read, "a short text is read whole in one wide read");
    struct Slot {
        std::uint64_t words[4] = {0, 0, 0, 0};  // the bytes, zero past the text's end (see packed)
        std::uint32_t length = 0;               // + 1: 0 is an empty slot
        std::uint32_t id = 0;                   // its top bit: the cell holds a value
        bool same(const Slot& o) const {
            return words[0] == o.words[0] && words[1] == o.words[1] && words[2] == o.words[2] &&
                   words[3] == o.words[3] && length == o.length;
        }
    };
    static constexpr std::uint32_t valued_bit = 1U << 31;
    // Up to 32 bytes in order, zero after them; the first 16 and the last 16 of a longer text.
    static Slot packed(std::string_view text) {
        const std::size_t n = text.size();
        char bytes[whole_most] = {};
        if (n <= whole_most) std::memcpy(bytes, text.data(), n);
        else std::memcpy(bytes, text.data(), 16), std::memcpy(bytes + 16, text.data() + n - 16, 16);
        Slot key;
        key.length = static_cast<std::uint32_t>(n + 1);
        for (std::size_t i = 0; i < 4; ++i) key.words[i] = load64(bytes + 8 * i);
        return key;
    }
    // What packed makes of a text whose first 32 bytes may be read (Record::wide), without a
    // branch on its length, which varies from row to row in most columns: four words loaded, from
    // its start and (for a longer text) its last 16 bytes, and the bytes past a short one's end
    // masked off.
    static Slot wide_key(std::string_view text) {
        static constexpr unsigned char ones_then_zeros[2 * whole_most] = {
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
            0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
        const std::size_t n = text.size();
        const bool whole = n <= whole_most;
        const char* p = text.data();
        const char* last = whole ? p + 16 : p + n - 16;
        const char* mask = reinterpret_cast<const char*>(ones_then_zeros) + whole_most - (whole ? n : whole_most);
        Slot key;
        key.length = static_cast<std::uint32_t>(n + 1);
        key.words[0] = load64(p) & load64(mask);
        key.words[1] = load64(p + 8) & load64(mask + 8);
        key.words[2] = load64(last) & load64(mask + 16);
        key.words[3] = load64(last + 8) & load64(mask + 24);
        return key;
    }
    // Whether two texts of the same length, over 32 bytes, alike in their first and last 16, are
    // alike between: a word at a time, the last word overlapping, with no call.
    static bool same_middle(std::string_view a, std::string_view b) {
        const std::size_t n = a.size();
        for (std::size_t i = 16; i < n - 16; i += 8) {
            const std::size_t at = std::min(i, n - 24);
            if (load64(a.data() + at) != load64(b.data() + at)) return false;
        }
        return true;
    }
    // The key's first slot: its words folded into one and multiplied by 2^64 over the golden
    // ratio, whose top bits (Fibonacci hashing) depend on every bit folded in; one multiply, as
    // the slot is waited for at every key cell.
    std::size_t place_of(const Slot& key) const {
        const std::uint64_t* w = key.words;
        const std::uint64_t folded = w[0] ^ std::rotl(w[1], 16) ^ std::rotl(w[2], 32) ^ std::rotl(w[3], 48) ^ key.length;
        return static_cast<std::size_t>((folded * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    // The slot of the text, packed as key, or null.
    const Slot* find(std::string_view text, const Slot& key) const {
        if (slots_.empty()) return nullptr;
        for (std::size_t i = place_of(key);; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.length == 0) return nullptr;
            if (s.same(key) && (text.size() <= whole_most || texts_.key(s.id & ~valued_bit) == text)) return &s;
        }
    }
    static bool holds_value(const MemoEntry& e) { return !e.problem && !e.cell.withheld && !e.cell.total; }
    MemoEntry* added(ColumnType type, std::string_view text);  // a text not seen yet; null when full
    std::uint32_t valued_id_slowly(ColumnType type, std::string_view text);  // new or not wide
    void index(const Slot& key);

    GroupKeys texts_;
    std::vector<MemoEntry> entries_;  // by the text's id in texts_
    // Open addressing, under a quarter full: a text is nearly always in its first slot, and a
    // probe seldom goes on (a branch the processor would mispredict).
    std::vector<Slot> slots_;  // made at the first text: a memo never used costs nothing
    std::size_t mask_ = 0;     // slots_.size() - 1
    unsigned shift_ = 64;      // 64 - log2(slots_.size())
    std::size_t used_ = 0;
};

}  // namespace claimcheck
