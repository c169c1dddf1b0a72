#pragma once
// The text of an HTML article (through gumbo, Debian's libgumbo-dev): the body's text
// with its entities decoded, each block element (paragraph, heading, list item, div,
// table row, <br>) ending a line or a paragraph, and nothing of what a reader never
// sees (head, script, style, template, comments). The <title> is the headline when the
// body has no <h1>. Every byte of the text maps to the bytes of the file it comes from.
#include "engine/articles/parser_heap.hpp"
#include "engine/articles/text_builder.hpp"

#include <cstddef>
#include <string_view>

namespace claimcheck {

// The text of `html`, a whole page, or with `fragment` a piece of one (an HTML block in
// Markdown), into `into`; offsets in the map count from `base`, where html begins in the
// file. Throws LimitExceeded when the parser's memory or the run's time runs out.
void read_html(std::string_view html, std::size_t base, bool fragment, TextBuilder& into, ParserHeap& heap);

}  // namespace claimcheck
