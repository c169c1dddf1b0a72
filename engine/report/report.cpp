#include "engine/report/report.hpp"

namespace claimcheck {

void Summary::add(Verdict v) {
    switch (v) {
    case Verdict::pass: ++pass; break;
    case Verdict::warn: ++warn; break;
    case Verdict::fail: ++fail; break;
    case Verdict::unverifiable: ++unverifiable; break;
    case Verdict::error: ++error; break;
    }
}

std::string expected_verdict(const ClaimReport& claim) { return verdict_name(claim.expected.value_or(Verdict::pass)); }

bool meets_expectation(const ClaimReport& claim) { return claim.verdict == claim.expected.value_or(Verdict::pass); }

std::string full_message(const ClaimReport& claim) {
    if (!claim.quote_issue || !claim.quote_issue->error) return claim.message;
    return claim.message.empty() ? claim.quote_issue->message : claim.quote_issue->message + "; " + claim.message;
}

Summary Report::summary() const {
    Summary s;
    for (const auto& claim : claims) s.add(claim.verdict);
    return s;
}

std::size_t ArticleReport::unchecked() const {
    std::size_t n = 0;
    for (const auto& m : quantities) n += m.claims.empty() ? 1 : 0;
    return n;
}

}  // namespace claimcheck
