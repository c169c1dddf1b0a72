#pragma once
// The Language Server Protocol's base protocol: messages framed by a Content-Length
// header, over the server's standard input and output. Reading is bounded: a message
// over the limit is skipped unread, so a client cannot make the server hold it.
#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>

namespace claimcheck::lsp {

enum class Framing {
    message,    // a body was read
    end,        // the input ended between messages
    malformed,  // headers without a usable Content-Length, or a body cut short
    too_big,    // a Content-Length over the limit: the body was skipped
};

struct Incoming {
    Framing framing = Framing::end;
    std::string body;     // the message, when one was read
    std::string problem;  // what was wrong, for malformed and too_big
};

// The next message from `in`. After `malformed` the stream may still hold messages: the
// next header block is read afresh; after a body cut short, the input has ended.
Incoming read_message(std::istream& in, std::size_t max_bytes);

// Writes `message` with its header, and flushes: the client waits for it.
void write_message(std::ostream& out, const nlohmann::json& message);

}  // namespace claimcheck::lsp
