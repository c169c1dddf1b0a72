// cli/report: the text, line, JSON and JUnit writers on hand-built Reports.
#include "engine/report/writers.hpp"
#include "engine/core/deadline.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;
using ordered = nlohmann::ordered_json;

namespace {

const Unit percent{Dimension::percent};

// kent_rise: "has shot up by 573%" when the ratio 361/63 is a 473.02% rise.
CheckReport kent_check() {
    CheckReport c;
    c.text = "change(kent.2015_16, kent.2016_17) is 573%";
    c.at = {5, 3};
    c.verdict = Verdict::fail;
    c.claimed = "573%";
    c.actual = Rational(298, 63);
    c.actual_text = "473.02%";
    c.actual_decimal = "4.7301587";
    c.reading = "rounded to the nearest 1%, halves away from zero";
    c.interval = Interval{Bound{Rational(229, 40), true}, Bound{Rational(1147, 200), false}};
    c.interval_unit = percent;
    return c;
}

ClaimReport kent_claim() {
    ClaimReport claim;
    claim.id = "kent_rise";
    claim.file = "examples/kent.claims";
    claim.at = {3, 1};
    claim.article = "002_07f839348fd89e1a.txt";
    claim.quote = "has shot up by 573%";
    claim.verdict = Verdict::fail;
    claim.checks.push_back(kent_check());
    return claim;
}

// A claim whose one check uses a missing figure.
ClaimReport missing_claim() {
    ClaimReport claim;
    claim.id = "youngest";
    claim.file = "examples/kent.claims";
    claim.at = {9, 1};
    claim.article = "002_07f839348fd89e1a.txt";
    claim.quote = "victims as young as four";
    claim.verdict = Verdict::unverifiable;
    CheckReport c;
    c.text = "age.youngest is 4";
    c.at = {11, 3};
    c.verdict = Verdict::unverifiable;
    c.claimed = "4";
    c.message = "age.youngest is missing: not in the FOI reply";
    claim.checks.push_back(c);
    return claim;
}

// A claim with no checks at all.
ClaimReport unchecked_claim() {
    ClaimReport claim;
    claim.id = "quote_only";
    claim.file = "examples/lincs.claims";
    claim.at = {2, 1};
    claim.article = "000_lincs.txt";
    claim.quote = "a sharp rise";
    claim.verdict = Verdict::unverifiable;
    claim.message = "no check: nothing to verify";
    return claim;
}

ClaimReport passing_claim() {
    ClaimReport claim;
    claim.id = "total";
    claim.file = "examples/lincs.claims";
    claim.at = {6, 1};
    claim.article = "000_lincs.txt";
    claim.quote = "170 offences";
    claim.verdict = Verdict::pass;
    claim.expected = Verdict::pass;
    claim.notes = {"sum of both years", "from the FOI table"};
    CheckReport c;
    c.text = "a + b == 170";
    c.at = {8, 3};
    c.verdict = Verdict::pass;
    c.claimed = "170";
    c.actual = Rational(170);
    c.actual_text = "170";
    c.actual_decimal = "170";
    c.reading = "exactly";
    c.interval = Interval{Bound{Rational(170), true}, Bound{Rational(170), true}};
    c.interval_unit = Unit{Dimension::count};
    c.definition = "exactly (rules/house-style.claims:12)";
    c.message = "holds exactly";
    claim.checks.push_back(c);
    return claim;
}

// Kent's claim in error because its quote is not in the article, and `noted`
// with a note at `at` that its article was not found.
Report quote_issues(ClaimReport noted, const std::string& note, Location at) {
    ClaimReport lost = kent_claim();
    lost.verdict = Verdict::error;
    lost.quote_issue = QuoteIssue{true, "the quote is not in seeds/kent.txt", {4, 3}};
    noted.quote_issue = QuoteIssue{false, note, at};
    Report r;
    r.claims = {lost, noted};
    return r;
}

std::string json_of(const Report& report, const std::string& version = "0.1.0") {
    std::ostringstream out;
    report::write_json(out, report, version);
    return out.str();
}

ordered parsed_json(const Report& report) {
    std::string text = json_of(report);
    INFO(text);
    REQUIRE(ordered::accept(text));
    return ordered::parse(text);
}

std::vector<std::string> keys(const ordered& object) {
    std::vector<std::string> out;
    for (const auto& item : object.items()) out.push_back(item.key());
    return out;
}

std::string text_of(const Report& report, bool colour) {
    std::ostringstream out;
    report::write_text(out, report, report::Style{colour});
    return out.str();
}

std::string lines_of(const Report& report) {
    std::ostringstream out;
    report::write_lines(out, report);
    return out.str();
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

}  // namespace

// ---- JSON -------------------------------------------------------------------

TEST_CASE("json: top-level fields in order", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered j = parsed_json(r);
    CHECK(keys(j) == std::vector<std::string>{"tool", "version", "schema_version", "claims", "conflicts", "coverage", "tables", "summary"});
    CHECK(j["tool"] == "claimcheck");
    CHECK(j["version"] == "0.1.0");
    CHECK(j["schema_version"].is_number_integer());
    CHECK(j["schema_version"] == 1);
    CHECK(j["claims"].is_array());
    CHECK(j["claims"].size() == 1);
}

TEST_CASE("json: the version is the one given", "[report][json]") {
    Report r;
    ordered j = ordered::parse(json_of(r, "9.8.7-dev"));
    CHECK(j["version"] == "9.8.7-dev");
}

TEST_CASE("json: claim fields in order, optional ones left out", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered claim = parsed_json(r)["claims"][0];
    CHECK(keys(claim) ==
          std::vector<std::string>{"id", "file", "line", "column", "source", "quote", "verdict", "drafted", "checks"});
    CHECK(claim["id"] == "kent_rise");
    CHECK(claim["file"] == "examples/kent.claims");
    CHECK(claim["line"] == 3);
    CHECK(claim["column"] == 1);
    CHECK(claim["source"] == "002_07f839348fd89e1a.txt");
    CHECK(claim["quote"] == "has shot up by 573%");
    CHECK(claim["verdict"] == "fail");
}

TEST_CASE("json: a quote issue is on its claim; an error leads the message, a note does not", "[report][json]") {
    Report r = quote_issues(unchecked_claim(), "quote not located: ...", {3, 3});
    ordered j = parsed_json(r);
    CHECK(j["claims"][0]["message"] == "the quote is not in seeds/kent.txt");
    CHECK(j["claims"][0]["quote_issue"] == ordered{{"severity", "error"}, {"message", "the quote is not in seeds/kent.txt"},
                                                   {"file", "examples/kent.claims"}, {"line", 4}, {"column", 3}});
    CHECK(j["claims"][1]["message"] == "no check: nothing to verify");
    CHECK(j["claims"][1]["quote_issue"]["severity"] == "note");
    CHECK_FALSE(parsed_json(Report{{kent_claim()}, {}, {}, {}})["claims"][0].contains("quote_issue"));
}

TEST_CASE("json: claim with expect, message and notes", "[report][json]") {
    ClaimReport claim = passing_claim();
    claim.message = "a message";
    Report r;
    r.claims = {claim};
    ordered c = parsed_json(r)["claims"][0];
    CHECK(keys(c) == std::vector<std::string>{"id", "file", "line", "column", "source", "quote", "verdict",
                                               "expect", "message", "notes", "drafted", "checks"});
    CHECK(c["expect"] == "pass");
    CHECK(c["message"] == "a message");
    CHECK(c["notes"] == ordered::array({"sum of both years", "from the FOI table"}));
}

TEST_CASE("json: a check's fields in order, with exact and decimal actual", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    CHECK(keys(check) == std::vector<std::string>{"text", "file", "line", "column", "verdict", "claimed", "actual",
                                                   "reading", "interval"});
    CHECK(check["text"] == "change(kent.2015_16, kent.2016_17) is 573%");
    CHECK(check["line"] == 5);
    CHECK(check["column"] == 3);
    CHECK(check["verdict"] == "fail");
    CHECK(check["claimed"] == "573%");
    CHECK(keys(check["actual"]) == std::vector<std::string>{"exact", "decimal", "display"});
    CHECK(check["actual"]["exact"] == "298/63");
    CHECK(check["actual"]["decimal"] == "4.7301587");
    CHECK(check["actual"]["display"] == "473.02%");
    CHECK(check["reading"] == "rounded to the nearest 1%, halves away from zero");
}

TEST_CASE("json: the interval as text and exact bounds", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered interval = parsed_json(r)["claims"][0]["checks"][0]["interval"];
    CHECK(keys(interval) == std::vector<std::string>{"text", "low", "low_closed", "high", "high_closed"});
    CHECK(interval["text"] == "[572.5%, 573.5%)");
    CHECK(interval["low"] == "229/40");
    CHECK(interval["low_closed"] == true);
    CHECK(interval["high"] == "1147/200");
    CHECK(interval["high_closed"] == false);
}

TEST_CASE("json: an unbounded side is null and not closed", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.checks[0].interval = Interval{Bound{Rational(1, 3), false}, std::nullopt};
    Report r;
    r.claims = {claim};
    ordered interval = parsed_json(r)["claims"][0]["checks"][0]["interval"];
    CHECK(interval["low"] == "1/3");
    CHECK(interval["low_closed"] == false);
    CHECK(interval["high"].is_null());
    CHECK(interval["high_closed"] == false);
}

TEST_CASE("json: definition and message come last", "[report][json]") {
    Report r;
    r.claims = {passing_claim()};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    CHECK(keys(check) == std::vector<std::string>{"text", "file", "line", "column", "verdict", "claimed", "actual",
                                                   "reading", "interval", "definition", "message"});
    CHECK(check["actual"]["exact"] == "170");
    CHECK(check["actual"]["decimal"] == "170");
    CHECK(check["definition"] == "exactly (rules/house-style.claims:12)");
    CHECK(check["message"] == "holds exactly");
    CHECK(check["interval"]["text"] == "exactly 170");
}

TEST_CASE("json: the decimal is the one the checker worked out, never rounded again", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.checks[0].actual = Rational(-2, 3);
    claim.checks[0].actual_decimal = "-0.6666667";
    ClaimReport near = kent_claim();  // 10^-22 under 3: shown.hpp gave it every place it needs
    near.checks[0].actual = Rational(3) - Rational(Integer(1), boost::multiprecision::pow(Integer(10), 22));
    near.checks[0].actual_decimal = "2.9999999999999999999999";
    Report r;
    r.claims = {claim, near};
    ordered j = parsed_json(r);
    CHECK(j["claims"][0]["checks"][0]["actual"]["exact"] == "-2/3");
    CHECK(j["claims"][0]["checks"][0]["actual"]["decimal"] == "-0.6666667");
    CHECK(j["claims"][1]["checks"][0]["actual"]["decimal"] == "2.9999999999999999999999");
}

TEST_CASE("json: an unverifiable check has a null actual", "[report][json]") {
    Report r;
    r.claims = {missing_claim()};
    ordered claim = parsed_json(r)["claims"][0];
    CHECK(claim["verdict"] == "unverifiable");
    ordered check = claim["checks"][0];
    REQUIRE(check.contains("actual"));
    CHECK(check["actual"].is_null());
    CHECK(check["verdict"] == "unverifiable");
    CHECK(check["message"] == "age.youngest is missing: not in the FOI reply");
    CHECK(keys(check) ==
          std::vector<std::string>{"text", "file", "line", "column", "verdict", "claimed", "actual", "message"});
}

TEST_CASE("json: a claim with no checks has an empty checks array", "[report][json]") {
    Report r;
    r.claims = {unchecked_claim()};
    ordered claim = parsed_json(r)["claims"][0];
    REQUIRE(claim["checks"].is_array());
    CHECK(claim["checks"].empty());
    CHECK(claim["message"] == "no check: nothing to verify");
}

TEST_CASE("json: summary counts claims by verdict", "[report][json]") {
    ClaimReport warn = passing_claim();
    warn.verdict = Verdict::warn;
    ClaimReport error = kent_claim();
    error.verdict = Verdict::error;
    Report r;
    r.claims = {kent_claim(), missing_claim(), unchecked_claim(), passing_claim(), warn, error, kent_claim()};
    ordered summary = parsed_json(r)["summary"];
    CHECK(keys(summary) == std::vector<std::string>{"pass", "warn", "fail", "unverifiable", "error", "drafted"});
    CHECK(summary["pass"] == 1);
    CHECK(summary["warn"] == 1);
    CHECK(summary["fail"] == 2);
    CHECK(summary["unverifiable"] == 2);
    CHECK(summary["error"] == 1);
}

TEST_CASE("json: an empty report", "[report][json]") {
    Report r;
    ordered j = parsed_json(r);
    CHECK(j["claims"].is_array());
    CHECK(j["claims"].empty());
    for (const char* v : {"pass", "warn", "fail", "unverifiable", "error", "drafted"}) CHECK(j["summary"][v] == 0);
}

TEST_CASE("json: claims keep their order", "[report][json]") {
    Report r;
    r.claims = {passing_claim(), kent_claim(), unchecked_claim()};
    ordered claims = parsed_json(r)["claims"];
    REQUIRE(claims.size() == 3);
    CHECK(claims[0]["id"] == "total");
    CHECK(claims[1]["id"] == "kent_rise");
    CHECK(claims[2]["id"] == "quote_only");
}

TEST_CASE("json: quotes, backslashes, control characters and UTF-8 are escaped or kept", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.quote = "a \"quoted\" \\ path\twith\nnewline, £5 and “curly” quotes";
    Report r;
    r.claims = {claim};
    CHECK(parsed_json(r)["claims"][0]["quote"] == claim.quote);
}

TEST_CASE("json: stays valid when a quote holds invalid UTF-8", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.quote = std::string("bad \xC3\x28 and \xFF bytes");  // a broken 2-byte sequence and a stray 0xFF
    claim.checks[0].text = "x is \xE2\x82 5";                    // truncated 3-byte sequence
    Report r;
    r.claims = {claim};
    std::string text;
    REQUIRE_NOTHROW(text = json_of(r));
    INFO(text);
    REQUIRE(ordered::accept(text));
    ordered j = ordered::parse(text);
    std::string quote = j["claims"][0]["quote"];
    CHECK(quote.rfind("bad ", 0) == 0);
    CHECK(quote.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD replaces the bad bytes
    CHECK(quote.find(" bytes") != std::string::npos);
    std::string check_text = j["claims"][0]["checks"][0]["text"];
    CHECK(check_text.find("\xEF\xBF\xBD") != std::string::npos);
    // Everything else is intact.
    CHECK(j["claims"][0]["id"] == "kent_rise");
    CHECK(j["summary"]["fail"] == 1);
}

// ---- text -------------------------------------------------------------------

TEST_CASE("text: without colour, the page has no escape codes", "[report][text]") {
    Report r;
    r.claims = {kent_claim(), missing_claim(), unchecked_claim(), passing_claim()};
    std::string out = text_of(r, false);
    CHECK(out.find('\033') == std::string::npos);
    CHECK_FALSE(out.empty());
}

TEST_CASE("text: the page lays out files, claims, checks and the summary", "[report][text]") {
    Report r;
    r.claims = {kent_claim(), missing_claim(), unchecked_claim()};
    CHECK(text_of(r, false) ==
          "examples/kent.claims\n"
          "  FAIL         kent_rise  \"has shot up by 573%\"\n"
          "    fail         5:3  change(kent.2015_16, kent.2016_17) is 573%\n"
          "                 claimed 573% = [572.5%, 573.5%), actual 473.02% (298/63)\n"
          "  UNVERIFIABLE youngest  \"victims as young as four\"\n"
          "    unverifiable 11:3  age.youngest is 4\n"
          "                 age.youngest is missing: not in the FOI reply\n"
          "examples/lincs.claims\n"
          "  UNVERIFIABLE quote_only  \"a sharp rise\"\n"
          "                 no check: nothing to verify\n"
          "\n"
          "3 claims: 0 pass, 0 warn, 1 fail, 2 unverifiable, 0 error\n");
}

TEST_CASE("text: a whole-number actual shows no fraction, and the definition is named", "[report][text]") {
    Report r;
    r.claims = {passing_claim()};
    std::string out = text_of(r, false);
    CHECK(out.find("claimed 170 = exactly 170, actual 170\n") != std::string::npos);
    CHECK(out.find("(170)") == std::string::npos);
    CHECK(out.find("                 using exactly (rules/house-style.claims:12)\n") != std::string::npos);
    CHECK(out.find("                 holds exactly\n") != std::string::npos);
}

TEST_CASE("text: with colour, verdicts and file names are coloured", "[report][text]") {
    ClaimReport warn = passing_claim();
    warn.verdict = Verdict::warn;
    warn.checks[0].verdict = Verdict::warn;
    Report r;
    r.claims = {kent_claim(), missing_claim(), passing_claim(), warn};
    std::string out = text_of(r, true);
    CHECK(out.find('\033') != std::string::npos);
    CHECK(out.find("\033[1mexamples/kent.claims\033[0m\n") != std::string::npos);
    CHECK(out.find("\033[31mFAIL\033[0m") != std::string::npos);
    CHECK(out.find("\033[31mfail\033[0m") != std::string::npos);
    CHECK(out.find("\033[90mUNVERIFIABLE\033[0m") != std::string::npos);
    CHECK(out.find("\033[32mPASS\033[0m") != std::string::npos);
    CHECK(out.find("\033[33mWARN\033[0m") != std::string::npos);
}

TEST_CASE("text: colour changes only the escape codes", "[report][text]") {
    Report r;
    r.claims = {kent_claim(), missing_claim(), unchecked_claim(), passing_claim()};
    std::string coloured = text_of(r, true);
    // Remove every ESC [ ... m sequence: what is left must be the plain page.
    std::string stripped;
    for (std::size_t i = 0; i < coloured.size(); ++i) {
        if (coloured[i] == '\033') {
            while (i < coloured.size() && coloured[i] != 'm') ++i;
            continue;
        }
        stripped += coloured[i];
    }
    CHECK(stripped == text_of(r, false));
}

TEST_CASE("text: an empty report prints only the summary", "[report][text]") {
    Report r;
    CHECK(text_of(r, false) == "\n0 claims: 0 pass, 0 warn, 0 fail, 0 unverifiable, 0 error\n");
}

TEST_CASE("text: the summary of one claim says 'claim'", "[report][text]") {
    Report r;
    r.claims = {passing_claim()};
    std::string out = text_of(r, false);
    CHECK(out.find("\n1 claim: 1 pass, 0 warn, 0 fail, 0 unverifiable, 0 error\n") != std::string::npos);
}

TEST_CASE("text: a quote not located is an error or a note at the quote line", "[report][text]") {
    Report r = quote_issues(passing_claim(),
                            "quote not located: article \"x.txt\" not found beside the claims file (in .); "
                            "use --articles DIR",
                            {7, 3});
    std::string out = text_of(r, false);
    CHECK(out.find("  ERROR        kent_rise  \"has shot up by 573%\"\n"
                   "                 examples/kent.claims:4:3: error: the quote is not in seeds/kent.txt\n"
                   "    fail         5:3") != std::string::npos);
    CHECK(out.find("  PASS         total  \"170 offences\"\n"
                   "                 examples/lincs.claims:7:3: note: quote not located: article \"x.txt\"") !=
          std::string::npos);
}

TEST_CASE("text: control characters from the input are shown as escapes", "[report][text]") {
    ClaimReport claim = unchecked_claim();
    claim.quote = "red \x1b[31malert\x1b[0m, bell \x07, nul " + std::string(1, '\0') + ", csi \u009b, tab\t, line\nbreak";
    claim.message = "why \x1b]0;title\x07";
    Report r;
    r.claims = {claim};
    std::string out = text_of(r, false);
    CHECK(out.find("\"red \\x1b[31malert\\x1b[0m, bell \\x07, nul \\x00, csi \\u009b, tab\t, line\\x0abreak\"") !=
          std::string::npos);
    CHECK(out.find("why \\x1b]0;title\\x07\n") != std::string::npos);
    CHECK(out.find('\033') == std::string::npos);
    CHECK(out.find('\0') == std::string::npos);
    CHECK(report::shown("caf\xC3\xA9 \xFF") == "caf\xC3\xA9 \xEF\xBF\xBD");  // good UTF-8 kept, bad replaced
    CHECK(report::shown("a\r\nb", true) == "a\r\nb");
    CHECK(report::shown("a\r\nb") == "a\\x0d\\x0ab");
}

// ---- lines ------------------------------------------------------------------

TEST_CASE("lines: a quote not located is a line at the quote, before the checks", "[report][lines]") {
    Report r = quote_issues(unchecked_claim(), "quote not located: ...", {3, 3});
    std::vector<std::string> lines = split_lines(lines_of(r));
    CHECK(lines == std::vector<std::string>{
                       "examples/kent.claims:4:3: error: kent_rise: the quote is not in seeds/kent.txt",
                       "examples/kent.claims:5:3: fail: kent_rise: change(kent.2015_16, kent.2016_17) is 573%: "
                       "actual 473.02%",
                       "examples/lincs.claims:3:3: note: quote_only: quote not located: ...",
                       "examples/lincs.claims:2:1: unverifiable: quote_only: no check: nothing to verify",
                   });
}

TEST_CASE("lines: a control character or line break never splits a finding", "[report][lines]") {
    ClaimReport claim = unchecked_claim();
    claim.message = "two\nlines \x1b[2J";
    Report r;
    r.claims = {claim};
    CHECK(lines_of(r) == "examples/lincs.claims:2:1: unverifiable: quote_only: two\\x0alines \\x1b[2J\n");
}

TEST_CASE("lines: one line per check, file:line:col: verdict: id: text", "[report][lines]") {
    Report r;
    r.claims = {kent_claim(), missing_claim(), passing_claim()};
    std::vector<std::string> lines = split_lines(lines_of(r));
    CHECK(lines == std::vector<std::string>{
                       "examples/kent.claims:5:3: fail: kent_rise: change(kent.2015_16, kent.2016_17) is 573%: "
                       "actual 473.02%",
                       "examples/kent.claims:11:3: unverifiable: youngest: age.youngest is 4: age.youngest is "
                       "missing: not in the FOI reply",
                       "examples/lincs.claims:8:3: pass: total: a + b == 170: actual 170: holds exactly",
                   });
}

TEST_CASE("lines: a claim with no checks is one line at the claim", "[report][lines]") {
    Report r;
    r.claims = {unchecked_claim()};
    CHECK(lines_of(r) == "examples/lincs.claims:2:1: unverifiable: quote_only: no check: nothing to verify\n");
}

TEST_CASE("lines: a claim with several checks prints each", "[report][lines]") {
    ClaimReport claim = kent_claim();
    CheckReport second = kent_check();
    second.at = {6, 3};
    second.verdict = Verdict::pass;
    second.text = "x is 5";
    second.actual.reset();
    claim.checks.push_back(second);
    Report r;
    r.claims = {claim};
    std::vector<std::string> lines = split_lines(lines_of(r));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].rfind("examples/kent.claims:5:3: fail: kent_rise: ", 0) == 0);
    CHECK(lines[1] == "examples/kent.claims:6:3: pass: kent_rise: x is 5");
}

