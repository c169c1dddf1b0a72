#include "parse.hpp"

#include "config.hpp"
#include "statement.hpp"

namespace claimcheck {

namespace {
// X3 names a few primitives tersely; say what a writer would look for.
std::string readable(std::string expected) {
    if (expected == "eol") return "end of line";
    if (expected == "eoi") return "end of file";
    return expected;
}
}  // namespace

std::optional<Diagnostic> parse(SourceFile& source, ast::File& file, const ParseLimits& limits) {
    namespace x3 = boost::spirit::x3;
    if (auto refused = screen(source, limits)) return refused;
    const std::string& text = source.text();
    parser::iterator_type first = text.begin();
    parser::iterator_type const last = text.end();
    parser::error_handler_type handler(first, last);
    auto const grammar =
        x3::with<x3::error_handler_tag>(std::ref(handler))[grammar::file()];

    bool ok = x3::phrase_parse(first, last, grammar, parser::skipper, file);
    source.set_positions(handler.offsets());
    if (const auto& failure = handler.failure()) {
        // X3 fails before skipping blanks; point the caret at the offending text.
        std::size_t at = failure->offset;
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
        Diagnostic d = diagnose(source, at, "expected " + readable(failure->expected));
        if (at < text.size() && text[at] == '/')  // "is 1/3": a stated figure is one number or word
            d.notes.push_back("a fraction stated after 'is' is written in brackets, is (1 / 3), for its exact "
                              "value, or as a word the vocabulary defines, such as 'a third'");
        return d;
    }
    if (!ok || first != last)
        return diagnose(source, static_cast<std::size_t>(first - text.begin()), "unexpected text");
    return std::nullopt;
}

}  // namespace claimcheck
