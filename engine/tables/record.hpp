#pragma once
// One row of a table as its source hands it to the aggregates: each field's text,
// where it starts in the row as written, and the line it starts on, so that a
// malformed cell can be shown with a caret whatever the source.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Record {
    std::vector<std::string_view> fields;  // unescaped contents
    std::vector<std::uint32_t> offsets;    // where each field starts in `raw` (its opening quote if quoted)
    std::string_view raw;                  // the record as written, without its line end
    std::uint64_t line = 0;                // the line the record starts on
    std::string unescaped;                 // storage for fields that had "" escapes
};

}  // namespace claimcheck
