#include "engine/core/source.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
constexpr std::size_t block = 64;  // bytes a block of the code point table
}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), positions_(std::make_shared<const std::vector<std::size_t>>()) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        if (text[i] == '\n' || text[i] == '\r') starts.push_back(i + 1);
    }
    std::vector<std::size_t> points;
    std::size_t counted = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % block == 0) points.push_back(counted);
        if (!is_continuation_byte(text[i])) ++counted;
    }
    points.push_back(counted);  // the end, when the text is a whole number of blocks
    text_ = std::make_shared<const std::string>(std::move(text));
    line_starts_ = std::make_shared<const std::vector<std::size_t>>(std::move(starts));
    points_ = std::make_shared<const std::vector<std::size_t>>(std::move(points));
}

std::size_t SourceFile::points_before(std::size_t offset) const {
    std::size_t counted = (*points_)[offset / block];
    for (std::size_t i = offset / block * block; i < offset; ++i)
        if (!is_continuation_byte(text()[i])) ++counted;
    return counted;
}

Location SourceFile::locate(std::size_t offset) const {
    offset = std::min(offset, text().size());
    auto next = std::upper_bound(line_starts_->begin(), line_starts_->end(), offset);
    auto line_index = static_cast<std::size_t>(next - line_starts_->begin()) - 1;
    std::size_t start = (*line_starts_)[line_index];
    const auto column = static_cast<int>(points_before(offset) - points_before(start)) + 1;
    return {static_cast<int>(line_index) + 1, column};
}

Location SourceFile::locate_from(std::size_t from, Location at_from, std::size_t offset) const {
    offset = std::min(offset, text().size());
    auto next = std::upper_bound(line_starts_->begin(), line_starts_->end(), offset);
    auto line_index = static_cast<std::size_t>(next - line_starts_->begin()) - 1;
    if (from < (*line_starts_)[line_index] || from > offset) return locate(offset);  // another line, or behind
    int column = at_from.column;
    for (std::size_t i = from; i < offset; ++i)
        if (!is_continuation_byte(text()[i])) ++column;
    return {static_cast<int>(line_index) + 1, column};
}

std::string_view SourceFile::line(int number) const {
    if (number < 1 || static_cast<std::size_t>(number) > line_starts_->size()) return {};
    std::size_t start = (*line_starts_)[static_cast<std::size_t>(number) - 1];
    // The next line's start, less the line end before it: no walk along a long line.
    std::size_t end = static_cast<std::size_t>(number) < line_starts_->size()
                          ? (*line_starts_)[static_cast<std::size_t>(number)] : text().size();
    while (end > start && (text()[end - 1] == '\n' || text()[end - 1] == '\r')) --end;
    return std::string_view(text()).substr(start, end - start);
}

std::size_t SourceFile::position(int id) const {
    return id < 0 ? 0 : positions_->at(static_cast<std::size_t>(id));
}

}  // namespace claimcheck
