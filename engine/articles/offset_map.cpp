// Pieces of text and the original bytes each comes from, merged while they run on byte for byte.
#include "engine/articles/offset_map.hpp"

#include <algorithm>

namespace claimcheck {

void OffsetMap::append(std::size_t bytes, std::size_t from, std::size_t to) {
    const bool copied = bytes == to - from;
    if (bytes == 0) return;
    if (copied && !pieces_.empty() && pieces_.back().copied && pieces_.back().to == from)
        pieces_.back().to = to;
    else
        pieces_.push_back({size_, from, to, copied});
    size_ += bytes;
}

void OffsetMap::stretch(std::size_t to) {
    if (pieces_.empty() || pieces_.back().to >= to) return;
    Piece& last = pieces_.back();
    if (last.copied && size_ - last.at > 1) {  // the last byte alone reaches over what was dropped
        last.to -= 1;
        pieces_.push_back({size_ - 1, last.to, to, false});
        return;
    }
    last.to = to;
    last.copied = false;
}

const OffsetMap::Piece& OffsetMap::piece(std::size_t i) const {
    auto after = std::upper_bound(pieces_.begin(), pieces_.end(), i, [](std::size_t k, const Piece& p) { return k < p.at; });
    return *(after - 1);
}

std::size_t OffsetMap::origin(std::size_t i) const {
    if (pieces_.empty()) return 0;
    if (i >= size_) return pieces_.back().to;
    const Piece& p = piece(i);
    return p.copied ? p.from + (i - p.at) : p.from;
}

std::size_t OffsetMap::until(std::size_t i) const {
    if (pieces_.empty()) return 0;
    if (i >= size_) return pieces_.back().to;
    const Piece& p = piece(i);
    return p.copied ? p.from + (i - p.at) + 1 : p.to;
}

}  // namespace claimcheck
