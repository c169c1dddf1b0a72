#pragma once
// `claimcheck lsp`: a language server over standard input and output. The server reads
// one message at a time and answers it before the next (the checks are quick next to
// typing), keeps to the protocol's lifecycle (initialize first; after shutdown only
// exit), and answers what it cannot do with the protocol's error codes, never by
// stopping: malformed JSON, unknown methods, bad params, a limit reached.
#include "engine/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace claimcheck::lsp {

// JSON-RPC's and the protocol's error codes.
enum class ErrorCode {
    parse_error = -32700,
    invalid_request = -32600,
    method_not_found = -32601,
    invalid_params = -32602,
    internal_error = -32603,
    server_not_initialized = -32002,
    request_failed = -32803,  // a valid request the server could not carry out: formatting a file that does not parse
};

class Server {
public:
    // `out` takes the messages to the client; `log`, what the server has to say about itself.
    Server(PipelineOptions options, std::string version, std::ostream& out, std::ostream& log);

    // Handles one message's body; the process's exit status once `exit` has come.
    std::optional<int> handle(const std::string& body);
    // Answers a message that could not be read (framing, size) with an error to no id.
    void refuse(ErrorCode code, const std::string& why);

private:
    enum class State { starting, running, shut_down };

    nlohmann::json dispatch(const std::string& method, const nlohmann::json& params);
    void notify(const std::string& method, const nlohmann::json& params);
    void did_open(const nlohmann::json& params);
    void did_change(const nlohmann::json& params);
    void did_close(const nlohmann::json& params);
    void did_save(const nlohmann::json& params);
    void publish(const std::string& uri);  // the document's diagnostics, and an open article's after its claims changed
    nlohmann::json initialize(const nlohmann::json& params);
    nlohmann::json formatting(const nlohmann::json& params);

    State state_ = State::starting;
    Workspace workspace_;
    std::string version_;
    std::ostream& out_;
    std::ostream& log_;
};

// Serves the protocol on `in` and `out` until `exit` or the input's end; the exit status:
// 0 after shutdown then exit, 1 otherwise (as the protocol asks).
int serve(std::istream& in, std::ostream& out, std::ostream& log, const PipelineOptions& options,
          const std::string& version);

}  // namespace claimcheck::lsp
