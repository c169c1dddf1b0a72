#pragma once
// Report writers: the same Report, as a terminal page, as compiler-style lines, as JSON, JUnit XML, or an HTML page.
#include "engine/report.hpp"

#include <ostream>
#include <string>

namespace claimcheck::report {

struct Style {
    bool colour = false;
};

void write_text(std::ostream& out, const Report& report, const Style& style);
void write_lines(std::ostream& out, const Report& report);
void write_json(std::ostream& out, const Report& report, const std::string& version);
void write_junit(std::ostream& out, const Report& report);
// One self-contained page: each article with its quotes highlighted by verdict (cli/report/html.cpp).
void write_html(std::ostream& out, const Report& report, const std::string& version);

// "[43.5%, 44.5%)", or "not exactly 40%" for a != check.
std::string interval_text(const CheckReport& check);

// The exact value as a decimal for people and tools: 7 places, halves away from zero.
std::string decimal(const Rational& value);

}  // namespace claimcheck::report
