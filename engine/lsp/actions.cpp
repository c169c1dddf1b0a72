// Code actions: suggested wordings written into the quote and the article, and `expect` pins.
#include "engine/lsp/actions.hpp"

#include "engine/articles/words.hpp"

#include "engine/lsp/diagnostics.hpp"
#include "engine/report/expectations.hpp"

#include <algorithm>
#include <cctype>

namespace claimcheck::lsp {

namespace {

constexpr std::size_t max_wordings = 4;  // the best few, as the text report's "write instead" leads with


// Where `part` is in `text`, ignoring ASCII case, or npos.
std::size_t find_folded(std::string_view text, std::string_view part) { return lower(text).find(lower(part)); }

nlohmann::json replace(const LineIndex& index, std::size_t begin, std::size_t end, const std::string& text) {
    return {{"range", to_json(Range{index.at(begin), index.at(end)})}, {"newText", text}};
}

// The quote's text between its marks, as written on the claims file's line: [begin, end) bytes.
std::optional<std::pair<std::size_t, std::size_t>> quote_written(const LineIndex& index, const std::string& text,
                                                                 const Location& at) {
    const std::size_t from = index.offset(index.at(at));
    const std::size_t open = text.find('"', from);
    if (open == std::string::npos) return std::nullopt;
    std::size_t close = open + 1;
    for (; close < text.size() && text[close] != '"' && text[close] != '\n'; ++close)
        if (text[close] == '\\') ++close;
    if (close >= text.size() || text[close] != '"') return std::nullopt;
    return std::pair{open + 1, close};
}

// A list of one text edit. Not `{edit}`: a braced single json is an array under gcc and a copy
// under clang, as nlohmann-json warns.
nlohmann::json one_edit(nlohmann::json edit) {
    nlohmann::json out = nlohmann::json::array();
    out.push_back(std::move(edit));
    return out;
}

// The edit of the article open at its quote: the claimed words within the quote's place, or
// the whole place when the wording replaces the whole quote. Nothing when the open text is
// not the text the quote was found in.
std::optional<nlohmann::json> article_edit(const ClaimReport& claim, const Document& open,
                                           const std::string& part, bool whole, const std::string& wording) {
    const auto anchored = still_anchored(claim, open.text);
    if (!anchored) return std::nullopt;
    const Span span = *anchored;
    const LineIndex index(open.text);
    if (whole) return replace(index, span.begin, span.end, wording);
    const std::size_t at = find_folded(std::string_view(open.text).substr(span.begin, span.end - span.begin), part);
    if (at == std::string::npos) return std::nullopt;
    return replace(index, span.begin + at, span.begin + at + part.size(), wording);
}

const Document* open_article(const DocumentCheck& analysis, const ClaimReport& claim, const Workspace& workspace) {
    if (!claim.anchor_in_file) return nullptr;
    for (const auto& a : analysis.report->articles) {
        if (!a.found() || a.name != claim.article) continue;
        for (const Document* document : workspace.documents())
            if (!document->claims && same_file(document->path, a.path)) return document;
    }
    return nullptr;
}

void wordings(const DocumentCheck& analysis, const Document& document, const ClaimReport& claim, const CheckReport& check,
              const Workspace& workspace, nlohmann::json& out) {
    const LineIndex index(document.text);
    const auto quote = quote_written(index, document.text, claim.quote_written_at);
    if (!quote) return;
    const std::string_view written = std::string_view(document.text).substr(quote->first, quote->second - quote->first);
    // The claimed words where the quote has them ("27%" in "rose by 27% last year"), else the whole quote.
    const std::size_t at = check.claimed.empty() ? std::string::npos : find_folded(written, check.claimed);
    const bool whole = at == std::string::npos;
    const std::string part = whole ? std::string(written) : std::string(written.substr(at, check.claimed.size()));
    const Document* open = open_article(analysis, claim, workspace);
    for (std::size_t i = 0; i < check.suggestions.size() && i < max_wordings; ++i) {
        const std::string& wording = check.suggestions[i].wording;
        nlohmann::json changes;
        changes[document.uri] = one_edit(whole ? replace(index, quote->first, quote->second, wording)
                                       : replace(index, quote->first + at, quote->first + at + part.size(), wording));
        std::string title = "Write \"" + wording + "\" instead of \"" + part + "\"";
        if (open)
            if (auto edit = article_edit(claim, *open, part, whole, wording)) {
                changes[open->uri] = one_edit(*edit);
                title += ", here and in " + claim.article;
            }
        out.push_back({{"title", title},
                       {"kind", "quickfix"},
                       {"isPreferred", i == 0},
                       {"edit", {{"changes", changes}}}});
    }
}

void pin(const Document& document, const ClaimReport& claim, nlohmann::json& out) {
    if (!claim.template_at.empty() || meets_expectation(claim)) return;
    Report one;
    one.claims.push_back(claim);
    const auto edits = report::expectation_edits(one);
    const auto found = edits.find(claim.file);
    if (found == edits.end()) return;
    const auto after = report::with_edits(document.text, found->second);
    if (!after) return;  // the text has changed since it was checked
    const std::string title = claim.verdict == Verdict::pass
                                  ? "Pin claim " + claim.id + " as passing: remove its expect"
                                  : "Pin claim " + claim.id + ": expect " + verdict_name(claim.verdict);
    nlohmann::json changes;
    changes[document.uri] = one_edit(text_edit(document.text, *after));
    out.push_back({{"title", title}, {"kind", "quickfix"}, {"edit", {{"changes", changes}}}});
}

}  // namespace

nlohmann::json text_edit(std::string_view before, std::string_view after) {
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix]) ++prefix;
    while (prefix > 0 && before[prefix - 1] != '\n') --prefix;  // from the start of the first line that differs
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    // To the end of the last line that differs (nothing between, for texts that are the same).
    while (suffix > 0 && before.size() - suffix != prefix && before[before.size() - suffix] != '\n') --suffix;
    const LineIndex index(before);
    return replace(index, prefix, before.size() - suffix, std::string(after.substr(prefix, after.size() - suffix - prefix)));
}

nlohmann::json code_actions(const DocumentCheck& analysis, const Document& document, const Range& range,
                            const Workspace& workspace) {
    nlohmann::json out = nlohmann::json::array();
    if (!analysis.report) return out;
    for (const auto& claim : analysis.report->claims) {
        if (!same_file(claim.file, analysis.path)) continue;
        const int first = claim.at.line - 1, last = std::max(claim.last_line, claim.at.line) - 1;  // 0-based, as range
        if (last < range.start.line || first > range.end.line) continue;
        for (const auto& check : claim.checks)
            if (check.file.empty() || check.file == claim.file) wordings(analysis, document, claim, check, workspace, out);
        pin(document, claim, out);
    }
    return out;
}

}  // namespace claimcheck::lsp
