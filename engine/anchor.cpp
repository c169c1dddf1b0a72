#include "anchor.hpp"

#include "deadline.hpp"
#include "mentions.hpp"
#include "paths.hpp"
#include "quote_index.hpp"

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
std::string as_given(const fs::path& path) {
    return path.empty() ? "." : path.lexically_normal().generic_string();
}

// Line and column of offsets asked for in any order, in time that does not grow with the
// line: a single-line article of megabytes, quoted by thousands of claims, would
// otherwise be counted from its start for each. The place of every 4 KiB is kept, and
// each offset counted on from the nearest before it.
class Positions {
public:
    explicit Positions(const SourceFile& source) : source_(source) {
        ForwardLocator locator(source);
        for (std::size_t at = 0; at <= source.text().size(); at += step) marks_.push_back(locator.at(at));
    }
    Location at(std::size_t offset) const {
        const std::size_t k = std::min(offset / step, marks_.size() - 1);
        return source_.locate_from(k * step, marks_[k], offset);
    }

private:
    static constexpr std::size_t step = 4096;
    const SourceFile& source_;
    std::vector<Location> marks_;  // where k * step is
};

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
            if (article.found())
                anchor(claim, article);
            else if (!article.problem.empty())
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
        for (auto& article : report_.articles)
            if (article.found()) cover(article);
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
        sources_.emplace(report_.articles.size() - 1, SourceFile(article.path, valid_utf8(*text)));
        article.text = source(article).text();
        return article;
    }

    const SourceFile& source(const ArticleReport& article) const {
        return sources_.at(static_cast<std::size_t>(&article - report_.articles.data()));
    }

    // Made when the article's first quote is placed, then kept for the rest.
    const Positions& positions(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        auto found = positions_.find(at);
        if (found == positions_.end()) found = positions_.try_emplace(at, source(article)).first;
        return found->second;
    }

    // Built when the article's first quote is looked for, then kept for the rest.
    const QuoteIndex& index(const ArticleReport& article) {
        std::size_t at = static_cast<std::size_t>(&article - report_.articles.data());
        auto found = indexes_.find(at);
        if (found == indexes_.end()) found = indexes_.try_emplace(at, article.text).first;
        return found->second;
    }

    void anchor(ClaimReport& claim, const ArticleReport& article) {
        checkpoint_with([&] { return "while locating quotes in " + article.path; });
        const QuoteIndex::Places& found = located(article, claim.quote);
        if (found.count == 1) {
            claim.anchor = found.first.front();
            claim.anchor_at = positions(article).at(found.first.front().begin);
            return;
        }
        if (found.count == 0) {
            fail(claim, "the quote is not in " + article.path);
            return;
        }
        std::string lines;
        for (const auto& span : found.first) {
            Location at = positions(article).at(span.begin);
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
        ForwardLocator locator(source(article));  // mentions come in order: a long line is walked once
        for (const Mention& m : find_mentions(article.text)) {
            if (++seen % 4096 == 0) checkpoint_with([&] { return "while listing the numbers of " + article.path; });
            for (; next < by_begin.size() && anchor_of(by_begin[next]).begin <= m.span.begin; ++next)
                open.emplace(anchor_of(by_begin[next]).end, by_begin[next]);
            while (!open.empty() && open.begin()->first < m.span.end) open.erase(open.begin());
            MentionReport out{m.text, kind_name(m.kind), m.span, locator.at(m.span.begin), {}};
            for (const auto& [end, i] : open) out.claims.push_back(i);
            std::sort(out.claims.begin(), out.claims.end());
            (is_quantity(m.kind) ? article.quantities : article.dates_and_ages).push_back(std::move(out));
        }
    }

    Report& report_;
    const ArticleOptions& options_;
    std::map<std::string, std::size_t> index_;  // real path -> index into report_.articles
    std::map<std::size_t, SourceFile> sources_;  // for line:col of found articles
    std::map<std::size_t, QuoteIndex> indexes_;  // for the quotes of found articles
    std::map<std::pair<std::size_t, std::string>, QuoteIndex::Places> found_;  // (article, quote)
    std::map<std::size_t, Positions> positions_;  // line:col in found articles, in any order
};

}  // namespace

std::size_t ArticleReport::unchecked() const {
    std::size_t n = 0;
    for (const auto& m : quantities) n += m.claims.empty() ? 1 : 0;
    return n;
}

void anchor_quotes(Report& report, const ArticleOptions& options) { Anchorer(report, options).run(); }

}  // namespace claimcheck
