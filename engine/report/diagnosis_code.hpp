#pragma once
// Every known mistake a diagnosis can name, in one registry: the code the
// reports show ("ratio-as-increase"), a one-line summary, and where the docs
// describe it. The diagnoser and the suggester name mistakes by the enum; only
// the writers turn it into its code.
#include <span>
#include <string_view>

namespace claimcheck {

enum class DiagnosisCode {
    truncated,
    ratio_as_increase,
    points_vs_percent,
    inverted_change,
    wrong_base,
    wrong_day_count,
    wrong_scale,
    part_as_whole,
    transposed_digits,
    wrong_digit,
    misplaced_point,
    rounded_inputs,
    granularity,
};

struct DiagnosisInfo {
    DiagnosisCode code;
    std::string_view name;     // as the reports show it: "ratio-as-increase"
    std::string_view summary;  // one line: what the mistake is
    std::string_view anchor;   // its section in the docs: "language.md#diagnosis"
};

// Every code, in the order the diagnoser tries them.
std::span<const DiagnosisInfo> diagnosis_codes();

const DiagnosisInfo& diagnosis_info(DiagnosisCode code);

// The code as the reports show it: "ratio-as-increase".
inline std::string_view diagnosis_name(DiagnosisCode code) { return diagnosis_info(code).name; }

}  // namespace claimcheck
