// Input text made inert for a terminal: control pictures for control characters.
#include "inert.hpp"

namespace claimcheck {

namespace {

void append_code_point(std::string& out, char32_t c) {  // c in U+0800 to U+FFFF: three bytes
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
}

}  // namespace

std::string inert(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0U;
        if ((b < 0x20 && b != '\t') || b == 0x7F) {
            append_code_point(out, b == 0x7F ? 0x2421 : 0x2400 + b);
        } else if (b == 0xC2 && next >= 0x80 && next <= 0x9F) {
            append_code_point(out, 0xFFFD);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace claimcheck
