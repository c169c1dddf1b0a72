// The HTML report's article text: cut where any quote or unchecked number starts or
// ends, each piece a highlight by the worst verdict of the claims whose quotes hold it,
// a verdict word after each quote. A drafted claim's highlight is outlined, dashed.
#include "engine/report/html_parts.hpp"
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace claimcheck::report::html {

std::string escape(std::string_view raw) {
    std::string text = shown(raw, true);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

// A run of text covered by the same claims (or by one unchecked number).
struct Segment {
    std::size_t begin = 0, end = 0;
    std::vector<std::size_t> claims;          // innermost quote first
    std::optional<std::size_t> unchecked;      // index into ArticleReport::quantities
    std::vector<std::size_t> ending;           // claims whose quote ends where this segment does
};

// Quotes may nest or overlap ("(44 per cent)" inside a longer quote), and links cannot
// nest, so the text is cut at every boundary into flat segments, in one sweep: quotes
// taken up where they begin and let go where they end, numbers walked along in order.
std::vector<Segment> segments(const Report& report, const ArticleReport& article) {
    const std::size_t size = article.text.size();
    std::set<std::size_t> cuts{0, size};
    std::vector<std::size_t> quoted;  // claims with a quote in the text, in the order of article.claims
    for (std::size_t i : article.claims)
        if (const auto& a = report.claims[i].anchor; a && a->begin < a->end && a->end <= size) {
            quoted.push_back(i);
            cuts.insert({a->begin, a->end});
        }
    for (const auto& m : article.quantities)
        if (m.claims.empty() && m.span.begin < m.span.end && m.span.end <= size) cuts.insert({m.span.begin, m.span.end});
    auto anchor = [&](std::size_t i) -> const Span& { return *report.claims[i].anchor; };
    std::vector<std::size_t> by_begin = quoted, by_end = quoted;
    std::stable_sort(by_begin.begin(), by_begin.end(), [&](std::size_t a, std::size_t b) { return anchor(a).begin < anchor(b).begin; });
    std::stable_sort(by_end.begin(), by_end.end(), [&](std::size_t a, std::size_t b) { return anchor(a).end < anchor(b).end; });
    std::vector<Segment> out;
    std::set<std::size_t> open;  // claims whose quote holds the segment, by index: article.claims's order
    std::size_t begun = 0, ended = 0, closed = 0, number = 0;
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        if (out.size() % 4096 == 0) checkpoint_with([&] { return "while writing the HTML page of " + article.path; });
        Segment seg{*it, *std::next(it), {}, {}, {}};
        for (; begun < by_begin.size() && anchor(by_begin[begun]).begin <= seg.begin; ++begun) open.insert(by_begin[begun]);
        for (; closed < by_end.size() && anchor(by_end[closed]).end <= seg.begin; ++closed) open.erase(by_end[closed]);
        seg.claims.assign(open.begin(), open.end());  // every open quote holds the whole segment: its ends are cuts
        std::stable_sort(seg.claims.begin(), seg.claims.end(), [&](std::size_t a, std::size_t b) {
            const Span &x = anchor(a), &y = anchor(b);
            return x.end - x.begin < y.end - y.begin;
        });
        const auto& numbers = article.quantities;
        while (number < numbers.size() && numbers[number].span.end <= seg.begin) ++number;
        if (const MentionReport* m = number < numbers.size() ? &numbers[number] : nullptr;
            seg.claims.empty() && m && m->claims.empty() && m->span.begin <= seg.begin && seg.end <= m->span.end && m->span.end <= size)
            seg.unchecked = number;
        for (; ended < by_end.size() && anchor(by_end[ended]).end <= seg.end; ++ended)
            if (anchor(by_end[ended]).end == seg.end) seg.ending.push_back(by_end[ended]);
        out.push_back(std::move(seg));
    }
    return out;
}

// One highlight: a link to the cards (so it works without the script), with the
// worst verdict's colour; the script shows the cards beside it.
void write_highlight(std::ostream& out, const Report& report, const Segment& seg, std::size_t article_index,
                     std::set<std::size_t>& first_seen, std::string_view text) {
    std::string cards, title, klass;
    Verdict worst = Verdict::pass;
    bool any_drafted = false;
    for (std::size_t i : seg.claims) {
        const ClaimReport& claim = report.claims[i];
        cards += (cards.empty() ? "" : " ") + card_id(i);
        title += (title.empty() ? "" : "; ") + claim.id + ": " + verdict_name(claim.verdict) +
                 (drafted(claim) ? ", drafted" : "");
        worst = worse(worst, claim.verdict);
        any_drafted = any_drafted || drafted(claim);
    }
    if (seg.claims.empty()) {
        cards = number_id(article_index, *seg.unchecked);
        title = "unchecked: no claim checks this number";
        klass = "hl unchecked";
    } else {
        klass = "hl " + verdict_class(worst) + (any_drafted ? " drafted" : "");
    }
    // The first piece of each quote is where a card's "back to the text" link returns: the
    // highlight itself for the innermost quote, an empty marker for a quote around it.
    for (std::size_t k = 1; k < seg.claims.size(); ++k)
        if (first_seen.insert(seg.claims[k]).second) out << "<span id=\"quote-" << seg.claims[k] << "\"></span>";
    out << "<a class=\"" << klass << "\" href=\"#" << cards.substr(0, cards.find(' ')) << "\"";
    if (!seg.claims.empty() && first_seen.insert(seg.claims.front()).second)
        out << " id=\"quote-" << seg.claims.front() << "\"";
    out << " data-cards=\"" << cards << "\" data-verdict=\""
        << (seg.claims.empty() ? "unchecked" : verdict_name(worst)) << "\" title=\"" << escape(title)
        << "\" aria-describedby=\"" << cards << "\" aria-controls=\"detail\" aria-expanded=\"false\">" << escape(text)
        << "</a>";
}

// Colour and outline are never the only signal: a verdict word follows each quote, and
// "drafted" after it for a claim not yet reviewed.
void write_tags(std::ostream& out, const Report& report, const Segment& seg) {
    for (std::size_t i : seg.ending) {
        const ClaimReport& claim = report.claims[i];
        out << "<span class=\"tag " << verdict_class(claim.verdict) << "\">" << verdict_name(claim.verdict) << "</span>"
            << (drafted(claim) ? drafted_tag : "");
    }
}

}  // namespace

void write_article_text(std::ostream& out, const Report& report, const ArticleReport& article, std::size_t index) {
    std::set<std::size_t> first_seen;
    out << "<div class=\"text\">";
    for (const Segment& seg : segments(report, article)) {
        checkpoint("while writing the report");
        std::string_view text = std::string_view(article.text).substr(seg.begin, seg.end - seg.begin);
        if (seg.claims.empty() && !seg.unchecked)
            out << escape(text);
        else
            write_highlight(out, report, seg, index, first_seen, text);
        write_tags(out, report, seg);
    }
    out << "</div>\n";
}

}  // namespace claimcheck::report::html
