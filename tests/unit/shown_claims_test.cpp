// engine/report: which claims the text report shows (--only, --quiet) and test --quiet's
// results. Hiding a claim never changes what is counted.
#include "engine/report/writers.hpp"

#include "support.hpp"

using namespace claimcheck;

namespace {

ClaimReport claim_of(const std::string& id, Verdict verdict, const std::string& file = "a.claims") {
    ClaimReport claim;
    claim.id = id;
    claim.file = file;
    claim.at = {3, 1};
    claim.verdict = verdict;
    claim.expected = Verdict::pass;  // `test` compares with it
    return claim;
}

Report mixed() {
    Report report;
    report.claims = {claim_of("ok", Verdict::pass), claim_of("slip", Verdict::fail),
                     claim_of("vague", Verdict::warn, "b.claims"), claim_of("gone", Verdict::unverifiable, "b.claims")};
    report.claims[0].expected = Verdict::pass;
    report.tables = {TableReport{"t.csv", 3, 0, 10}};
    return report;
}

std::string text_of(const Report& report, report::Shown shown) {
    std::ostringstream out;
    report::write_text(out, report, report::Style{false, std::move(shown)});
    return out.str();
}

}  // namespace

TEST_CASE("shown: --only a list of verdicts, --quiet all but pass", "[report][text]") {
    const report::Shown only{{Verdict::fail, Verdict::warn}, false};
    CHECK(only.shows(claim_of("x", Verdict::fail)));
    CHECK(only.shows(claim_of("x", Verdict::warn)));
    CHECK_FALSE(only.shows(claim_of("x", Verdict::pass)));
    CHECK_FALSE(only.shows(claim_of("x", Verdict::error)));
    const report::Shown quiet{{}, true};
    CHECK_FALSE(quiet.shows(claim_of("x", Verdict::pass)));
    for (Verdict v : {Verdict::unverifiable, Verdict::warn, Verdict::fail, Verdict::error})
        CHECK(quiet.shows(claim_of("x", v)));
    CHECK(report::Shown{}.shows(claim_of("x", Verdict::pass)));
}

TEST_CASE("text: --only shows those claims, under their files, and counts every claim", "[report][text]") {
    const std::string text = text_of(mixed(), report::Shown{{Verdict::fail}, false});
    CHECK(text ==
          "a.claims\n"
          "  FAIL         slip\n"
          "\nTables\n  t.csv: 3 rows read once\n"
          "\n4 claims: 1 pass, 1 warn, 1 fail, 1 unverifiable, 0 error; 3 not shown\n");
}

TEST_CASE("text: --quiet shows the problems and the summary line, not the tables", "[report][text]") {
    const std::string text = text_of(mixed(), report::Shown{{}, true});
    CHECK(text ==
          "a.claims\n"
          "  FAIL         slip\n"
          "b.claims\n"
          "  WARN         vague\n"
          "  UNVERIFIABLE gone\n"
          "\n4 claims: 1 pass, 1 warn, 1 fail, 1 unverifiable, 0 error; 1 not shown\n");
    Report passing;
    passing.claims = {claim_of("ok", Verdict::pass)};
    passing.tables = {TableReport{"t.csv", 3, 0, 10}};
    CHECK(text_of(passing, report::Shown{{}, true}) == "1 claim: 1 pass, 0 warn, 0 fail, 0 unverifiable, 0 error; 1 not shown\n");
    // Nothing hidden, nothing said about it.
    CHECK(text_of(passing, report::Shown{}).find("not shown") == std::string::npos);
}

TEST_CASE("test results: --quiet prints the claims that missed, and the totals", "[report][expectations]") {
    std::ostringstream all, quiet;
    report::write_results(all, mixed());
    report::write_results(quiet, mixed(), true);
    CHECK(all.str().find("ok      a.claims:3  ok  pass\n") != std::string::npos);
    CHECK(quiet.str() ==
          "FAILED  a.claims:3  slip  fail, expected pass\n"
          "FAILED  b.claims:3  vague  warn, expected pass\n"
          "FAILED  b.claims:3  gone  unverifiable, expected pass\n"
          "\n1 passed, 3 failed\n");
    Report passing;
    passing.claims = {claim_of("ok", Verdict::pass)};
    std::ostringstream totals;
    report::write_results(totals, passing, true);
    CHECK(totals.str() == "1 passed, 0 failed\n");
}
