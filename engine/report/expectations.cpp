// The edits `claimcheck test --update` makes to the `expect` lines and check pins, and
// the files' text with them made, line by line from the bottom up.
#include "engine/report/expectations.hpp"

#include <algorithm>
#include <sstream>

namespace claimcheck::report {

namespace {

using Kind = ExpectationEdit::Kind;

// A claim pinned as a whole: its own `expect` line rewritten, added or removed.
void whole_claim(const ClaimReport& claim, std::vector<ExpectationEdit>& out) {
    ExpectationEdit edit;
    edit.claim = claim.id;
    edit.from = claim.expected.value_or(Verdict::pass);
    edit.to = claim.verdict;
    if (claim.expect_at) {
        edit.kind = claim.verdict == Verdict::pass ? Kind::remove : Kind::replace;
        edit.line = claim.expect_at->line;
    } else {
        edit.kind = Kind::insert;
        edit.line = claim.last_line;
    }
    out.push_back(edit);
}

// A claim that pins its checks: each check that moved re-pinned on its line; the claim's own
// line kept only where the checks do not already say its verdict (a quote not in its article).
void each_check(const ClaimReport& claim, bool pin_checks, std::vector<ExpectationEdit>& out) {
    Verdict worst = Verdict::pass;
    for (const auto& c : claim.checks) {
        worst = worse(worst, c.verdict);
        if (c.verdict == c.expected.value_or(Verdict::pass)) continue;  // an `expect pass` that holds stays
        ExpectationEdit edit;
        edit.claim = claim.id;
        edit.check = c.text;
        edit.from = c.expected.value_or(Verdict::pass);
        edit.to = c.verdict;
        edit.kind = !c.expected ? Kind::insert : c.verdict == Verdict::pass ? Kind::remove : Kind::replace;
        const Location at = c.expect_at ? *c.expect_at : c.ends_at;
        edit.line = at.line;
        edit.column = at.column;
        out.push_back(edit);
    }
    const std::optional<Verdict> want = claim.verdict == worst ? std::nullopt : std::optional<Verdict>(claim.verdict);
    if (claim.expected == want) return;
    if (claim.expected && claim.verdict == *claim.expected && !pin_checks) return;  // met: left as written
    ExpectationEdit edit;
    edit.claim = claim.id;
    edit.from = claim.expected.value_or(Verdict::pass);
    edit.to = claim.verdict;
    edit.kind = !claim.expect_at ? Kind::insert : want ? Kind::replace : Kind::remove;
    edit.line = claim.expect_at ? claim.expect_at->line : claim.last_line;
    out.push_back(edit);
}

}  // namespace

std::map<std::string, std::vector<ExpectationEdit>> expectation_edits(const Report& report, bool pin_checks) {
    std::map<std::string, std::vector<ExpectationEdit>> out;
    for (const auto& claim : report.claims) {
        if (!claim.template_at.empty()) continue;
        std::vector<ExpectationEdit> edits;
        if (pin_checks || pins_checks(claim))
            each_check(claim, pin_checks, edits);
        else if (!meets_expectation(claim))
            whole_claim(claim, edits);
        if (!edits.empty()) out[claim.file].insert(out[claim.file].end(), edits.begin(), edits.end());
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

// The text is "expect VERDICT", with whatever follows kept.
bool is_expect(const std::string& text, Verdict verdict) {
    std::istringstream words(text);
    std::string keyword, word;
    words >> keyword >> word;
    return keyword == "expect" && word == verdict_name(verdict);
}

// The byte where a column (1-based, in characters, as Location counts them) starts, or npos.
std::size_t byte_of(const std::string& line, int column) {
    int at = 1;
    for (std::size_t i = 0; i <= line.size(); ++i)
        if (i == line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
            if (at == column) return i;
            ++at;
        }
    return std::string::npos;
}

// A check's pin, on the check's line; false when the line is not as it was.
bool edit_pin(std::string& line, const ExpectationEdit& edit) {
    const std::size_t at = byte_of(line, edit.column);
    if (at == std::string::npos) return false;
    if (edit.kind == Kind::insert) {
        // The check ends here: only spaces, a comment or the line end may follow.
        const std::size_t rest = line.find_first_not_of(" \t\r\n", at);
        if (at == 0 || (rest != std::string::npos && line[rest] != '#')) return false;
        line.insert(at, std::string(" expect ") + verdict_name(edit.to));
        return true;
    }
    if (!is_expect(line.substr(at), edit.from)) return false;
    const std::size_t word = line.find(verdict_name(edit.from), at + 6);
    const std::size_t length = std::string(verdict_name(edit.from)).size();
    if (edit.kind == Kind::replace) {
        line.replace(word, length, verdict_name(edit.to));
    } else {
        const std::size_t start = line.find_last_not_of(" \t", at - 1) + 1;  // the spaces before it go too
        line.erase(start, word + length - start);
    }
    return true;
}

}  // namespace

std::optional<std::string> with_edits(const std::string& text, const std::vector<ExpectationEdit>& edits) {
    std::vector<std::string> lines = lines_of(text);
    const std::string newline = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::vector<ExpectationEdit> sorted = edits;  // from the bottom up: earlier lines keep their numbers
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return a.line != b.line ? a.line > b.line : a.column > b.column;
    });
    for (const auto& edit : sorted) {
        if (edit.line < 1 || static_cast<std::size_t>(edit.line) > lines.size()) return std::nullopt;
        std::string& line = lines[static_cast<std::size_t>(edit.line) - 1];
        if (edit.column > 0) {
            if (!edit_pin(line, edit)) return std::nullopt;
            continue;
        }
        switch (edit.kind) {
        case Kind::insert: {
            const std::string indent = line.substr(0, line.find_first_not_of(" \t"));
            if (line.empty() || line.back() != '\n') line += newline;
            lines.insert(lines.begin() + edit.line, indent + "expect " + verdict_name(edit.to) + newline);
            break;
        }
        case Kind::replace:
        case Kind::remove: {
            if (!is_expect(line, edit.from)) return std::nullopt;
            if (edit.kind == Kind::remove) {
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
    const std::string pinned = edit.kind == Kind::insert ? "no expect (pass)" : std::string("expect ") + verdict_name(edit.from);
    const std::string now = edit.kind == Kind::remove ? "no expect (pass)" : std::string("expect ") + verdict_name(edit.to);
    const std::string what = edit.column > 0 ? edit.claim + ": " + edit.check : edit.claim;
    return file + ":" + std::to_string(edit.line) + "  " + what + "  " + pinned + " -> " + now;
}

}  // namespace claimcheck::report
