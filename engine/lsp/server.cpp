// The server's lifecycle and its dispatch of requests and notifications to the modules that answer them.
#include "engine/lsp/server.hpp"

#include "engine/format/format.hpp"
#include "engine/lsp/actions.hpp"
#include "engine/lsp/completion.hpp"
#include "engine/lsp/diagnostics.hpp"
#include "engine/lsp/hover.hpp"
#include "engine/lsp/positions.hpp"
#include "engine/lsp/symbols.hpp"
#include "engine/lsp/transport.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

namespace claimcheck::lsp {

namespace {

// A request that cannot be answered: params that are not what the method takes, a method
// the server does not know. Thrown from where it is found, answered with its code.
struct Failure {
    ErrorCode code;
    std::string why;
};

Failure bad_params(std::string why) { return {ErrorCode::invalid_params, std::move(why)}; }

const nlohmann::json& member(const nlohmann::json& object, const char* key) {
    if (!object.is_object() || !object.contains(key)) throw bad_params(std::string("missing \"") + key + "\"");
    return object.at(key);
}

std::string text_member(const nlohmann::json& object, const char* key) {
    const nlohmann::json& value = member(object, key);
    if (!value.is_string()) throw bad_params(std::string("\"") + key + "\" is not a string");
    return value.get<std::string>();
}

std::string uri_in(const nlohmann::json& params) { return text_member(member(params, "textDocument"), "uri"); }

Position position_in(const nlohmann::json& params) {
    if (auto position = position_from(member(params, "position"))) return *position;
    throw bad_params("\"position\" is not a position");
}

Range range_in(const nlohmann::json& params) {
    const nlohmann::json& range = member(params, "range");
    const auto start = position_from(member(range, "start")), end = position_from(member(range, "end"));
    if (!start || !end) throw bad_params("\"range\" is not a range");
    return {*start, *end};
}

nlohmann::json location(const std::string& path, std::string_view text, std::size_t begin, std::size_t end) {
    const LineIndex index(text);
    return {{"uri", uri_of(std::filesystem::absolute(path).lexically_normal().string())},
            {"range", to_json(Range{index.at(begin), index.at(end)})}};
}

nlohmann::json error_reply(const nlohmann::json& id, ErrorCode code, const std::string& message) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", static_cast<int>(code)}, {"message", message}}}};
}

}  // namespace

Server::Server(PipelineOptions options, std::string version, std::ostream& out, std::ostream& log)
    : workspace_(std::move(options)), version_(std::move(version)), out_(out), log_(log) {}

void Server::refuse(ErrorCode code, const std::string& why) {
    log_ << "claimcheck lsp: " << why << "\n";
    write_message(out_, error_reply(nullptr, code, why));
}

