// After checking: each claim's quote placed in its article (read as published: plain text,
// Markdown or HTML), and the numbers of each article no claim covers.
#include "engine/pipeline/anchor.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/articles/mentions.hpp"
#include "engine/articles/published.hpp"
#include "engine/core/paths.hpp"
#include "engine/articles/quote_index.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// The places a quote found more than once is said to be at: the first few tell the
// writer what to quote more of; a list of every "a" in an article would tell nothing.
constexpr std::size_t places_shown = 5;

// Paths as the user gave them (--articles ../shared/seeds stays relative), not resolved.
std::string as_given(const fs::path& path) { return tidy(path).generic_string(); }

// Where a claim's article is: found (a regular file), refused (a name that may not or
// cannot be read), or neither: not where it was looked for.
struct Located {
    fs::path path;      // where it was found, or where it was looked for first
    fs::path resolved;  // resolve() of path: what is opened, or the key of an article not found
    bool found = false;
    std::string looked_in;
    std::optional<Refusal> refused;
};

bool not_a_file(FileProblem p) {
    return p == FileProblem::directory || p == FileProblem::fifo || p == FileProblem::device ||
           p == FileProblem::socket;
}

class Anchorer {
public:
    Anchorer(Report& report, const Program& program, const ArticleOptions& options, const Vocabulary& vocabulary)
        : report_(report), options_(options), vocabulary_(vocabulary) {
        for (const auto& module : program.modules) claims_files_.emplace(module->source.path(), &module->source);
    }

    std::vector<Diagnostic> run() {
        for (std::size_t i = 0; i < report_.claims.size(); ++i) {
            ClaimReport& claim = report_.claims[i];
            if (claim.article.empty() || claim.quote.empty()) continue;  // nothing to locate
            Located where = locate(claim);
            if (where.refused) {
                refuse(claim, *where.refused);
                continue;
            }
            ArticleReport* article = article_at(where, claim);
            if (!article) continue;  // refused when read
            article->claims.push_back(i);
            if (article->found()) continue;  // located below, an article at a time
            if (!options_.articles_dir.empty())
                fail(claim, "the article \"" + claim.article + "\" is not in " + article->looked_in);
            else  // the articles may simply live elsewhere: say so at the claim, keep its verdict
                claim.quote_issue = QuoteIssue{false,
                                               "quote not located: article \"" + claim.article +
                                                   "\" not found beside the claims file (in " + article->looked_in +
                                                   "); use --articles DIR",
                                               claim.quote_written_at};
        }
        if (!errors_.empty()) return std::move(errors_);  // no report is shown
        // One article's index at a time: built for its quotes, let go before its numbers are listed.
        for (auto& article : report_.articles) {
            if (!article.found()) continue;
            for (std::size_t i : article.claims) anchor(report_.claims[i], article);
            forget_index(article);
            cover(article);
            forget_text(article);  // located and covered: no more lines to count
        }
        return {};
    }

private:
    // In --articles DIR first, then beside the claims file; each may not be left by the
    // name. A name that is missing or no file (a directory) in one place is looked for in the next.
    Located locate(const ClaimReport& claim) const {
        const fs::path beside = fs::path(claim.file).parent_path();
        struct Place {
            fs::path dir;
            Confinement within;
        };
        std::vector<Place> places;
        if (!options_.articles_dir.empty())
            places.push_back({options_.articles_dir,
                              {resolve(options_.articles_dir).path, "articles", options_.allow_outside}});
        places.push_back({beside, {project_root(claim.file, options_.root), "project", options_.allow_outside}});
        Located out;
        std::optional<Refusal> no_file;  // the first name that is something, but no file
        for (const auto& place : places) {
            const fs::path path = place.dir / claim.article;
            const ResolvedPath resolved = resolve(path);
            out.looked_in += (out.looked_in.empty() ? "" : " and ") + as_given(place.dir);
            if (out.path.empty()) {  // where it was looked for first, to name it by
                out.path = path;
                out.resolved = resolved.path;
            }
            auto refused = refusal(claim.article, path, resolved, place.within);
            if (!refused) {
                out.path = path;
                out.resolved = resolved.path;
                out.found = true;
                return out;
            }
            if (not_a_file(refused->problem)) {
                if (!no_file) no_file = refused;
            } else if (refused->problem != FileProblem::missing) {
                out.refused = refused;
                return out;
            }
        }
        out.refused = no_file;  // a directory by that name, say, and no file anywhere: an error
        return out;
    }

