// template/apply from grammar to report: parsing, static errors, applied claims' reports
// (the expansion itself: instances_test.cpp).
#include "grammar/parse.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::force_template;
using claimcheck::test::Checked;
using claimcheck::test::claim;
using claimcheck::test::Project;
using claimcheck::test::rendered;
using claimcheck::test::require_suggestions_pass;

namespace {

const std::string counts_2017 = "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17\n"
                                "let lincs.2015_16 = 112 during FY2015/16\nlet lincs.2016_17 = 58 during FY2016/17\n";

// Applies at lines 5 and 7.
const std::string applies_2017 = "use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n\n"
                                 "apply force(kent, 2015_16, 2016_17) in \"kent.txt\"\n\n"
                                 "apply force(lincs, 2015_16, 2016_17)\n"
                                 "  expect rose fail\n"
                                 "  expect hundreds fail\n";

Project regression(const std::string& main = applies_2017) {
    Project p;
    p.file("counts.claims", counts_2017);
    p.file("templates.claims", force_template);
    p.file("main.claims", main);
    return p;
}

Checked run(const Project& p, const std::vector<std::string>& targets = {"main.claims"}) {
    Checked r = p.check(targets);
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    return r;
}

}  // namespace

// ---- grammar --------------------------------------------------------------------------

TEST_CASE("a template parses into its name, parameters and claims", "[template][grammar]") {
    SourceFile source("t.claims", force_template);
    ast::File file;
    auto error = parse(source, file);
    INFO((error ? error->render() : ""));
    REQUIRE_FALSE(error);
    REQUIRE(file.size() == 1);
    const auto* t = boost::get<ast::Template>(&file[0].get());
    REQUIRE(t != nullptr);
    CHECK(t->name.text == "force");
    REQUIRE(t->params.size() == 3);
    CHECK(t->params[0].text == "name");
    CHECK(t->params[2].text == "to");
    REQUIRE(t->claims.size() == 2);
    CHECK(t->claims[0].id.text == "rose");
    CHECK(t->claims[1].id.text == "hundreds");
}

TEST_CASE("an apply parses into its arguments, article and expectations", "[template][grammar]") {
    SourceFile source("t.claims", "apply force(kent.north, 2015_16, 2016_17) in \"kent.txt\"\n  expect rose fail\n"
                                  "  expect hundreds warn\napply force(a, b, c)\n");
    ast::File file;
    auto error = parse(source, file);
    INFO((error ? error->render() : ""));
    REQUIRE_FALSE(error);
    REQUIRE(file.size() == 2);
    const auto* a = boost::get<ast::Apply>(&file[0].get());
    REQUIRE(a != nullptr);
    CHECK(a->name.text == "force");
    CHECK(a->args == std::vector<std::string>{"kent.north", "2015_16", "2016_17"});
    REQUIRE(a->article.has_value());
    CHECK(*a->article == "kent.txt");
    REQUIRE(a->expects.size() == 2);
    CHECK(a->expects[0].claim.text == "rose");
    CHECK(a->expects[0].verdict == Verdict::fail);
    CHECK(a->expects[1].verdict == Verdict::warn);
    CHECK(source.locate(a->expects[1]).line == 3);
    const auto* b = boost::get<ast::Apply>(&file[1].get());
    REQUIRE(b != nullptr);
    CHECK_FALSE(b->article.has_value());
    CHECK(b->expects.empty());
}

TEST_CASE("a template without 'end' is a parse error that says so", "[template][grammar]") {
    SourceFile source("t.claims", "template t(x):\n  claim c in \"a\":\n    check x == 1\n");
    ast::File file;
    auto error = parse(source, file);
    REQUIRE(error);
    CHECK_THAT(error->message, Catch::Contains("'end' after the template's claims"));
}

TEST_CASE("applied text renames names only: not functions, not phrase words, not keywords", "[template]") {
    // `sum` is a parameter and a function; `than` a parameter and a vocabulary word.
    Project p;
    p.file("counts.claims", counts_2017);
    p.file("templates.claims", "template t(sum, than):\n  claim c in \"release\":\n"
                               "    check change(kent.sum, kent.than) is more than a third\n"
                               "    check sum(kent.sum, kent.than) == 424\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\napply t(2015_16, 2016_17)\n");
    Checked r = run(p);
    const ClaimReport& c = claim(r.report, "t(2015_16, 2016_17).c");
    CHECK(c.checks.at(0).text == "change(kent.2015_16, kent.2016_17) is more than a third");
    CHECK(c.checks.at(0).claimed == "more than a third");
    CHECK(c.checks.at(1).text == "sum(kent.2015_16, kent.2016_17) == 424");
    CHECK(c.verdict == Verdict::pass);
}

