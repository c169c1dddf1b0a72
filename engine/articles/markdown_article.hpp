#pragma once
// The text of a Markdown article (through cmark, Debian's libcmark-dev, CommonMark): its
// paragraphs, headings and list items, emphasis and links as their text, entities and
// backslash escapes decoded; code blocks kept as written, HTML blocks read as HTML
// (html_article.hpp), inline HTML tags and images left out. cmark gives where each block
// and text node is in the file (CMARK_OPT_SOURCEPOS), not each character: a text node's
// characters are matched against its stretch of the file, so that each byte of the text
// maps to the bytes it is written as, however much markup lies between.
#include "engine/articles/parser_heap.hpp"
#include "engine/articles/text_builder.hpp"

#include <string_view>

namespace claimcheck {

// Throws LimitExceeded when the parser's memory or the run's time runs out.
ReadText read_markdown(std::string_view markdown, ParserHeap& heap);

}  // namespace claimcheck
