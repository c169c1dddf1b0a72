// Reading the articles given to extract and draft: files or standard input, as
// published (plain text, Markdown, HTML), with positions in the files.
#include "articles_input.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"
#include "engine/core/utf8.hpp"
#include "engine/articles/article.hpp"
#include "engine/articles/published.hpp"
#include "engine/extract/extract.hpp"

#include <filesystem>
#include <iostream>
#include <set>

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

// Line:col in the article's file, for Markdown and HTML as for plain text: extract counts them in the text read.
void place_in_file(ArticleDraft& draft, const PublishedArticle& article) {
    for (auto& claim : draft.claims) claim.at = article.at(claim.mention.span.begin);
    for (auto& apart : draft.set_apart) apart.at = article.at(apart.mention.span.begin);
}

}  // namespace

std::optional<ArticlesRead> read_articles(const std::vector<std::string>& paths, const std::string& stdin_name,
                                          const Limits& limits, const Vocabulary& vocabulary, std::string_view command) {
    const std::uintmax_t max_bytes = limits.max_file_bytes;
    SkeletonLimits skeleton{limits.max_claims, limits.parse.max_token};
    ArticlesRead out;
    std::set<std::string> names;
    bool ok = true;
    for (const auto& given : paths) {
        checkpoint_with([&] { return "while reading " + given; });
        const bool standard_input = given == "-";
        fs::path path(standard_input ? stdin_name : given);
        auto read = standard_input ? read_standard_input(max_bytes) : read_input(path, max_bytes);
        if (const auto* why = std::get_if<FileError>(&read)) {
            std::cerr << "claimcheck: " << inert(given) << ": " << why->message() << "\n";
            ok = false;
            continue;
        }
        const std::string* text = &std::get<std::string>(read);
        if (auto why = not_text(*text)) {
            std::cerr << "claimcheck: " << inert(given) << ": not a text file (" << *why
                      << "); " << command << " reads articles as UTF-8 text: plain, Markdown or HTML\n";
            ok = false;
            continue;
        }
        // A claim names its article by file name (`in "NAME"`), so two articles may not share one.
        std::string name = path.filename().string();
        if (const std::size_t bad = std::min(control_at(name), invalid_utf8_at(name)); bad != std::string::npos) {
            std::cerr << "claimcheck: " << inert(given) << ": the file name holds "
                      << (bad == invalid_utf8_at(name) ? std::string("bytes that are not UTF-8") : control_name(name, bad))
                      << ", which a claims file cannot quote in `in \"NAME\"`; rename the article\n";
            ok = false;
            continue;
        }
        if (!names.insert(name).second) {
            std::cerr << "claimcheck: " << inert(given) << ": another article given is also named " << inert(name)
                      << "; claims name their article by file name\n";
            ok = false;
            continue;
        }
        charge_for_run(text->size() * (article_cost + article_index_cost), "drafting claims from " + given);
        const SourceFile file(given, valid_utf8(*text));
        const PublishedArticle article(file, article_format(name, file.text()));
        out.drafts.push_back(extract(name, article.text(), vocabulary, skeleton, given));
        place_in_file(out.drafts.back(), article);
        out.texts.push_back(article.text());
    }
    if (!ok) return std::nullopt;
    return out;
}


}  // namespace claimcheck::cli