TEST_CASE("lines: no colour and no summary", "[report][lines]") {
    Report r;
    r.claims = {kent_claim(), missing_claim(), unchecked_claim(), passing_claim()};
    std::string out = lines_of(r);
    CHECK(out.find('\033') == std::string::npos);
    CHECK(split_lines(out).size() == 4);
    CHECK(lines_of(Report{}).empty());
}

// ---- JSON: diagnosis, suggestions, conflicts, templates ------------------------------------

namespace {

ClaimReport diagnosed_kent() {
    ClaimReport claim = kent_claim();
    CheckReport& c = claim.checks[0];
    c.diagnosis = DiagnosisCode::ratio_as_increase;
    c.explanation = "361 / 63 = 5.73 times: the ratio of the two figures was written as the rise, which is 473.02%";
    c.suggestions = {{"a rise of 473%", "change(kent.2015_16, kent.2016_17) is 473%"},
                     {"almost six times as many", "ratio(kent.2016_17, kent.2015_16) is almost six"}};
    return claim;
}

Report with_conflict() {
    Report r;
    Conflict conflict{"forces.2016_17", {}};
    conflict.statements.push_back({"a/000.claims", {4, 3}, "forces", "000.txt", "38", Verdict::fail});
    conflict.statements.push_back({"a/002.claims", {9, 3}, "forces_reporting", "002.txt", "39", Verdict::pass});
    r.conflicts.push_back(conflict);
    return r;
}

}  // namespace

