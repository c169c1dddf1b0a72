#include "engine/tables/csv/table_file.hpp"

#include "engine/core/utf8.hpp"

#include <algorithm>
#include <cstring>

namespace claimcheck {

namespace {

InputFile opened(const std::string& path) {
    auto file = open_resolved(path);
    if (auto* why = std::get_if<FileError>(&file)) throw ReadFailed(why->message());
    return std::move(std::get<InputFile>(file));
}

}  // namespace

TableFile::TableFile(const std::string& path) : file_(opened(path)) {}

void ByteBuffer::reserve(std::size_t n, std::size_t keep) {
    if (n <= capacity_) return;
    n = std::max(n, 2 * capacity_);  // doubling: a record longer than a block costs linear time
    std::unique_ptr<char[]> bigger(new char[n]);  // not zeroed: blocks are read over it
    if (keep > 0) std::memcpy(bigger.get(), bytes_.get(), keep);
    bytes_ = std::move(bigger);
    capacity_ = n;
}

DataError data_error(const std::string& file, std::uint64_t row, std::size_t column, std::string message,
                     std::string_view text, std::string_view raw, std::size_t offset) {
    DataError e;
    e.file = file;
    e.row = row;
    e.column = column;
    e.message = std::move(message);
    // A field that runs on over line ends (an unterminated quote) is shown up to its first.
    const std::size_t line_end = text.find('\n');
    e.text = displayable(text.substr(0, line_end)) + (line_end == std::string_view::npos ? "" : "\u2026");
    // The whole line: the error shows the part around the field, however far along it is.
    const std::string_view first_line = raw.substr(0, raw.find('\n'));
    const std::string_view shown = first_line.substr(0, first_line.size() - (first_line.ends_with('\r') ? 1 : 0));
    e.line = displayable(shown, shown.size() * 3);
    if (offset <= first_line.size())
        e.character = utf8_characters(displayable(first_line.substr(0, offset), first_line.size() * 3)) + 1;
    return e;
}

}  // namespace claimcheck
