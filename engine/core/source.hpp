#pragma once
// A claims file in memory: its text, where its lines start, and where each
// parsed node lies, so any layer can name file:line:col. Copies share the text
// and the tables: a template's instances point into its file without copying it.
#include <concepts>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// A parsed node: the indices of its first and last offsets in what the parser recorded
// (SourceFile::set_positions). grammar/ast.hpp's nodes are x3::position_tagged, which has
// these two members; nothing here needs Spirit to read them.
template <typename Node>
concept Positioned = requires(const Node& node) {
    { node.id_first } -> std::convertible_to<int>;
    { node.id_last } -> std::convertible_to<int>;
};

struct Location {
    int line = 0;    // 1-based
    int column = 0;  // 1-based, in characters (UTF-8 code points)
};

class SourceFile {
public:
    SourceFile(std::string path, std::string text);  // drops a leading UTF-8 BOM

    const std::string& path() const { return path_; }
    const std::string& text() const { return *text_; }

    Location locate(std::size_t offset) const;
    // The same, counting on from an earlier offset already located: offsets taken in
    // increasing order cost the text's length in all, not each its column (a long line).
    Location locate_from(std::size_t from, Location at_from, std::size_t offset) const;
    std::string_view line(int number) const;  // without its line ending

    // Byte offsets of node boundaries, recorded by the parser: [2k] begin, [2k+1] end.
    void set_positions(std::vector<std::size_t> offsets) {
        positions_ = std::make_shared<const std::vector<std::size_t>>(std::move(offsets));
    }
    std::size_t begin_of(const Positioned auto& node) const { return position(node.id_first); }
    std::size_t end_of(const Positioned auto& node) const { return position(node.id_last); }
    Location locate(const Positioned auto& node) const { return locate(begin_of(node)); }
    std::string_view text_of(const Positioned auto& node) const {
        return std::string_view(text()).substr(begin_of(node), end_of(node) - begin_of(node));
    }

private:
    std::size_t position(int id) const;  // 0 for a node the parser did not tag

    // Code points before `offset`, counted from a table of every 64 bytes: a column on a line of
    // megabytes costs a few dozen bytes' count, not the line's.
    std::size_t points_before(std::size_t offset) const;

    std::string path_;
    std::shared_ptr<const std::string> text_;
    std::shared_ptr<const std::vector<std::size_t>> line_starts_;
    std::shared_ptr<const std::vector<std::size_t>> positions_;
    std::shared_ptr<const std::vector<std::size_t>> points_;  // code points before each 64-byte block
};

// Locations of offsets asked for in increasing order, each counted on from the last.
class ForwardLocator {
public:
    explicit ForwardLocator(const SourceFile& source) : source_(source) {}
    Location at(std::size_t offset) {
        last_at_ = source_.locate_from(last_, last_at_, offset);
        last_ = offset;
        return last_at_;
    }

private:
    const SourceFile& source_;
    std::size_t last_ = 0;
    Location last_at_{1, 1};
};

}  // namespace claimcheck