TEST_CASE("json: diagnosis, explanation, suggestion and suggestions come last, in order", "[report][json]") {
    Report r;
    r.claims = {diagnosed_kent()};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    CHECK(keys(check) == std::vector<std::string>{"text", "file", "line", "column", "verdict", "claimed", "actual",
                                                   "reading", "interval", "diagnosis", "explanation", "suggestion",
                                                   "suggestions"});
    CHECK(check["diagnosis"] == "ratio-as-increase");
    CHECK(check["explanation"] ==
          "361 / 63 = 5.73 times: the ratio of the two figures was written as the rise, which is 473.02%");
    CHECK(check["suggestion"] == "a rise of 473%");
    REQUIRE(check["suggestions"].size() == 2);
    CHECK(keys(check["suggestions"][0]) == std::vector<std::string>{"wording", "check"});
    CHECK(check["suggestions"][0]["wording"] == "a rise of 473%");
    CHECK(check["suggestions"][0]["check"] == "change(kent.2015_16, kent.2016_17) is 473%");
    CHECK(check["suggestions"][1]["wording"] == "almost six times as many");
    CHECK(check["suggestions"][1]["check"] == "ratio(kent.2016_17, kent.2015_16) is almost six");
}

TEST_CASE("json: suggestions without a diagnosis, after definition and message", "[report][json]") {
    ClaimReport claim = passing_claim();
    claim.checks[0].suggestions = {{"170", "a + b == 170"}};
    Report r;
    r.claims = {claim};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    CHECK(keys(check) == std::vector<std::string>{"text", "file", "line", "column", "verdict", "claimed", "actual",
                                                   "reading", "interval", "definition", "message", "suggestion",
                                                   "suggestions"});
    CHECK(check["suggestion"] == "170");
}

