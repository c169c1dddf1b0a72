// The HTML report: one self-contained page per run. Each article's text with
// every quote highlighted by verdict (engine/report/html_text.cpp), a card per claim,
// and a summary on top; drafted claims not yet reviewed badged and counted.
// Everything taken from the input is escaped; nothing is fetched.
#include "engine/report/html_parts.hpp"
#include "engine/report/html_style.hpp"
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

#include <algorithm>
#include <map>
#include <string_view>

namespace claimcheck::report {

namespace {

using html::card_id, html::escape, html::number_id, html::verdict_class, html::write_article_text;

std::string where(const std::string& file, const Location& at) {
    return file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

constexpr Verdict all_verdicts[] = {Verdict::pass, Verdict::warn, Verdict::fail, Verdict::unverifiable, Verdict::error};

int count_of(const Summary& s, Verdict v) {
    switch (v) {
    case Verdict::pass: return s.pass;
    case Verdict::warn: return s.warn;
    case Verdict::fail: return s.fail;
    case Verdict::unverifiable: return s.unverifiable;
    case Verdict::error: return s.error;
    }
    return 0;
}

// ---- Cards: every detail of a claim, readable without the script ----------

void write_check(std::ostream& out, const ClaimReport& claim, const CheckReport& c) {
    bool elsewhere = !c.file.empty() && c.file != claim.file;  // written in a template's file
    out << "<li class=\"check\"><p><span class=\"badge " << verdict_class(c.verdict) << "\">" << verdict_name(c.verdict)
        << "</span><code>" << escape(c.text) << "</code> <span class=\"meta\">"
        << escape(elsewhere ? where(c.file, c.at) : "line " + std::to_string(c.at.line)) << "</span></p><dl>";
    auto row = [&](const char* term, const std::string& html) { out << "<dt>" << term << "</dt><dd>" << html << "</dd>"; };
    if (!c.claimed.empty()) row("Claimed", escape(c.claimed));
    if (c.interval) {
        std::string text = "<code>" + escape(interval_text(c)) + "</code>";
        if (!c.reading.empty()) text += " (" + escape(c.reading) + ")";
        row("Read as", text);
    }
    if (!c.keys.empty()) row("Read as", escape(c.reading));  // a rank check: "the second highest"
    if (!c.actual_text.empty()) {
        std::string exact = escape(c.actual_text);
        if (auto fraction = exact_beside(c)) exact += " <code>= " + escape(*fraction) + "</code>";
        row("Exact", exact);
    }
    if (!c.definition.empty()) row("Using", escape(c.definition));
    if (!c.message.empty()) row("Why", escape(c.message));
    if (c.diagnosis) row("Diagnosis", "<strong>" + escape(std::string(diagnosis_name(*c.diagnosis))) + "</strong>: " + escape(c.explanation));
    if (!c.suggestions.empty()) {
        std::string wordings;
        for (const auto& s : c.suggestions)
            wordings += std::string(wordings.empty() ? "" : " or ") + "<span class=\"wording\">\u201c" +
                        escape(s.wording) + "\u201d</span>";
        row("Write instead", wordings);
    }
    out << "</dl></li>";
}

void write_claim_card(std::ostream& out, const Report& report, std::size_t index) {
    checkpoint("while writing the report");
    const ClaimReport& claim = report.claims[index];
    out << "<div class=\"card " << verdict_class(claim.verdict) << (drafted(claim) ? " drafted" : "") << "\" id=\""
        << card_id(index) << "\" data-id=\"" << escape(claim.id) << "\">";
    out << "<p class=\"card-head\"><span class=\"badge " << verdict_class(claim.verdict) << "\">"
        << verdict_name(claim.verdict) << "</span>" << (drafted(claim) ? html::drafted_badge : "") << "<code class=\"id\">"
        << escape(claim.id) << "</code></p>";
    out << "<p class=\"meta\">" << escape(where(claim.file, claim.at));
    if (claim.anchor) out << " &middot; quote at line " << claim.anchor_at.line << ", column " << claim.anchor_at.column;
    else if (!claim.quote.empty()) out << " &middot; quote not located in the article";
    out << "</p>";
    if (!claim.quote.empty()) out << "<blockquote>" << escape(claim.quote) << "</blockquote>";
    if (const auto& issue = claim.quote_issue)
        out << "<p class=\"issue\">" << escape(where(claim.file, issue->at)) << ": " << (issue->error ? "error" : "note")
            << ": " << escape(issue->message) << "</p>";
    if (!claim.message.empty()) out << "<p>" << escape(claim.message) << "</p>";
    if (!claim.template_at.empty()) out << "<p class=\"meta\">From the template at " << escape(claim.template_at) << "</p>";
    if (!claim.checks.empty()) {
        out << "<ul class=\"checks\">";
        for (const auto& c : claim.checks) write_check(out, claim, c);
        out << "</ul>";
    }
    for (const auto& note : claim.notes) out << "<p class=\"meta\">Note: " << escape(note) << "</p>";
    if (claim.expected) out << "<p class=\"meta\">Expected: " << escape(verdict_name(*claim.expected)) << "</p>";
    if (claim.anchor) out << "<p class=\"back\"><a href=\"#quote-" << index << "\">Back to the text</a></p>";
    out << "</div>\n";
}

void write_number_card(std::ostream& out, const ArticleReport& article, std::size_t index, std::size_t m) {
    checkpoint("while writing the report");
    const MentionReport& mention = article.quantities[m];
    out << "<div class=\"card unchecked\" id=\"" << number_id(index, m) << "\"><p class=\"card-head\">"
        << "<span class=\"badge unchecked\">unchecked</span><strong>" << escape(mention.text) << "</strong> ("
        << escape(mention.kind) << ")</p><p>No claim checks this number.</p><p class=\"meta\">"
        << escape(where(article.path, mention.at)) << "</p></div>\n";
}

// ---- Sections ---------------------------------------------------------------

// Claims in reading order: where their quotes are, then those not located.
std::vector<std::size_t> reading_order(const Report& report, const ArticleReport& article) {
    std::vector<std::size_t> order = article.claims;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto &x = report.claims[a].anchor, &y = report.claims[b].anchor;
        if (x && y) return x->begin < y->begin;
        return x.has_value() && !y.has_value();
    });
    return order;
}

void write_article(std::ostream& out, const Report& report, const ArticleReport& article, std::size_t index) {
    out << "<section class=\"panel\" id=\"article-" << index << "\" aria-labelledby=\"article-" << index
        << "-title\">\n<h2 id=\"article-" << index << "-title\">" << escape(article.name) << "</h2>\n";
    if (!article.found()) {
        out << "<p class=\"missing\">Article not found in " << escape(article.looked_in)
            << ": its quotes were not located (<code>--articles DIR</code> says where articles are).</p>\n";
    } else {
        std::size_t unchecked = article.unchecked();
        out << "<p class=\"meta\">" << escape(article.path) << " &middot; " << article.claims.size() << " claims, "
            << article.quantities.size() << " numbers, "
            << (unchecked == 0 ? std::string("all checked") : std::to_string(unchecked) + " unchecked") << "</p>\n";
        write_article_text(out, report, article, index);
    }
    out << "<h3>Claims in this article</h3>\n";
    for (std::size_t i : reading_order(report, article)) write_claim_card(out, report, i);
    if (article.unchecked() > 0) {
        out << "<h3>Numbers no claim checks</h3>\n";
        for (std::size_t m = 0; m < article.quantities.size(); ++m)
            if (article.quantities[m].claims.empty()) write_number_card(out, article, index, m);
    }
    out << "</section>\n";
}

// Claims outside every article: no `in`, or no articles read at all.
std::vector<std::size_t> claims_outside(const Report& report) {
    std::vector<bool> placed(report.claims.size(), false);
    for (const auto& article : report.articles)
        for (std::size_t i : article.claims) placed[i] = true;
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < report.claims.size(); ++i)
        if (!placed[i]) out.push_back(i);
    return out;
}