TEST_CASE("instance: the template's name with the arguments as written", "[template]") {
    Project p = regression();
    Checked r = run(p);
    CHECK(claim(r.report, "force(kent, 2015_16, 2016_17).rose").verdict == Verdict::pass);
    CHECK(claim(r.report, "force(lincs, 2015_16, 2016_17).hundreds").verdict == Verdict::fail);
}

// ---- static errors ----------------------------------------------------------------------

TEST_CASE("an unknown template is an error at its name, with a hint", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\napply forse(kent, 2015_16, 2016_17)\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 1);
    const Diagnostic& d = r.diagnostics()[0];
    CHECK(d.message == "unknown template 'forse'; did you mean 'force'?");
    CHECK(d.path == p.path("main.claims"));
    CHECK(d.at.line == 3);
    CHECK(d.at.column == 7);
    CHECK(r.report.claims.empty());
}

TEST_CASE("a template used without `use` is unknown", "[template]") {
    Project p = regression("use \"counts.claims\"\napply force(kent, 2015_16, 2016_17)\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].message == "unknown template 'force'");
}

TEST_CASE("the wrong number of arguments is an error naming the parameters", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\napply force(kent, 2015_16)\n"
                           "apply force(kent, 2015_16, 2016_17, 2017_18)\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 2);
    CHECK(r.diagnostics()[0].message == "template force takes 3 (name, from, to), not 2");
    CHECK(r.diagnostics()[0].at.line == 3);
    CHECK(r.diagnostics()[0].at.column == 1);
    CHECK(r.diagnostics()[1].message == "template force takes 3 (name, from, to), not 4");
}

TEST_CASE("the same instance applied twice is an error", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n"
                           "apply force(kent, 2015_16, 2016_17)\napply force(lincs, 2015_16, 2016_17)\n"
                           "apply force(kent, 2015_16, 2016_17)\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].message == "force(kent, 2015_16, 2016_17) is already applied on line 4");
    CHECK(r.diagnostics()[0].at.line == 6);
}

TEST_CASE("an expect line naming no claim of the template is an error at the name", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n"
                           "apply force(kent, 2015_16, 2016_17)\n  expect rose pass\n  expect roes fail\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 1);
    CHECK(r.diagnostics()[0].message == "template force has no claim roes");
    CHECK(r.diagnostics()[0].at.line == 6);
    CHECK(r.diagnostics()[0].at.column == 10);
}

TEST_CASE("an error inside a template notes where it was applied", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n"
                           "apply force(kent, 2015_16, 2016_17)\napply force(nowhere, 2015_16, 2016_17)\n");
    Checked r = p.check();
    REQUIRE_FALSE(r.diagnostics().empty());
    for (const Diagnostic& d : r.diagnostics()) {
        INFO(d.render());
        CHECK(d.path == p.path("templates.claims"));
        CHECK_THAT(d.message, Catch::StartsWith("unknown name 'nowhere."));
        CHECK(d.notes == std::vector<std::string>{"in force(nowhere, 2015_16, 2016_17), applied at " +
                                                  p.path("main.claims") + ":5"});
    }
    CHECK(r.diagnostics()[0].at.line == 4);
}

TEST_CASE("a unit error inside a template is reported once per apply, each with its note", "[template]") {
    Project p;
    p.file("templates.claims", "template share(x):\n  claim c in \"a\":\n    check x.count is 44%\nend\n");
    p.file("main.claims", "use \"templates.claims\"\nlet a.count = 5\nlet b.count = 6\napply share(a)\napply share(b)\n");
    Checked r = p.check();
    REQUIRE(r.diagnostics().size() == 2);
    CHECK_THAT(r.diagnostics()[0].message, Catch::StartsWith("cannot compare x.count (a count) with 44% ("));
    std::vector<std::string> notes{r.diagnostics()[0].notes.at(0), r.diagnostics()[1].notes.at(0)};
    std::sort(notes.begin(), notes.end());
    CHECK(notes == std::vector<std::string>{"in share(a), applied at " + p.path("main.claims") + ":4",
                                            "in share(b), applied at " + p.path("main.claims") + ":5"});
}

// ---- applied claims in the report ---------------------------------------------------------