TEST_CASE("json: no diagnosis or suggestion fields when there are none", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    for (const char* field : {"diagnosis", "explanation", "suggestion", "suggestions"}) CHECK_FALSE(check.contains(field));
}

TEST_CASE("json: a granularity fail has a display but no exact actual", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.checks[0].actual.reset();
    claim.checks[0].actual_text = "none possible";
    claim.checks[0].diagnosis = DiagnosisCode::granularity;
    claim.checks[0].explanation = "no share of 19 gives 40%";
    Report r;
    r.claims = {claim};
    ordered check = parsed_json(r)["claims"][0]["checks"][0];
    CHECK(check["actual"]["exact"].is_null());
    CHECK(check["actual"]["decimal"].is_null());
    CHECK(check["actual"]["display"] == "none possible");
    CHECK(check["diagnosis"] == "granularity");
}

TEST_CASE("json: a check's file is its own when set, else its claim's", "[report][json]") {
    ClaimReport claim = kent_claim();
    CheckReport second = kent_check();
    second.file = "templates/force.claims";
    claim.checks.push_back(second);
    Report r;
    r.claims = {claim};
    ordered checks = parsed_json(r)["claims"][0]["checks"];
    CHECK(checks[0]["file"] == "examples/kent.claims");
    CHECK(checks[1]["file"] == "templates/force.claims");
}

