// Interning a `by` column's keys: an open addressing table of hashes over keys kept end to end.
#include "engine/tables/group_keys.hpp"

#include "engine/core/unaligned.hpp"

namespace claimcheck {

// Splitmix64's mixing; the last bytes are read as one word that may overlap the one before,
// never byte by byte.
std::uint64_t text_hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t last = 0;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            h = (h ^ load64(p + i)) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        last = load64(p + n - 8);
    } else if (n >= 4) {
        last = load32(p) | (load32(p + n - 4) << 32);
    } else if (n > 0) {
        last = static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    // Splitmix64's whole finalizer: every bit of the text reaches the low bits a table indexes
    // by (one multiply leaves 2023-01 .. 2023-12 in the same slot).
    h ^= last;
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

namespace {

bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (b.size() <= 8 && b.size() >= 4)  // two overlapping words: no call to memcmp
        return load32(a.data()) == load32(b.data()) && load32(a.data() + a.size() - 4) == load32(b.data() + b.size() - 4);
    if (b.size() > 8 && b.size() <= 16)
        return load64(a.data()) == load64(b.data()) && load64(a.data() + a.size() - 8) == load64(b.data() + b.size() - 8);
    return b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0;
}

}  // namespace

std::uint32_t GroupKeys::find(std::string_view key, std::uint64_t h) const {
    const auto high = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.id == 0) return none;
        if (slot.hash == high && same_text(this->key(slot.id - 1), key)) return slot.id - 1;
    }
}

std::uint32_t GroupKeys::id(std::string_view key, std::uint64_t h) {
    const auto high = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.id == 0) {
            slot = {high, static_cast<std::uint32_t>(ends_.size() + 1)};
            bytes_ += key;
            ends_.push_back(bytes_.size());
            if (ends_.size() * 2 > slots_.size()) grow();
            return static_cast<std::uint32_t>(ends_.size() - 1);
        }
        if (slot.hash == high && same_text(this->key(slot.id - 1), key)) return slot.id - 1;
    }
}

void GroupKeys::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.id == 0) continue;
        std::size_t i = text_hash(key(s.id - 1)) & mask;
        while (slots_[i].id != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

}  // namespace claimcheck
