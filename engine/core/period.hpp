#pragma once
// Calendar periods as real spans of days. FY2015/16 runs 1 April 2015 to
// 31 March 2016 and holds 29 February 2016: 366 days, not 365.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimcheck {

// Days since 1970-01-01 in the proleptic Gregorian calendar.
long days_from_civil(int year, int month, int day);
int days_in_month(int year, int month);

struct Period {
    long first = 0;  // day numbers, both included
    long last = 0;
    std::string label;  // as written: "FY2016/17"

    long days() const { return last - first + 1; }
    // The number of calendar months when the span starts on a 1st and ends on a month's last day.
    std::optional<long> whole_months() const;
    // "FY2016/17 (1 Apr 2016 to 31 Mar 2017, 365 days)"
    std::string describe() const;
};

// "January" for 1, and so on to "December" for 12.
const char* month_name(int month);

// 1 for "January", "january", "Jan" or "JAN", and so on ("Sept" too); 0 for anything else.
int month_number(std::string_view name);

// Two counts over the same span, back to back, or one within the other, as one
// span; nothing if they overlap partly or leave a gap.
std::optional<Period> join(const Period& a, const Period& b);

// The span a total of several counts covers, whatever order they are added in;
// nothing when a part has no period or the parts do not make one span.
std::optional<Period> period_of_total(const std::vector<std::optional<Period>>& parts);

}  // namespace claimcheck
