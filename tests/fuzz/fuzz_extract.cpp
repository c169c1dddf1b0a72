// The article number finder and claim drafting on any text: every mention lies
// inside the article, and the skeleton `extract` writes parses as a claims file.
#include "engine/articles/article.hpp"
#include "engine/extract/extract.hpp"
#include "engine/articles/mentions.hpp"
#include "engine/extract/skeleton.hpp"
#include "engine/lang/vocabulary.hpp"
#include "grammar/parse.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    static const Vocabulary vocabulary = [] {
        std::vector<Diagnostic> errors;
        return house_vocabulary(CLAIMCHECK_SOURCE_DIR "/rules", errors);
    }();
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (not_text(bytes)) return 0;  // the command refuses it as it reads it: no article, nothing extracted
    const std::string text = valid_utf8(bytes);  // as the command reads it
    for (const Mention& m : find_mentions(text, vocabulary))
        if (m.span.begin > m.span.end || m.span.end > text.size()) __builtin_trap();
    std::vector<ArticleDraft> drafts{extract("fuzz.txt", text, vocabulary)};
    SourceFile skeleton("skeleton.claims", render_skeleton(std::move(drafts)));
    ast::File file;
    if (auto error = parse(skeleton, file)) {
        (void)error;
        __builtin_trap();  // extract must write a file that parses
    }
    return 0;
}
