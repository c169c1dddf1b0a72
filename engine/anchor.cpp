#include "anchor.hpp"

#include "budget.hpp"
#include "deadline.hpp"
#include "mentions.hpp"
#include "paths.hpp"
#include "quote_index.hpp"

#include <map>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// Paths as the user gave them (--articles ../shared/seeds stays relative), not resolved.
std::string as_given(const fs::path& path) {
    return path.empty() ? "." : path.lexically_normal().generic_string();
}

struct Located {
    fs::path path;
    std::string looked_in;
    std::string problem;     // the name leaves the directory it is resolved in
    fs::path not_a_file;     // something by the name that is no file: a directory
};

class Anchorer {
public:
    Anchorer(Report& report, const ArticleOptions& options) : report_(report), options_(options) {}

    void run() {
        for (std::size_t i = 0; i < report_.claims.size(); ++i) {
            ClaimReport& claim = report_.claims[i];
            if (claim.article.empty() || claim.quote.empty()) continue;  // nothing to locate
            Located where = locate(claim);
            if (!where.problem.empty()) {
                fail(claim, where.problem);
                continue;
            }
            ArticleReport& article = article_at(where, claim.article);
            article.claims.push_back(i);
            if (article.found()) continue;  // located below, an article at a time
            if (!article.problem.empty())
                fail(claim, "the article \"" + claim.article + "\" is " + article.problem);
            else if (!options_.articles_dir.empty())
                fail(claim, "the article \"" + claim.article + "\" is not in " + article.looked_in);
            else  // the articles may simply live elsewhere: say so at the claim, keep its verdict
                claim.quote_issue = QuoteIssue{false,
                                               "quote not located: article \"" + claim.article +
                                                   "\" not found beside the claims file (in " + article.looked_in +
                                                   "); use --articles DIR",
                                               claim.quote_written_at};
        }
        // One article's index at a time: built for its quotes, let go before its numbers are listed.
        for (auto& article : report_.articles) {
            if (!article.found()) continue;
            for (std::size_t i : article.claims) anchor(report_.claims[i], article);
            forget_index(article);
            cover(article);
            sources_.erase(static_cast<std::size_t>(&article - report_.articles.data()));  // located: no more lines to count
        }
    }

private:
    // In --articles DIR first, then beside the claims file; each may not be left by the name.
    Located locate(const ClaimReport& claim) const {
        fs::path beside = fs::path(claim.file).parent_path();
        std::vector<std::pair<fs::path, fs::path>> places;  // (directory, the root it may not leave)
        if (!options_.articles_dir.empty()) places.emplace_back(options_.articles_dir, options_.articles_dir);
        places.emplace_back(beside, project_root(claim.file, options_.root));
        Located out;
        for (const auto& [dir, root] : places) {
            fs::path path = dir / claim.article;
            out.looked_in += (out.looked_in.empty() ? "" : " and ") + as_given(dir);
            if (!options_.allow_outside && !inside(path, root)) {
                out.problem = "the article \"" + claim.article + "\" is outside " + display_path(root) +
                              "; --allow-outside permits it";
                return out;
            }
            std::error_code ec;
            if (fs::is_regular_file(path, ec)) {
                out.path = path;
                return out;
            }
            if (fs::exists(path, ec) && out.not_a_file.empty()) out.not_a_file = path;
            if (out.path.empty()) out.path = path;  // where it was looked for first, to name it by
        }
        if (!out.not_a_file.empty()) out.path = out.not_a_file;  // a directory by that name: say so
        return out;
    }

