#include "engine/core/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claimcheck {

std::size_t sequence_length(std::string_view t, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
    const unsigned c = byte(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned low = 0x80, high = 0xBF;  // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, low = 0xA0;
    else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) n = 3;
    else if (c == 0xED) n = 3, high = 0x9F;
    else if (c == 0xF0) n = 4, low = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) n = 4, high = 0x8F;
    else return 0;
    if (i + n > t.size() || byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return n;
}

bool all_ascii(std::string_view t) {
    std::uint64_t seen = 0, word = 0;
    if (t.size() < 8) {
        for (char c : t) seen |= static_cast<unsigned char>(c);
        return (seen & 0x80) == 0;
    }
    for (std::size_t i = 0; i + 8 < t.size(); i += 8) {
        std::memcpy(&word, t.data() + i, 8);
        seen |= word;
    }
    std::memcpy(&word, t.data() + t.size() - 8, 8);  // the last eight, overlapping: no byte loop
    return ((seen | word) & 0x8080808080808080ULL) == 0;
}

std::size_t invalid_utf8_at(std::string_view text) {
    if (all_ascii(text)) return std::string_view::npos;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

namespace {

bool control_byte(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x20) return c != '\t';
    if (c == 0x7F) return true;
    return c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) <= 0x9F &&
           static_cast<unsigned char>(t[i + 1]) >= 0x80;
}

}  // namespace

std::size_t control_at(std::string_view t, std::size_t from) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto has_zero = [&](std::uint64_t w) { return (w - ones) & ~w & highs; };
    for (std::size_t i = from; i < t.size(); i += 8) {
        if (i + 8 <= t.size()) {
            std::uint64_t w;
            std::memcpy(&w, t.data() + i, 8);
            // A byte below 0x20, DEL, or 0xC2 (a C1 control's first byte): look at the eight one by one.
            if ((((w - ones * 0x20) & ~w & highs) | has_zero(w ^ (ones * 0x7F)) | has_zero(w ^ (ones * 0xC2))) == 0)
                continue;
        }
        for (std::size_t k = i; k < std::min(i + 8, t.size()); ++k)
            if (control_byte(t, k)) return k;
    }
    return std::string_view::npos;
}

std::string control_name(std::string_view t, std::size_t at) {
    auto c = static_cast<unsigned char>(t[at]);
    if (c == 0xC2 && at + 1 < t.size()) c = static_cast<unsigned char>(t[at + 1]);
    static const char* const names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF",
                                        "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                        "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    static const char hex[] = "0123456789ABCDEF";
    std::string out = "U+00";
    out += hex[c >> 4];
    out += hex[c & 15];
    if (c < 0x20) out += std::string(" (") + names[c] + ")";
    if (c == 0x7F) out += " (DEL)";
    return out;
}

std::size_t utf8_characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string displayable(std::string_view text, std::size_t limit) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i);
        const std::string_view piece = n == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, n);
        if (out.size() + piece.size() > limit) break;
        out += piece;
        i += n == 0 ? 1 : n;
    }
    return out;
}

std::optional<std::string> not_text(std::string_view t) {
    if (t.find('\0') != std::string_view::npos) return "it contains NUL bytes";
    std::size_t junk = 0;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t n = sequence_length(t, i);
        const auto c = static_cast<unsigned char>(t[i]);
        bool control = n == 1 && ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F);
        junk += n == 0 || control ? 1 : 0;
        i += n == 0 ? 1 : n;
    }
    if (junk * 4 <= t.size()) return std::nullopt;
    return std::to_string(junk * 100 / t.size()) + "% of its bytes are not text";
}

std::string valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = sequence_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

}  // namespace claimcheck
