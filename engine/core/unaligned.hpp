#pragma once
// Four or eight bytes of text read as one integer, wherever they lie (memcpy: no alignment or
// aliasing trouble; the compiler makes it one load): what hashing and comparing short texts
// a word at a time is built on.
#include <cstdint>
#include <cstring>

namespace claimcheck {

inline std::uint64_t load64(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

inline std::uint64_t load32(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}

}  // namespace claimcheck
