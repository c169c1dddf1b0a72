// engine/report/expectations: the `expect` edits `test --update` makes, and the text they give.
#include "engine/report/expectations.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::report;

namespace {

ClaimReport claim(std::string id, Verdict verdict, std::optional<Verdict> expected, int expect_line, int last_line) {
    ClaimReport c;
    c.id = std::move(id);
    c.file = "a.claims";
    c.verdict = verdict;
    c.expected = expected;
    if (expected) c.expect_at = Location{expect_line, 3};
    c.last_line = last_line;
    return c;
}

}  // namespace

TEST_CASE("a claim that missed its expectation gets its line replaced, added or removed", "[expectations]") {
    Report report;
    report.claims = {claim("met", Verdict::fail, Verdict::fail, 3, 3), claim("moved", Verdict::fail, Verdict::warn, 6, 6),
                     claim("now_fails", Verdict::warn, std::nullopt, 0, 9), claim("now_passes", Verdict::pass, Verdict::fail, 12, 12)};
    ClaimReport applied = claim("t(a).x", Verdict::fail, std::nullopt, 0, 1);
    applied.template_at = "t.claims:2";
    report.claims.push_back(applied);  // pinned on its apply line: left alone
    auto edits = expectation_edits(report);
    REQUIRE(edits.size() == 1);
    const auto& a = edits.at("a.claims");
    REQUIRE(a.size() == 3);
    CHECK(a[0].kind == ExpectationEdit::Kind::replace);
    CHECK(a[0].line == 6);
    CHECK(a[1].kind == ExpectationEdit::Kind::insert);
    CHECK(a[1].line == 9);
    CHECK(a[2].kind == ExpectationEdit::Kind::remove);
    CHECK(edit_text("a.claims", a[0]) == "a.claims:6  moved  expect warn -> expect fail");
    CHECK(edit_text("a.claims", a[1]) == "a.claims:9  now_fails  no expect (pass) -> expect warn");
    CHECK(edit_text("a.claims", a[2]) == "a.claims:12  now_passes  expect fail -> no expect (pass)");

    const std::string text = "claim moved in \"t\":\n  check x is 5\n  expect warn  # known\nclaim b in \"t\":\n  check y is 6\n"
                             "claim c in \"t\":\n  check z is 7\n  expect fail\n";
    const std::vector<ExpectationEdit> three = {{ExpectationEdit::Kind::replace, 3, "moved", Verdict::warn, Verdict::fail, 0, ""},
                                                {ExpectationEdit::Kind::insert, 5, "b", Verdict::pass, Verdict::warn, 0, ""},
                                                {ExpectationEdit::Kind::remove, 8, "c", Verdict::fail, Verdict::pass, 0, ""}};
    CHECK(with_edits(text, three) == std::optional<std::string>(
                                         "claim moved in \"t\":\n  check x is 5\n  expect fail  # known\nclaim b in \"t\":\n"
                                         "  check y is 6\n  expect warn\nclaim c in \"t\":\n  check z is 7\n"));
}

TEST_CASE("a file changed since it was checked is not edited; line ends are kept", "[expectations]") {
    const std::vector<ExpectationEdit> replace = {{ExpectationEdit::Kind::replace, 2, "a", Verdict::warn, Verdict::fail, 0, ""}};
    CHECK_FALSE(with_edits("claim a in \"t\":\n  check x is 5\n", replace));  // line 2 is no `expect warn`
    CHECK_FALSE(with_edits("claim a in \"t\":\n", replace));                  // no line 2 at all
    const std::vector<ExpectationEdit> insert = {{ExpectationEdit::Kind::insert, 2, "a", Verdict::pass, Verdict::fail, 0, ""}};
    CHECK(with_edits("claim a in \"t\":\r\n  check x is 5", insert) ==
          std::optional<std::string>("claim a in \"t\":\r\n  check x is 5\r\n  expect fail\r\n"));
}

namespace {

CheckReport pinned_check(std::string text, int line, Verdict verdict, std::optional<Verdict> pin, int pin_column, int end_column) {
    CheckReport c;
    c.text = std::move(text);
    c.file = "a.claims";
    c.at = {line, 3};
    c.verdict = verdict;
    c.expected = pin;
    if (pin) c.expect_at = Location{line, pin_column};
    c.ends_at = {line, end_column};
    return c;
}

}  // namespace