void write_count_cells(std::ostream& out, const Summary& s) {
    for (Verdict v : all_verdicts) {
        int n = count_of(s, v);
        const char* klass = n == 0 ? " class=\"zero\"" : (v == Verdict::fail || v == Verdict::error) ? " class=\"hot\"" : "";
        out << "<td" << klass << ">" << n << "</td>";
    }
}

void write_article_table(std::ostream& out, const Report& report, const std::vector<std::size_t>& outside) {
    out << "<div class=\"table-wrap\"><table>\n<caption>Claims by article</caption>\n<thead><tr><th scope=\"col\">Article</th>";
    for (Verdict v : all_verdicts) out << "<th scope=\"col\">" << verdict_name(v) << "</th>";
    out << "<th scope=\"col\">unchecked numbers</th></tr></thead>\n<tbody>\n";
    for (std::size_t a = 0; a < report.articles.size(); ++a) {
        const ArticleReport& article = report.articles[a];
        Summary s;
        for (std::size_t i : article.claims) s.add(report.claims[i]);
        out << "<tr><th scope=\"row\"><a href=\"#article-" << a << "\">" << escape(article.name) << "</a></th>";
        write_count_cells(out, s);
        std::size_t unchecked = article.unchecked();
        out << "<td" << (unchecked == 0 ? " class=\"zero\"" : "") << ">"
            << (article.found() ? std::to_string(unchecked) : std::string("not found")) << "</td></tr>\n";
    }
    if (!outside.empty()) {
        Summary s;
        for (std::size_t i : outside) s.add(report.claims[i]);
        out << "<tr><th scope=\"row\"><a href=\"#outside\">Not in an article</a></th>";
        write_count_cells(out, s);
        out << "<td class=\"zero\">&ndash;</td></tr>\n";
    }
    out << "</tbody></table></div>\n";
}

