#include "engine/lang/judge.hpp"

#include "engine/core/ranges.hpp"

namespace claimcheck {

Judgement judge(const Rational& actual, const Meaning& meaning) {
    if (meaning.strict.holds_for(actual)) return {Verdict::pass, &meaning.strict};
    for (const auto& reading : meaning.lenient)
        if (reading.holds_for(actual)) return {Verdict::warn, &reading};
    return {Verdict::fail, &meaning.strict};
}

Judgement judge(const Interval& range, const Meaning& meaning) {
    auto every = [&](const Reading& r) { return r.negated ? !overlap(range, r.interval) : within(range, r.interval); };
    auto some = [&](const Reading& r) { return r.negated ? !within(range, r.interval) : overlap(range, r.interval); };
    if (every(meaning.strict)) return {Verdict::pass, &meaning.strict};
    for (const auto& reading : meaning.lenient)
        if (every(reading)) return {Verdict::warn, &reading};
    if (some(meaning.strict)) return {Verdict::warn, &meaning.strict, true};
    for (const auto& reading : meaning.lenient)
        if (some(reading)) return {Verdict::warn, &reading, true};
    return {Verdict::fail, &meaning.strict};
}

std::string warn_message(const Judgement& judgement, Unit unit) {
    const std::string why = judgement.partly                   ? "holds for some of the values the published figures allow, not all: "
                            : judgement.reading->alternative ? "holds "  // "as a ratio, not as an increase"
                                                             : "holds only under a lenient reading: ";
    return why + judgement.reading->description + ", " + judgement.reading->interval.text(unit);
}

}  // namespace claimcheck
