// cli/report: the text, line and JSON writers on hand-built Reports.
#include "cli/report/writers.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
    claim.expected = "pass";
    claim.notes = {"sum of both years", "from the FOI table"};
    CheckReport c;
    c.text = "a + b == 170";
    c.at = {8, 3};
    c.verdict = Verdict::pass;
    c.claimed = "170";
    c.actual = Rational(170);
    c.actual_text = "170";
    c.reading = "exactly";
    c.interval = Interval{Bound{Rational(170), true}, Bound{Rational(170), true}};
    c.interval_unit = Unit{Dimension::count};
    c.definition = "exactly (rules/house-style.claims:12)";
    c.message = "holds exactly";
    claim.checks.push_back(c);
    return claim;
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
    CHECK(keys(j) == std::vector<std::string>{"tool", "version", "claims", "conflicts", "summary"});
    CHECK(j["tool"] == "claimcheck");
    CHECK(j["version"] == "0.1.0");
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
          std::vector<std::string>{"id", "file", "line", "column", "source", "quote", "verdict", "checks"});
    CHECK(claim["id"] == "kent_rise");
    CHECK(claim["file"] == "examples/kent.claims");
    CHECK(claim["line"] == 3);
    CHECK(claim["column"] == 1);
    CHECK(claim["source"] == "002_07f839348fd89e1a.txt");
    CHECK(claim["quote"] == "has shot up by 573%");
    CHECK(claim["verdict"] == "fail");
}

TEST_CASE("json: claim with expect, message and notes", "[report][json]") {
    ClaimReport claim = passing_claim();
    claim.message = "a message";
    Report r;
    r.claims = {claim};
    ordered c = parsed_json(r)["claims"][0];
    CHECK(keys(c) == std::vector<std::string>{"id", "file", "line", "column", "source", "quote", "verdict",
                                               "expect", "message", "notes", "checks"});
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

TEST_CASE("json: negative and long decimals round half away from zero", "[report][json]") {
    ClaimReport claim = kent_claim();
    claim.checks[0].actual = Rational(-3, 4);
    ClaimReport third = kent_claim();
    third.checks[0].actual = Rational(-2, 3);
    Report r;
    r.claims = {claim, third};
    ordered j = parsed_json(r);
    CHECK(j["claims"][0]["checks"][0]["actual"]["exact"] == "-3/4");
    CHECK(j["claims"][0]["checks"][0]["actual"]["decimal"] == "-0.75");
    CHECK(j["claims"][1]["checks"][0]["actual"]["exact"] == "-2/3");
    CHECK(j["claims"][1]["checks"][0]["actual"]["decimal"] == "-0.6666667");
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
    CHECK(keys(summary) == std::vector<std::string>{"pass", "warn", "fail", "unverifiable", "error"});
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
    for (const char* v : {"pass", "warn", "fail", "unverifiable", "error"}) CHECK(j["summary"][v] == 0);
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

// ---- lines ------------------------------------------------------------------

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

TEST_CASE("decimal: seven places, halves away from zero, no trailing zeros", "[report]") {
    CHECK(report::decimal(Rational(298, 63)) == "4.7301587");
    CHECK(report::decimal(Rational(1, 3)) == "0.3333333");
    CHECK(report::decimal(Rational(2, 3)) == "0.6666667");
    CHECK(report::decimal(Rational(1, 2)) == "0.5");
    CHECK(report::decimal(Rational(-1, 2)) == "-0.5");
    CHECK(report::decimal(Rational(1, 20000000)) == "0.0000001");   // 0.00000005 rounds up
    CHECK(report::decimal(Rational(-1, 20000000)) == "-0.0000001");  // and away from zero
    CHECK(report::decimal(Rational(5653)) == "5653");
}
