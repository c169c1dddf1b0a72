#include "engine/lang/judge.hpp"

namespace claimcheck {

Judgement judge(const Rational& actual, const Meaning& meaning) {
    if (meaning.strict.holds_for(actual)) return {Verdict::pass, &meaning.strict};
    for (const auto& reading : meaning.lenient)
        if (reading.holds_for(actual)) return {Verdict::warn, &reading};
    return {Verdict::fail, &meaning.strict};
}

}  // namespace claimcheck
