#pragma once
// The text of a Markdown or HTML article as a reader sees it, written piece by piece by
// the readers with the original bytes each piece comes from: white space run together as
// a browser does, and block ends (paragraphs, headings, list items, line breaks) as line
// breaks, only between text, never at its ends.
#include "engine/articles/offset_map.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck {

struct ReadText {
    std::string text;
    OffsetMap map;  // text -> the file's offsets
};

class TextBuilder {
public:
    // Text from the original's [from, to): the same bytes, or what an entity or escape there
    // stands for. Its white space is kept as it is (a <pre> or a code block puts its lines so).
    void put(std::string_view text, std::size_t from, std::size_t to);
    // White space in the original at [from, to): one space between words, none at a block's ends.
    void space(std::size_t from, std::size_t to);
    void line_break();       // one line break before the next text (<br>, a list item)
    void paragraph_break();  // a blank line before the next text (a paragraph, a heading)
    // The breaks <br> asks for add up, to a blank line at most.
    void another_line_break();

    ReadText finish() &&;

private:
    void flush(std::size_t at);
    void emit(std::string_view text, std::size_t from, std::size_t to);

    enum class Pending { none, space, line, paragraph };
    ReadText out_;
    Pending pending_ = Pending::none;
    std::size_t space_from_ = 0, space_to_ = 0;  // the original white space a pending space stands for
};

}  // namespace claimcheck
