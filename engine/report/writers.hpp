#pragma once
// Report writers: the same Report, as a terminal page, as compiler-style lines, as JSON, JUnit XML,
// test results, or an HTML page.
#include "engine/report/explanation.hpp"
#include "engine/report/report.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::report {

// Which claims the text report shows (--only, --quiet). Hiding never changes what is
// counted: the summary line counts every claim, and says how many were not shown.
struct Shown {
    std::vector<Verdict> only;  // none: every verdict
    bool quiet = false;         // the claims that did not pass, the conflicts and the summary line only
    bool shows(const ClaimReport& claim) const;
};

struct Style {
    bool colour = false;
    Shown shown{};
};

void write_text(std::ostream& out, const Report& report, const Style& style);
void write_lines(std::ostream& out, const Report& report);
void write_json(std::ostream& out, const Report& report, const std::string& version);
void write_junit(std::ostream& out, const Report& report);
// What `claimcheck explain` prints about one claim.
void write_explanation(std::ostream& out, const Explanation& explanation);
// What `claimcheck test` prints: a line a claim, ok or FAILED with the checks behind it, then the totals;
// with `failures_only` (test --quiet) the FAILED claims and the totals.
void write_results(std::ostream& out, const Report& report, bool failures_only = false);
// One self-contained page: each article with its quotes highlighted by verdict (engine/report/html.cpp).
void write_html(std::ostream& out, const Report& report, const std::string& version);

// "[43.5%, 44.5%)", or "not exactly 40%" for a != check.
std::string interval_text(const CheckReport& check);

// The exact value as a fraction ("298/63") where the display does not show it already;
// nothing for a whole number or a value within bounds (its display is the interval).
std::optional<std::string> exact_beside(const CheckReport& check);

// User text as a terminal may show it: control characters other than tab (ESC, NUL, a
// line break unless kept, the C1 controls) as visible escapes (\x1b, \u009b), invalid
// UTF-8 as U+FFFD. The text, line, test, explain and HTML outputs pass everything taken
// from input through it; the HTML page keeps the article's line breaks.
std::string shown(std::string_view text, bool keep_line_breaks = false);

}  // namespace claimcheck::report
