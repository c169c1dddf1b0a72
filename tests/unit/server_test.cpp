// engine/lsp/server: the lifecycle, dispatch, and the protocol's errors, through serve() on streams.
#include "lsp_support.hpp"

#include "engine/lsp/positions.hpp"
#include "engine/lsp/server.hpp"
#include "engine/lsp/transport.hpp"

#include <sstream>

using namespace claimcheck;
using namespace claimcheck::lsp;
using claimcheck::test::LspStory;

namespace {

std::string framed(const nlohmann::json& message) {
    const std::string body = message.dump();
    return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

nlohmann::json request(int id, const std::string& method, const nlohmann::json& params = nlohmann::json::object()) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}

nlohmann::json notification(const std::string& method, const nlohmann::json& params = nlohmann::json::object()) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

struct Served {
    int status = 0;
    std::vector<nlohmann::json> messages;
    std::string log;

    const nlohmann::json* reply(int id) const {
        for (const auto& m : messages)
            if (m.contains("id") && m["id"] == id) return &m;
        return nullptr;
    }
};

Served serve_all(const std::string& input, const PipelineOptions& options = {}) {
    std::istringstream in(input);
    std::ostringstream out, log;
    Served served;
    served.status = serve(in, out, log, options, "test");
    std::istringstream replies(out.str());
    for (Incoming m = read_message(replies, 1u << 24); m.framing == Framing::message; m = read_message(replies, 1u << 24))
        served.messages.push_back(nlohmann::json::parse(m.body));
    served.log = log.str();
    return served;
}

int error_code(const nlohmann::json* reply) { return reply && reply->contains("error") ? (*reply)["error"]["code"].get<int>() : 0; }

}  // namespace

TEST_CASE("server: initialize, shutdown and exit: status 0; exit alone, or the input's end: 1") {
    const Served clean = serve_all(framed(request(1, "initialize")) + framed(notification("initialized")) +
                                   framed(request(2, "shutdown")) + framed(notification("exit")));
    CHECK(clean.status == 0);
    REQUIRE(clean.reply(1));
    CHECK((*clean.reply(1))["result"]["capabilities"]["hoverProvider"] == true);
    CHECK((*clean.reply(1))["result"]["serverInfo"]["version"] == "test");
    REQUIRE(clean.reply(2));
    CHECK((*clean.reply(2))["result"].is_null());

    CHECK(serve_all(framed(request(1, "initialize")) + framed(notification("exit"))).status == 1);
    CHECK(serve_all(framed(request(1, "initialize"))).status == 1);
}

TEST_CASE("server: the protocol's errors, and the server goes on after each") {
    const Served served = serve_all(framed(request(1, "textDocument/hover")) + framed(notification("textDocument/didOpen")) +
                                    framed(request(2, "initialize")) + framed(request(3, "initialize")) +
                                    "Content-Length: 5\r\n\r\n{nope" + framed(nlohmann::json::array({1, 2})) +
                                    framed(request(4, "workspace/symbol")) +
                                    framed(request(5, "textDocument/hover", {{"textDocument", 7}})) +
                                    framed(request(6, "shutdown")) + framed(request(7, "textDocument/hover")) +
                                    framed(notification("exit")));
    CHECK(error_code(served.reply(1)) == static_cast<int>(ErrorCode::server_not_initialized));
    CHECK(served.reply(2));
    CHECK(error_code(served.reply(3)) == static_cast<int>(ErrorCode::invalid_params));  // only once
    int parse_errors = 0, invalid = 0;
    for (const auto& m : served.messages) {
        if (m.contains("id") && m["id"].is_null()) {
            parse_errors += m["error"]["code"] == static_cast<int>(ErrorCode::parse_error);
            invalid += m["error"]["code"] == static_cast<int>(ErrorCode::invalid_request);
        }
    }
    CHECK(parse_errors == 1);
    CHECK(invalid == 1);
    CHECK(error_code(served.reply(4)) == static_cast<int>(ErrorCode::method_not_found));
    CHECK(error_code(served.reply(5)) == static_cast<int>(ErrorCode::invalid_params));
    CHECK(served.reply(6));
    CHECK(error_code(served.reply(7)) == static_cast<int>(ErrorCode::invalid_request));
    CHECK(served.status == 0);
    CHECK_FALSE(served.log.empty());  // said on the log stream, never on the protocol's
}