    ArticleReport& article_at(const Located& where, const std::string& name) {
        std::string key = real(where.path).generic_string();
        auto found = index_.find(key);
        if (found != index_.end()) return report_.articles[found->second];
        checkpoint_with([&] { return "while reading the article " + as_given(where.path); });
        index_.emplace(key, report_.articles.size());
        ArticleReport& article = report_.articles.emplace_back();
        article.name = name;
        std::error_code ec;
        bool file = fs::is_regular_file(where.path, ec);
        auto too_big = file ? unreadable(where.path, options_.max_bytes) : std::nullopt;
        auto text = file && !too_big ? read_file(where.path) : std::nullopt;
        if (!text) {
            article.looked_in = where.looked_in;
            if (too_big)
                article.problem = "too big to read (" + as_given(where.path) + " " + *too_big + ")";
            else if (file)
                article.problem = "unreadable (" + as_given(where.path) + ")";
            else if (!where.not_a_file.empty())
                article.problem = std::string(fs::is_directory(where.path, ec) ? "a directory" : "a special file") + " (" +
                                  as_given(where.path) + "), not a file";
            return article;
        }
        article.path = as_given(where.path);
        charge_for_run(text->size() * article_cost, "reading the article " + article.path);
        sources_.emplace(report_.articles.size() - 1, SourceFile(article.path, valid_utf8(*text)));
        article.text = source(article).text();
        return article;
    }

    const SourceFile& source(const ArticleReport& article) const {
        return sources_.at(static_cast<std::size_t>(&article - report_.articles.data()));
    }

    // Built when the article's first quote is looked for, then kept for the rest.
    const QuoteIndex& index(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        auto found = indexes_.find(at);
        if (found == indexes_.end()) {
            index_charges_[at] = Charge(article.text.size() * article_index_cost, "indexing the article " + article.path);
            found = indexes_.try_emplace(at, article.text).first;
        }
        return found->second;
    }

    void forget_index(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        indexes_.erase(at);
        index_charges_.erase(at);
    }

    void anchor(ClaimReport& claim, const ArticleReport& article) {
        checkpoint_with([&] { return "while locating quotes in " + article.path; });
        std::vector<Span> spans = index(article).find(claim.quote);
        if (spans.size() == 1) {
            claim.anchor = spans.front();
            claim.anchor_at = source(article).locate(spans.front().begin);
            return;
        }
        if (spans.empty()) {
            fail(claim, "the quote is not in " + article.path);
            return;
        }
        std::string lines;
        for (const auto& span : spans) lines += (lines.empty() ? "" : ", ") + where(article, span.begin);
        fail(claim, "the quote is in " + article.path + " " + std::to_string(spans.size()) + " times (at " + lines +
                        "); quote more of the sentence so it is found once");
    }

    std::string where(const ArticleReport& article, std::size_t offset) const {
        Location at = source(article).locate(offset);
        return std::to_string(at.line) + ":" + std::to_string(at.column);
    }

    static void fail(ClaimReport& claim, const std::string& why) {
        claim.verdict = Verdict::error;
        claim.quote_issue = QuoteIssue{true, why, claim.quote_written_at};
    }

    void cover(ArticleReport& article) {
        ForwardLocator locator(source(article));  // mentions come in order: a long line is walked once
        for (const Mention& m : find_mentions(article.text, article.path)) {
            MentionReport out{m.text, kind_name(m.kind), m.span, locator.at(m.span.begin), {}};
            for (std::size_t i : article.claims) {
                const auto& anchor = report_.claims[i].anchor;
                if (anchor && anchor->begin <= m.span.begin && m.span.end <= anchor->end) out.claims.push_back(i);
            }
            (is_quantity(m.kind) ? article.quantities : article.dates_and_ages).push_back(std::move(out));
        }
    }

    Report& report_;
    const ArticleOptions& options_;
    std::map<std::string, std::size_t> index_;  // real path -> index into report_.articles
    std::map<std::size_t, SourceFile> sources_;  // for line:col of found articles
    std::map<std::size_t, QuoteIndex> indexes_;  // for the quotes of found articles
    std::map<std::size_t, Charge> index_charges_;  // what each index costs, held against --max-memory
};

}  // namespace

std::size_t ArticleReport::unchecked() const {
    std::size_t n = 0;
    for (const auto& m : quantities) n += m.claims.empty() ? 1 : 0;
    return n;
}

void anchor_quotes(Report& report, const ArticleOptions& options) { Anchorer(report, options).run(); }

}  // namespace claimcheck
