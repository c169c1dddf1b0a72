#pragma once
// One row of a table as its source hands it to the aggregates: each field's text,
// where it starts in the row as written, and the line it starts on, so that a
// malformed cell can be shown with a caret whatever the source.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Record {
    // How far past a field's start a reader may load bytes (and mask off those past its end) when
    // the field lies in `slack`: a scan's buffer holds this many more bytes than it fills.
    static constexpr std::size_t wide_read = 32;
    std::vector<std::string_view> fields;  // unescaped contents
    std::vector<std::uint32_t> offsets;    // where each field starts in `raw` (its opening quote if quoted)
    std::string_view raw;                  // the record as written, without its line end
    std::uint64_t line = 0;                // the line the record starts on
    std::string unescaped;                 // storage for fields that had "" escapes
    std::string_view slack;                // bytes each with wide_read readable bytes from it; may be empty

    // Whether wide_read bytes from the field's start may be read.
    bool wide(std::string_view field) const {
        const auto at = reinterpret_cast<std::uintptr_t>(field.data()), from = reinterpret_cast<std::uintptr_t>(slack.data());
        return at >= from && at < from + slack.size();
    }
};

}  // namespace claimcheck