void write_conflicts(std::ostream& out, const Report& report) {
    if (report.conflicts.empty()) return;
    // Each statement links to its claim's card: found by (file, id) in one index, not a search of every claim.
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> card_of;
    for (std::size_t i = 0; i < report.claims.size(); ++i)
        card_of.emplace(std::pair<std::string_view, std::string_view>{report.claims[i].file, report.claims[i].id}, i);
    out << "<h3>Sources disagree</h3>\n<ul class=\"conflicts\">\n";
    for (const auto& conflict : report.conflicts) {
        out << "<li><code>" << escape(conflict.quantity) << "</code>" << (conflict.definitions ? ", defined differently" : "")
            << ": ";
        for (std::size_t k = 0; k < conflict.statements.size(); ++k) {
            const Statement& s = conflict.statements[k];
            if (conflict.definitions) {
                out << (k ? "; " : "") << "<strong>" << escape(s.claimed) << "</strong> at " << escape(s.file) << ":"
                    << s.at.line;
                continue;
            }
            auto claim = card_of.find({s.file, s.claim});
            out << (k ? "; " : "") << "<strong>" << escape(s.claimed) << "</strong> in " << escape(s.article) << " (";
            if (claim != card_of.end()) out << "<a href=\"#" << card_id(claim->second) << "\">" << escape(s.claim) << "</a>";
            else out << escape(s.claim);
            out << ", " << verdict_name(s.verdict) << ")";
        }
        out << "</li>\n";
    }
    out << "</ul>\n";
}

void write_summary(std::ostream& out, const Report& report, const std::vector<std::size_t>& outside) {
    Summary s = report.summary();
    std::size_t unchecked = 0;
    for (const auto& article : report.articles) unchecked += article.unchecked();
    out << "<section class=\"panel\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
        << "<p class=\"meta\">" << report.claims.size() << (report.claims.size() == 1 ? " claim" : " claims") << " in "
        << report.articles.size() << (report.articles.size() == 1 ? " article" : " articles") << ", " << unchecked
        << " unchecked " << (unchecked == 1 ? "number" : "numbers") << ", " << report.conflicts.size()
        << (report.conflicts.size() == 1 ? " conflict" : " conflicts") << " between sources</p>\n<ul class=\"totals\">";
    for (Verdict v : all_verdicts)
        out << "<li class=\"" << verdict_class(v) << "\"><span class=\"n\">" << count_of(s, v) << "</span> "
            << verdict_name(v) << "</li>";
    if (s.drafted > 0) out << "<li class=\"drafted\"><span class=\"n\">" << s.drafted << "</span> drafted, not yet reviewed</li>";
    out << "</ul>\n";
    if (!report.articles.empty()) write_article_table(out, report, outside);
    write_conflicts(out, report);
    out << "</section>\n";
}

void write_outside(std::ostream& out, const Report& report, const std::vector<std::size_t>& outside) {
    if (outside.empty()) return;
    out << "<section class=\"panel\" id=\"outside\" aria-labelledby=\"outside-title\">\n<h2 id=\"outside-title\">"
        << (report.articles.empty() ? "Claims" : "Claims not in any article") << "</h2>\n";
    for (std::size_t i : outside) write_claim_card(out, report, i);
    out << "</section>\n";
}

}  // namespace

void write_html(std::ostream& out, const Report& report, const std::string& version) {
    std::vector<std::size_t> outside = claims_outside(report);
    // The policy forbids every fetch, so the page cannot reach the network even by mistake.
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "script-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"claimcheck " << escape(version) << "\">\n"
        << "<title>claimcheck report</title>\n<style>" << html::stylesheet << "</style>\n</head>\n<body>\n"
        << "<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<main>\n<header>\n<h1>claimcheck report</h1>\n"
        << "<p class=\"meta\">Each quote is highlighted by its verdict: pass, warn, fail, unverifiable, error; numbers "
           "no claim checks are outlined. Select a highlight for the claimed and exact values.</p>\n</header>\n";
    write_summary(out, report, outside);
    out << "<div id=\"articles\">\n";
    for (std::size_t a = 0; a < report.articles.size(); ++a) write_article(out, report, report.articles[a], a);
    write_outside(out, report, outside);
    out << "</div>\n</main>\n"
        << "<div id=\"detail\" role=\"region\" aria-label=\"Claim details\" hidden><button type=\"button\" "
           "class=\"close\" aria-label=\"Close the details\">&times;</button><div id=\"detail-body\"></div></div>\n"
        << "<script>" << html::script << "</script>\n</body>\n</html>\n";
}

}  // namespace claimcheck::report
