// claimcheck explain FILE:LINE (or FILE:LINE:COL, as editors write a place): every step behind the claim at that line.
#include "environment.hpp"
#include "options.hpp"

#include "session.hpp"

#include "engine/core/inert.hpp"
#include "engine/pipeline/explain_at.hpp"
#include "engine/report/writers.hpp"

#include <filesystem>
#include <iostream>
#include <sstream>
#include <variant>

namespace claimcheck::cli {

namespace {

// Where to explain: FILE:LINE, or FILE:LINE:COL as editors and compilers name a place. A line
// holds at most one check, so the column picks nothing more; it is checked, then set aside.
struct Place {
    std::string file;
    std::string line;  // the digits as written: a line past any file's end is reported, not overflowed
};

bool is_number(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

bool is_zero(const std::string& digits) { return digits.find_first_not_of('0') == std::string::npos; }

// The place named, or why the argument names none.
std::variant<Place, std::string> place_of(const std::string& where) {
    const std::string quoted = "\"" + inert(where) + "\"";
    const auto colon = where.rfind(':');
    if (colon == std::string::npos) return quoted + " has no line number";
    std::string file = where.substr(0, colon), line = where.substr(colon + 1);
    // FILE:LINE:COL: the part before the last is a line number too.
    if (const auto before = file.rfind(':'); before != std::string::npos && is_number(file.substr(before + 1))) {
        const std::string column = line;
        line = file.substr(before + 1);
        file.erase(before);
        if (column.empty()) return quoted + " has no column number after the last colon";
        if (!is_number(column)) return "\"" + inert(column) + "\" in " + quoted + " is not a column number";
        if (is_zero(column)) return "columns are numbered from 1, not 0";
    }
    if (file.empty()) return quoted + " names no file before the line number";
    if (line.empty()) return quoted + " has no line number after the colon";
    if (!is_number(line)) return "\"" + inert(line) + "\" in " + quoted + " is not a line number";
    if (is_zero(line)) return "lines are numbered from 1, not 0";
    return Place{file, line};
}

}  // namespace

int run_explain(const ExplainOptions& options) {
    const auto place = place_of(options.where);
    if (const auto* why = std::get_if<std::string>(&place)) {
        std::cerr << "claimcheck: explain takes FILE:LINE or FILE:LINE:COL, such as "
                     "examples/nspcc-2017/002-kent.claims:7; "
                  << *why << "\n";
        return 2;
    }
    const std::string& file = std::get<Place>(place).file;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) {
        std::cerr << "claimcheck: explain: " << inert(file) << " does not exist\n";
        return 2;
    }
    if (std::filesystem::is_directory(file, ec)) {
        std::cerr << "claimcheck: explain: " << inert(file)
                  << " is a directory; explain takes one .claims file and a line of it\n";
        return 2;
    }
    if (!std::filesystem::is_regular_file(file, ec)) {
        std::cerr << "claimcheck: explain takes one .claims file, and " << inert(file) << " is not one\n";
        return 2;
    }
    auto pipeline = pipeline_options(options.input);
    if (!pipeline) return 2;
    ExplainAtOutcome outcome = explain_at(file, std::get<Place>(place).line, *pipeline);
    if (!outcome.errors.empty()) {
        print_errors(outcome.errors, "nothing was explained");
        return 2;
    }
    if (outcome.explanations.empty()) {
        std::cerr << "claimcheck: " << outcome.nothing_here << "\n";
        return 2;
    }
    std::ostringstream out;  // shown whole once written: a run stopped by a limit shows none of it
    for (const auto& explanation : outcome.explanations) {
        if (&explanation != &outcome.explanations.front()) out << "\n";
        report::write_explanation(out, explanation);
    }
    std::cout << std::move(out).str();
    return 0;
}

}  // namespace claimcheck::cli
