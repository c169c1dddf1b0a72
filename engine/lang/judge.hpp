#pragma once
// The verdict on one exact value against what the claim stated.
#include "engine/core/reading.hpp"
#include "engine/core/verdict.hpp"

namespace claimcheck {

struct Judgement {
    Verdict verdict = Verdict::fail;
    const Reading* reading = nullptr;  // the reading that held (the strict one on fail)
};

// pass when the strict reading holds, warn when only a lenient one does, fail otherwise.
Judgement judge(const Rational& actual, const Meaning& meaning);

}  // namespace claimcheck