TEST_CASE("server: JSON nested a million deep is refused, not recursed into") {
    const std::string deep = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":" +
                             std::string(1000000, '[') + std::string(1000000, ']') + "}";
    const std::string deep_id = "{\"jsonrpc\":\"2.0\",\"method\":\"shutdown\",\"id\":" + std::string(1000000, '[') +
                                std::string(1000000, ']') + "}";
    const Served served = serve_all(framed(request(1, "initialize")) + "Content-Length: " + std::to_string(deep.size()) +
                                    "\r\n\r\n" + deep + "Content-Length: " + std::to_string(deep_id.size()) + "\r\n\r\n" +
                                    deep_id + framed(request(3, "shutdown")) + framed(notification("exit")));
    CHECK(error_code(served.reply(2)) == static_cast<int>(ErrorCode::invalid_params));
    int invalid = 0;  // the message with an id that is no id, answered to none
    for (const auto& m : served.messages)
        invalid += m.contains("id") && m["id"].is_null() && m["error"]["code"] == static_cast<int>(ErrorCode::invalid_request);
    CHECK(invalid == 1);
    CHECK(served.reply(3));
    CHECK(served.status == 0);
}

TEST_CASE("server: didOpen and didChange publish diagnostics of the text sent") {
    LspStory story;
    const std::string uri = uri_of(story.story);
    std::string passing = test::lsp_story;
    passing.replace(passing.find("is 27%"), 6, "is 28%");
    const Served served = serve_all(
        framed(request(1, "initialize")) +
            framed(notification("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "claims"}, {"version", 1}, {"text", test::lsp_story}}}})) +
            framed(notification("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                                           {"contentChanges", {{{"text", passing}}}}})) +
            framed(request(2, "shutdown")) + framed(notification("exit")),
        story.options());
    std::vector<nlohmann::json> published;
    for (const auto& m : served.messages)
        if (m.value("method", "") == "textDocument/publishDiagnostics") published.push_back(m["params"]);
    REQUIRE(published.size() == 2);
    CHECK(published[0]["version"] == 1);
    CHECK(published[0]["diagnostics"].size() == 3);
    CHECK(published[1]["version"] == 2);
    CHECK(published[1]["diagnostics"].size() == 2);  // the rise passes at 28%
}

TEST_CASE("server: formatting is claimcheck fmt's layout as one edit; a file that does not parse is refused") {
    LspStory story;
    const std::string uri = uri_of(story.story);
    const auto opened = [&](const std::string& text, int version) {
        return framed(notification("textDocument/didOpen",
                                   {{"textDocument", {{"uri", uri}, {"languageId", "claims"}, {"version", version}, {"text", text}}}}));
    };
    const nlohmann::json format = {{"textDocument", {{"uri", uri}}}, {"options", {{"tabSize", 2}, {"insertSpaces", true}}}};
    std::string messy = test::lsp_story;
    messy.replace(messy.find("  quote \"to 61,520\""), 2, "      ");
    const Served served = serve_all(framed(request(1, "initialize")) + opened(messy, 1) +
                                        framed(request(2, "textDocument/formatting", format)) + opened(test::lsp_story, 2) +
                                        framed(request(3, "textDocument/formatting", format)) + opened("claim", 3) +
                                        framed(request(4, "textDocument/formatting", format)),
                                    story.options());
    REQUIRE(served.reply(2));
    CHECK((*served.reply(2))["result"] ==
          nlohmann::json::array({{{"range", to_json(Range{{8, 0}, {8, 23}})}, {"newText", "  quote \"to 61,520\""}}}));
    REQUIRE(served.reply(3));
    CHECK((*served.reply(3))["result"] == nlohmann::json::array());
    CHECK(error_code(served.reply(4)) == static_cast<int>(ErrorCode::request_failed));
}
