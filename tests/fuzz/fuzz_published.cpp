// The Markdown and HTML article readers on any bytes (the first byte picks the reader:
// 0 Markdown, 1 HTML, anything else plain text): the text read maps, byte for byte, into
// the file, every stretch of it to a range of the file in order, and its numbers are found
// and placed in the file. A page nested past the readers' limit is refused (LimitExceeded).
#include "engine/articles/mentions.hpp"
#include "engine/articles/published.hpp"
#include "engine/core/limits.hpp"
#include "engine/core/utf8.hpp"
#include "engine/lang/vocabulary.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimcheck;
    if (size == 0) return 0;
    static const Vocabulary vocabulary = [] {
        std::vector<Diagnostic> errors;
        return house_vocabulary(CLAIMCHECK_SOURCE_DIR "/rules", errors);
    }();
    const ArticleFormat format = data[0] == 0 ? ArticleFormat::markdown : data[0] == 1 ? ArticleFormat::html : ArticleFormat::text;
    const SourceFile file("fuzz", valid_utf8({reinterpret_cast<const char*>(data) + 1, size - 1}));  // as check reads it
    try {
        const PublishedArticle article(file, format);
        const std::string& text = article.text();
        const std::size_t n = file.text().size();
        for (std::size_t i = 0; i < text.size(); ++i) {
            const Span one = article.in_file({i, i + 1});
            if (one.begin > one.end || one.end > n) __builtin_trap();
        }
        for (const Mention& m : find_mentions(text, vocabulary)) {
            const Span in_file = article.in_file(m.span);
            if (in_file.begin > in_file.end || in_file.end > n) __builtin_trap();
            const Location at = article.at(m.span.begin);
            if (at.line < 1 || at.column < 1) __builtin_trap();
        }
    } catch (const LimitExceeded&) {
        // nested past what the readers take: refused, at a place in the file
    }
    return 0;
}
