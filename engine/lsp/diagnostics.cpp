// Verdicts and errors as LSP diagnostics, placed in the claims file and in the article.
#include "engine/lsp/diagnostics.hpp"

#include "engine/report/writers.hpp"

namespace claimcheck::lsp {

namespace {

nlohmann::json diagnostic(const Range& range, Severity severity, const std::string& message,
                          std::optional<std::string> code = std::nullopt) {
    nlohmann::json out = {{"range", to_json(range)},
                          {"severity", static_cast<int>(severity)},
                          {"source", "claimcheck"},
                          {"message", message}};
    if (code) out["code"] = *code;
    return out;
}

// A place in another file, named in the message and shown at the top of this one.
std::string elsewhere(const Diagnostic& error) {
    return error.path + ":" + std::to_string(error.at.line) + ":" + std::to_string(error.at.column) + ": ";
}

std::string with_notes(const Diagnostic& error) {
    std::string out = error.message;
    for (const auto& note : error.notes) out += "\n" + note;
    return out;
}

// Where a check is written in `path`: from the check to its end; an applied template's
// check, written in another file, at the claim's own place (its apply).
Range check_range(const LineIndex& index, const ClaimReport& claim, const CheckReport& check) {
    if (!check.file.empty() && check.file != claim.file) return index.rest_of_line(claim.at);
    Range range{index.at(check.at), index.at(check.ends_at)};
    if (check.ends_at.line == 0 || range.end.line < range.start.line ||
        (range.end.line == range.start.line && range.end.character <= range.start.character))
        return index.rest_of_line(check.at);
    return range;
}

}  // namespace

std::optional<Severity> severity_of(Verdict verdict, bool article) {
    switch (verdict) {
    case Verdict::error:
    case Verdict::fail: return Severity::error;
    case Verdict::warn: return Severity::warning;
    case Verdict::unverifiable: return Severity::information;
    case Verdict::pass: break;
    }
    return article ? std::optional<Severity>(Severity::hint) : std::nullopt;
}

std::string check_message(const CheckReport& check) {
    std::string out = std::string(verdict_name(check.verdict)) + ": " + check.text;
    if (check.interval) {
        out += ": claimed " + check.claimed + " = " + report::interval_text(check);
        if (!check.actual_text.empty()) out += ", actual " + check.actual_text;
        if (auto exact = report::exact_beside(check)) out += " (" + *exact + ")";
    } else if (!check.keys.empty()) {
        out += ": claimed " + check.claimed + " for " + check.reading + ", actual " + check.actual_text;
    } else if (!check.actual_text.empty()) {
        out += ": actual " + check.actual_text;
    }
    if (!check.message.empty()) out += "; " + check.message;
    if (check.diagnosis) out += "; " + std::string(diagnosis_name(*check.diagnosis)) + ": " + check.explanation;
    if (!check.suggestions.empty()) {
        out += "; write instead: \"" + check.suggestions.front().wording + "\"";
        for (std::size_t i = 1; i < check.suggestions.size(); ++i) out += " or \"" + check.suggestions[i].wording + "\"";
    }
    if (check.expected) out += std::string(" (expect ") + verdict_name(*check.expected) + ")";
    return out;
}

nlohmann::json claims_diagnostics(const DocumentCheck& analysis, std::string_view text) {
    const LineIndex index(text);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& error : analysis.errors) {
        if (same_file(error.path, analysis.path))
            out.push_back(diagnostic(index.rest_of_line(error.at), Severity::error, with_notes(error)));
        else  // in a file this one uses: shown on the first line, with its place
            out.push_back(diagnostic(index.rest_of_line({1, 1}), Severity::error, elsewhere(error) + with_notes(error)));
    }
    if (!analysis.nothing_to_check.empty() && analysis.errors.empty())
        out.push_back(diagnostic(index.rest_of_line({1, 1}), Severity::information,
                                 "nothing to check: this file holds no claim and no apply"));
    if (!analysis.report) return out;
    for (const auto& claim : analysis.report->claims) {
        if (!same_file(claim.file, analysis.path)) continue;
        const std::string id = claim.id + ": ";
        if (claim.quote_issue)
            out.push_back(diagnostic(index.rest_of_line(claim.quote_issue->at),
                                     claim.quote_issue->error ? Severity::error : Severity::information,
                                     id + claim.quote_issue->message));
        if (!claim.message.empty() || (claim.checks.empty() && !claim.quote_issue))
            if (auto severity = severity_of(claim.verdict, false))
                out.push_back(diagnostic(index.rest_of_line(claim.at), *severity,
                                         id + verdict_name(claim.verdict) + ": " + claim.message));
        for (const auto& check : claim.checks)
            if (auto severity = severity_of(check.verdict, false))
                out.push_back(diagnostic(check_range(index, claim, check), *severity,
                                         id + check_message(check),
                                         check.diagnosis ? std::optional<std::string>(diagnosis_name(*check.diagnosis))
                                                         : std::nullopt));
    }
    return out;
}

std::optional<Span> still_anchored(const ClaimReport& claim, std::string_view open) {
    if (!claim.anchor_in_file) return std::nullopt;
    const Span span = *claim.anchor_in_file;
    if (span.begin > span.end || span.end > open.size() || open.substr(span.begin, span.end - span.begin) != claim.anchored)
        return std::nullopt;
    return span;
}

std::optional<Range> span_range(const Span& span, std::string_view text) {
    if (span.begin > span.end || span.end > text.size()) return std::nullopt;
    const LineIndex index(text);
    return Range{index.at(span.begin), index.at(span.end)};
}

nlohmann::json article_diagnostics(const std::vector<const DocumentCheck*>& analyses, const std::string& path,
                                   std::string_view text) {
    nlohmann::json out = nlohmann::json::array();
    for (const DocumentCheck* analysis : analyses) {
        if (!analysis->report) continue;
        for (const auto& article : analysis->report->articles) {
            if (!article.found() || !same_file(article.path, path)) continue;
            for (std::size_t i : article.claims) {
                const ClaimReport& claim = analysis->report->claims[i];
                const auto anchored = still_anchored(claim, text);
                if (!anchored) continue;  // edited since it was read
                const auto range = span_range(*anchored, text);
                if (!range) continue;
                std::string message = claim.id + ": " + verdict_name(claim.verdict);
                for (const auto& check : claim.checks)
                    if (check.verdict == claim.verdict) {
                        message = claim.id + ": " + check_message(check);
                        break;
                    }
                out.push_back(diagnostic(*range, *severity_of(claim.verdict, true), message));
            }
        }
    }
    return out;
}

}  // namespace claimcheck::lsp
