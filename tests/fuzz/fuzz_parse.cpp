// The claim-file parser on any bytes: a syntax tree or a positioned error, never a crash.
#include "grammar/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    SourceFile source("fuzz.claims", std::string(reinterpret_cast<const char*>(data), size));
    ast::File file;
    if (auto error = parse(source, file)) {
        const std::string shown = error->render();  // the caret display reads the source line
        if (shown.empty()) __builtin_trap();
    }
    return 0;
}
