// A worker's rows counted by class (row_cube.hpp).
#include "engine/tables/row_cube.hpp"

#include <algorithm>
#include <limits>

namespace claimcheck {

namespace {

std::uint64_t mixed(std::uint64_t key) {  // splitmix64's finalizer: the slot from every bit
    key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ULL;
    key = (key ^ (key >> 27)) * 0x94D049BB133111EBULL;
    return key ^ (key >> 31);
}

}  // namespace

RowCube::RowCube(std::size_t keys, std::size_t values)
    : keys_(keys), values_(values), stride_(3 + 4 * values),
      bits_(keys == 0 ? 64 : static_cast<unsigned>(64 / keys)),
      direct_bits_(keys == 0 ? 0 : static_cast<unsigned>(direct_log / keys)), direct_(std::size_t{1} << direct_log, 0),
      slots_(64, 0) {}

std::uint32_t RowCube::id(std::uint32_t c, std::size_t key) const {
    const std::uint64_t mask = bits_ >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits_) - 1;
    return static_cast<std::uint32_t>((at(c)[key_at] >> (bits_ * key)) & mask);
}

std::uint32_t RowCube::looked_up(const std::uint32_t* ids, std::size_t place) {
    std::uint64_t key = 0;
    for (std::size_t k = 0; k < keys_; ++k) key |= static_cast<std::uint64_t>(ids[k]) << (bits_ * k);
    const auto c = hashed(key);
    if (place != no_place && c != full_class) direct_[place] = static_cast<std::uint16_t>(c + 1);
    return c;
}

std::uint32_t RowCube::hashed(std::uint64_t key) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = mixed(key) & mask;; i = (i + 1) & mask) {
        const std::uint32_t slot = slots_[i];
        if (slot == 0) {
            if (classes_ == most) return full_class;
            const auto c = static_cast<std::uint32_t>(classes_++);
            slots_[i] = c + 1;
            words_.resize(classes_ * stride_, 0);
            at(c)[key_at] = key;
            for (std::size_t v = 0; v < values_; ++v) at(c)[value_at(v) + 2] = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::min());
            if (classes_ * 2 > slots_.size()) grow();
            return c;
        }
        if (at(slot - 1)[key_at] == key) return slot - 1;
    }
}

void RowCube::grow() {
    std::vector<std::uint32_t> slots(slots_.size() * 2, 0);
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t c = 0; c < classes_; ++c) {
        std::size_t i = mixed(at(c)[key_at]) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = c + 1;
    }
    slots_.swap(slots);
}

void RowCube::clear() {
    std::vector<std::uint64_t>().swap(words_);
    std::fill(direct_.begin(), direct_.end(), 0);
    slots_.assign(64, 0);
    classes_ = 0;
}

}  // namespace claimcheck
