#include "report.hpp"

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

Summary Report::summary() const {
    Summary s;
    for (const auto& claim : claims) s.add(claim.verdict);
    return s;
}

}  // namespace claimcheck
