// What the report writers share: a claim's message, its expectations, whether it is drafted, and the totals.
#include "engine/report/report.hpp"

#include <algorithm>

namespace claimcheck {

void Summary::add(const ClaimReport& claim) {
    drafted += claimcheck::drafted(claim) ? 1 : 0;
    switch (claim.verdict) {
    case Verdict::pass: ++pass; break;
    case Verdict::warn: ++warn; break;
    case Verdict::fail: ++fail; break;
    case Verdict::unverifiable: ++unverifiable; break;
    case Verdict::error: ++error; break;
    }
}

bool drafted(const ClaimReport& claim) {
    return std::any_of(claim.notes.begin(), claim.notes.end(), [](std::string_view note) {
        return note.substr(0, drafted_note.size()) == drafted_note &&
               (note.size() == drafted_note.size() || note[drafted_note.size()] == ':' || note[drafted_note.size()] == ' ');
    });
}

bool pins_checks(const ClaimReport& claim) {
    return std::any_of(claim.checks.begin(), claim.checks.end(), [](const CheckReport& c) { return c.expected.has_value(); });
}

std::optional<Verdict> check_expectation(const ClaimReport& claim, const CheckReport& check) {
    if (!pins_checks(claim)) return std::nullopt;
    return check.expected.value_or(Verdict::pass);
}

bool check_meets(const ClaimReport& claim, const CheckReport& check) {
    const auto expected = check_expectation(claim, check);
    return !expected || check.verdict == *expected;
}

Verdict claim_expectation(const ClaimReport& claim) {
    if (claim.expected) return *claim.expected;
    Verdict worst = Verdict::pass;
    for (const auto& check : claim.checks) worst = worse(worst, check.expected.value_or(Verdict::pass));
    return worst;
}

std::string expected_verdict(const ClaimReport& claim) { return verdict_name(claim_expectation(claim)); }

bool verdict_meets(const ClaimReport& claim) { return claim.verdict == claim_expectation(claim); }

bool meets_expectation(const ClaimReport& claim) {
    return verdict_meets(claim) &&
           std::all_of(claim.checks.begin(), claim.checks.end(), [&](const CheckReport& c) { return check_meets(claim, c); });
}

std::string full_message(const ClaimReport& claim) {
    if (!claim.quote_issue || !claim.quote_issue->error) return claim.message;
    return claim.message.empty() ? claim.quote_issue->message : claim.quote_issue->message + "; " + claim.message;
}

Summary Report::summary() const {
    Summary s;
    for (const auto& claim : claims) s.add(claim);
    return s;
}

std::size_t ArticleReport::unchecked() const {
    std::size_t n = 0;
    for (const auto& m : quantities) n += m.claims.empty() ? 1 : 0;
    return n;
}

}  // namespace claimcheck
