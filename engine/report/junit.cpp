// JUnit XML for CI test reporters (Jenkins, GitLab, GitHub): one testsuite per
// claims file, one testcase per claim; a claim that misses its expectation is a
// failure (or an error, when evaluation itself failed).
#include "engine/report/writers.hpp"

#include "engine/core/deadline.hpp"

#include <map>
#include <sstream>

namespace claimcheck::report {

namespace {

// The length of the well-formed UTF-8 character at text[i] that XML 1.0 allows,
// or 0: no overlong forms, surrogates, code points past U+10FFFF, U+FFFE or U+FFFF.
std::size_t xml_char_length(const std::string& text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    unsigned char c = byte(0);
    std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    unsigned long code = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(k) & 0x3F);
    }
    static const unsigned long smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return 0;
    if (code == 0xFFFE || code == 0xFFFF) return 0;
    if (code < 0x20 && code != '\t' && code != '\n' && code != '\r') return 0;
    return length;
}

// XML 1.0 text: markup escaped; anything XML cannot hold replaced with U+FFFD.
std::string xml(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = xml_char_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        switch (text[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out.append(text, i, length);
        }
        i += length;
    }
    return out;
}

// examples/nspcc-2017/002-kent.claims -> examples.nspcc-2017.002-kent
std::string class_name(std::string file) {
    file.erase(0, file.find_first_not_of('/'));
    if (file.size() > 7 && file.compare(file.size() - 7, 7, ".claims") == 0) file.resize(file.size() - 7);
    for (char& c : file)
        if (c == '/') c = '.';
    return file;
}

// What a failure says: each check's verdict, figures, diagnosis and a wording that holds.
std::string details(const ClaimReport& claim) {
    std::ostringstream out;
    if (std::string message = full_message(claim); !message.empty()) out << message << "\n";
    for (const auto& c : claim.checks) {
        out << verdict_name(c.verdict);
        if (!check_meets(claim, c)) out << " (expected " << verdict_name(*check_expectation(claim, c)) << ")";
        out << " " << (c.file.empty() ? claim.file : c.file) << ":" << c.at.line << ": " << c.text << "\n";
        if (c.interval) {
            out << "  claimed " << c.claimed << " = " << interval_text(c);
            if (!c.actual_text.empty()) out << ", actual " << c.actual_text;
            out << "\n";
        } else if (!c.keys.empty()) {
            out << "  claimed " << c.claimed << " for " << c.reading << ", actual " << c.actual_text << "\n";
        }
        if (!c.message.empty()) out << "  " << c.message << "\n";
        if (c.diagnosis) out << "  diagnosis " << diagnosis_name(*c.diagnosis) << ": " << c.explanation << "\n";
        if (!c.suggestions.empty()) out << "  write instead: " << c.suggestions.front().wording << "\n";
    }
    return out.str();
}

// What missed, for the failure's message: "expected fail, got pass", then each check that
// moved from its pin, "check at a.claims:9 expected pass, got fail".
std::string missed(const ClaimReport& claim) {
    std::string out;
    if (!verdict_meets(claim)) out = "expected " + expected_verdict(claim) + ", got " + verdict_name(claim.verdict);
    for (const auto& c : claim.checks)
        if (!check_meets(claim, c))
            out += (out.empty() ? "" : "; ") + std::string("check at ") + (c.file.empty() ? claim.file : c.file) + ":" +
                   std::to_string(c.at.line) + " expected " + verdict_name(*check_expectation(claim, c)) + ", got " +
                   verdict_name(c.verdict);
    return out;
}

// The common schema (Jenkins' junit-10.xsd) allows no file or line, nor properties, on a
// testcase: where the claim is goes in its output, after any failure, and on the next
// line whether it is drafted and not yet reviewed.
void write_case(std::ostream& out, const ClaimReport& claim) {
    checkpoint("while writing the report");
    out << "    <testcase classname=\"" << xml(class_name(claim.file)) << "\" name=\"" << xml(claim.id)
        << "\" time=\"0\">\n";
    if (!meets_expectation(claim)) {
        const char* element = claim.verdict == Verdict::error ? "error" : "failure";
        out << "      <" << element << " message=\"" << xml(missed(claim)) << "\" type=\"" << verdict_name(claim.verdict) << "\">"
            << xml(details(claim)) << "</" << element << ">\n";
    }
    out << "      <system-out>" << xml(claim.file) << ":" << claim.at.line
        << (drafted(claim) ? "\ndrafted, not yet reviewed" : "") << "</system-out>\n    </testcase>\n";
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
