#pragma once
// The way back from a text made out of another (an article folded for matching, the
// text of a Markdown or HTML file) to the original's byte offsets. Kept as pieces, not
// an offset per byte: a run copied byte for byte is one piece however long, so an
// article costs little more than its text.
#include <cstddef>
#include <vector>

namespace claimcheck {

class OffsetMap {
public:
    // The next `bytes` of the text come from the original's [from, to). The same number
    // of bytes is taken as a copy, byte for byte; any other as one whole (an entity, a
    // folded character, a run of white space made one space).
    void append(std::size_t bytes, std::size_t from, std::size_t to);
    // The original's bytes up to `to` were dropped into the text's last byte (white space
    // folded away, a character nobody sees): it now reaches over them.
    void stretch(std::size_t to);

    std::size_t size() const { return size_; }  // bytes of the text mapped
    std::size_t origin(std::size_t i) const;    // where text byte i begins in the original
    std::size_t until(std::size_t i) const;     // just past where text byte i ends in the original

private:
    struct Piece {
        std::size_t at;    // where in the text it begins
        std::size_t from;  // the original's [from, to) it comes from
        std::size_t to;
        bool copied;       // byte for byte
    };
    const Piece& piece(std::size_t i) const;

    std::vector<Piece> pieces_;
    std::size_t size_ = 0;
};

}  // namespace claimcheck
