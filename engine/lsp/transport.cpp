// Content-Length framing of LSP messages (the base protocol's header part, then the body).
#include "engine/lsp/transport.hpp"

#include "engine/articles/words.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace claimcheck::lsp {

namespace {

// A header line is short; one that is not ends the header block unread.
constexpr std::size_t max_header_line = 4096;

// One header line without its CRLF (a bare LF is taken too), or nothing at the input's end.
std::optional<std::string> header_line(std::istream& in, bool& overlong) {
    std::string line;
    int c;
    while ((c = in.get()) != std::char_traits<char>::eof()) {
        if (c == '\n') {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return line;
        }
        if (line.size() < max_header_line) line.push_back(static_cast<char>(c));
        else overlong = true;
    }
    if (line.empty()) return std::nullopt;
    return line;
}


// Reads and drops `count` bytes: a body too big to keep.
bool skip(std::istream& in, std::size_t count) {
    std::array<char, 65536> buffer{};
    while (count > 0) {
        const auto chunk = static_cast<std::streamsize>(std::min(count, buffer.size()));
        in.read(buffer.data(), chunk);
        if (in.gcount() != chunk) return false;
        count -= static_cast<std::size_t>(chunk);
    }
    return true;
}

}  // namespace

Incoming read_message(std::istream& in, std::size_t max_bytes) {
    std::optional<std::size_t> length;
    std::string problem;
    bool any = false, overlong = false;
    while (true) {
        auto line = header_line(in, overlong);
        if (!line) return any ? Incoming{Framing::malformed, "", "the input ended inside a header"} : Incoming{};
        if (line->empty()) {
            if (!any) continue;  // blank lines between messages
            break;
        }
        any = true;
        const auto colon = line->find(':');
        if (colon == std::string::npos) {
            problem = "a header line without a colon: \"" + line->substr(0, 80) + "\"";
            continue;
        }
        if (lower(line->substr(0, colon)) != "content-length") continue;  // Content-Type and the like
        std::string value = line->substr(colon + 1);
        value.erase(0, value.find_first_not_of(" \t"));
        value.erase(value.find_last_not_of(" \t") + 1);
        std::size_t n = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size() || value.empty())
            problem = "Content-Length \"" + value.substr(0, 80) + "\" is not a number of bytes";
        else
            length = n;
    }
    if (overlong) problem = "a header line over " + std::to_string(max_header_line) + " bytes";
    if (!length) return {Framing::malformed, "", problem.empty() ? "a message without a Content-Length header" : problem};
    if (*length > max_bytes) {
        if (!skip(in, *length)) return {Framing::malformed, "", "the input ended inside a message"};
        return {Framing::too_big, "",
                "a message of " + std::to_string(*length) + " bytes, over the limit of " + std::to_string(max_bytes)};
    }
    Incoming out{Framing::message, std::string(*length, '\0'), ""};
    in.read(out.body.data(), static_cast<std::streamsize>(*length));
    if (static_cast<std::size_t>(in.gcount()) != *length) return {Framing::malformed, "", "the input ended inside a message"};
    return out;
}

void write_message(std::ostream& out, const nlohmann::json& message) {
    // Invalid UTF-8 in user text is replaced, never thrown about: a reply must always go out.
    const std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    out.flush();
}

}  // namespace claimcheck::lsp
