// claimcheck explain FILE:LINE (or FILE:LINE:COL, as editors write a place): every step behind the claim at that line.
#include "environment.hpp"
#include "options.hpp"

#include "engine/core/inert.hpp"

#include "engine/lang/applies.hpp"
#include "engine/pipeline/checker.hpp"
#include "engine/core/deadline.hpp"
#include "engine/report/writers.hpp"
#include "session.hpp"

#include <filesystem>
#include <iostream>
#include <algorithm>
#include <optional>
#include <set>
#include <sstream>
#include <variant>
#include <utility>

namespace claimcheck::cli {

namespace {

// A template's line makes no claim: say which applies make its claims. They are
// looked for in the template file's directory, where a newsroom keeps them.
void point_to_applies(const ExplainOptions& options, const Module& module, const ast::Template& t, int line) {
    std::cerr << "claimcheck: line " << line << " of " << inert(module.source.path()) << " is inside template "
              << t.name.text << ", which makes claims only where it is applied";
    std::filesystem::path directory = std::filesystem::path(module.source.path()).parent_path();
    LoadOptions load_options{find_rules_dir(options.input.rules_dir), options.input.root, options.input.allow_outside};
    LoadResult around = load({directory.empty() ? "." : directory.string()}, load_options);
    std::vector<std::string> applies = applies_of(around.program, module.source.path(), t.name.text);
    if (applies.empty()) {
        std::cerr << "; no file in " << inert(directory.empty() ? "." : directory.string()) << " applies it\n";
        return;
    }
    std::cerr << "; explain one of its applies instead:\n";
    for (const auto& at : applies) std::cerr << "  claimcheck explain " << inert(at) << "\n";
}

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

// Lines of the file, by its own line ends (LF, CRLF or CR): a last line without one counts.
int lines_in(const SourceFile& source) {
    const std::string& text = source.text();
    const int last = source.locate(text.size()).line;
    return text.empty() || text.back() == '\n' || text.back() == '\r' ? last - 1 : last;
}

// "; the nearest are the claim at line 5 and the apply at line 9": what the reader may have meant.
std::string nearest_claims(const Module& module, int line) {
    std::optional<std::pair<int, std::string>> before, after;
    for (const auto& statement : module.ast) {
        std::optional<std::pair<int, std::string>> found;
        if (const auto* claim = boost::get<ast::Claim>(&statement.get()))
            found = {{module.source.locate(*claim).line, "the claim at line "}};
        if (const auto* apply = boost::get<ast::Apply>(&statement.get()))
            found = {{module.source.locate(*apply).line, "the apply at line "}};
        if (!found) continue;
        if (found->first < line) before = found;
        if (found->first > line && !after) after = found;
    }
    std::vector<std::string> near;
    for (const auto& found : {before, after})
        if (found) near.push_back(found->second + std::to_string(found->first));
    if (near.empty()) return "; the file makes no claim and applies no template";
    return near.size() == 1 ? "; the nearest is " + near[0] : "; the nearest are " + near[0] + " and " + near[1];
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
    const std::string& digits = std::get<Place>(place).line;
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
    auto program = load_inputs({file}, *pipeline);
    if (!program) return 2;
    const Module& module = *program->targets().front();
    const int lines = lines_in(module.source);
    // More digits than any file's lines have: past the end, however many there are.
    if (digits.size() > 9 || std::stoi(digits) > lines) {
        std::cerr << "claimcheck: explain: line " << digits << " is past the end of " << inert(file)
                  << ", which has " << lines << (lines == 1 ? " line\n" : " lines\n");
        return 2;
    }
    const int line = std::stoi(digits);
    ExplainOutcome outcome;
    try {
        outcome = explain_line(*program, module, line, table_options(*pipeline), options.input.limits);
    } catch (const LimitExceeded& limit) {
        print_errors({limit.diagnostic}, "nothing was explained");
        return 2;
    }
    if (!outcome.errors.empty()) {
        print_errors(outcome.errors, "nothing was explained");
        return 2;
    }
    if (outcome.explanations.empty()) {
        if (const ast::Template* t = template_at(module, line)) {
            point_to_applies(options, module, *t, line);
            return 2;
        }
        std::cerr << "claimcheck: no claim or apply at " << inert(file) << ":" << line
                  << nearest_claims(module, line) << "\n";
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
