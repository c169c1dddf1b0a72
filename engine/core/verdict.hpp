#pragma once
// The five verdicts, from best to worst for a claim as a whole.
#include <string>

namespace claimcheck {

enum class Verdict { pass, unverifiable, warn, fail, error };

inline const char* verdict_name(Verdict v) {
    switch (v) {
    case Verdict::pass: return "pass";
    case Verdict::warn: return "warn";
    case Verdict::fail: return "fail";
    case Verdict::unverifiable: return "unverifiable";
    case Verdict::error: return "error";
    }
    return "error";
}

// A claim is as bad as its worst check: error, fail, warn, unverifiable, pass.
inline Verdict worse(Verdict a, Verdict b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

}  // namespace claimcheck
