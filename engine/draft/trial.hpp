#pragma once
// Candidate checks tried by the engine itself: each as a claim of its own, all in one run
// over the data files (so each table is scanned once for every candidate of every article).
// The verdict a candidate would give is the verdict `check` gives the drafted file.
#include "engine/core/diagnostic.hpp"
#include "engine/core/exact.hpp"
#include "engine/core/verdict.hpp"
#include "engine/pipeline/pipeline.hpp"
#include "engine/report/diagnosis_code.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck {

struct Trial {
    Verdict verdict = Verdict::error;
    std::optional<DiagnosisCode> diagnosis;  // the known mistake that reproduces the printed figure
    std::string actual;                      // the exact value as the report shows it: "473.02%"
    // How narrow the printed figure is, as a share of its size: a four-figure count met exactly
    // is rarely a coincidence, "hundreds" often is. 200 within 0.2%, 80 within 2%, 30 within
    // 10%, else 15.
    int specificity = 15;
    std::optional<Rational> value;  // the exact value of the candidate's arithmetic
    // The value is within a factor of two of what was printed: a wrong figure that is wrong
    // the way figures go wrong, not one about something else (14 for "663").
    bool near_miss = false;
};

struct TrialOutcome {
    std::vector<std::optional<Trial>> trials;  // per check; nothing for one the language refused
    std::vector<Diagnostic> errors;            // in the data files: nothing can be tried
};

// `header`: the drafted file's `use` lines; `as_if`: where that file will be written, which
// its `use`s are followed from. A check the language refuses (a type error) is left out.
TrialOutcome try_checks(const std::string& header, const std::vector<std::string>& checks,
                        const std::filesystem::path& as_if, const PipelineOptions& options);

}  // namespace claimcheck
