#pragma once
// Articles named on the command line, read and drafted by extract (engine/extract): the
// same for `extract` and `draft`.
#include "engine/core/limits.hpp"
#include "engine/core/vocabulary.hpp"
#include "engine/extract/draft.hpp"

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

struct ArticlesRead {
    std::vector<ArticleDraft> drafts;
    std::vector<std::string> texts;  // each article's text, as its draft's spans count it
};

// Every article is read before anything is written, and every problem is named on stderr:
// when one article cannot be read, there is nothing. An article given as `-` is read from
// standard input and named `stdin_name`, whose extension also says how it is read.
std::optional<ArticlesRead> read_articles(const std::vector<std::string>& paths, const std::string& stdin_name,
                                          const Limits& limits, const Vocabulary& vocabulary, std::string_view command);

}  // namespace claimcheck::cli