TEST_CASE("json: an applied claim names its template, after expect and before message", "[report][json]") {
    ClaimReport claim = passing_claim();
    claim.id = "force(kent, 2015_16, 2016_17).rose";
    claim.template_at = "templates.claims:2";
    claim.message = "m";
    Report r;
    r.claims = {claim};
    ordered c = parsed_json(r)["claims"][0];
    CHECK(keys(c) == std::vector<std::string>{"id", "file", "line", "column", "source", "quote", "verdict", "expect",
                                               "template", "message", "notes", "drafted", "checks"});
    CHECK(c["id"] == "force(kent, 2015_16, 2016_17).rose");
    CHECK(c["template"] == "templates.claims:2");
    Report plain;
    plain.claims = {kent_claim()};
    CHECK_FALSE(parsed_json(plain)["claims"][0].contains("template"));
}

TEST_CASE("json: conflicts list each quantity's statements in order", "[report][json]") {
    ordered j = parsed_json(with_conflict());
    REQUIRE(j["conflicts"].size() == 1);
    ordered conflict = j["conflicts"][0];
    CHECK(keys(conflict) == std::vector<std::string>{"quantity", "kind", "statements"});
    CHECK(conflict["kind"] == "statements");
    CHECK(conflict["quantity"] == "forces.2016_17");
    REQUIRE(conflict["statements"].size() == 2);
    ordered first = conflict["statements"][0];
    CHECK(keys(first) ==
          std::vector<std::string>{"file", "line", "column", "claim", "source", "claimed", "verdict", "disputed"});
    CHECK(first["file"] == "a/000.claims");
    CHECK(first["line"] == 4);
    CHECK(first["column"] == 3);
    CHECK(first["claim"] == "forces");
    CHECK(first["source"] == "000.txt");
    CHECK(first["claimed"] == "38");
    CHECK(first["verdict"] == "fail");
    CHECK(conflict["statements"][1]["claim"] == "forces_reporting");
    CHECK(conflict["statements"][1]["verdict"] == "pass");
}

TEST_CASE("json: lets of one name with different figures are a conflict of definitions", "[report][json]") {
    Report r;
    Conflict conflict{"kent.2016_17", {}, true};
    conflict.statements.push_back({"a/counts.claims", {17, 1}, "", "nspcc", "361 during FY2016/17", Verdict::pass, true});
    conflict.statements.push_back({"b/counts.claims", {5, 1}, "", "", "360 during FY2016/17", Verdict::pass, true});
    r.conflicts.push_back(conflict);
    ordered j = parsed_json(r)["conflicts"].at(0);
    CHECK(j["kind"] == "definitions");
    REQUIRE(j["statements"].size() == 2);
    // A let has no claim and no verdict: its figure is its value.
    CHECK(keys(j["statements"][0]) == std::vector<std::string>{"file", "line", "column", "source", "value"});
    CHECK(j["statements"][0]["value"] == "361 during FY2016/17");
    CHECK(j["statements"][0]["source"] == "nspcc");
    CHECK(j["statements"][1]["line"] == 5);
}

TEST_CASE("json: no conflicts is an empty array", "[report][json]") {
    Report r;
    r.claims = {kent_claim()};
    ordered j = parsed_json(r);
    REQUIRE(j["conflicts"].is_array());
    CHECK(j["conflicts"].empty());
}

// ---- JUnit ------------------------------------------------------------------------------

namespace {

std::string junit_of(const Report& report) {
    std::ostringstream out;
    report::write_junit(out, report);
    return out.str();
}

// A minimal XML reader for the writer's output: a prolog, then elements with
// double-quoted attributes, text, and the five predefined entities. Anything
// else, and any byte sequence that is not a valid XML 1.0 character in UTF-8,
// makes it fail.
struct Element {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;  // unescaped, in order
    std::vector<Element> children;
    std::string text;  // unescaped, all text directly inside

    std::string attribute(const std::string& key) const {
        for (const auto& [k, v] : attributes)
            if (k == key) return v;
        return "<missing " + key + ">";
    }
};

class XmlReader {
public:
    explicit XmlReader(const std::string& text) : s_(text) {}

    // The root element, or nothing (with error() saying why).
    std::optional<Element> read() {
        if (!valid_characters()) return std::nullopt;
        const std::string prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        if (s_.compare(0, prolog.size(), prolog) != 0) return fail("no prolog");
        i_ = prolog.size();
        std::optional<Element> root = element();
        if (!root) return std::nullopt;
        while (i_ < s_.size() && (s_[i_] == '\n' || s_[i_] == ' ')) ++i_;
        if (i_ != s_.size()) return fail("text after the root element");
        return root;
    }
    const std::string& error() const { return error_; }

private:
    std::optional<Element> fail(const std::string& why) {
        if (error_.empty()) error_ = why + " at byte " + std::to_string(i_);
        return std::nullopt;
    }

    // Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), and XML's Char production.
    bool valid_characters() {
        for (std::size_t i = 0; i < s_.size();) {
            auto c = static_cast<unsigned char>(s_[i]);
            int length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + static_cast<std::size_t>(length) > s_.size()) return bad(i, "bad UTF-8 lead byte");
            unsigned long cp = length == 1 ? c : length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
            for (int k = 1; k < length; ++k) {
                auto next = static_cast<unsigned char>(s_[i + static_cast<std::size_t>(k)]);
                if ((next & 0xC0) != 0x80) return bad(i, "bad UTF-8 continuation");
                cp = (cp << 6) | (next & 0x3Fu);
            }
            const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
            if (cp < least[length]) return bad(i, "overlong UTF-8");
            bool xml_char = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                            (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!xml_char) return bad(i, "not an XML character");
            i += static_cast<std::size_t>(length);
        }
        return true;
    }
    bool bad(std::size_t at, const std::string& why) {
        i_ = at;
        fail(why);
        return false;
    }