TEST_CASE("a claim that pins its checks has each moved check re-pinned on its line", "[expectations]") {
    // claim two in "t":            line 1
    //   check a is 6 expect fail   line 2: now passes
    //   check a == 5               line 3: now fails
    //   check b == 7 expect warn   line 4: now fails
    ClaimReport c = claim("two", Verdict::fail, std::nullopt, 0, 4);
    c.checks = {pinned_check("a is 6", 2, Verdict::pass, Verdict::fail, 16, 15),
                pinned_check("a == 5", 3, Verdict::fail, std::nullopt, 0, 15),
                pinned_check("b == 7", 4, Verdict::fail, Verdict::warn, 16, 15)};
    Report report;
    report.claims = {c};
    const auto edits = expectation_edits(report).at("a.claims");
    REQUIRE(edits.size() == 3);  // the claim's verdict is its checks' worst: it needs no line of its own
    CHECK(edit_text("a.claims", edits[0]) == "a.claims:2  two: a is 6  expect fail -> no expect (pass)");
    CHECK(edit_text("a.claims", edits[1]) == "a.claims:3  two: a == 5  no expect (pass) -> expect fail");
    CHECK(edit_text("a.claims", edits[2]) == "a.claims:4  two: b == 7  expect warn -> expect fail");
    const std::string text = "claim two in \"t\":\n  check a is 6 expect fail  # known\n  check a == 5\n  check b == 7 expect warn";
    CHECK(with_edits(text, edits) == std::optional<std::string>("claim two in \"t\":\n  check a is 6  # known\n"
                                                                "  check a == 5 expect fail\n  check b == 7 expect fail"));
    // Once written, the verdicts found meet the pins: nothing more to do.
    c.checks[0].expected.reset();
    c.checks[1].expected = Verdict::fail;
    c.checks[2].expected = Verdict::fail;
    report.claims = {c};
    CHECK(expectation_edits(report).empty());
}

TEST_CASE("pinning every check (--pin-checks) takes a claim pinned as a whole to pins on its checks", "[expectations]") {
    // claim c in "t":   line 1
    //   check x is 5    line 2: fails
    //   check y is 6    line 3: passes
    //   expect fail     line 4: met, but the checks now say it
    ClaimReport c = claim("c", Verdict::fail, Verdict::fail, 4, 4);
    c.checks = {pinned_check("x is 5", 2, Verdict::fail, std::nullopt, 0, 15),
                pinned_check("y is 6", 3, Verdict::pass, std::nullopt, 0, 15)};
    ClaimReport quoted = claim("q", Verdict::error, Verdict::error, 8, 8);  // a quote not in its article
    quoted.checks = {pinned_check("z is 7", 7, Verdict::pass, std::nullopt, 0, 15)};
    Report report;
    report.claims = {c, quoted};
    CHECK(expectation_edits(report).empty());  // without it, both met or pinned as a whole: left as they are
    const auto edits = expectation_edits(report, true).at("a.claims");
    REQUIRE(edits.size() == 2);  // the quote's error stays pinned on the claim: no check says it
    CHECK(edit_text("a.claims", edits[0]) == "a.claims:2  c: x is 5  no expect (pass) -> expect fail");
    CHECK(edit_text("a.claims", edits[1]) == "a.claims:4  c  expect fail -> no expect (pass)");
    const std::string text = "claim c in \"t\":\n  check x is 5\n  check y is 6\n  expect fail\n";
    CHECK(with_edits(text, edits) ==
          std::optional<std::string>("claim c in \"t\":\n  check x is 5 expect fail\n  check y is 6\n"));
}

TEST_CASE("a check's pin is placed by characters, and refused where the line changed", "[expectations]") {
    ExpectationEdit insert{ExpectationEdit::Kind::insert, 1, "c", Verdict::pass, Verdict::fail, 30, "n is 5"};
    // "  check count(t where t.city == \"Zürich\") is 5": ü is two bytes, one character; the check ends at 47.
    const std::string line = "  check count(t where t.city == \"Z\xc3\xbcrich\") is 5\r\n";
    insert.column = 47;
    CHECK(with_edits(line, {insert}) ==
          std::optional<std::string>("  check count(t where t.city == \"Z\xc3\xbcrich\") is 5 expect fail\r\n"));
    insert.column = 45;  // inside the check: something other than a comment follows
    CHECK_FALSE(with_edits(line, {insert}));
    ExpectationEdit replace{ExpectationEdit::Kind::replace, 1, "c", Verdict::warn, Verdict::fail, 48, "n is 5"};
    CHECK_FALSE(with_edits(line, {replace}));  // no `expect warn` there
    CHECK(with_edits("  check count(t where t.city == \"Z\xc3\xbcrich\") is 5 expect warn\n", {replace}) ==
          std::optional<std::string>("  check count(t where t.city == \"Z\xc3\xbcrich\") is 5 expect fail\n"));
}
