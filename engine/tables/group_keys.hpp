#pragma once
// A `by` column's keys, each interned as a small number the first time a scan meets it,
// so that a row's group costs one hash and, almost always, one comparison.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A fast hash of short text, eight bytes at a time; also what a scan's text lookups use.
std::uint64_t text_hash(std::string_view s);

// A `by` column's keys, each given a small number the first time it is seen. An open
// addressing table of hashes: a row costs one hash of its key and, almost always,
// one comparison with the right key. The keys are kept end to end in one string.
class GroupKeys {
public:
    static constexpr std::uint32_t none = UINT32_MAX;
    std::uint32_t id(std::string_view key) { return id(key, text_hash(key)); }
    // With the key's text_hash already made: a scan hashes a row's cell once for all its uses.
    std::uint32_t id(std::string_view key, std::uint64_t hash);
    std::uint32_t find(std::string_view key, std::uint64_t hash) const;  // none when not a key
    std::string_view key(std::uint32_t id) const {
        return std::string_view(bytes_).substr(ends_[id] - length(id), length(id));
    }
    std::size_t size() const { return ends_.size(); }

private:
    struct Slot {
        std::uint32_t hash = 0;  // the key's hash, high half
        std::uint32_t id = 0;    // the key's number + 1; 0: empty
    };
    std::size_t length(std::uint32_t id) const { return ends_[id] - (id == 0 ? 0 : ends_[id - 1]); }
    void grow();
    std::vector<Slot> slots_ = std::vector<Slot>(8);  // small: a table per group holds its distinct texts
    std::string bytes_;                // every key, end to end
    std::vector<std::uint64_t> ends_;  // where each key ends in bytes_
};

}  // namespace claimcheck
