#pragma once
// Places in a document as the protocol names them, and as claimcheck does. LSP positions
// are 0-based lines and UTF-16 code units (the protocol's default encoding, which every
// client supports); claimcheck's are 1-based lines and columns in code points over UTF-8
// bytes. Documents are named by file:// URIs, percent-encoded.
#include "engine/core/source.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::lsp {

struct Position {
    int line = 0;       // 0-based
    int character = 0;  // 0-based, in UTF-16 code units
};

struct Range {
    Position start;
    Position end;
};

nlohmann::json to_json(const Position& position);
nlohmann::json to_json(const Range& range);
// A position from a request's params, or nothing when it is not one.
std::optional<Position> position_from(const nlohmann::json& value);

// Where each line of a text starts, and the way between byte offsets and positions.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);

    int lines() const { return static_cast<int>(starts_.size()); }
    // A byte offset (clamped to the text) as a position.
    Position at(std::size_t offset) const;
    // A claimcheck location (1-based line, column in code points) as a position.
    Position at(const Location& location) const;
    // The byte offset of a position; past a line's end is its end, past the last line the text's end.
    std::size_t offset(const Position& position) const;
    // From a location to the end of its line: where a message about it is underlined.
    Range rest_of_line(const Location& location) const;
    // The bytes of one line (0-based), without its line ending.
    std::string_view line(int number) const;

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

// "file:///home/a%20b/x.claims" -> "/home/a b/x.claims"; nothing for another scheme.
std::optional<std::string> path_of(std::string_view uri);
// The other way: every byte outside the URI's unreserved characters and '/' is percent-encoded.
std::string uri_of(std::string_view path);

}  // namespace claimcheck::lsp