void Server::notify(const std::string& method, const nlohmann::json& params) {
    write_message(out_, {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

std::optional<int> Server::handle(const std::string& body) {
    const nlohmann::json message = nlohmann::json::parse(body, nullptr, false);
    if (message.is_discarded()) {
        refuse(ErrorCode::parse_error, "a message that is not JSON");
        return std::nullopt;
    }
    // Nothing of the message is copied but its id, once known to be a number or a string: a copy of
    // JSON nested a million deep would recurse as deep (parsing and freeing it do not).
    const bool has_id = message.is_object() && message.contains("id");
    const bool good_id = has_id && (message.at("id").is_string() || message.at("id").is_number_integer());
    const nlohmann::json id = good_id ? message.at("id") : nlohmann::json();
    if (!message.is_object() || !message.contains("method") || !message.at("method").is_string() || (has_id && !good_id)) {
        if (message.is_object() && !message.contains("method") && (message.contains("result") || message.contains("error")))
            return std::nullopt;  // a reply to a request of ours: the server makes none that it waits on
        log_ << "claimcheck lsp: a message that is no request or notification\n";
        write_message(out_, error_reply(id, ErrorCode::invalid_request, "not a JSON-RPC request or notification"));
        return std::nullopt;
    }
    const std::string method = message.at("method").get<std::string>();
    static const nlohmann::json no_params = nlohmann::json::object();
    const nlohmann::json& params = message.contains("params") ? message.at("params") : no_params;
    if (method == "exit") return state_ == State::shut_down ? 0 : 1;
    if (state_ == State::starting && method != "initialize") {
        if (has_id) write_message(out_, error_reply(id, ErrorCode::server_not_initialized, "initialize comes first"));
        return std::nullopt;  // a notification before initialize is dropped
    }
    if (state_ == State::shut_down) {
        if (has_id) write_message(out_, error_reply(id, ErrorCode::invalid_request, "the server has been shut down"));
        return std::nullopt;
    }
    try {
        nlohmann::json result = dispatch(method, params);
        if (has_id) write_message(out_, {{"jsonrpc", "2.0"}, {"id", id}, {"result", result}});
    } catch (const Failure& failure) {
        // A notification the server does not know is ignored, as the protocol allows.
        if (failure.code != ErrorCode::method_not_found) log_ << "claimcheck lsp: " << method << ": " << failure.why << "\n";
        if (has_id) write_message(out_, error_reply(id, failure.code, method + ": " + failure.why));
    } catch (const nlohmann::json::exception& e) {  // a member of the wrong type, read by value()
        log_ << "claimcheck lsp: " << method << ": " << e.what() << "\n";
        if (has_id) write_message(out_, error_reply(id, ErrorCode::invalid_params, method + ": " + e.what()));
    } catch (const std::exception& e) {  // a bug of the server's: said, and the server goes on
        log_ << "claimcheck lsp: internal error in " << method << ": " << e.what() << "\n";
        if (has_id) write_message(out_, error_reply(id, ErrorCode::internal_error, e.what()));
    }
    return std::nullopt;
}

nlohmann::json Server::initialize(const nlohmann::json& params) {
    if (!params.is_object()) throw bad_params("params is not an object");
    state_ = State::running;
    nlohmann::json capabilities = {
        {"positionEncoding", "utf-16"},
        // The whole text on every change; a save says an article on disk has changed.
        {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
        {"hoverProvider", true},
        {"definitionProvider", true},
        {"referencesProvider", true},
        {"completionProvider", {{"triggerCharacters", {"."}}}},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"documentFormattingProvider", true},
    };
    return {{"capabilities", capabilities}, {"serverInfo", {{"name", "claimcheck"}, {"version", version_}}}};
}

void Server::publish(const std::string& uri) {
    const Document* document = workspace_.document(uri);
    if (!document) {
        notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", nlohmann::json::array()}});
        return;
    }
    if (!document->claims) {
        notify("textDocument/publishDiagnostics",
               {{"uri", uri},
                {"version", document->version},
                {"diagnostics", article_diagnostics(workspace_.reading(document->path), document->path, document->text)}});
        return;
    }
    notify("textDocument/publishDiagnostics", {{"uri", uri},
                                               {"version", document->version},
                                               {"diagnostics", claims_diagnostics(*workspace_.analysis(uri), document->text)}});
    for (const Document* open : workspace_.documents())  // the articles its quotes are in may be open
        if (!open->claims) publish(open->uri);
}

void Server::did_open(const nlohmann::json& params) {
    const nlohmann::json& item = member(params, "textDocument");
    const std::string uri = text_member(item, "uri");
    const nlohmann::json& version = member(item, "version");
    const bool claims = item.value("languageId", "") == "claims";
    if (!workspace_.open(uri, text_member(item, "text"), version.is_number_integer() ? version.get<int>() : 0, claims)) {
        log_ << "claimcheck lsp: " << uri << " is not a local file; it is not checked\n";
        return;
    }
    if (!workspace_.document(uri)->claims) workspace_.read_beside(workspace_.document(uri)->path);
    publish(uri);
}

void Server::did_change(const nlohmann::json& params) {
    const std::string uri = uri_in(params);
    const Document* document = workspace_.document(uri);
    if (!document) throw bad_params("a change to a document that is not open");
    std::string text = document->text;
    const nlohmann::json& changes = member(params, "contentChanges");
    if (!changes.is_array()) throw bad_params("\"contentChanges\" is not an array");
    for (const auto& change : changes) {
        std::string replacement = text_member(change, "text");
        if (change.contains("range")) {  // a ranged change, though the server asks for whole texts
            const LineIndex index(text);
            const Range range = range_in(change);
            const std::size_t begin = index.offset(range.start), end = std::max(begin, index.offset(range.end));
            text.replace(begin, end - begin, replacement);
        } else {
            text = std::move(replacement);
        }
    }
    const nlohmann::json& identifier = member(params, "textDocument");
    const bool versioned = identifier.contains("version") && identifier.at("version").is_number_integer();
    const bool claims = document->claims;
    workspace_.open(uri, std::move(text), versioned ? identifier.at("version").get<int>() : document->version + 1, claims);
    publish(uri);
}

void Server::did_save(const nlohmann::json& params) {
    const Document* saved = workspace_.document(uri_in(params));
    if (!saved || saved->claims) return;  // a claims document is checked from its text already
    // An article is read from disk: every check that may read it is made again, the open claims
    // documents' (one that could not read it before has no report to say it would) and those beside it.
    const std::string article_uri = saved->uri, article = saved->path;
    std::vector<Document> claims;
    for (const Document* open : workspace_.documents())
        if (open->claims) claims.push_back(*open);
    for (const Document& open : claims) {
        workspace_.open(open.uri, open.text, open.version, open.claims);
        publish(open.uri);
    }
    workspace_.read_beside(article);
    publish(article_uri);
}

void Server::did_close(const nlohmann::json& params) {
    const std::string uri = uri_in(params);
    const Document* document = workspace_.document(uri);
    const bool claims = document && document->claims;
    workspace_.close(uri);
    publish(uri);  // cleared
    if (claims)
        for (const Document* open : workspace_.documents())
            if (!open->claims) publish(open->uri);
}

nlohmann::json Server::dispatch(const std::string& method, const nlohmann::json& params) {
    if (method == "initialize") {
        if (state_ != State::starting) throw bad_params("initialize may be sent only once");
        return initialize(params);
    }
    if (method == "initialized" || method == "$/cancelRequest" || method == "$/setTrace" ||
        method == "workspace/didChangeConfiguration")
        return nullptr;
    if (method == "shutdown") {
        state_ = State::shut_down;
        return nullptr;
    }
    if (method == "textDocument/didOpen") return did_open(params), nullptr;
    if (method == "textDocument/didChange") return did_change(params), nullptr;
    if (method == "textDocument/didClose") return did_close(params), nullptr;
    if (method == "textDocument/didSave") return did_save(params), nullptr;
    if (method == "textDocument/formatting") return formatting(params);
    const bool positioned = method == "textDocument/hover" || method == "textDocument/definition" ||
                            method == "textDocument/references" || method == "textDocument/completion";
    if (!positioned && method != "textDocument/codeAction") throw Failure{ErrorCode::method_not_found, "no such method"};
    const std::string uri = uri_in(params);
    const Document* document = workspace_.document(uri);
    const DocumentCheck* loaded = workspace_.loaded(uri);
    const bool listed = method == "textDocument/references" || method == "textDocument/codeAction";
    if (!document || !document->claims || !loaded) return listed ? nlohmann::json::array() : nlohmann::json();
    if (method == "textDocument/completion") return completion(*loaded);
    if (method == "textDocument/codeAction")
        return code_actions(*workspace_.analysis(uri), *document, range_in(params), workspace_);
    const std::size_t offset = LineIndex(document->text).offset(position_in(params));
    if (method == "textDocument/hover") return hover(*loaded, document->text, offset, workspace_.options());
    const auto symbol = symbol_at(*loaded, document->text, offset);
    if (!symbol) return listed ? nlohmann::json::array() : nlohmann::json();
    const Place declared = declaration_of(*symbol);
    if (method == "textDocument/definition")
        return location(declared.path, symbol->module->source.text(), declared.begin, declared.end);
    std::map<std::string, std::string> files = workspace_.claims_files(document->path);
    files.emplace(normal_path(symbol->module->source.path()), symbol->module->source.text());
    const bool with_declaration = member(params, "context").value("includeDeclaration", true);
    nlohmann::json out = nlohmann::json::array();
    for (const Place& place : references(*symbol, files)) {
        if (!with_declaration && same_file(place.path, declared.path) && place.begin == declared.begin) continue;
        out.push_back(location(place.path, files.at(place.path), place.begin, place.end));
    }
    return out;
}

nlohmann::json Server::formatting(const nlohmann::json& params) {
    const Document* document = workspace_.document(uri_in(params));
    if (!document || !document->claims) return nlohmann::json::array();
    auto formatted = format_claims(SourceFile(document->path, document->text), workspace_.options().limits.parse);
    if (const auto* error = std::get_if<Diagnostic>(&formatted))  // the diagnostics already show it
        throw Failure{ErrorCode::request_failed, "cannot format a file that does not parse: " + std::to_string(error->at.line) +
                                                     ":" + std::to_string(error->at.column) + ": " + error->message};
    const std::string& text = std::get<std::string>(formatted);
    if (text == document->text) return nlohmann::json::array();
    return nlohmann::json::array({text_edit(document->text, text)});
}

int serve(std::istream& in, std::ostream& out, std::ostream& log, const PipelineOptions& options,
          const std::string& version) {
    Server server(options, version, out, log);
    // A message holds at most a document of the largest size a file may have, escaped as JSON, and its framing.
    const std::size_t max_message = 2 * static_cast<std::size_t>(options.limits.max_file_bytes) + (1u << 20);
    while (true) {
        Incoming incoming = read_message(in, max_message);
        switch (incoming.framing) {
        case Framing::end: return 1;  // the client went without `exit`
        case Framing::malformed:
            if (!in) return 1;
            server.refuse(ErrorCode::parse_error, incoming.problem);
            continue;
        case Framing::too_big: server.refuse(ErrorCode::invalid_request, incoming.problem); continue;
        case Framing::message: break;
        }
        if (auto status = server.handle(incoming.body)) return *status;
        if (!out) return 1;  // the client has gone: nothing more can reach it
    }
}

}  // namespace claimcheck::lsp
