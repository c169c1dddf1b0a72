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
    const std::vector<ExpectationEdit> three = {{ExpectationEdit::Kind::replace, 3, "moved", Verdict::warn, Verdict::fail},
                                                {ExpectationEdit::Kind::insert, 5, "b", Verdict::pass, Verdict::warn},
                                                {ExpectationEdit::Kind::remove, 8, "c", Verdict::fail, Verdict::pass}};
    CHECK(with_edits(text, three) == std::optional<std::string>(
                                         "claim moved in \"t\":\n  check x is 5\n  expect fail  # known\nclaim b in \"t\":\n"
                                         "  check y is 6\n  expect warn\nclaim c in \"t\":\n  check z is 7\n"));
}

TEST_CASE("a file changed since it was checked is not edited; line ends are kept", "[expectations]") {
    const std::vector<ExpectationEdit> replace = {{ExpectationEdit::Kind::replace, 2, "a", Verdict::warn, Verdict::fail}};
    CHECK_FALSE(with_edits("claim a in \"t\":\n  check x is 5\n", replace));  // line 2 is no `expect warn`
    CHECK_FALSE(with_edits("claim a in \"t\":\n", replace));                  // no line 2 at all
    const std::vector<ExpectationEdit> insert = {{ExpectationEdit::Kind::insert, 2, "a", Verdict::pass, Verdict::fail}};
    CHECK(with_edits("claim a in \"t\":\r\n  check x is 5", insert) ==
          std::optional<std::string>("claim a in \"t\":\r\n  check x is 5\r\n  expect fail\r\n"));
}
