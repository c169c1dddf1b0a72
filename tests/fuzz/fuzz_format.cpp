// The formatter on any bytes that parse: the canonical spacing keeps the program (the
// layout-only fallback is never needed), formatting is idempotent, and the formatted text
// parses to the same program. A file that does not parse is an error, never a crash.
#include "engine/format/format.hpp"
#include "engine/format/layout.hpp"
#include "engine/format/line.hpp"
#include "engine/format/program.hpp"
#include "grammar/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace {

using namespace claimcheck;

std::optional<std::string> program(const std::string& text) {
    SourceFile source("fuzz.claims", text);
    ast::File file;
    if (parse(source, file)) return std::nullopt;
    return program_dump(file);
}

std::string formatted(const std::string& text) {
    auto result = format_claims(SourceFile("fuzz.claims", text));
    if (!std::holds_alternative<std::string>(result)) __builtin_trap();  // it parsed a moment ago
    return std::get<std::string>(std::move(result));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto before = program(text);
    if (!before) {
        if (std::holds_alternative<std::string>(format_claims(SourceFile("fuzz.claims", text)))) __builtin_trap();
        return 0;
    }
    const std::string once = formatted(text);
    const SourceFile source("fuzz.claims", text);
    if (format::lay_out(format::split_lines(source.text()), format::Spacing::canonical) != once) __builtin_trap();
    if (program(once) != before) __builtin_trap();
    if (formatted(once) != once) __builtin_trap();
    return 0;
}