    // The article, read once however many claims are in it; nothing when it cannot be read.
    ArticleReport* article_at(const Located& where, const ClaimReport& claim) {
        const std::string key = where.resolved.generic_string();
        if (auto found = index_.find(key); found != index_.end()) return &report_.articles[found->second];
        ArticleReport article;
        article.name = claim.article;
        checkpoint_with([&] { return "while reading the article " + as_given(where.path); });
        if (!where.found) {
            article.looked_in = where.looked_in;
        } else {
            auto text = read_resolved(where.resolved, options_.max_bytes);
            if (const auto* why = std::get_if<FileError>(&text)) {
                refuse(claim, {why->problem, "cannot read " + display_path(where.path) + ": " + why->message()});
                return nullptr;
            }
            article.path = as_given(where.path);
            charge_for_run(std::get<std::string>(text).size() * article_cost, "reading the article " + article.path);
            // Markdown and HTML are read to their text; positions are still the file's.
            const SourceFile file(article.path, valid_utf8(std::get<std::string>(text)));
            const auto& published =
                sources_.try_emplace(report_.articles.size(), file, article_format(claim.article, file.text())).first->second;
            article.text = published.text();
        }
        index_.emplace(key, report_.articles.size());
        return &report_.articles.emplace_back(std::move(article));
    }

    // An article that may not or cannot be read stops the run, at the claim naming it
    // (once, at the first claim, when many name it).
    void refuse(const ClaimReport& claim, const Refusal& refused) {
        if (!refused_.insert(refused.message).second) return;
        const auto source = claims_files_.find(claim.file);
        std::string line = source == claims_files_.end() ? "" : std::string(source->second->line(claim.at.line));
        errors_.push_back(Diagnostic{claim.file, claim.at, refused.message, std::move(line), {}});
    }

    const PublishedArticle& published(const ArticleReport& article) const {
        return sources_.at(static_cast<std::size_t>(&article - report_.articles.data()));
    }

    // Built when the article's first quote is looked for, then kept for the rest.
    const QuoteIndex& index(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        auto found = indexes_.find(at);
        if (found == indexes_.end()) {
            index_charges_[at] = Charge(article.text.size() * article_index_cost, "indexing the article " + article.path);
            found = indexes_.try_emplace(at, article.text, article.path).first;
        }
        return found->second;
    }

    void forget_index(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        indexes_.erase(at);
        index_charges_.erase(at);
        found_.erase(found_.lower_bound({at, ""}), found_.lower_bound({at + 1, ""}));
    }

    void forget_text(const ArticleReport& article) {
        sources_.erase(static_cast<std::size_t>(&article - report_.articles.data()));
    }

    void anchor(ClaimReport& claim, const ArticleReport& article) {
        checkpoint_with([&] { return "while locating quotes in " + article.path; });
        const QuoteIndex::Places& found = located(article, claim.quote);
        if (found.count == 1) {
            const PublishedArticle& source = published(article);
            claim.anchor = found.first.front();
            claim.anchor_at = source.at(found.first.front().begin);
            const Span in_file = source.in_file(found.first.front());
            claim.anchor_in_file = in_file;
            claim.anchored = source.file().text().substr(in_file.begin, in_file.end - in_file.begin);
            return;
        }
        if (found.count == 0) {
            fail(claim, "the quote is not in " + article.path);
            return;
        }
        std::string lines;
        for (const auto& span : found.first) {
            Location at = published(article).at(span.begin);
            lines += (lines.empty() ? "" : ", ") + std::to_string(at.line) + ":" + std::to_string(at.column);
        }
        fail(claim, "the quote is in " + article.path + " " + std::to_string(found.count) + " times (" +
                        (found.count > found.first.size() ? "first at " : "at ") + lines +
                        "); quote more of the sentence so it is found once");
    }

