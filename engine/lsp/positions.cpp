// UTF-16 positions over UTF-8 text, and file:// URIs.
#include "engine/lsp/positions.hpp"

#include "engine/core/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace claimcheck::lsp {

nlohmann::json to_json(const Position& position) {
    return {{"line", position.line}, {"character", position.character}};
}

nlohmann::json to_json(const Range& range) { return {{"start", to_json(range.start)}, {"end", to_json(range.end)}}; }

std::optional<Position> position_from(const nlohmann::json& value) {
    if (!value.is_object()) return std::nullopt;
    const auto line = value.find("line"), character = value.find("character");
    const auto whole = [&](nlohmann::json::const_iterator n) {
        return n != value.end() && (n->is_number_unsigned() || (n->is_number_integer() && n->get<std::int64_t>() >= 0));
    };
    if (!whole(line) || !whole(character)) return std::nullopt;
    // Beyond any document's size: clamped to the text when used.
    const auto clamp = [](const nlohmann::json& n) { return static_cast<int>(std::min<std::uint64_t>(n.get<std::uint64_t>(), 1u << 30)); };
    return Position{clamp(*line), clamp(*character)};
}

namespace {

// Bytes of the character at text[i]; an invalid byte counts as one character, as U+FFFD.
std::size_t char_bytes(std::string_view text, std::size_t i) { return std::max<std::size_t>(1, sequence_length(text, i)); }

// UTF-16 units of the character at text[i]: two for a code point past U+FFFF (four UTF-8 bytes).
int units(std::size_t bytes) { return bytes == 4 ? 2 : 1; }

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        // LF, CRLF or a lone CR ends a line, as SourceFile counts them and LSP does.
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            starts_.push_back(i + 1);
    }
}

std::string_view LineIndex::line(int number) const {
    if (number < 0 || number >= lines()) return {};
    const std::size_t begin = starts_[static_cast<std::size_t>(number)];
    std::size_t end = number + 1 < lines() ? starts_[static_cast<std::size_t>(number) + 1] : text_.size();
    while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
    return text_.substr(begin, end - begin);
}

Position LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const int number = static_cast<int>(after - starts_.begin()) - 1;
    const std::size_t begin = starts_[static_cast<std::size_t>(number)];
    int character = 0;
    for (std::size_t i = begin; i < offset;) {
        const std::size_t n = char_bytes(text_, i);
        character += units(n);
        i += n;
    }
    return {number, character};
}

Position LineIndex::at(const Location& location) const {
    const int number = std::clamp(location.line - 1, 0, lines() - 1);
    const std::string_view text = line(number);
    int character = 0, points = 1;
    for (std::size_t i = 0; i < text.size() && points < location.column; ++points) {
        const std::size_t n = char_bytes(text, i);
        character += units(n);
        i += n;
    }
    return {number, character};
}

std::size_t LineIndex::offset(const Position& position) const {
    if (position.line >= lines()) return text_.size();
    const int number = std::max(position.line, 0);
    const std::size_t begin = starts_[static_cast<std::size_t>(number)];
    const std::string_view text = line(number);
    std::size_t i = 0;
    for (int character = 0; i < text.size() && character < position.character;) {
        const std::size_t n = char_bytes(text, i);
        character += units(n);
        i += n;
    }
    return begin + i;
}

Range LineIndex::rest_of_line(const Location& location) const {
    const Position start = at(location);
    Position end = at(starts_[static_cast<std::size_t>(start.line)] + line(start.line).size());
    if (end.character <= start.character) end.character = start.character + 1;  // a place at the end of its line
    return {start, end};
}

namespace {

bool unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<std::string> path_of(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.substr(0, scheme.size()) != scheme) return std::nullopt;
    uri.remove_prefix(scheme.size());
    if (const auto slash = uri.find('/'); slash != 0) {  // file://host/path: only the local host is ours
        if (slash == std::string_view::npos || uri.substr(0, slash) != "localhost") return std::nullopt;
        uri.remove_prefix(slash);
    }
    std::string out;
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2])));
            i += 2;
        } else if (uri[i] == '?' || uri[i] == '#') {
            break;
        } else {
            out.push_back(uri[i]);
        }
    }
    if (out.empty() || out.find('\0') != std::string::npos) return std::nullopt;
    return out;
}

std::string uri_of(std::string_view path) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "file://";
    for (unsigned char c : path) {
        if (unreserved(c)) {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(digits[c >> 4]);
            out.push_back(digits[c & 15]);
        }
    }
    return out;
}

}  // namespace claimcheck::lsp
