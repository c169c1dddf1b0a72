// engine/pipeline/checker: the whole pipeline on claim files: verdicts, messages, the worst-check rule, determinism.
#include "engine/report/writers.hpp"
#include "engine/pipeline/checker.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::check_text;
using claimcheck::report::interval_text;
using claimcheck::test::Checked;
using claimcheck::test::claim;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

Checked run(const std::string& text) {
    Checked result = check_text(text);
    INFO(rendered(result.diagnostics()));
    REQUIRE(result.ok());
    return result;
}

// Everything a report says, as text, to compare two runs.
std::string dump(const Report& report) {
    std::ostringstream out;
    for (const auto& c : report.claims) {
        out << c.id << ' ' << c.file << ':' << c.at.line << ':' << c.at.column << ' ' << c.article << ' '
            << c.quote << ' ' << verdict_name(c.verdict) << ' ' << c.message << ' ' << (c.expected ? verdict_name(*c.expected) : "-");
        for (const auto& n : c.notes) out << " note:" << n;
        out << '\n';
        for (const auto& k : c.checks) {
            out << "  " << k.text << ' ' << k.at.line << ':' << k.at.column << ' ' << verdict_name(k.verdict) << ' '
                << k.claimed << ' ' << (k.actual ? fraction_text(*k.actual) : "-") << ' ' << k.actual_text << ' '
                << k.reading << ' ' << (k.interval ? k.interval->text(k.interval_unit) : "-") << ' ' << k.definition
                << ' ' << k.message << '\n';
        }
    }
    return out.str();
}

}  // namespace

TEST_CASE("0.1 + 0.2 == 0.3 passes exactly", "[checker]") {
    Checked r = run("claim sum in \"a.txt\":\n  check 0.1 + 0.2 == 0.3\n  check 0.1 + 0.2 != 0.3\n");
    const ClaimReport& c = claim(r.report, "sum");
    REQUIRE(c.checks.size() == 2);
    CHECK(c.checks[0].verdict == Verdict::pass);
    CHECK(c.checks[1].verdict == Verdict::fail);
    REQUIRE(c.checks[0].actual);
    CHECK(*c.checks[0].actual == Rational(3, 10));
}

TEST_CASE("a claim report carries what was written", "[checker]") {
    Checked r = run("let a = 112\nlet b = 58\n\nclaim two_years in \"000.txt\":\n  quote \"170 offences\"\n"
                    "  check a + b is 170\n  expect pass\n  note \"first\"\n  note \"second\"\n");
    const ClaimReport& c = claim(r.report, "two_years");
    CHECK(c.article == "000.txt");
    CHECK(c.quote == "170 offences");
    CHECK(c.at.line == 4);
    CHECK(c.at.column == 1);
    CHECK(c.expected == std::optional<Verdict>(Verdict::pass));
    CHECK(c.notes == std::vector<std::string>{"first", "second"});
    CHECK(c.verdict == Verdict::pass);
    REQUIRE(c.checks.size() == 1);
    const CheckReport& k = c.checks[0];
    CHECK(k.text == "a + b is 170");
    CHECK(k.claimed == "170");
    CHECK(k.at.line == 6);
    CHECK(k.at.column == 3);
    CHECK(k.reading == "rounded to the nearest 1, halves away from zero");
    CHECK(k.actual_text == "170");
    REQUIRE(k.interval);
    CHECK(k.interval->text(k.interval_unit) == "[169.5, 170.5)");
    CHECK(k.definition.empty());
    CHECK(k.message.empty());
}

TEST_CASE("a check's pin is its own: the check's text ends before it, and the claim keeps its line", "[checker]") {
    Checked r = run("let a = 5\n\nclaim two in \"a.txt\":\n  check a is 6   expect fail  # known\n"
                    "  check a == 5 expect pass\n  expect fail\n");
    const ClaimReport& c = claim(r.report, "two");
    CHECK(c.expected == std::optional<Verdict>(Verdict::fail));
    CHECK(c.expect_at->line == 6);
    REQUIRE(c.checks.size() == 2);
    CHECK(c.checks[0].text == "a is 6");
    CHECK(c.checks[0].claimed == "6");
    CHECK(c.checks[0].expected == std::optional<Verdict>(Verdict::fail));
    CHECK(c.checks[0].expect_at->line == 4);
    CHECK(c.checks[0].expect_at->column == 18);
    CHECK(c.checks[0].ends_at.line == 4);
    CHECK(c.checks[0].ends_at.column == 15);
    CHECK(c.checks[1].text == "a == 5");
    CHECK(c.checks[1].expected == std::optional<Verdict>(Verdict::pass));
    CHECK(c.checks[1].ends_at.column == 15);
    CHECK(c.checks[1].expect_at->column == 16);
    CHECK(c.last_line == 6);
}

