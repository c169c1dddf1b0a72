#pragma once
// After checking: find each claim's quote in its article, and which of the
// article's numbers no claim covers. A quote the article does not contain, or
// contains more than once, makes its claim an error: a rule about words nobody
// wrote must not pass.
#include "report.hpp"

#include <cstdint>
#include <filesystem>

namespace claimcheck {

struct ArticleOptions {
    // Where articles are looked for first (--articles); otherwise beside the claims file.
    std::filesystem::path articles_dir;
    std::filesystem::path root;  // the project directory an article name may not leave
    bool allow_outside = false;
    std::uintmax_t max_bytes = 16u << 20;  // one article (--max-file-size): read whole, so bounded
};

void anchor_quotes(Report& report, const ArticleOptions& options);

}  // namespace claimcheck
