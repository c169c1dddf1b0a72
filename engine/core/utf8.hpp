#pragma once
// UTF-8 as table files and articles need it: a fast check that a record is valid
// (nearly always plain ASCII), character counts for caret positions, text made safe
// to show when a file is not valid UTF-8, and whether a file is text at all.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// The length of the UTF-8 sequence at text[i], or 0 when it is not valid UTF-8 (overlong
// forms, surrogates and code points past U+10FFFF are not).
std::size_t sequence_length(std::string_view text, std::size_t i);

// Whether every byte is below 0x80; eight bytes at a time.
bool all_ascii(std::string_view text);

// The offset of the first byte that is not part of valid UTF-8, or npos. Overlong
// forms, surrogates and code points past U+10FFFF are not valid.
std::size_t invalid_utf8_at(std::string_view text);

// The offset of the first control character at or after `from`, or npos: C0 controls
// but tab (NUL, BEL, ESC, CR, LF, ...), DEL, and C1 controls (U+0080 to U+009F, the
// offset of their first byte). Eight bytes at a time while there are none.
std::size_t control_at(std::string_view text, std::size_t from = 0);

// A control character for a message: "U+001B (ESC)".
std::string control_name(std::string_view text, std::size_t at);

// The number of characters (code points) in valid UTF-8 text.
std::size_t utf8_characters(std::string_view text);

// Text fit to show: invalid UTF-8 replaced with U+FFFD, cut to at most `limit` bytes
// on a character boundary.
std::string displayable(std::string_view text, std::size_t limit = 400);

// Why bytes are not a text file, or nothing: "it contains NUL bytes", or "37% of its
// bytes are not text" when more than a quarter are neither valid UTF-8 nor printable or
// white space. An article in Latin-1 passes (a few bytes in a hundred are not UTF-8),
// an executable or an image does not.
std::optional<std::string> not_text(std::string_view bytes);

// The text with each byte that is not part of well-formed UTF-8 replaced by
// U+FFFD, so articles from any system can be shown and located in.
std::string valid_utf8(std::string_view text);

}  // namespace claimcheck
