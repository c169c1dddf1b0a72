// claimcheck lsp: the language server on standard input and output (engine/lsp), with the rules and limits of the flags.
#include "options.hpp"
#include "session.hpp"

#include "engine/lsp/server.hpp"

#include <csignal>
#include <iostream>

namespace claimcheck::cli {

int run_lsp(const LspOptions& options) {
    auto pipeline = pipeline_options(options.input);
    if (!pipeline) return 2;
    // A client that goes away leaves a closed pipe: the write fails and the server stops, not the signal.
    std::signal(SIGPIPE, SIG_IGN);
    // stdout carries the protocol alone: everything the server says about itself goes to stderr.
    return lsp::serve(std::cin, std::cout, std::cerr, *pipeline, CLAIMCHECK_VERSION);
}

}  // namespace claimcheck::cli
