// The report as a terminal page (write_text) and as compiler-style lines, one a check (write_lines).
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"
#include "engine/articles/words.hpp"
#include "engine/report/elsewhere.hpp"

#include <algorithm>

namespace claimcheck::report {

namespace {

// A mention across a line break is shown on one line.
std::string shown_mention(const MentionReport& m) {
    checkpoint("while writing the report");  // one per number listed: an article may have millions
    return shown(one_line(m.text));
}

// The claim's id, marked when it is drafted and not yet reviewed: "n361 (drafted)".
std::string id_of(const ClaimReport& claim) { return shown(claim.id) + (drafted(claim) ? " (drafted)" : ""); }

// file:line:col: error|note: why, for a quote that was not located.
std::string issue_line(const ClaimReport& claim) {
    const QuoteIssue& issue = *claim.quote_issue;
    return shown(claim.file) + ":" + std::to_string(issue.at.line) + ":" + std::to_string(issue.at.column) + ": " +
           (issue.error ? "error: " : "note: ") + shown(issue.message);
}

const char* colour_of(Verdict v) {
    switch (v) {
    case Verdict::pass: return "\033[32m";
    case Verdict::warn: return "\033[33m";
    case Verdict::fail: return "\033[31m";
    case Verdict::unverifiable: return "\033[90m";
    case Verdict::error: return "\033[35m";
    }
    return "";
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(c - (c >= 'a' && c <= 'z' ? 'a' - 'A' : 0));
    return s;
}

// Verdict words padded to one width, so the checks line up.
std::string label(Verdict v, bool capitals, const Style& style) {
    std::string word = capitals ? upper(verdict_name(v)) : verdict_name(v);
    std::string padded = word + std::string(word.size() < 13 ? 13 - word.size() : 1, ' ');
    if (!style.colour) return padded;
    return colour_of(v) + word + "\033[0m" + padded.substr(word.size());
}

// Details sit under the check text: 4 spaces, then the 13-wide verdict column.
constexpr const char* detail = "                 ";

void write_check(std::ostream& out, const ClaimReport& claim, const CheckReport& c, const Style& style) {
    bool elsewhere = !c.file.empty() && c.file != claim.file;  // a check written in a template's file
    out << "    " << label(c.verdict, false, style) << (elsewhere ? shown(c.file) + ":" : "") << c.at.line << ":"
        << c.at.column << "  " << shown(c.text) << "\n";
    if (c.interval) {
        out << detail << "claimed " << shown(c.claimed) << " = " << interval_text(c);
        if (!c.actual_text.empty()) out << ", actual " << shown(c.actual_text);  // none when a figure is missing
        if (auto exact = exact_beside(c)) out << " (" << *exact << ")";
        out << "\n";
    } else if (!c.keys.empty()) {
        out << detail << "claimed " << shown(c.claimed) << " for " << c.reading << ", actual " << shown(c.actual_text)
            << "\n";
    }
    if (!c.definition.empty()) out << detail << "using " << shown(c.definition) << "\n";
    if (!c.message.empty()) out << detail << shown(c.message) << "\n";
    if (c.diagnosis) out << detail << "diagnosis: " << diagnosis_name(*c.diagnosis) << ": " << shown(c.explanation) << "\n";
    if (!c.suggestions.empty()) {
        out << detail << "write instead: \"" << shown(c.suggestions.front().wording) << "\"";
        for (std::size_t i = 1; i < c.suggestions.size(); ++i) out << " or \"" << shown(c.suggestions[i].wording) << "\"";
        out << "\n";
    }
}

// " 38 (a.txt, b.txt, c.txt and 2 more) 40 (d.txt) and 3 more values": bounded, however many said it.
void write_said(std::ostream& out, const SaidElsewhere& said) {
    for (const auto& value : said.values) {
        out << " " << shown(value.claimed) << " (";
        for (std::size_t i = 0; i < value.sources.size(); ++i) out << (i ? ", " : "") << shown(value.sources[i]);
        if (value.more_sources > 0) out << " and " << value.more_sources << " more";
        out << ")";
    }
    if (said.more_values > 0)
        out << " and " << said.more_values << (said.more_values == 1 ? " more value" : " more values");
}

// Editors' quickfix lists want every disagreeing statement as its own finding.
void write_conflict_lines(std::ostream& out, const Conflict& conflict) {
    const Elsewhere elsewhere(conflict);
    for (const auto& here : conflict.statements) {
        if (!conflict.definitions && !here.disputed) continue;
        out << shown(here.file) << ":" << here.at.line << ":" << here.at.column << ": conflict: "
            << shown(conflict.quantity) << " is " << shown(here.claimed) << " here; "
            << (conflict.definitions ? "other files define it as" : "other sources say");
        write_said(out, elsewhere.other_than(here));
        out << "\n";
    }
}

void write_coverage(std::ostream& out, const ArticleReport& article) {
    if (!article.found()) {
        out << "  " << shown(article.name) << ": not found in " << shown(article.looked_in)
            << "; its quotes were not located (--articles DIR says where articles are)\n";
        return;
    }
    std::size_t unchecked = article.unchecked();
    out << "  " << shown(article.path) << ": " << article.quantities.size()
        << (article.quantities.size() == 1 ? " number, " : " numbers, ")
        << (unchecked == 0 ? std::string("all checked") : std::to_string(unchecked) + " unchecked");
    if (!article.dates_and_ages.empty()) out << "; " << article.dates_and_ages.size() << " dates and ages set apart";
    out << "\n";
    for (const auto& m : article.quantities)
        if (m.claims.empty())
            out << "    unchecked  " << m.at.line << ":" << m.at.column << "  \"" << shown_mention(m) << "\" (" << m.kind << ")\n";
}

void write_tables_and_articles(std::ostream& out, const Report& report) {
    if (!report.tables.empty()) out << "\nTables\n";
    for (const auto& t : report.tables) {
        out << "  " << shown(t.path) << ": " << t.rows << (t.rows == 1 ? " row" : " rows") << " read once";
        if (t.skipped > 0) out << "; " << t.skipped << " malformed rows skipped (--lenient): claims resting on it are at best warn";
        out << "\n";
    }
    if (!report.articles.empty()) out << "\nArticles\n";
    for (const auto& article : report.articles) write_coverage(out, article);
}

}  // namespace

bool Shown::shows(const ClaimReport& claim) const {
    if (quiet && claim.verdict == Verdict::pass) return false;
    return only.empty() || std::find(only.begin(), only.end(), claim.verdict) != only.end();
}

void write_text(std::ostream& out, const Report& report, const Style& style) {
    std::string file;
    std::size_t hidden = 0;
    for (const auto& claim : report.claims) {
        checkpoint("while writing the report");
        if (!style.shown.shows(claim)) {
            ++hidden;
            continue;
        }
        if (claim.file != file) {
            file = claim.file;
            out << (style.colour ? "\033[1m" + shown(file) + "\033[0m" : shown(file)) << "\n";
        }
        out << "  " << label(claim.verdict, true, style) << id_of(claim);
        if (!claim.quote.empty()) out << "  \"" << shown(claim.quote) << "\"";
        out << "\n";
        if (claim.quote_issue) out << detail << issue_line(claim) << "\n";
        if (!claim.message.empty()) out << detail << shown(claim.message) << "\n";
        if (!claim.template_at.empty()) out << detail << "from the template at " << shown(claim.template_at) << "\n";
        for (const auto& check : claim.checks) write_check(out, claim, check, style);
    }
    if (!report.conflicts.empty()) out << "\nSources disagree\n";
    for (const auto& conflict : report.conflicts) {
        out << "  " << shown(conflict.quantity) << (conflict.definitions ? ", defined differently" : "") << "\n";
        for (const auto& s : conflict.statements)
            if (conflict.definitions)
                out << "    " << shown(s.claimed) << " at " << shown(s.file) << ":" << s.at.line
                    << (s.article.empty() ? "" : ", source " + shown(s.article)) << "\n";
            else
                out << "    " << shown(s.claimed) << " in " << shown(s.article) << " (" << shown(s.file) << ":"
                    << s.at.line << ", " << shown(s.claim) << ")\n";
    }
    if (!style.shown.quiet) write_tables_and_articles(out, report);
    // A quiet report of claims that all passed is the summary line alone.
    const bool above = !style.shown.quiet || report.claims.size() > hidden || !report.conflicts.empty();
    Summary s = report.summary();
    out << (above ? "\n" : "") << report.claims.size() << (report.claims.size() == 1 ? " claim: " : " claims: ") << s.pass << " pass, " << s.warn << " warn, " << s.fail
        << " fail, " << s.unverifiable << " unverifiable, " << s.error << " error";
    if (s.drafted > 0) out << "; " << s.drafted << " drafted, not yet reviewed";
    if (hidden > 0) out << "; " << hidden << " not shown";
    out << "\n";
}


void write_lines(std::ostream& out, const Report& report) {
    for (const auto& claim : report.claims) {
        checkpoint("while writing the report");
        const std::string id = id_of(claim);  // marked as the text report marks it
        if (claim.quote_issue) {  // an error at the quote, or a note that it was not looked for where it is
            const QuoteIssue& issue = *claim.quote_issue;
            out << shown(claim.file) << ":" << issue.at.line << ":" << issue.at.column << ": "
                << (issue.error ? "error" : "note") << ": " << id << ": " << shown(issue.message) << "\n";
        }
        if ((claim.checks.empty() && !claim.quote_issue) || !claim.message.empty())
            out << shown(claim.file) << ":" << claim.at.line << ":" << claim.at.column << ": "
                << verdict_name(claim.verdict) << ": " << id << ": " << shown(claim.message) << "\n";
        for (const auto& c : claim.checks) {
            out << shown(c.file.empty() ? claim.file : c.file) << ":" << c.at.line << ":" << c.at.column << ": "
                << verdict_name(c.verdict) << ": "
                << id << ": " << shown(c.text);
            if (c.actual) out << ": actual " << shown(c.actual_text);
            if (!c.message.empty()) out << ": " << shown(c.message);
            if (c.diagnosis) out << ": " << diagnosis_name(*c.diagnosis);
            if (!c.suggestions.empty()) out << ": write \"" << shown(c.suggestions.front().wording) << "\"";
            out << "\n";
        }
    }
    for (const auto& conflict : report.conflicts) write_conflict_lines(out, conflict);
    for (const auto& article : report.articles)
        for (const auto& m : article.quantities)
            if (m.claims.empty())
                out << shown(article.path) << ":" << m.at.line << ":" << m.at.column << ": unchecked: \""
                    << shown_mention(m) << "\" (" << m.kind << ")\n";
}

}  // namespace claimcheck::report