    // The places of a quote in an article, looked for once however many claims quote it.
    const QuoteIndex::Places& located(const ArticleReport& article, const std::string& quote) {
        auto key = std::pair(static_cast<std::size_t>(&article - report_.articles.data()), quote);
        auto known = found_.find(key);
        if (known == found_.end()) known = found_.emplace(std::move(key), index(article).find(quote, places_shown)).first;
        return known->second;
    }

    static void fail(ClaimReport& claim, const std::string& why) {
        claim.verdict = Verdict::error;
        claim.quote_issue = QuoteIssue{true, why, claim.quote_written_at};
    }

    // Which claims' quotes hold each mention: mentions come in order, so the quotes are
    // taken up as the mentions reach them and let go once they end before one: each is
    // looked at a few times, not once per mention.
    void cover(ArticleReport& article) {
        auto anchor_of = [&](std::size_t i) -> const Span& { return *report_.claims[i].anchor; };
        std::vector<std::size_t> by_begin;
        for (std::size_t i : article.claims)
            if (report_.claims[i].anchor) by_begin.push_back(i);
        std::stable_sort(by_begin.begin(), by_begin.end(),
                         [&](std::size_t a, std::size_t b) { return anchor_of(a).begin < anchor_of(b).begin; });
        std::set<std::pair<std::size_t, std::size_t>> open;  // (end, claim) of quotes begun
        std::size_t next = 0, seen = 0;
        const PublishedArticle& text = published(article);  // mentions come in order: a long line is walked once
        for (const Mention& m : find_mentions(article.text, vocabulary_, article.path)) {
            if (++seen % 4096 == 0) checkpoint_with([&] { return "while listing the numbers of " + article.path; });
            for (; next < by_begin.size() && anchor_of(by_begin[next]).begin <= m.span.begin; ++next)
                open.emplace(anchor_of(by_begin[next]).end, by_begin[next]);
            while (!open.empty() && open.begin()->first < m.span.end) open.erase(open.begin());
            MentionReport out{m.text, kind_name(m.kind), m.span, text.at(m.span.begin), {}};
            for (const auto& [end, i] : open) out.claims.push_back(i);
            std::sort(out.claims.begin(), out.claims.end());
            (is_quantity(m.kind) ? article.quantities : article.dates_and_ages).push_back(std::move(out));
        }
    }

    Report& report_;
    const ArticleOptions& options_;
    const Vocabulary& vocabulary_;  // the words the program's rules define
    std::map<std::string, const SourceFile*> claims_files_;  // by path, for the line an error shows
    std::vector<Diagnostic> errors_;
    std::set<std::string> refused_;             // the messages given
    std::map<std::string, std::size_t> index_;  // resolved path -> index into report_.articles
    std::map<std::size_t, PublishedArticle> sources_;  // for line:col of found articles, in their files
    std::map<std::size_t, QuoteIndex> indexes_;  // for the quotes of found articles
    std::map<std::size_t, Charge> index_charges_;  // what each index costs, held against --max-memory
    std::map<std::pair<std::size_t, std::string>, QuoteIndex::Places> found_;  // (article, quote)
};

}  // namespace

std::vector<Diagnostic> anchor_quotes(Report& report, const Program& program, const ArticleOptions& options,
                                      const Vocabulary& vocabulary) {
    return Anchorer(report, program, options, vocabulary).run();
}

}  // namespace claimcheck