TEST_CASE("each apply makes the template's claims, named for the instance", "[template]") {
    Project p = regression();
    Checked r = run(p);
    std::vector<std::string> ids;
    for (const auto& c : r.report.claims) ids.push_back(c.id);
    CHECK(ids == std::vector<std::string>{"force(kent, 2015_16, 2016_17).rose", "force(kent, 2015_16, 2016_17).hundreds",
                                          "force(lincs, 2015_16, 2016_17).rose",
                                          "force(lincs, 2015_16, 2016_17).hundreds"});
}

TEST_CASE("an applied claim is placed at its apply and points at its template", "[template]") {
    Project p = regression();
    Checked r = run(p);
    const ClaimReport& rose = claim(r.report, "force(kent, 2015_16, 2016_17).rose");
    CHECK(rose.file == p.path("main.claims"));
    CHECK(rose.at.line == 5);
    CHECK(rose.at.column == 1);
    CHECK(rose.template_at == p.path("templates.claims") + ":2");
    CHECK(rose.quote == "rose");
    CHECK(rose.notes == std::vector<std::string>{"standing claim"});
    REQUIRE(rose.checks.size() == 1);
    const CheckReport& check = rose.checks[0];
    CHECK(check.file == p.path("templates.claims"));
    CHECK(check.at.line == 4);
    CHECK(check.at.column == 5);
    CHECK(check.text == "kent.2016_17 > kent.2015_16");
    CHECK(claim(r.report, "force(lincs, 2015_16, 2016_17).hundreds").template_at == p.path("templates.claims") + ":6");
}

TEST_CASE("an apply's `in` names the article; without it the template's is kept", "[template]") {
    Checked r = run(regression());
    CHECK(claim(r.report, "force(kent, 2015_16, 2016_17).rose").article == "kent.txt");
    CHECK(claim(r.report, "force(kent, 2015_16, 2016_17).hundreds").article == "kent.txt");
    CHECK(claim(r.report, "force(lincs, 2015_16, 2016_17).rose").article == "release");
}

TEST_CASE("each instance is judged on its own figures, with its own expectations", "[template]") {
    Checked r = run(regression());
    const ClaimReport& kent_rose = claim(r.report, "force(kent, 2015_16, 2016_17).rose");
    const ClaimReport& kent_hundreds = claim(r.report, "force(kent, 2015_16, 2016_17).hundreds");
    const ClaimReport& lincs_rose = claim(r.report, "force(lincs, 2015_16, 2016_17).rose");
    const ClaimReport& lincs_hundreds = claim(r.report, "force(lincs, 2015_16, 2016_17).hundreds");
    CHECK(kent_rose.verdict == Verdict::pass);
    CHECK(kent_hundreds.verdict == Verdict::pass);
    CHECK(lincs_rose.verdict == Verdict::fail);
    CHECK(lincs_hundreds.verdict == Verdict::fail);
    CHECK_FALSE(kent_rose.expected);
    CHECK_FALSE(kent_hundreds.expected);
    CHECK(lincs_rose.expected == std::optional<Verdict>(Verdict::fail));
    CHECK(lincs_hundreds.expected == std::optional<Verdict>(Verdict::fail));
    for (const auto& c : r.report.claims) CHECK(meets_expectation(c));
}

TEST_CASE("a template claim's own expect holds for every instance unless an apply overrides it", "[template]") {
    Project p;
    p.file("counts.claims", counts_2017);
    p.file("templates.claims", "template fell(name):\n  claim down in \"release\":\n"
                               "    check name.2016_17 < name.2015_16\n    expect fail\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\napply fell(kent)\n"
                          "apply fell(lincs)\n  expect down pass\n");
    Checked r = run(p);
    const ClaimReport& kent = claim(r.report, "fell(kent).down");
    const ClaimReport& lincs = claim(r.report, "fell(lincs).down");
    CHECK(kent.expected == std::optional<Verdict>(Verdict::fail));
    CHECK(kent.verdict == Verdict::fail);
    CHECK(lincs.expected == std::optional<Verdict>(Verdict::pass));
    CHECK(lincs.verdict == Verdict::pass);
}

TEST_CASE("an expect under one apply does not reach another instance", "[template]") {
    Checked r = run(regression(applies_2017 + "\napply force(kent, 2016_17, 2015_16)\n"));
    const ClaimReport& backwards = claim(r.report, "force(kent, 2016_17, 2015_16).rose");
    CHECK(backwards.verdict == Verdict::fail);
    CHECK_FALSE(backwards.expected);
    CHECK_FALSE(meets_expectation(backwards));
}