TEST_CASE("the Kent rise: 298/63 is 473.02%, not 573%", "[checker]") {
    Checked r = run("let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17\n"
                    "claim kent_rise in \"002.txt\":\n  check change(kent.2015_16, kent.2016_17) is 573%\n");
    const CheckReport& k = claim(r.report, "kent_rise").checks.at(0);
    CHECK(k.verdict == Verdict::fail);
    CHECK(*k.actual == Rational(298, 63));
    CHECK(k.actual_text == "473.02%");
    CHECK(k.interval->text(k.interval_unit) == "[572.5%, 573.5%)");
    CHECK(k.interval_unit == Unit{Dimension::percent});
}

TEST_CASE("a daily average over FY2016/17 uses 365 days", "[checker]") {
    Checked r = run("let ew = 5,653 during FY2016/17\nclaim daily in \"a.txt\":\n  check per_day(ew) is 15\n");
    const CheckReport& k = claim(r.report, "daily").checks.at(0);
    CHECK(k.verdict == Verdict::pass);
    CHECK(*k.actual == Rational(5653, 365));
    CHECK(k.actual_text == "15.49 a day");
    CHECK(k.interval->text(k.interval_unit) == "[14.5, 15.5) a day");
}

TEST_CASE("a points difference reads its interval in points", "[checker]") {
    Checked r = run("let p = 44%\nlet q = 47%\nclaim d in \"a.txt\":\n  check points(p, q) is 3 points\n");
    const CheckReport& k = claim(r.report, "d").checks.at(0);
    CHECK(k.verdict == Verdict::pass);
    CHECK(k.actual_text == "3 points");
    CHECK(k.interval->text(k.interval_unit) == "[2.5, 3.5) points");
}

TEST_CASE("an absurd number of decimal places is a static error, not a crash", "[checker]") {
    Checked r;
    REQUIRE_NOTHROW(r = check_text("let a = 15\nclaim c in \"a.txt\":\n  check a is 15 to 99999999999 dp\n"));
    CHECK_FALSE(r.errors.empty());
}

TEST_CASE("a missing figure makes its check unverifiable, with the reason", "[checker]") {
    Checked r = run("let age.youngest = missing \"no age table\"\nclaim y in \"a.txt\":\n  check age.youngest is 3\n");
    const ClaimReport& c = claim(r.report, "y");
    CHECK(c.verdict == Verdict::unverifiable);
    const CheckReport& k = c.checks.at(0);
    CHECK(k.verdict == Verdict::unverifiable);
    CHECK_THAT(k.message, Catch::StartsWith("age.youngest is missing from the data (") &&
                              Catch::EndsWith("main.claims:1): no age table"));
    CHECK_FALSE(k.actual);
}

TEST_CASE("a missing figure inside an expression still makes the check unverifiable", "[checker]") {
    Checked r = run("use house-style\nlet a = 3\nlet m = missing \"x\"\nclaim y in \"a.txt\":\n"
                    "  check change(a, m) is nearly doubled\n  check a + m == 4\n");
    const ClaimReport& c = claim(r.report, "y");
    CHECK(c.checks.at(0).verdict == Verdict::unverifiable);
    CHECK(c.checks.at(1).verdict == Verdict::unverifiable);
}

TEST_CASE("a missing figure on the stated side is unverifiable too", "[checker]") {
    Checked r = run("let a = 3\nlet m = missing \"x\"\nclaim y in \"a.txt\":\n  check a == m\n  check a is (m)\n");
    const ClaimReport& c = claim(r.report, "y");
    CHECK(c.checks.at(0).verdict == Verdict::unverifiable);
    CHECK(c.checks.at(1).verdict == Verdict::unverifiable);
}