    std::string name() {
        std::size_t start = i_;
        while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '-'))
            ++i_;
        return s_.substr(start, i_ - start);
    }

    // Text up to `end` (not consumed), with entities replaced; raw '<' (and '"' in attributes) refused.
    std::optional<std::string> chars(char end) {
        std::string out;
        while (i_ < s_.size() && s_[i_] != end) {
            if (s_[i_] == '<' || (end == '"' && s_[i_] == '>')) {
                fail("raw markup character in text");
                return std::nullopt;
            }
            if (s_[i_] == '&') {
                static const std::vector<std::pair<std::string, char>> entities = {
                    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
                bool found = false;
                for (const auto& [entity, ch] : entities)
                    if (s_.compare(i_, entity.size(), entity) == 0) {
                        out += ch;
                        i_ += entity.size();
                        found = true;
                        break;
                    }
                if (!found) {
                    fail("bare &");
                    return std::nullopt;
                }
                continue;
            }
            out += s_[i_++];
        }
        return out;
    }

    std::optional<Element> element() {
        if (i_ >= s_.size() || s_[i_] != '<') return fail("expected an element");
        ++i_;
        Element e;
        e.name = name();
        if (e.name.empty()) return fail("element without a name");
        for (;;) {
            while (i_ < s_.size() && s_[i_] == ' ') ++i_;
            if (s_.compare(i_, 2, "/>") == 0) {
                i_ += 2;
                return e;
            }
            if (i_ < s_.size() && s_[i_] == '>') {
                ++i_;
                break;
            }
            std::string key = name();
            if (key.empty() || s_.compare(i_, 2, "=\"") != 0) return fail("bad attribute");
            i_ += 2;
            auto value = chars('"');
            if (!value || i_ >= s_.size()) return fail("unterminated attribute");
            ++i_;
            for (const auto& [k, v] : e.attributes)
                if (k == key) return fail("duplicate attribute " + key);
            e.attributes.emplace_back(key, *value);
        }
        for (;;) {
            auto text = chars('<');
            if (!text || i_ >= s_.size()) return fail("unterminated element " + e.name);
            e.text += *text;
            if (s_.compare(i_, 2, "</") == 0) {
                i_ += 2;
                if (name() != e.name || i_ >= s_.size() || s_[i_] != '>') return fail("mismatched end of " + e.name);
                ++i_;
                return e;
            }
            auto child = element();
            if (!child) return std::nullopt;
            e.children.push_back(std::move(*child));
        }
    }

    const std::string& s_;
    std::size_t i_ = 0;
    std::string error_;
};

Element junit_tree(const Report& report) {
    std::string text = junit_of(report);
    XmlReader reader(text);
    std::optional<Element> root = reader.read();
    INFO(text);
    INFO(reader.error());
    REQUIRE(root);
    return *root;
}

ClaimReport with_verdict(ClaimReport claim, Verdict verdict, std::optional<Verdict> expected = std::nullopt) {
    claim.verdict = verdict;
    claim.expected = std::move(expected);
    return claim;
}

}  // namespace

TEST_CASE("junit: the XML reader accepts good XML and refuses bad", "[report][junit]") {
    // The checks below rely on this reader: make sure it can fail.
    const std::string prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    CHECK(XmlReader(prolog + "<a b=\"&amp;&lt;\">x<c/>y</a>\n").read());
    for (const std::string bad : {"<a>", "<a></b>", "<a b=\"<\"/>", "<a>&</a>", "<a>\x01</a>", "<a>\xC0\xAF</a>",
                                  "<a>\xED\xA0\x80</a>", "<a>\xEF\xBF\xBE</a>", "<a>\xFF</a>", "<a b=\"1\" b=\"2\"/>"}) {
        INFO(bad);
        CHECK_FALSE(XmlReader(prolog + bad + "\n").read());
    }
}

TEST_CASE("junit: an empty report is an empty testsuites", "[report][junit]") {
    CHECK(junit_of(Report{}) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<testsuites name=\"claimcheck\" tests=\"0\" failures=\"0\" errors=\"0\" time=\"0\">\n"
                                "</testsuites>\n");
}

