#pragma once
// An RFC 4180 record reader over a byte buffer that the caller refills: a
// record cut off by the buffer's end is reported as incomplete, and read
// again whole once more bytes follow. Unquoted fields and quoted fields
// without "" escapes are views into the buffer; nothing is copied for them.
#include "engine/tables/record.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

// A UTF-8 byte order mark's length at the start of data (0 or 3).
std::size_t bom_length(std::string_view data);

// The encoding data starts in when it is plainly not UTF-8: "UTF-16" or "UTF-32" by a byte order
// mark, or "UTF-16" by ASCII letters each with a zero byte beside it (Excel's "Unicode Text"
// saves so); nothing otherwise.
std::optional<std::string_view> other_encoding(std::string_view data);

// Why a record could not be read: its field (1-based), the message, and the field's text.
struct CsvProblem {
    std::size_t field = 0;
    std::string message;
    std::string_view text;
    std::uint32_t offset = 0;  // where the field starts in the record
    std::string_view raw;      // the record as far as it could be read
    std::uint64_t line = 0;    // the line the record starts on
    bool invalid_utf8 = false;  // its bytes are not UTF-8 (a file in another encoding, often)
};

class CsvReader {
public:
    enum class Status { record, incomplete, end, error };

    explicit CsvReader(char delimiter, std::uint64_t first_line = 1);

    // Reads the record that starts at data[pos]. `record`: `out` holds it and pos is past
    // its line end. `incomplete`: more bytes are needed (never when `final`); pos is left at
    // the record's start. `end`: no bytes left and `final`. `error`: problem() says why and
    // pos is past the bad record's line end when it could be found (so a lenient caller may
    // go on), else at data's end. Blank lines are skipped: they are no records.
    Status next(std::string_view data, std::size_t& pos, bool final, Record& out);

    // Finds how far data holds only printable ASCII and LF, one pass over the block: a record
    // that ends by then needs no check for bad UTF-8 or control characters. Call it again
    // whenever data's bytes change (the caller's buffer is refilled in place).
    void survey(std::string_view data);

    // Moves pos past blank lines; false when the bytes so far cannot tell (a CR at the end).
    // Inline for the usual answer, a record starting at pos: a scan asks before every record.
    bool skip_blank_lines(std::string_view data, std::size_t& pos, bool final) {
        if (pos < data.size() && data[pos] != '\n' && data[pos] != '\r') return true;
        return skip_blank_lines_from(data, pos, final);
    }

    const CsvProblem& problem() const { return problem_; }
    std::uint64_t line() const { return line_; }  // the line the next record starts on
    char delimiter() const { return delimiter_; }

private:
    enum class Field { ok, incomplete, error };
    bool skip_blank_lines_from(std::string_view data, std::size_t& pos, bool final);
    std::size_t special_at(const char* d, std::size_t p, std::size_t size) const;
    Field quoted_field(std::string_view data, std::size_t& p, bool final, Record& out,
                       std::size_t start, std::uint64_t& newlines);
    Status fail(std::string_view data, std::size_t& pos, std::size_t start, bool final,
                std::size_t field, std::string message, std::size_t field_start,
                std::size_t field_end);

    char delimiter_;
    std::uint64_t line_;
    bool special_[256];  // bytes that end an unquoted run: the delimiter, LF, a quote
    std::vector<std::pair<std::size_t, std::size_t>> escaped_;  // (field, offset in `unescaped`)
    CsvProblem problem_;
    const char* surveyed_ = nullptr;  // the data survey() last looked at
    std::size_t plain_ = 0;           // its bytes before this are printable ASCII or LF
};

}  // namespace claimcheck
