#include "source.hpp"

#include <algorithm>

namespace claimcheck {

namespace {
bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
    if (text_.rfind("\xEF\xBB\xBF", 0) == 0) text_.erase(0, 3);
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
        if (text_[i] == '\n' || text_[i] == '\r') line_starts_.push_back(i + 1);
    }
}

Location SourceFile::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    std::size_t start = line_starts_[line_index];
    int column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if (!is_continuation_byte(text_[i])) ++column;
    return {static_cast<int>(line_index) + 1, column};
}

Location SourceFile::locate_from(std::size_t from, Location at_from, std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    if (from < line_starts_[line_index] || from > offset) return locate(offset);  // another line, or behind
    int column = at_from.column;
    for (std::size_t i = from; i < offset; ++i)
        if (!is_continuation_byte(text_[i])) ++column;
    return {static_cast<int>(line_index) + 1, column};
}

std::string_view SourceFile::line(int number) const {
    if (number < 1 || static_cast<std::size_t>(number) > line_starts_.size()) return {};
    std::size_t start = line_starts_[static_cast<std::size_t>(number) - 1];
    std::size_t end = start;
    while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
    return std::string_view(text_).substr(start, end - start);
}

std::size_t SourceFile::begin_of(const boost::spirit::x3::position_tagged& node) const {
    return node.id_first < 0 ? 0 : positions_.at(static_cast<std::size_t>(node.id_first));
}

std::size_t SourceFile::end_of(const boost::spirit::x3::position_tagged& node) const {
    return node.id_last < 0 ? 0 : positions_.at(static_cast<std::size_t>(node.id_last));
}

Location SourceFile::locate(const boost::spirit::x3::position_tagged& node) const {
    return locate(begin_of(node));
}

std::string_view SourceFile::text_of(const boost::spirit::x3::position_tagged& node) const {
    std::size_t begin = begin_of(node);
    return std::string_view(text_).substr(begin, end_of(node) - begin);
}

}  // namespace claimcheck
