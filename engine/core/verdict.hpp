#pragma once
// The five verdicts, from best to worst for a claim as a whole.
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

enum class Verdict { pass, unverifiable, warn, fail, error };

// Every verdict, from best to worst: for lists of them (--only, claimcheck.toml).
inline constexpr Verdict all_verdicts[] = {Verdict::pass, Verdict::unverifiable, Verdict::warn, Verdict::fail,
                                           Verdict::error};

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

// The verdict a name (as verdict_name writes it) stands for, or nothing.
inline std::optional<Verdict> verdict_named(std::string_view name) {
    for (Verdict v : all_verdicts)
        if (name == verdict_name(v)) return v;
    return std::nullopt;
}

// A claim is as bad as its worst check: error, fail, warn, unverifiable, pass.
inline Verdict worse(Verdict a, Verdict b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

}  // namespace claimcheck
