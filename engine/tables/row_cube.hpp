#pragma once
// A worker's rows counted by the cells that decide what they count for. Rows whose key
// cells (those the filters, the `by`s and the aggregates other than sums read) hold the same
// texts fall into one class, named by the texts' ids (CellMemo); a class keeps its rows, its
// first row, and for each summed column the sum, the largest addend and its first row. The
// queries are answered from the classes once, at the end: a row costs a lookup and a few
// additions however many queries a run asks (a draft asks hundreds). Knows no queries.
#include <cstdint>
#include <vector>

namespace claimcheck {

class RowCube {
public:
    static constexpr std::size_t most_keys = 5;       // key columns: 12 bits of a 64-bit key each
    // Classes a worker holds: few enough to stay in the processor's cache (under 1 MB with one
    // summed column). Past them a lookup would wait on memory at every row, slower than tallying
    // the row: a scan stops counting by class once the cube is full.
    static constexpr std::size_t most = 1 << 14;
    static_assert(most < UINT16_MAX, "a class + 1 is held in 16 bits in the direct table");
    RowCube(std::size_t keys, std::size_t values);

    // The class of a row with these key ids (one per key column), made when new (with no rows
    // yet); `full` when the cube holds `most` classes already. A plain number, not an optional:
    // an optional made and read at every row stalls on its two stores read as one load.
    static constexpr std::uint32_t full_class = UINT32_MAX;
    std::uint32_t class_of(const std::uint32_t* ids) {
        // Small ids (under 64 each for two keys, 16 for three) index a table directly: most keys
        // (months, areas, categories, ages) have so few values, and then a row neither hashes its
        // key nor compares it. Inline: a scan asks at every row.
        std::size_t place = 0;
        bool small = true;
        for (std::size_t k = 0; k < keys_; ++k) {
            small = small && ids[k] < (std::size_t{1} << direct_bits_);
            place |= static_cast<std::size_t>(ids[k]) << (direct_bits_ * k);
        }
        if (small && direct_[place] != 0) return direct_[place] - 1U;
        return looked_up(ids, small ? place : no_place);
    }
    // Counts a row of the class with its summed cells (whole numbers of 64 bits): the v-th is
    // numbers[places[v]] (a scan passes the row's numbers by column, and the cube's columns). A
    // sum holds 128 bits: 2^64 rows of the largest such number would not leave them.
    void add(std::uint32_t c, const std::int64_t* numbers, const std::size_t* places, std::uint64_t line) {
        std::uint64_t* w = at(c);
        if (w[rows_at]++ == 0) w[first_at] = line;
        for (std::size_t v = 0; v < values_; ++v) {
            std::uint64_t* s = w + value_at(v);
            const std::int64_t x = numbers[places[v]];
            const auto sum = static_cast<unsigned __int128>(sum_of(s) + x);
            s[0] = static_cast<std::uint64_t>(sum), s[1] = static_cast<std::uint64_t>(sum >> 64);
            if (x > static_cast<std::int64_t>(s[2])) s[2] = static_cast<std::uint64_t>(x), s[3] = line;
        }
    }

    std::size_t size() const { return classes_; }
    bool full() const { return classes_ == most; }
    std::uint32_t id(std::uint32_t c, std::size_t key) const;  // the class's key id
    std::uint64_t rows(std::uint32_t c) const { return at(c)[rows_at]; }
    std::uint64_t first(std::uint32_t c) const { return at(c)[first_at]; }
    __int128 sum(std::uint32_t c, std::size_t v) const { return sum_of(at(c) + value_at(v)); }
    std::int64_t largest(std::uint32_t c, std::size_t v) const {
        return static_cast<std::int64_t>(at(c)[value_at(v) + 2]);
    }
    std::uint64_t largest_line(std::uint32_t c, std::size_t v) const { return at(c)[value_at(v) + 3]; }
    void clear();  // frees every class

private:
    // A class is `stride_` words: its key, rows, first row, then per summed column its sum (two
    // words), largest addend and that addend's first row; all in one place, so a row touches one
    // or two cache lines.
    static constexpr std::size_t key_at = 0, rows_at = 1, first_at = 2;
    static std::size_t value_at(std::size_t v) { return 3 + 4 * v; }
    const std::uint64_t* at(std::uint32_t c) const { return &words_[c * stride_]; }
    std::uint64_t* at(std::uint32_t c) { return &words_[c * stride_]; }
    // The class of ids not in the direct table (`place` there when they are small, else no_place),
    // made when new.
    static constexpr std::size_t no_place = SIZE_MAX;
    std::uint32_t looked_up(const std::uint32_t* ids, std::size_t place);
    std::uint32_t hashed(std::uint64_t key);  // the class of a whole key, made when new
    void grow();
    static __int128 sum_of(const std::uint64_t* s) {  // two words, low first
        return static_cast<__int128>((static_cast<unsigned __int128>(s[1]) << 64) | s[0]);
    }

    std::size_t keys_;
    std::size_t values_;
    std::size_t stride_;
    unsigned bits_;                      // per key id
    static constexpr unsigned direct_log = 12;  // the direct table's 4096 places
    unsigned direct_bits_;               // per key id, in a direct place
    std::vector<std::uint16_t> direct_;  // class + 1 by small ids (at most `most`); 0: none yet
    std::vector<std::uint64_t> words_;   // the classes, stride_ words each
    std::vector<std::uint32_t> slots_;   // open addressing by key: class + 1, 0 empty
    std::size_t classes_ = 0;
};

}  // namespace claimcheck
