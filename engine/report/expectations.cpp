#include "engine/report/expectations.hpp"

#include <algorithm>
#include <sstream>

namespace claimcheck::report {

std::map<std::string, std::vector<ExpectationEdit>> expectation_edits(const Report& report) {
    std::map<std::string, std::vector<ExpectationEdit>> out;
    for (const auto& claim : report.claims) {
        if (meets_expectation(claim) || !claim.template_at.empty()) continue;
        ExpectationEdit edit;
        edit.claim = claim.id;
        edit.from = claim.expected.value_or(Verdict::pass);
        edit.to = claim.verdict;
        if (claim.expect_at) {
            edit.kind = claim.verdict == Verdict::pass ? ExpectationEdit::Kind::remove : ExpectationEdit::Kind::replace;
            edit.line = claim.expect_at->line;
        } else {
            edit.kind = ExpectationEdit::Kind::insert;
            edit.line = claim.last_line;
        }
        out[claim.file].push_back(edit);
    }
    return out;
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end + 1 - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return lines;
}

// The line as written is "expect VERDICT", with its indentation and what follows kept.
bool is_expect(const std::string& line, Verdict verdict) {
    std::istringstream words(line);
    std::string keyword, word;
    words >> keyword >> word;
    return keyword == "expect" && word == verdict_name(verdict);
}

}  // namespace

std::optional<std::string> with_edits(const std::string& text, const std::vector<ExpectationEdit>& edits) {
    std::vector<std::string> lines = lines_of(text);
    const std::string newline = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::vector<ExpectationEdit> sorted = edits;  // from the bottom up: earlier lines keep their numbers
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.line > b.line; });
    for (const auto& edit : sorted) {
        if (edit.line < 1 || static_cast<std::size_t>(edit.line) > lines.size()) return std::nullopt;
        std::string& line = lines[static_cast<std::size_t>(edit.line) - 1];
        switch (edit.kind) {
        case ExpectationEdit::Kind::insert: {
            const std::string indent = line.substr(0, line.find_first_not_of(" \t"));
            if (line.empty() || line.back() != '\n') line += newline;
            lines.insert(lines.begin() + edit.line, indent + "expect " + verdict_name(edit.to) + newline);
            break;
        }
        case ExpectationEdit::Kind::replace:
        case ExpectationEdit::Kind::remove: {
            if (!is_expect(line, edit.from)) return std::nullopt;
            if (edit.kind == ExpectationEdit::Kind::remove) {
                lines.erase(lines.begin() + edit.line - 1);
            } else {
                const std::size_t at = line.find(verdict_name(edit.from), line.find("expect") + 6);
                line.replace(at, std::string(verdict_name(edit.from)).size(), verdict_name(edit.to));
            }
            break;
        }
        }
    }
    std::string out;
    for (const auto& line : lines) out += line;
    return out;
}

std::string edit_text(const std::string& file, const ExpectationEdit& edit) {
    const std::string pinned = edit.kind == ExpectationEdit::Kind::insert ? "no expect (pass)" : std::string("expect ") + verdict_name(edit.from);
    const std::string now = edit.kind == ExpectationEdit::Kind::remove ? "no expect (pass)" : std::string("expect ") + verdict_name(edit.to);
    return file + ":" + std::to_string(edit.line) + "  " + edit.claim + "  " + pinned + " -> " + now;
}

}  // namespace claimcheck::report
