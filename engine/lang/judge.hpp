#pragma once
// The verdict on one exact value against what the claim stated.
#include "engine/core/reading.hpp"
#include "engine/core/verdict.hpp"

namespace claimcheck {

struct Judgement {
    Verdict verdict = Verdict::fail;
    const Reading* reading = nullptr;  // the reading that held (the strict one on fail)
    bool partly = false;  // for a value within bounds: the reading holds for some of its values, not all
};

// pass when the strict reading holds, warn when only a lenient one does, fail otherwise.
Judgement judge(const Rational& actual, const Meaning& meaning);

// For a value known only within bounds: pass when the strict reading holds for every value
// in range, warn when a lenient one does or when a reading holds for some of them (partly),
// fail when none holds for any.
Judgement judge(const Interval& range, const Meaning& meaning);

// Why a warn: "holds only under a lenient reading: truncated ..., [44%, 45%)".
std::string warn_message(const Judgement& judgement, Unit unit);

}  // namespace claimcheck
