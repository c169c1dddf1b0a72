// Reading the articles given to extract and draft.
#include "articles_input.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"
#include "engine/core/utf8.hpp"
#include "engine/articles/article.hpp"
#include "engine/extract/extract.hpp"

#include <filesystem>
#include <iostream>
#include <set>

namespace claimcheck::cli {

namespace fs = std::filesystem;

std::optional<ArticlesRead> read_articles(const std::vector<std::string>& paths, const Limits& limits,
                                          const Vocabulary& vocabulary, std::string_view command) {
    const std::uintmax_t max_bytes = limits.max_file_bytes;
    SkeletonLimits skeleton{limits.max_claims, limits.parse.max_token};
    ArticlesRead out;
    std::set<std::string> names;
    bool ok = true;
    for (const auto& given : paths) {
        checkpoint_with([&] { return "while reading " + given; });
        fs::path path(given);
        auto read = read_input(path, max_bytes);
        if (const auto* why = std::get_if<FileError>(&read)) {
            std::cerr << "claimcheck: " << inert(given) << ": " << why->message() << "\n";
            ok = false;
            continue;
        }
        const std::string* text = &std::get<std::string>(read);
        if (auto why = not_text(*text)) {
            std::cerr << "claimcheck: " << inert(given) << ": not a text file (" << *why
                      << "); " << command << " reads articles as plain text, UTF-8\n";
            ok = false;
            continue;
        }
        // A claim names its article by file name (`in "NAME"`), so two articles may not share one.
        std::string name = path.filename().string();
        if (!names.insert(name).second) {
            std::cerr << "claimcheck: " << inert(given) << ": another article given is also named " << inert(name)
                      << "; claims name their article by file name\n";
            ok = false;
            continue;
        }
        charge_for_run(text->size() * (article_cost + article_index_cost), "drafting claims from " + given);
        std::string valid = valid_utf8(*text);
        out.drafts.push_back(extract(name, valid, vocabulary, skeleton, given));
        out.texts.push_back(std::move(valid));
    }
    if (!ok) return std::nullopt;
    return out;
}


}  // namespace claimcheck::cli