// Jenkins' junit-10.xsd allows no file or line attribute on a testcase: where the claim is goes in system-out.
TEST_CASE("junit: a claim that meets its expectation is a testcase with only its place", "[report][junit]") {
    Report r;
    r.claims = {passing_claim()};
    CHECK(junit_of(r) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"claimcheck\" tests=\"1\" failures=\"0\" errors=\"0\" time=\"0\">\n"
          "  <testsuite name=\"examples/lincs.claims\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
          "    <testcase classname=\"examples.lincs\" name=\"total\" time=\"0\">\n"
          "      <system-out>examples/lincs.claims:6</system-out>\n"
          "    </testcase>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("junit: a missed expectation is a failure with the check's details", "[report][junit]") {
    Report r;
    r.claims = {diagnosed_kent()};
    CHECK(junit_of(r) ==
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<testsuites name=\"claimcheck\" tests=\"1\" failures=\"1\" errors=\"0\" time=\"0\">\n"
          "  <testsuite name=\"examples/kent.claims\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
          "    <testcase classname=\"examples.kent\" name=\"kent_rise\" time=\"0\">\n"
          "      <failure message=\"expected pass, got fail\" type=\"fail\">"
          "fail examples/kent.claims:5: change(kent.2015_16, kent.2016_17) is 573%\n"
          "  claimed 573% = [572.5%, 573.5%), actual 473.02%\n"
          "  diagnosis ratio-as-increase: 361 / 63 = 5.73 times: the ratio of the two figures was written as the "
          "rise, which is 473.02%\n"
          "  write instead: a rise of 473%\n"
          "</failure>\n"
          "      <system-out>examples/kent.claims:3</system-out>\n"
          "    </testcase>\n"
          "  </testsuite>\n"
          "</testsuites>\n");
}

TEST_CASE("junit: an error verdict is an <error>, every other miss a <failure>", "[report][junit]") {
    Report r;
    r.claims = {with_verdict(kent_claim(), Verdict::error), with_verdict(kent_claim(), Verdict::pass, Verdict::warn),
                with_verdict(kent_claim(), Verdict::error, Verdict::fail), with_verdict(kent_claim(), Verdict::unverifiable)};
    Element suite = junit_tree(r).children.at(0);
    REQUIRE(suite.children.size() == 4);
    auto only_child = [](const Element& testcase) {  // the result, before the place in system-out
        REQUIRE(testcase.children.size() == 2);
        CHECK(testcase.children[1].name == "system-out");
        return testcase.children[0];
    };
    Element first = only_child(suite.children[0]);
    CHECK(first.name == "error");
    CHECK(first.attribute("message") == "expected pass, got error");
    CHECK(first.attribute("type") == "error");
    Element second = only_child(suite.children[1]);
    CHECK(second.name == "failure");
    CHECK(second.attribute("message") == "expected warn, got pass");
    Element third = only_child(suite.children[2]);
    CHECK(third.name == "error");
    CHECK(third.attribute("message") == "expected fail, got error");
    Element fourth = only_child(suite.children[3]);
    CHECK(fourth.name == "failure");
    CHECK(fourth.attribute("message") == "expected pass, got unverifiable");
}

TEST_CASE("junit: expected errors and fails are met, not failures", "[report][junit]") {
    Report r;
    r.claims = {with_verdict(kent_claim(), Verdict::error, Verdict::error), with_verdict(kent_claim(), Verdict::fail, Verdict::fail),
                with_verdict(kent_claim(), Verdict::unverifiable, Verdict::unverifiable)};
    Element root = junit_tree(r);
    CHECK(root.attribute("failures") == "0");
    CHECK(root.attribute("errors") == "0");
    for (const Element& testcase : root.children.at(0).children) {
        REQUIRE(testcase.children.size() == 1);
        CHECK(testcase.children[0].name == "system-out");
    }
}

TEST_CASE("junit: counts per suite and in total", "[report][junit]") {
    ClaimReport lincs_fail = with_verdict(passing_claim(), Verdict::fail);
    ClaimReport lincs_error = with_verdict(passing_claim(), Verdict::error);
    Report r;
    r.claims = {kent_claim(), passing_claim(), with_verdict(kent_claim(), Verdict::error), lincs_fail, lincs_error,
                lincs_error, with_verdict(kent_claim(), Verdict::fail, Verdict::fail)};
    Element root = junit_tree(r);
    CHECK(root.name == "testsuites");
    CHECK(root.attribute("tests") == "7");
    CHECK(root.attribute("failures") == "2");
    CHECK(root.attribute("errors") == "3");
    REQUIRE(root.children.size() == 2);
    const Element& kent = root.children[0];
    CHECK(kent.attribute("name") == "examples/kent.claims");
    CHECK(kent.attribute("tests") == "3");
    CHECK(kent.attribute("failures") == "1");
    CHECK(kent.attribute("errors") == "1");
    CHECK(kent.attribute("skipped") == "0");
    const Element& lincs = root.children[1];
    CHECK(lincs.attribute("name") == "examples/lincs.claims");
    CHECK(lincs.attribute("tests") == "4");
    CHECK(lincs.attribute("failures") == "1");
    CHECK(lincs.attribute("errors") == "2");
}

TEST_CASE("junit: suites sorted by file, cases in report order", "[report][junit]") {
    ClaimReport b1 = passing_claim();
    b1.file = "b/x.claims";
    b1.id = "first";
    ClaimReport a = passing_claim();
    a.file = "a/y.claims";
    ClaimReport b2 = b1;
    b2.id = "second";
    Report r;
    r.claims = {b1, a, b2};
    Element root = junit_tree(r);
    REQUIRE(root.children.size() == 2);
    CHECK(root.children[0].attribute("name") == "a/y.claims");
    CHECK(root.children[1].attribute("name") == "b/x.claims");
    REQUIRE(root.children[1].children.size() == 2);
    CHECK(root.children[1].children[0].attribute("name") == "first");
    CHECK(root.children[1].children[1].attribute("name") == "second");
    CHECK(root.children[1].children[0].attribute("classname") == "b.x");
    // The same report twice gives the same bytes.
    CHECK(junit_of(r) == junit_of(r));
}

TEST_CASE("junit: an absolute path makes a classname without a leading dot", "[report][junit]") {
    ClaimReport claim = passing_claim();
    claim.file = "/tmp/news/kent.claims";
    Report r;
    r.claims = {claim};
    Element testcase = junit_tree(r).children.at(0).children.at(0);
    CHECK(testcase.attribute("classname") == "tmp.news.kent");
    CHECK(testcase.attribute("file") == "<missing file>");
    CHECK(testcase.children.at(0).text == "/tmp/news/kent.claims:6");
}

TEST_CASE("junit: & < > and \" are escaped in attributes and text", "[report][junit]") {
    ClaimReport claim = kent_claim();
    claim.id = "a&b<c>\"d\"";
    claim.file = "dir/<x> & \"y\".claims";
    claim.checks[0].text = "a < b && c > \"d\"";
    Report r;
    r.claims = {claim};
    std::string out = junit_of(r);
    CHECK(out.find("name=\"a&amp;b&lt;c&gt;&quot;d&quot;\"") != std::string::npos);
    CHECK(out.find("a &lt; b &amp;&amp; c &gt; &quot;d&quot;") != std::string::npos);
    Element root = junit_tree(r);
    const Element& suite = root.children.at(0);
    CHECK(suite.attribute("name") == "dir/<x> & \"y\".claims");
    const Element& testcase = suite.children.at(0);
    CHECK(testcase.attribute("name") == "a&b<c>\"d\"");
    CHECK(testcase.attribute("classname") == "dir.<x> & \"y\"");
    CHECK_THAT(testcase.children.at(0).text, Catch::Contains("a < b && c > \"d\""));
}

TEST_CASE("junit: control characters and broken UTF-8 are replaced, good UTF-8 kept", "[report][junit]") {
    ClaimReport claim = missing_claim();
    claim.checks[0].message = std::string("tab\there, bell \x07, nul ") + '\0' + " cut \xE2\x82 and \xFF; \xC2\xA3" "5 kept";
    Report r;
    r.claims = {claim};
    Element failure = junit_tree(r).children.at(0).children.at(0).children.at(0);
    const std::string replacement = "\xEF\xBF\xBD";
    CHECK_THAT(failure.text, Catch::Contains("tab\there, bell " + replacement + ", nul " + replacement + " cut " +
                                             replacement + replacement + " and " + replacement + "; \xC2\xA3" "5 kept"));
}

TEST_CASE("junit: overlong, surrogate and out-of-range UTF-8 are replaced too", "[report][junit]") {
    // Each of these has the shape of UTF-8 but is not: XML parsers refuse them.
    for (const std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                                  "\xEF\xBF\xBE"}) {
        ClaimReport claim = missing_claim();
        claim.checks[0].message = "missing: " + bad + " here";
        Report r;
        r.claims = {claim};
        std::string out = junit_of(r);
        XmlReader reader(out);
        bool read = reader.read().has_value();
        INFO(bad.size() << " bytes from 0x" << std::hex << (static_cast<unsigned>(bad[0]) & 0xFFu) << ": "
                        << reader.error());
        CHECK(read);
    }
}

TEST_CASE("every writer stops at the deadline, saying it was writing the report", "[report]") {
    Report report;
    report.claims.push_back(kent_claim());
    const Deadline past(0.001, Deadline::Clock::now() - std::chrono::seconds(1));
    Deadline::Scope running(past);
    auto stops = [&](const std::function<void(std::ostream&)>& write) {
        std::ostringstream out;
        try {
            write(out);
        } catch (const LimitExceeded& e) {
            return std::string(e.what()).rfind("stopped while writing the report: ", 0) == 0;
        }
        return false;
    };
    CHECK(stops([&](std::ostream& out) { report::write_text(out, report, report::Style{}); }));
    CHECK(stops([&](std::ostream& out) { report::write_lines(out, report); }));
    CHECK(stops([&](std::ostream& out) { report::write_json(out, report, "0.1.0"); }));
    CHECK(stops([&](std::ostream& out) { report::write_junit(out, report); }));
    CHECK(stops([&](std::ostream& out) { report::write_html(out, report, "0.1.0"); }));
}

namespace {

// Two checks, a fail and a pass, in a claim pinned `expect fail`: the case a claim's own pin cannot see move.
ClaimReport two_checks(std::optional<Verdict> first_pin, std::optional<Verdict> second_pin, Verdict second) {
    ClaimReport claim = kent_claim();
    claim.expected = Verdict::fail;
    claim.checks[0].expected = first_pin;
    CheckReport other = kent_check();
    other.text = "kent.2016_17 is 361";
    other.at = {6, 3};
    other.verdict = second;
    other.expected = second_pin;
    claim.checks.push_back(other);
    return claim;
}

}  // namespace

TEST_CASE("expectations: a claim pinned as a whole tests only its verdict", "[report][expectations]") {
    const ClaimReport moved = two_checks(std::nullopt, std::nullopt, Verdict::fail);  // the pass moved to fail
    CHECK_FALSE(pins_checks(moved));
    CHECK_FALSE(check_expectation(moved, moved.checks[1]));
    CHECK(meets_expectation(moved));  // what pins per check are for
}