TEST_CASE("division by zero is an error verdict with its place, not a crash", "[checker]") {
    Project p;
    p.file("main.claims", "let z = 0\nlet a = 5\nclaim d in \"a.txt\":\n  check a / z == 1\n");
    Checked r = p.check();
    REQUIRE(r.ok());
    const CheckReport& k = claim(r.report, "d").checks.at(0);
    CHECK(k.verdict == Verdict::error);
    CHECK(k.message == "division by zero (" + p.path("main.claims") + ":4:11)");
    CHECK(claim(r.report, "d").verdict == Verdict::error);
}

TEST_CASE("a change from zero is an error verdict naming where", "[checker]") {
    Project p;
    p.file("main.claims", "let z = 0\nlet a = 5\nclaim d in \"a.txt\":\n  check change(z, a) is 100%\n");
    Checked r = p.check();
    REQUIRE(r.ok());
    const CheckReport& k = claim(r.report, "d").checks.at(0);
    CHECK(k.verdict == Verdict::error);
    CHECK(k.message == "change: a change from zero has no percentage (" + p.path("main.claims") + ":4:9)");
}

TEST_CASE("division by zero inside a let is reported where it is written", "[checker]") {
    Project p;
    p.file("counts.claims", "let z = 0\nlet r = z / z\n");
    p.file("main.claims", "use \"counts.claims\"\nclaim d in \"a.txt\":\n  check r == 1\n");
    Checked r = p.check();
    REQUIRE(r.ok());
    const CheckReport& k = claim(r.report, "d").checks.at(0);
    CHECK(k.verdict == Verdict::error);
    CHECK(k.message == "division by zero (" + p.path("counts.claims") + ":2:11)");
}

TEST_CASE("a claim is as bad as its worst check", "[checker]") {
    // Checks that pass, warn (44.84% stated as 44%), fail, are unverifiable, and error.
    std::string lets = "let a = 3,903\nlet b = 5,653\nlet z = 0\nlet m = missing \"x\"\n";
    std::string pass = "  check a == 3,903\n";
    std::string warn = "  check change(a, b) is 44%\n";
    std::string fail = "  check a == 1\n";
    std::string unverifiable = "  check m == 1\n";
    std::string error = "  check a / z == 1\n";
    auto verdict = [&](const std::string& checks) {
        Checked r = run(lets + "claim c in \"a.txt\":\n" + checks);
        return claim(r.report, "c").verdict;
    };
    CHECK(verdict(pass) == Verdict::pass);
    CHECK(verdict(pass + pass) == Verdict::pass);
    CHECK(verdict(pass + unverifiable) == Verdict::unverifiable);
    CHECK(verdict(unverifiable + warn) == Verdict::warn);
    CHECK(verdict(warn + pass) == Verdict::warn);
    CHECK(verdict(fail + warn + unverifiable) == Verdict::fail);
    CHECK(verdict(pass + fail) == Verdict::fail);
    CHECK(verdict(error + fail) == Verdict::error);
    CHECK(verdict(pass + warn + fail + unverifiable + error) == Verdict::error);
}

TEST_CASE("worse orders the verdicts", "[checker]") {
    CHECK(worse(Verdict::pass, Verdict::unverifiable) == Verdict::unverifiable);
    CHECK(worse(Verdict::warn, Verdict::unverifiable) == Verdict::warn);
    CHECK(worse(Verdict::warn, Verdict::fail) == Verdict::fail);
    CHECK(worse(Verdict::error, Verdict::fail) == Verdict::error);
    CHECK(worse(Verdict::pass, Verdict::pass) == Verdict::pass);
    CHECK(std::string(verdict_name(Verdict::unverifiable)) == "unverifiable");
}

TEST_CASE("a claim with no checks is unverifiable, never pass", "[checker]") {
    Checked r = run("claim bare in \"a.txt\":\n  quote \"13 was the most common age\"\n");
    const ClaimReport& c = claim(r.report, "bare");
    CHECK(c.verdict == Verdict::unverifiable);
    CHECK(c.message == "no check is written for this claim");
    CHECK(c.checks.empty());
}

TEST_CASE("the report keeps claims in file order and counts verdicts", "[checker]") {
    Checked r = run("let a = 1\nclaim one in \"a.txt\":\n  check a == 1\nclaim two in \"a.txt\":\n  check a == 2\n"
                    "claim three in \"a.txt\":\n");
    REQUIRE(r.report.claims.size() == 3);
    CHECK(r.report.claims[0].id == "one");
    CHECK(r.report.claims[1].id == "two");
    CHECK(r.report.claims[2].id == "three");
    Summary s = r.report.summary();
    CHECK(s.pass == 1);
    CHECK(s.fail == 1);
    CHECK(s.unverifiable == 1);
    CHECK(s.warn == 0);
    CHECK(s.error == 0);
}

