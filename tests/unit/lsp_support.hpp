#pragma once
// A small story for the language server's tests: an article, its counts and a claims file
// with a warn, a fail, an unverifiable claim and a pass, in a temporary directory, with the
// options the server would run it under (the real rules directory).
#include "support.hpp"

#include "engine/lsp/workspace.hpp"

#include <string>

namespace claimcheck::test {

inline const std::string lsp_article = "Swims rose by 27% last year, to 61,520.\n"
                                       "More than half of swimmers were children.\n"
                                       "Nearly 900 people swam on the busiest day.\n";

inline const std::string lsp_counts = "let swims.2022_23 = 48,200 during FY2022/23\n"
                                      "let swims.2023_24 = 61,520 during FY2023/24\n"
                                      "let children.2023_24 = 20,100 during FY2023/24\n"
                                      "let busiest_day = missing \"no daily counts\"\n"
                                      "table pools from \"pools.csv\":\n"
                                      "  column pool text\n"
                                      "  column swims integer\n";

inline const std::string lsp_pools = "pool,swims\nNorth,40000\nSouth,21520\n";

// Claims at lines 4 (warn, check at 6), 8 (pass, 10), 12 (fail, 14), 16 (unverifiable, 18).
inline const std::string lsp_story = "use \"counts.claims\"\n"
                                     "use house-style\n"
                                     "\n"
                                     "claim rise in \"article.txt\":\n"
                                     "  quote \"rose by 27% last year\"\n"
                                     "  check change(swims.2022_23, swims.2023_24) is 27%\n"
                                     "\n"
                                     "claim total in \"article.txt\":\n"
                                     "  quote \"to 61,520\"\n"
                                     "  check sum(pools.swims) == swims.2023_24\n"
                                     "\n"
                                     "claim children in \"article.txt\":\n"
                                     "  quote \"More than half of swimmers were children\"\n"
                                     "  check share(children.2023_24, swims.2023_24) is more than half\n"
                                     "\n"
                                     "claim busiest in \"article.txt\":\n"
                                     "  quote \"Nearly 900 people swam on the busiest day\"\n"
                                     "  check busiest_day is nearly 900\n";

struct LspStory {
    TempDir dir;
    std::string story = dir.write("story.claims", lsp_story);
    std::string counts = dir.write("counts.claims", lsp_counts);
    std::string article = dir.write("article.txt", lsp_article);
    std::string pools = dir.write("pools.csv", lsp_pools);

    PipelineOptions options() const {
        PipelineOptions out;
        out.rules_dir = rules_dir();
        out.root = dir.path();
        return out;
    }
};

// The byte offset of the first `needle` in `text`, plus `into`.
inline std::size_t offset_of(const std::string& text, const std::string& needle, std::size_t into = 0) {
    const std::size_t at = text.find(needle);
    if (at == std::string::npos) throw std::runtime_error("no \"" + needle + "\" in the text");
    return at + into;
}

}  // namespace claimcheck::test
