#pragma once
// After checking: find each claim's quote in its article, and which of the
// article's numbers no claim covers. A quote the article does not contain, or
// contains more than once, makes its claim an error: a rule about words nobody
// wrote must not pass. An article that may not or cannot be read (outside the
// project, a directory, a FIFO, a loop of links, too big) stops the run, like a
// `use` or a table that cannot be read.
#include "engine/core/diagnostic.hpp"
#include "engine/core/vocabulary.hpp"
#include "engine/lang/module.hpp"
#include "engine/report/report.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace claimcheck {

struct ArticleOptions {
    // Where articles are looked for first (--articles); otherwise beside the claims file.
    std::filesystem::path articles_dir;
    std::filesystem::path root;  // the project directory an article name may not leave
    bool allow_outside = false;
    std::uintmax_t max_bytes = 16u << 20;  // one article (--max-file-size): read whole, so bounded
};

// The errors, at the claims that name articles that cannot be read; none when the
// report may be shown. `program` gives the claims files' lines for the errors; `vocabulary`
// the words its rules define, which an article's numbers are found with.
std::vector<Diagnostic> anchor_quotes(Report& report, const Program& program, const ArticleOptions& options,
                                      const Vocabulary& vocabulary);

}  // namespace claimcheck