TEST_CASE("names resolve in the applying file: the same apply over other figures", "[template]") {
    Project p = regression();
    p.file("revised.claims", "use \"templates.claims\"\nuse house-style\n"
                             "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 150 during FY2016/17\n"
                             "apply force(kent, 2015_16, 2016_17)\n");
    Checked r = run(p, {"main.claims", "revised.claims"});
    std::vector<Verdict> hundreds;
    for (const auto& c : r.report.claims)
        if (c.id == "force(kent, 2015_16, 2016_17).hundreds") hundreds.push_back(c.verdict);
    CHECK(hundreds == std::vector<Verdict>{Verdict::pass, Verdict::fail});  // 361, then 150
}

TEST_CASE("a template's own file need not see the figures it is applied to", "[template]") {
    // templates.claims uses nothing: kent.2016_17 exists only where it is applied.
    Project p = regression();
    Checked r = run(p);
    const CheckReport& c = claim(r.report, "force(kent, 2015_16, 2016_17).hundreds").checks.at(0);
    CHECK(c.actual == std::optional<Rational>(Rational(361)));
}

TEST_CASE("lets are evaluated in their own file, without the apply's renaming", "[template]") {
    // The parameter is called `base`, and counts.claims has a `base` of its own inside `twice`.
    Project p;
    p.file("counts.claims", "let base = 10\nlet twice = base * 2\nlet kent.count = 7\n");
    p.file("templates.claims", "template uses(base):\n  claim d in \"t\":\n    check twice == 20\n"
                               "    check base.count == 7\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\napply uses(kent)\n");
    Checked r = run(p);
    const ClaimReport& c = claim(r.report, "uses(kent).d");
    CHECK(c.verdict == Verdict::pass);
    REQUIRE(c.checks.size() == 2);
    CHECK(c.checks[0].actual == std::optional<Rational>(Rational(20)));
    CHECK(c.checks[1].text == "kent.count == 7");
}

TEST_CASE("an applied claim's suggestions pass in the applying file", "[template]") {
    Project p = regression();
    Checked r = run(p);
    const CheckReport& c = claim(r.report, "force(lincs, 2015_16, 2016_17).hundreds").checks.at(0);
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "dozens");
    CHECK(c.suggestions[0].check == "lincs.2016_17 is dozens");
    require_suggestions_pass(p, "main.claims", c);
}

TEST_CASE("an applied claim with a rounding rule keeps it in its text and suggestions", "[template]") {
    // The parameter `to` must not replace the `to` of "to the nearest".
    Project p;
    p.file("counts.claims", counts_2017);
    p.file("templates.claims", "template force(name, from, to):\n  claim count in \"release\":\n"
                               "    check name.to is 5,700 to the nearest 100\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\napply force(kent, 2015_16, 2016_17)\n");
    Checked r = run(p);
    const CheckReport& c = claim(r.report, "force(kent, 2015_16, 2016_17).count").checks.at(0);
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.text == "kent.2016_17 is 5,700 to the nearest 100");
    CHECK(c.claimed == "5,700 to the nearest 100");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "400 to the nearest 100");
    CHECK(c.suggestions[0].check == "kent.2016_17 is 400 to the nearest 100");
    require_suggestions_pass(p, "main.claims", c);
}

TEST_CASE("an applied claim is diagnosed with the applying file's names", "[template]") {
    Project p;
    p.file("counts.claims", counts_2017);
    p.file("templates.claims", "template force(name, from, to):\n  claim rise in \"release\":\n"
                               "    check change(name.from, name.to) is 573%\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n"
                          "apply force(kent, 2015_16, 2016_17)\n");
    Checked r = run(p);
    const CheckReport& c = claim(r.report, "force(kent, 2015_16, 2016_17).rise").checks.at(0);
    CHECK(c.diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(c.text == "change(kent.2015_16, kent.2016_17) is 573%");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].check == "change(kent.2015_16, kent.2016_17) is 473%");
    require_suggestions_pass(p, "main.claims", c);
}

TEST_CASE("a template alone makes no claims", "[template]") {
    Project p = regression("use \"counts.claims\"\nuse \"templates.claims\"\n");
    Checked r = run(p);
    CHECK(r.report.claims.empty());
    Checked own = run(p, {"templates.claims"});
    CHECK(own.report.claims.empty());
}
