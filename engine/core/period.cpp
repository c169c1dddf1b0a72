#include "engine/core/period.hpp"

#include "engine/core/ascii.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

struct Civil {
    int year;
    int month;
    int day;
};

const std::array<const char*, 12> month_abbreviations = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const std::array<const char*, 12> month_names = {"January", "February", "March",     "April",
                                                 "May",     "June",     "July",      "August",
                                                 "September", "October", "November", "December"};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Howard Hinnant's civil_from_days, the inverse of days_from_civil.
Civil civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0)), static_cast<int>(m),
            static_cast<int>(d)};
}

std::string date_text(long day) {
    Civil c = civil_from_days(day);
    return std::to_string(c.day) + " " + month_abbreviations[static_cast<std::size_t>(c.month - 1)] +
           " " + std::to_string(c.year);
}

}  // namespace

long days_from_civil(int year, int month, int day) {
    const long y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = month > 2 ? month - 3 : month + 9;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap(year)) return 29;
    return lengths[static_cast<std::size_t>(month - 1)];
}

std::optional<long> Period::whole_months() const {
    Civil a = civil_from_days(first);
    Civil b = civil_from_days(last);
    if (a.day != 1 || b.day != days_in_month(b.year, b.month)) return std::nullopt;
    return (b.year - a.year) * 12L + (b.month - a.month) + 1;
}

std::string Period::describe() const {
    std::string span = date_text(first) + " to " + date_text(last);
    std::string size = std::to_string(days()) + (days() == 1 ? " day" : " days");
    return label.empty() ? span + ", " + size : label + " (" + span + ", " + size + ")";
}

const char* month_name(int month) { return month_names[static_cast<std::size_t>(month - 1)]; }

int month_number(std::string_view name) {
    for (int m = 1; m <= 12; ++m) {
        const std::string_view full = month_name(m);
        if (same_ignoring_case(name, full) || same_ignoring_case(name, full.substr(0, 3)) || (m == 9 && same_ignoring_case(name, "Sept")))
            return m;
    }
    return 0;
}

std::optional<Period> join(const Period& a, const Period& b) {
    if (a.first <= b.first && b.last <= a.last) return a;  // the same span, or b within a
    if (b.first <= a.first && a.last <= b.last) return b;
    const Period& early = a.first <= b.first ? a : b;
    const Period& late = a.first <= b.first ? b : a;
    if (early.last + 1 != late.first) return std::nullopt;
    return Period{early.first, late.last, early.label + " and " + late.label};
}

std::optional<Period> period_of_total(const std::vector<std::optional<Period>>& parts) {
    std::vector<Period> periods;
    for (const auto& part : parts) {
        if (!part) return std::nullopt;
        periods.push_back(*part);
    }
    if (periods.empty()) return std::nullopt;
    std::sort(periods.begin(), periods.end(), [](const Period& x, const Period& y) {
        return x.first != y.first ? x.first < y.first : x.last > y.last;
    });
    std::optional<Period> whole = periods[0];
    for (std::size_t i = 1; i < periods.size() && whole; ++i) whole = join(*whole, periods[i]);
    return whole;
}

}  // namespace claimcheck