TEST_CASE("only target files' claims are reported", "[checker]") {
    Project p;
    p.file("other.claims", "let x = 1\nclaim theirs in \"a.txt\":\n  check x == 1\n");
    p.file("main.claims", "use \"other.claims\"\nclaim mine in \"a.txt\":\n  check x == 1\n");
    Checked r = p.check();
    REQUIRE(r.ok());
    REQUIRE(r.report.claims.size() == 1);
    CHECK(r.report.claims[0].id == "mine");
    CHECK(r.report.claims[0].file == p.path("main.claims"));
}

TEST_CASE("static errors leave the report empty", "[checker]") {
    Checked r = check_text("let a = 1\nclaim c in \"a.txt\":\n  check a == 1\n  check nope == 1\n");
    CHECK(r.load_errors.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.report.claims.empty());
}

TEST_CASE("the same error reached twice is reported once", "[checker]") {
    Checked r = check_text("let a = nope\nclaim c in \"a.txt\":\n  check a == 1\n  check a == 2\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "unknown name 'nope'");
}

TEST_CASE("two runs over the same files give equal reports", "[checker]") {
    Project p;
    p.file("counts.claims", "let a = 3,903 during FY2015/16\nlet b = 5,653 during FY2016/17\n"
                            "let m = missing \"no table\"\nlet z = 0\n");
    p.file("main.claims", "use \"counts.claims\"\nuse house-style\n"
                          "claim rise in \"a.txt\":\n  quote \"more than a third (44 per cent)\"\n"
                          "  check change(a, b) is more than a third\n  check change(a, b) is 44 per cent\n"
                          "claim daily in \"a.txt\":\n  check per_day(b) is 15\n"
                          "claim age in \"a.txt\":\n  check m is three\n  expect unverifiable\n"
                          "claim broken in \"a.txt\":\n  check a / z == 1\n  note \"error\"\n");
    Checked first = p.check();
    Checked second = p.check();
    INFO(rendered(first.diagnostics()));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.report.claims.size() == 4);
    CHECK(dump(first.report) == dump(second.report));

    LoadResult loaded = p.load();
    CheckOutcome again = check_program(loaded.program);
    CHECK(dump(again.report) == dump(check_program(loaded.program).report));  // same program, checked twice
}

TEST_CASE("a passing == with no finite decimal shows the value as its bound is shown", "[checker]") {
    CheckReport c = check_one("let a = 5,653 during FY2016/17", "per_day(a) == 5653 / 365");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.actual_text == "15.4876712… a day");  // 15.49 would not be exactly 5653/365
    CHECK(interval_text(c) == "exactly 15.4876712… a day");
}

TEST_CASE("the value shown agrees with the lenient reading that warned", "[checker]") {
    CheckReport c = check_one("let p = 44.99999%", "p is 44%");
    CHECK(c.verdict == Verdict::warn);
    CHECK(c.actual_text == "44.99999%");
}

TEST_CASE("a very narrow interval is shown exactly, not as an empty one", "[checker]") {
    CheckReport c = check_one("let p = 44%", "p is 44% to 30 dp");
    CHECK(interval_text(c) == "[43.9999999999999999999999999999995%, 44.0000000000000000000000000000005%)");
}

TEST_CASE("a total keeps its period whatever order its terms come in", "[checker]") {
    std::string lets = "let l15 = 112 during FY2015/16\nlet l16 = 58 during FY2016/17\nlet k16 = 361 during FY2016/17";
    for (const char* total : {"l15 + l16 + k16", "k16 + l16 + l15", "l15 + (l16 + k16)", "sum(k16, l15, l16)"})
        CHECK(check_one(lets, std::string("per_day(") + total + ") == 531 / 731").verdict == Verdict::pass);
}

// ---- conflicts between sources ------------------------------------------------------------

