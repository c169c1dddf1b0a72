// JUnit XML for CI test reporters (Jenkins, GitLab, GitHub): one testsuite per
// claims file, one testcase per claim; a claim that misses its expectation is a
// failure (or an error, when evaluation itself failed).
#include "writers.hpp"

#include <map>
#include <sstream>

namespace claimcheck::report {

namespace {

// XML 1.0 text: markup escaped; control characters and bad UTF-8 replaced.
std::string xml(const std::string& text) {
    static const std::string replacement = "\xEF\xBF\xBD";
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool whole = length > 0 && i + static_cast<std::size_t>(length) <= text.size();
        for (int k = 1; whole && k < length; ++k)
            whole = (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) == 0x80;
        if (!whole) {
            out += replacement;
            ++i;
            continue;
        }
        if (length > 1) {
            out.append(text, i, static_cast<std::size_t>(length));
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '"') {
            out += "&quot;";
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += replacement;
        } else {
            out += static_cast<char>(c);
        }
        i += static_cast<std::size_t>(length);
    }
    return out;
}

// examples/nspcc-2017/002-kent.claims -> examples.nspcc-2017.002-kent
std::string class_name(std::string file) {
    if (file.size() > 7 && file.compare(file.size() - 7, 7, ".claims") == 0) file.resize(file.size() - 7);
    for (char& c : file)
        if (c == '/') c = '.';
    return file;
}

// What a failure says: each check's verdict, figures, diagnosis and a wording that holds.
std::string details(const ClaimReport& claim) {
    std::ostringstream out;
    if (!claim.message.empty()) out << claim.message << "\n";
    for (const auto& c : claim.checks) {
        out << verdict_name(c.verdict) << " " << claim.file << ":" << c.at.line << ": " << c.text << "\n";
        if (c.interval) out << "  claimed " << c.claimed << " = " << interval_text(c) << ", actual " << c.actual_text << "\n";
        if (!c.message.empty()) out << "  " << c.message << "\n";
        if (!c.diagnosis.empty()) out << "  diagnosis " << c.diagnosis << ": " << c.explanation << "\n";
        if (!c.suggestions.empty()) out << "  write instead: " << c.suggestions.front().wording << "\n";
    }
    return out.str();
}

void write_case(std::ostream& out, const ClaimReport& claim) {
    out << "    <testcase classname=\"" << xml(class_name(claim.file)) << "\" name=\"" << xml(claim.id)
        << "\" file=\"" << xml(claim.file) << "\" line=\"" << claim.at.line << "\" time=\"0\"";
    if (meets_expectation(claim)) {
        out << "/>\n";
        return;
    }
    const char* element = claim.verdict == Verdict::error ? "error" : "failure";
    out << ">\n      <" << element << " message=\"expected " << expected_verdict(claim) << ", got "
        << verdict_name(claim.verdict) << "\" type=\"" << verdict_name(claim.verdict) << "\">"
        << xml(details(claim)) << "</" << element << ">\n    </testcase>\n";
}

}  // namespace

void write_junit(std::ostream& out, const Report& report) {
    std::map<std::string, std::vector<const ClaimReport*>> by_file;  // sorted: deterministic
    int failures = 0, errors = 0;
    for (const auto& claim : report.claims) {
        by_file[claim.file].push_back(&claim);
        if (!meets_expectation(claim)) ++(claim.verdict == Verdict::error ? errors : failures);
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<testsuites name=\"claimcheck\" tests=\"" << report.claims.size() << "\" failures=\"" << failures
        << "\" errors=\"" << errors << "\" time=\"0\">\n";
    for (const auto& [file, claims] : by_file) {
        int suite_failures = 0, suite_errors = 0;
        for (const ClaimReport* c : claims)
            if (!meets_expectation(*c)) ++(c->verdict == Verdict::error ? suite_errors : suite_failures);
        out << "  <testsuite name=\"" << xml(file) << "\" tests=\"" << claims.size() << "\" failures=\""
            << suite_failures << "\" errors=\"" << suite_errors << "\" skipped=\"0\" time=\"0\">\n";
        for (const ClaimReport* c : claims) write_case(out, *c);
        out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
}

}  // namespace claimcheck::report
