#pragma once
// A check's outcome as the editor shows it: publishDiagnostics for a claims document
// (its parse, type and file errors at their places, and each claim's verdict: fail an
// Error, warn a Warning, unverifiable Information, pass nothing) and for an article
// (each checked quote at its place in the text, a pass too, as a hint).
#include "engine/lsp/positions.hpp"
#include "engine/lsp/workspace.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::lsp {

// The protocol's DiagnosticSeverity.
enum class Severity { error = 1, warning = 2, information = 3, hint = 4 };

// How a verdict is shown; nothing for a pass in a claims file (`article`: in an article, a hint).
std::optional<Severity> severity_of(Verdict verdict, bool article);

// "fail: change(a, b) is 573%: claimed 573% = [572.5%, 573.5%), actual 473.02% (298/63); ...":
// the check, the interval claimed and the actual value, and why.
std::string check_message(const CheckReport& check);

// The diagnostics of the claims document `text` as `analysis` checked it.
nlohmann::json claims_diagnostics(const DocumentCheck& analysis, std::string_view text);

// The diagnostics of the article at `path`, open with `text`, from every check that reads it.
nlohmann::json article_diagnostics(const std::vector<const DocumentCheck*>& analyses, const std::string& path,
                                   std::string_view text);

// Where the claim's quote lies in its article as the editor holds it (`open`, the file's bytes,
// Markdown or HTML as written), when it still holds there what it held when it was read; nothing
// once edited there. An article edited and not saved is checked as it was saved.
std::optional<Span> still_anchored(const ClaimReport& claim, std::string_view open);

// The article's span as a range of `text`, or nothing when the text no longer reaches it.
std::optional<Range> span_range(const Span& span, std::string_view text);

}  // namespace claimcheck::lsp
