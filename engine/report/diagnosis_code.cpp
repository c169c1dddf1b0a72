#include "engine/report/diagnosis_code.hpp"

#include <array>
#include <cstddef>

namespace claimcheck {

namespace {

constexpr std::array<DiagnosisInfo, 13> registry{{
    {DiagnosisCode::truncated, "truncated", "the true figure cut, not rounded, at the stated digits",
     "language.md#diagnosis"},
    {DiagnosisCode::ratio_as_increase, "ratio-as-increase", "the ratio of two figures written as the rise between them",
     "language.md#diagnosis"},
    {DiagnosisCode::points_vs_percent, "points-vs-percent",
     "a difference in points written as a per cent change, or the other way round", "language.md#diagnosis"},
    {DiagnosisCode::inverted_change, "inverted-change", "the change with the other sign", "language.md#diagnosis"},
    {DiagnosisCode::wrong_base, "wrong-base",
     "the change measured against the later figure, or from another figure of the same series",
     "language.md#diagnosis"},
    {DiagnosisCode::wrong_day_count, "wrong-day-count",
     "a rate over 365 or 366 days, or one day more or fewer than the period has; a rate per a declared unit "
     "over the period's calendar days or another unit's count",
     "language.md#diagnosis"},
    {DiagnosisCode::wrong_scale, "wrong-scale",
     "a rate per head of a population worked out per another number of people: per 1,000 for per 100,000",
     "language.md#rates-per-head-of-a-population"},
    {DiagnosisCode::part_as_whole, "part-as-whole",
     "one part of a total written as the total, or a total over a longer period as one period's figure",
     "language.md#diagnosis"},
    {DiagnosisCode::transposed_digits, "transposed-digits", "two neighbouring digits of the true figure swapped",
     "language.md#diagnosis"},
    {DiagnosisCode::wrong_digit, "wrong-digit", "one digit of the true figure printed as another",
     "language.md#diagnosis"},
    {DiagnosisCode::misplaced_point, "misplaced-point", "the true figure with its decimal point moved",
     "language.md#diagnosis"},
    {DiagnosisCode::rounded_inputs, "rounded-inputs",
     "fails at the figures as published, holds for other values their rounding or bounds allow",
     "language.md#figures-known-within-bounds"},
    {DiagnosisCode::granularity, "granularity", "no whole count of the sample gives the stated figure",
     "language.md#9-granularity-checks"},
}};

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < registry.size(); ++i)
        if (static_cast<std::size_t>(registry[i].code) != i) return false;
    return true;
}
static_assert(in_enum_order(), "the registry lists every DiagnosisCode once, in the enum's order");

}  // namespace

std::span<const DiagnosisInfo> diagnosis_codes() { return registry; }

const DiagnosisInfo& diagnosis_info(DiagnosisCode code) {
    return registry.at(static_cast<std::size_t>(code));
}

}  // namespace claimcheck