namespace {

// Counts shared by several article files, each file's claims in its own article.
Project articles(const std::vector<std::pair<std::string, std::string>>& files) {
    Project p;
    p.file("counts.claims", "let forces.2016_17 = 39\nlet ew.2015_16 = 3,903 during FY2015/16\n"
                            "let ew.2016_17 = 5,653 during FY2016/17\n");
    for (const auto& [name, text] : files) p.file(name, "use \"counts.claims\"\nuse house-style\n" + text);
    return p;
}

}  // namespace

TEST_CASE("conflicts: one let stated disjointly in two articles is one conflict listing every statement",
          "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim forces in \"000.txt\":\n  check forces.2016_17 is 38\n"},
                          {"two.claims", "claim forces in \"002.txt\":\n  check forces.2016_17 is 39\n"},
                          {"three.claims", "claim reporting in \"004.txt\":\n  quote \"39 forces\"\n"
                                           "  check forces.2016_17 is 39\n"}});
    Report r = checked(p, {"one.claims", "two.claims", "three.claims"});
    REQUIRE(r.conflicts.size() == 1);
    const Conflict& c = r.conflicts[0];
    CHECK(c.quantity == "forces.2016_17");
    REQUIRE(c.statements.size() == 3);
    const Statement& first = c.statements[0];
    CHECK(first.file == p.path("one.claims"));
    CHECK(first.at.line == 4);
    CHECK(first.at.column == 3);
    CHECK(first.claim == "forces");
    CHECK(first.article == "000.txt");
    CHECK(first.claimed == "38");
    CHECK(first.verdict == Verdict::fail);
    CHECK(c.statements[1].file == p.path("two.claims"));
    CHECK(c.statements[1].claimed == "39");
    CHECK(c.statements[1].verdict == Verdict::pass);
    CHECK(c.statements[2].file == p.path("three.claims"));
    CHECK(c.statements[2].claim == "reporting");
    CHECK(c.statements[2].at.line == 5);
}

TEST_CASE("conflicts: overlapping readings do not conflict", "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim forces in \"000.txt\":\n  check forces.2016_17 is more than 38\n"},
                          {"two.claims", "claim forces in \"002.txt\":\n  check forces.2016_17 is 39\n"},
                          {"three.claims", "claim total in \"003.txt\":\n  check ew.2016_17 is thousands\n"
                                           "claim total2 in \"003.txt\":\n  check forces.2016_17 is about 40\n"}});
    Report r = checked(p, {"one.claims", "two.claims", "three.claims"});
    CHECK(r.conflicts.empty());
}

TEST_CASE("conflicts: disjoint statements in the same article do not conflict", "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim a in \"000.txt\":\n  check forces.2016_17 is 38\n"
                                         "claim b in \"000.txt\":\n  check forces.2016_17 is 39\n"},
                          {"two.claims", "claim c in \"000.txt\":\n  check forces.2016_17 is 40\n"}});
    Report r = checked(p, {"one.claims", "two.claims"});
    CHECK(r.conflicts.empty());
}

TEST_CASE("conflicts: different quantities do not conflict", "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim a in \"000.txt\":\n  check forces.2016_17 is 38\n"},
                          {"two.claims", "claim b in \"002.txt\":\n  check forces.2016_17 + 1 is 40\n"
                                         "claim c in \"002.txt\":\n  check ew.2016_17 is 38\n"}});
    Report r = checked(p, {"one.claims", "two.claims"});
    CHECK(r.conflicts.empty());
}

TEST_CASE("conflicts: the same expression counts as one quantity", "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim a in \"000.txt\":\n  check per_day(ew.2016_17) is 15\n"},
                          {"two.claims", "claim b in \"002.txt\":\n  check per_day( ew.2016_17 ) is 16\n"}});
    Report r = checked(p, {"one.claims", "two.claims"});
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].quantity == "per_day(ew.2016_17)");
    CHECK(r.conflicts[0].statements.size() == 2);
}

TEST_CASE("conflicts: an applied template's claims never count", "[checker][conflicts]") {
    Project p = articles({{"one.claims", "claim a in \"000.txt\":\n  check forces.2016_17 is 39\n"}});
    p.file("templates.claims", "template standing(x):\n  claim n in \"release\":\n    check forces.x is 38\nend\n");
    p.file("two.claims", "use \"counts.claims\"\nuse \"templates.claims\"\napply standing(2016_17) in \"002.txt\"\n"
                         "  expect n fail\n");
    Report r = checked(p, {"one.claims", "two.claims"});
    REQUIRE(r.claims.size() == 2);
    CHECK(r.conflicts.empty());
}

