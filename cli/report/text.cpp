#include "writers.hpp"

namespace claimcheck::report {

namespace {

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
    out << "    " << label(c.verdict, false, style) << (elsewhere ? c.file + ":" : "") << c.at.line << ":"
        << c.at.column << "  " << c.text << "\n";
    if (c.interval) {
        out << detail << "claimed " << c.claimed << " = " << interval_text(c);
        if (!c.actual_text.empty()) out << ", actual " << c.actual_text;  // none when a figure is missing
        if (c.actual && denominator(*c.actual) != 1 && c.actual_text.find(fraction_text(*c.actual)) == std::string::npos)
            out << " (" << fraction_text(*c.actual) << ")";
        out << "\n";
    }
    if (!c.definition.empty()) out << detail << "using " << c.definition << "\n";
    if (!c.message.empty()) out << detail << c.message << "\n";
    if (!c.diagnosis.empty()) out << detail << "diagnosis: " << c.diagnosis << ": " << c.explanation << "\n";
    if (!c.suggestions.empty()) {
        out << detail << "write instead: \"" << c.suggestions.front().wording << "\"";
        for (std::size_t i = 1; i < c.suggestions.size(); ++i) out << " or \"" << c.suggestions[i].wording << "\"";
        out << "\n";
    }
}

// Editors' quickfix lists want every disagreeing statement as its own finding.
void write_conflict_lines(std::ostream& out, const Conflict& conflict) {
    for (const auto& here : conflict.statements) {
        if (conflict.definitions) {
            out << here.file << ":" << here.at.line << ":" << here.at.column << ": conflict: " << conflict.quantity
                << " is " << here.claimed << " here; other files define it as";
            for (const auto& other : conflict.statements)
                if (other.file != here.file) out << " " << other.claimed << " (" << other.file << ":" << other.at.line << ")";
            out << "\n";
            continue;
        }
        if (!here.disputed) continue;
        out << here.file << ":" << here.at.line << ":" << here.at.column << ": conflict: " << conflict.quantity
            << " is " << here.claimed << " here; other sources say";
        for (const auto& other : conflict.statements)
            if (other.article != here.article) out << " " << other.claimed << " (" << other.article << ")";
        out << "\n";
    }
}

void write_coverage(std::ostream& out, const ArticleReport& article) {
    if (!article.found()) {
        out << "  " << article.name << ": not found in " << article.looked_in
            << "; its quotes were not located (--articles DIR says where articles are)\n";
        return;
    }
    std::size_t unchecked = article.unchecked();
    out << "  " << article.path << ": " << article.quantities.size()
        << (article.quantities.size() == 1 ? " number, " : " numbers, ")
        << (unchecked == 0 ? std::string("all checked") : std::to_string(unchecked) + " unchecked");
    if (!article.dates_and_ages.empty()) out << "; " << article.dates_and_ages.size() << " dates and ages set apart";
    out << "\n";
    for (const auto& m : article.quantities)
        if (m.claims.empty())
            out << "    unchecked  " << m.at.line << ":" << m.at.column << "  \"" << m.text << "\" (" << m.kind << ")\n";
}

}  // namespace

void write_text(std::ostream& out, const Report& report, const Style& style) {
    std::string file;
    for (const auto& claim : report.claims) {
        if (claim.file != file) {
            file = claim.file;
            out << (style.colour ? "\033[1m" + file + "\033[0m" : file) << "\n";
        }
        out << "  " << label(claim.verdict, true, style) << claim.id;
        if (!claim.quote.empty()) out << "  \"" << claim.quote << "\"";
        out << "\n";
        if (!claim.message.empty()) out << detail << claim.message << "\n";
        if (!claim.template_at.empty()) out << detail << "from the template at " << claim.template_at << "\n";
        for (const auto& check : claim.checks) write_check(out, claim, check, style);
    }
    if (!report.conflicts.empty()) out << "\nSources disagree\n";
    for (const auto& conflict : report.conflicts) {
        out << "  " << conflict.quantity << (conflict.definitions ? ", defined differently" : "") << "\n";
        for (const auto& s : conflict.statements)
            if (conflict.definitions)
                out << "    " << s.claimed << " at " << s.file << ":" << s.at.line
                    << (s.article.empty() ? "" : ", source " + s.article) << "\n";
            else
                out << "    " << s.claimed << " in " << s.article << " (" << s.file << ":" << s.at.line << ", " << s.claim
                    << ")\n";
    }
    if (!report.tables.empty()) out << "\nTables\n";
    for (const auto& t : report.tables) {
        out << "  " << t.path << ": " << t.rows << (t.rows == 1 ? " row" : " rows") << " read once";
        if (t.skipped > 0) out << "; " << t.skipped << " malformed rows skipped (--lenient): claims resting on it are at best warn";
        out << "\n";
    }
    if (!report.articles.empty()) out << "\nArticles\n";
    for (const auto& article : report.articles) write_coverage(out, article);
    Summary s = report.summary();
    out << "\n" << report.claims.size() << (report.claims.size() == 1 ? " claim: " : " claims: ") << s.pass << " pass, " << s.warn << " warn, " << s.fail
        << " fail, " << s.unverifiable << " unverifiable, " << s.error << " error\n";
}

void write_lines(std::ostream& out, const Report& report) {
    for (const auto& claim : report.claims) {
        if (claim.checks.empty() || !claim.message.empty())
            out << claim.file << ":" << claim.at.line << ":" << claim.at.column << ": "
                << verdict_name(claim.verdict) << ": " << claim.id << ": " << claim.message << "\n";
        for (const auto& c : claim.checks) {
            out << (c.file.empty() ? claim.file : c.file) << ":" << c.at.line << ":" << c.at.column << ": "
                << verdict_name(c.verdict) << ": "
                << claim.id << ": " << c.text;
            if (c.actual) out << ": actual " << c.actual_text;
            if (!c.message.empty()) out << ": " << c.message;
            if (!c.diagnosis.empty()) out << ": " << c.diagnosis;
            if (!c.suggestions.empty()) out << ": write \"" << c.suggestions.front().wording << "\"";
            out << "\n";
        }
    }
    for (const auto& conflict : report.conflicts) write_conflict_lines(out, conflict);
    for (const auto& article : report.articles)
        for (const auto& m : article.quantities)
            if (m.claims.empty())
                out << article.path << ":" << m.at.line << ":" << m.at.column << ": unchecked: \"" << m.text << "\" ("
                    << m.kind << ")\n";
}

std::string decimal(const Rational& value) { return decimal_text(value, 7); }

std::string interval_text(const CheckReport& check) {
    std::string text = check.interval->text(check.interval_unit);
    return check.interval_negated ? "not " + text : text;
}

}  // namespace claimcheck::report