TEST_CASE("expectations: a claim that pins a check tests every check, unpinned ones against pass", "[report][expectations]") {
    const ClaimReport held = two_checks(Verdict::fail, std::nullopt, Verdict::pass);
    CHECK(pins_checks(held));
    CHECK(check_expectation(held, held.checks[1]) == std::optional<Verdict>(Verdict::pass));
    CHECK(meets_expectation(held));
    const ClaimReport moved = two_checks(Verdict::fail, std::nullopt, Verdict::fail);
    CHECK(verdict_meets(moved));  // still fails as a whole, as pinned
    CHECK_FALSE(check_meets(moved, moved.checks[1]));
    CHECK_FALSE(meets_expectation(moved));
    const ClaimReport repinned = two_checks(Verdict::fail, Verdict::fail, Verdict::fail);
    CHECK(meets_expectation(repinned));
}

TEST_CASE("expectations: without its own line, a claim is expected to be the worst its checks are pinned to",
          "[report][expectations]") {
    ClaimReport claim = two_checks(Verdict::warn, std::nullopt, Verdict::pass);
    claim.expected.reset();
    claim.checks[0].verdict = Verdict::warn;
    claim.verdict = Verdict::warn;
    CHECK(claim_expectation(claim) == Verdict::warn);
    CHECK(meets_expectation(claim));
    claim.verdict = Verdict::error;  // a quote not in its article: the checks met, the claim did not
    CHECK(expected_verdict(claim) == "warn");
    CHECK_FALSE(meets_expectation(claim));
}

TEST_CASE("test results: a check that moved is named in full, with what was pinned", "[report][expectations]") {
    Report r;
    r.claims = {two_checks(Verdict::fail, std::nullopt, Verdict::fail)};
    std::ostringstream out;
    report::write_results(out, r);
    CHECK(out.str() ==
          "FAILED  examples/kent.claims:3  kent_rise  fail\n"
          "          fail 5:3  change(kent.2015_16, kent.2016_17) is 573%: actual 473.02%\n"
          "          fail, expected pass  examples/kent.claims:6:3  kent.2016_17 is 361: actual 473.02%\n"
          "\n0 passed, 1 failed\n");
    const std::string junit = junit_of(r);
    CHECK(junit.find("<failure message=\"check at examples/kent.claims:6 expected pass, got fail\" type=\"fail\">") !=
          std::string::npos);
    CHECK(junit.find("fail (expected pass) examples/kent.claims:6: kent.2016_17 is 361") != std::string::npos);
    CHECK(parsed_json(r)["claims"][0]["checks"][0]["expect"] == "fail");
    CHECK_FALSE(parsed_json(r)["claims"][0]["checks"][1].contains("expect"));
}

// ---- drafted claims, not yet reviewed ------------------------------------------

namespace {

// The claim `claimcheck draft` wrote, with the note its reviewer deletes.
ClaimReport drafted_claim(const std::string& note = "drafted: score 24.0, runner-up 12.0") {
    ClaimReport claim = passing_claim();
    claim.id = "n361";
    claim.notes = {"from the FOI table", note};
    return claim;
}

}  // namespace

TEST_CASE("drafted: a note that is the word, or begins with it then ':' or a space", "[report][drafted]") {
    for (const std::string note : {"drafted", "drafted: score 24.0, runner-up 12.0", "drafted: no check: no figure",
                                   "drafted by hand"}) {
        INFO(note);
        CHECK(drafted(drafted_claim(note)));
    }
    for (const std::string note : {"not drafted", "draftedness", "Drafted: by hand", "drafted-by-hand", " drafted", ""}) {
        INFO(note);
        CHECK_FALSE(drafted(drafted_claim(note)));
    }
    CHECK_FALSE(drafted(passing_claim()));
    CHECK_FALSE(drafted(kent_claim()));  // no notes at all
}

TEST_CASE("drafted: the summary counts drafted claims whatever their verdict", "[report][drafted]") {
    ClaimReport failing = drafted_claim("drafted");
    failing.verdict = Verdict::fail;
    Report r;
    r.claims = {drafted_claim(), failing, drafted_claim("not drafted"), kent_claim()};
    Summary s = r.summary();
    CHECK(s.drafted == 2);
    CHECK(s.pass == 2);
    CHECK(s.fail == 2);
}

TEST_CASE("drafted: the text report marks each drafted claim and counts them after the verdicts", "[report][drafted]") {
    Report r;
    r.claims = {drafted_claim(), kent_claim()};
    std::string out = text_of(r, false);
    CHECK(out.find("  PASS         n361 (drafted)  \"170 offences\"\n") != std::string::npos);
    CHECK(out.find("  FAIL         kent_rise  \"has shot up by 573%\"\n") != std::string::npos);
    CHECK(out.find("\n2 claims: 1 pass, 0 warn, 1 fail, 0 unverifiable, 0 error; 1 drafted, not yet reviewed\n") !=
          std::string::npos);
    Report none;
    none.claims = {drafted_claim("not drafted")};
    CHECK(text_of(none, false).find("drafted") == std::string::npos);
}

TEST_CASE("drafted: each line of a drafted claim names it as drafted", "[report][drafted]") {
    ClaimReport unchecked = unchecked_claim();
    unchecked.notes = {"drafted: no check: no figure in the data"};
    Report r;
    r.claims = {drafted_claim(), unchecked, kent_claim()};
    CHECK(split_lines(lines_of(r)) ==
          std::vector<std::string>{
              "examples/lincs.claims:8:3: pass: n361 (drafted): a + b == 170: actual 170: holds exactly",
              "examples/lincs.claims:2:1: unverifiable: quote_only (drafted): no check: nothing to verify",
              "examples/kent.claims:5:3: fail: kent_rise: change(kent.2015_16, kent.2016_17) is 573%: actual 473.02%",
          });
}

TEST_CASE("drafted: JSON says so on each claim, after its notes, and counts them in the summary", "[report][drafted]") {
    Report r;
    r.claims = {drafted_claim(), drafted_claim("not drafted"), kent_claim()};
    ordered j = parsed_json(r);
    CHECK(j["claims"][0]["drafted"] == true);
    CHECK(j["claims"][1]["drafted"] == false);
    CHECK(j["claims"][2]["drafted"] == false);
    CHECK(j["summary"]["drafted"] == 1);
}

TEST_CASE("drafted: a JUnit testcase says so under its place", "[report][drafted]") {
    Report r;
    r.claims = {drafted_claim(), drafted_claim("not drafted")};
    std::string xml = junit_of(r);
    INFO(xml);
    CHECK(XmlReader(xml).read());
    CHECK(xml.find("<system-out>examples/lincs.claims:6\ndrafted, not yet reviewed</system-out>") != std::string::npos);
    CHECK(xml.find("<system-out>examples/lincs.claims:6</system-out>") != std::string::npos);
}