TEST_CASE("conflicts: a != check states no interval to disagree with", "[checker][conflicts]") {
    // 38 is not 39: the two agree, though [39, 39] and [37.5, 38.5) are disjoint.
    Project p = articles({{"one.claims", "claim a in \"000.txt\":\n  check forces.2016_17 != 39\n"},
                          {"two.claims", "claim b in \"002.txt\":\n  check forces.2016_17 is 38\n"}});
    Report r = checked(p, {"one.claims", "two.claims"});
    CHECK(r.conflicts.empty());
}

TEST_CASE("conflicts: one table cell, named or written out with its conditions in any order", "[checker][conflicts]") {
    Project p;
    p.file("counts.csv", "area,year,offences\nKent,2016/17,361\nKent,2015/16,63\n");
    p.file("t.claims", "table counts from \"counts.csv\":\n  column area text\n  column year period\n"
                       "  column offences integer\n"
                       "let k1 = sum(counts.offences where counts.area == \"Kent\" and counts.year == FY2016/17)\n");
    p.file("a.claims", "use \"t.claims\"\nclaim a1 in \"A.txt\":\n"
                       "  check sum(counts.offences where counts.year == FY2016/17 and counts.area == \"Kent\") is 361\n"
                       "claim a2 in \"A.txt\":\n  check k1 is 361\n");
    p.file("b.claims", "use \"t.claims\"\n"
                       "let k3 = sum(counts.offences where counts.year == FY2016/17 and counts.area == \"Kent\")\n"
                       "claim b1 in \"B.txt\":\n  check k3 is 400\n"
                       "claim b2 in \"B.txt\":\n  check sum(counts.offences where counts.area == \"Kent\") is 424\n");
    Report r = checked(p, {"a.claims", "b.claims"});
    REQUIRE(r.conflicts.size() == 1);
    std::vector<std::string> claims;
    for (const auto& s : r.conflicts[0].statements) claims.push_back(s.claim);
    CHECK(claims == std::vector<std::string>{"a1", "a2", "b1"});  // b2 sums both years: another quantity
    CHECK_FALSE(r.conflicts[0].definitions);
}

TEST_CASE("json of a checked project: diagnosis, suggestions, conflicts and templates", "[checker][conflicts][json]") {
    Project p = articles({{"one.claims", "claim forces in \"000.txt\":\n  check forces.2016_17 is 38\n"},
                          {"two.claims", "claim forces in \"002.txt\":\n  check forces.2016_17 is 39\n"
                                         "claim rise in \"002.txt\":\n  check change(ew.2015_16, ew.2016_17) is 144.8%\n"}});
    p.file("templates.claims", "template standing(x):\n  claim n in \"release\":\n    check forces.x is 39\nend\n");
    p.file("three.claims", "use \"counts.claims\"\nuse \"templates.claims\"\napply standing(2016_17)\n");
    Report r = checked(p, {"one.claims", "two.claims", "three.claims"});
    std::ostringstream out;
    report::write_json(out, r, "test");
    auto j = nlohmann::json::parse(out.str());
    CHECK(j["claims"][0]["checks"][0]["suggestion"] == "39");
    CHECK(j["claims"][0]["checks"][0]["suggestions"][0]["check"] == "forces.2016_17 is 39");
    CHECK(j["claims"][2]["checks"][0]["diagnosis"] == "ratio-as-increase");
    CHECK(j["claims"][3]["id"] == "standing(2016_17).n");
    CHECK(j["claims"][3]["template"] == p.path("templates.claims") + ":2");
    CHECK(j["claims"][3]["file"] == p.path("three.claims"));
    CHECK(j["claims"][3]["checks"][0]["file"] == p.path("templates.claims"));
    CHECK(j["claims"][3]["checks"][0]["text"] == "forces.2016_17 is 39");
    REQUIRE(j["conflicts"].size() == 1);
    CHECK(j["conflicts"][0]["quantity"] == "forces.2016_17");
    REQUIRE(j["conflicts"][0]["statements"].size() == 2);
    CHECK(j["conflicts"][0]["statements"][0]["source"] == "000.txt");
    CHECK(j["conflicts"][0]["statements"][1]["source"] == "002.txt");
}
