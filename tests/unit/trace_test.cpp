// engine/lang/evaluate's trace (Evaluator::trace_into) and engine/pipeline/checker's explain_line: what explain is built from.
#include "engine/lang/evaluate.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Analyzed;
using claimcheck::test::analyze_project;
using claimcheck::test::analyze_text;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

const std::string kent = "source nspcc \"FOI replies\"\nlet kent.2015_16 = 63 during FY2015/16\n"
                         "let kent.2016_17 = 361 during FY2016/17\n";

// The trace of the first check's subject in text.
Trace trace_of(const Analyzed& a) {
    INFO(rendered(a.errors));
    REQUIRE(a.errors.empty());
    Evaluator evaluator(a.scopes, a.typed);
    Trace trace;
    evaluator.trace_into(&trace);
    evaluator.expression(a.checks().at(0)->subject, a.main());
    return trace;
}

std::string kinds(const Trace& trace) {
    std::string out;
    for (const auto& step : trace) out += step.kind == TraceStep::Kind::figure ? 'F' : 'S';
    return out;
}

// The same for the trace as explain hands it to its writer.
std::string kinds(const std::vector<ExplainedStep>& trace) {
    std::string out;
    for (const auto& step : trace) out += step.kind == ExplainedStep::Kind::figure ? 'F' : 'S';
    return out;
}

// explain_line over the main file of a project.
ExplainOutcome explain(const Project& p, int line, const std::string& file = "main.claims") {
    LoadResult loaded = p.load({file});
    INFO(rendered(loaded.errors));
    REQUIRE(loaded.errors.empty());
    return explain_line(loaded.program, *loaded.program.targets().at(0), line);
}

}  // namespace

// ---- the evaluator's trace --------------------------------------------------------

TEST_CASE("trace: figures before the step that uses them, deeper than it", "[trace]") {
    Project p;
    p.file("main.claims", kent + "claim k in \"a.txt\":\n  check change(kent.2015_16, kent.2016_17) is 573%\n");
    Analyzed a = analyze_project(p);
    Trace t = trace_of(a);
    REQUIRE(kinds(t) == "FFS");
    CHECK(t[0].text == "kent.2015_16");
    CHECK(t[0].value.number == 63);
    CHECK(t[0].how == "a count over FY2015/16 (1 Apr 2015 to 31 Mar 2016, 366 days), defined at " +
                          p.path("main.claims") + ":2, source nspcc: FOI replies");
    CHECK(t[1].text == "kent.2016_17");
    CHECK(t[1].value.number == 361);
    CHECK(t[2].text == "change(kent.2015_16, kent.2016_17)");
    CHECK(t[2].value.number == Rational(298, 63));
    CHECK(t[2].how == "(to - from) / |from| with from = 63, to = 361");
    CHECK(t[0].depth > t[2].depth);  // deeper by the grammar's nesting of the argument
    CHECK(t[1].depth == t[0].depth);
}

TEST_CASE("trace: a figure with no source names only where it is defined", "[trace]") {
    Project p;
    p.file("main.claims", "let a = 5\nclaim k in \"a.txt\":\n  check a == 5\n");
    Trace t = trace_of(analyze_project(p));
    REQUIRE(kinds(t) == "F");
    CHECK(t[0].how == "a count, defined at " + p.path("main.claims") + ":1");
}

TEST_CASE("trace: arithmetic is a step with its own text", "[trace]") {
    Trace t = trace_of(analyze_text("let a = 112\nlet b = 58\nclaim k in \"a.txt\":\n  check a + b == 170\n"));
    REQUIRE(kinds(t) == "FFS");
    CHECK(t[2].text == "a + b");
    CHECK(t[2].value.number == 170);
    CHECK(t[2].how.empty());
}

TEST_CASE("trace: every value along a chain of operations, not only its end", "[trace]") {
    // (a + b) / (b - a) * 2: the quotient before it is doubled.
    Trace t = trace_of(analyze_text("let a = 3,903\nlet b = 5,653\nclaim k in \"a.txt\":\n"
                                    "  check (a + b) / (b - a) * 2 is 15.4\n"));
    std::vector<std::pair<std::string, Rational>> steps;
    for (const auto& step : t)
        if (step.kind == TraceStep::Kind::step) steps.emplace_back(step.text, step.value.number);
    CHECK(steps == std::vector<std::pair<std::string, Rational>>{{"a + b", 9556},
                                                                 {"b - a", 1750},
                                                                 {"(a + b) / (b - a)", Rational(9556, 1750)},
                                                                 {"(a + b) / (b - a) * 2", Rational(9556, 875)}});
}

TEST_CASE("trace: a long chain shows its first 20 steps and its end, and each figure once", "[trace]") {
    std::string terms = "a";
    for (int i = 1; i < 5000; ++i) terms += " + a";
    Trace t = trace_of(analyze_text("let a = 2\nclaim k in \"a.txt\":\n  check " + terms + " is 1\n"));
    std::vector<TraceStep> steps, figures;
    for (const auto& step : t) (step.kind == TraceStep::Kind::step ? steps : figures).push_back(step);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].text == "a");
    REQUIRE(steps.size() == 21);
    CHECK(steps[0].text == "a + a");
    CHECK(steps[19].value.number == 42);  // the running total after 20 operations
    CHECK(steps[20].text == terms);
    CHECK(steps[20].value.number == 10000);
}

TEST_CASE("trace: a chain in an applied template shows the apply's names", "[trace][explain]") {
    Project p;
    p.file("main.claims", "let x.a = 6\nlet x.b = 3\ntemplate t(s):\n  claim c in \"a\":\n    check s.a / s.b * 2 == 4\n"
                          "end\napply t(x)\n");
    ExplainOutcome out = explain(p, 7);
    REQUIRE(out.explanations.size() == 1);
    std::vector<std::string> steps;
    for (const auto& step : out.explanations[0].checks.at(0).trace)
        if (step.kind == ExplainedStep::Kind::step) steps.push_back(step.text);
    CHECK(steps == std::vector<std::string>{"x.a / x.b", "x.a / x.b * 2"});
}

TEST_CASE("trace: nested calls are recorded inside out", "[trace]") {
    Trace t = trace_of(analyze_text("let a = 5,653 during FY2016/17\nlet b = 3,903 during FY2015/16\n"
                                    "claim k in \"a.txt\":\n  check per_day(a) + per_day(b) == 0\n"));
    REQUIRE(kinds(t) == "FSFSS");
    CHECK(t[1].text == "per_day(a)");
    CHECK(t[1].how == "x / days in the period with x = 5,653, period = FY2016/17 (1 Apr 2016 to 31 Mar 2017, 365 days)");
    CHECK(t[3].text == "per_day(b)");
    CHECK(t[4].text == "per_day(a) + per_day(b)");
    CHECK(t[1].depth > t[4].depth);
    CHECK(t[0].depth > t[1].depth);
}

TEST_CASE("trace: nothing is recorded without a trace, or after it is taken away", "[trace]") {
    Analyzed a = analyze_text("let a = 1\nlet b = 2\nclaim k in \"a.txt\":\n  check a + b == 3\n");
    Evaluator evaluator(a.scopes, a.typed);
    Trace trace;
    evaluator.expression(a.checks().at(0)->subject, a.main());
    evaluator.trace_into(&trace);
    evaluator.trace_into(nullptr);
    Value v = evaluator.expression(a.checks().at(0)->subject, a.main());
    CHECK(v.number == 3);
    CHECK(trace.empty());
}

// ---- explain_line ----------------------------------------------------------------------

TEST_CASE("explain_line: a check's line explains that check, with readings and trace", "[trace][explain]") {
    Project p;
    p.file("main.claims", kent + "claim k in \"a.txt\":\n  check kent.2016_17 is 361\n"
                                 "  check change(kent.2015_16, kent.2016_17) is 573%\n");
    ExplainOutcome out = explain(p, 6);
    REQUIRE(out.errors.empty());
    REQUIRE(out.explanations.size() == 1);
    const Explanation& e = out.explanations[0];
    CHECK(e.claim.id == "k");
    CHECK(e.claim.verdict == Verdict::fail);  // the claim's verdict counts all its checks
    REQUIRE(e.checks.size() == 1);
    const CheckExplanation& c = e.checks[0];
    CHECK(c.report.at.line == 6);
    CHECK(c.report.verdict == Verdict::fail);
    CHECK(c.report.diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(kinds(c.trace) == "FFS");
    // Values shown beside the claim's readings; one that is not whole has its exact fraction after it.
    CHECK(c.trace[0].value == "63");
    CHECK(c.trace[2].value == "473.02% (298/63)");
    REQUIRE(c.readings.size() == 2);
    CHECK(c.readings[0] == std::pair<std::string, std::string>{"rounded to the nearest 1%, halves away from zero",
                                                               "[572.5%, 573.5%)"});
    CHECK(c.readings[1] == std::pair<std::string, std::string>{"truncated to 1% instead of rounded to it",
                                                               "[573%, 574%)"});
    CHECK(c.definitions.empty());
}

TEST_CASE("explain_line: the claim's first line explains every check", "[trace][explain]") {
    Project p;
    p.file("main.claims", kent + "claim k in \"a.txt\":\n  quote \"361, up from 63\"\n  check kent.2016_17 is 361\n"
                                 "  check kent.2015_16 is 63\n");
    for (int line : {4, 5}) {
        INFO(line);
        ExplainOutcome out = explain(p, line);
        REQUIRE(out.explanations.size() == 1);
        REQUIRE(out.explanations[0].checks.size() == 2);
        CHECK(out.explanations[0].checks[0].report.at.line == 6);
        CHECK(out.explanations[0].checks[1].report.at.line == 7);
    }
}

TEST_CASE("explain_line: vocabulary shows its definition as written", "[trace][explain]") {
    Project p;
    p.file("main.claims", "use house-style\nlet tv = 183\nclaim h in \"a.txt\":\n  check tv is hundreds\n");
    ExplainOutcome out = explain(p, 4);
    REQUIRE(out.explanations.size() == 1);
    const CheckExplanation& c = out.explanations[0].checks.at(0);
    CHECK(c.definitions == std::vector<std::string>{"define hundreds\n  means [200, 1,000)"});
    CHECK(c.readings.at(0).second == "[200, 1,000)");
    CHECK(c.report.suggestions.at(0).wording == "nearly 200");
}

TEST_CASE("explain_line: every definition a phrase rests on, the phrase's first", "[trace][explain]") {
    // "more than a third" is `more than N` with N set by the definition of `a third`.
    Project p;
    p.file("main.claims", "use house-style\nlet r = 40%\nclaim h in \"a.txt\":\n  check r is more than a third\n");
    ExplainOutcome out = explain(p, 4);
    const CheckExplanation& c = out.explanations.at(0).checks.at(0);
    REQUIRE(c.definitions.size() == 2);
    CHECK(c.definitions[0] == "define more than N\n  means (N, inf)");
    CHECK_THAT(c.definitions[1], Catch::StartsWith("define a third = 100% / 3\n"));
    CHECK(c.report.definitions.size() == 2);
    CHECK_THAT(c.report.definitions[1], Catch::StartsWith("a third (") && Catch::Contains("rules/house-style.claims:"));
    CHECK(c.report.definition == c.report.definitions[0] + ", " + c.report.definitions[1]);
}

TEST_CASE("explain_line: a line outside any claim explains nothing", "[trace][explain]") {
    Project p;
    p.file("main.claims", kent + "\nclaim k in \"a.txt\":\n  check kent.2016_17 is 361\n");
    CHECK(explain(p, 2).explanations.empty());
    CHECK(explain(p, 4).explanations.empty());
    CHECK(explain(p, 99).explanations.empty());
}

TEST_CASE("explain_line: static errors come back instead of explanations", "[trace][explain]") {
    Project p;
    p.file("main.claims", "claim k in \"a.txt\":\n  check nope == 1\n");
    ExplainOutcome out = explain(p, 2);
    CHECK(out.explanations.empty());
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].message == "unknown name 'nope'");
}

TEST_CASE("explain_line: an apply line explains every claim it makes, with the arguments in place",
          "[trace][explain][template]") {
    Project p;
    p.file("templates.claims", "template force(name, previous, latest):\n"
                               "  claim rise in \"release\":\n"
                               "    check change(name.previous, name.latest) is 573%\n"
                               "  claim count in \"release\":\n"
                               "    check name.latest is 361\n"
                               "end\n");
    p.file("main.claims", kent + "use \"templates.claims\"\napply force(kent, 2015_16, 2016_17)\n");
    ExplainOutcome out = explain(p, 5);
    INFO(rendered(out.errors));
    REQUIRE(out.errors.empty());
    REQUIRE(out.explanations.size() == 2);
    const Explanation& rise = out.explanations[0];
    CHECK(rise.claim.id == "force(kent, 2015_16, 2016_17).rise");
    CHECK(rise.claim.verdict == Verdict::fail);
    REQUIRE(rise.checks.size() == 1);
    CHECK(rise.checks[0].report.text == "change(kent.2015_16, kent.2016_17) is 573%");
    REQUIRE(kinds(rise.checks[0].trace) == "FFS");
    CHECK(rise.checks[0].trace[0].text == "kent.2015_16");
    CHECK(rise.checks[0].trace[2].text == "change(kent.2015_16, kent.2016_17)");
    CHECK(rise.checks[0].report.diagnosis == DiagnosisCode::ratio_as_increase);
    CHECK(out.explanations[1].claim.id == "force(kent, 2015_16, 2016_17).count");
    CHECK(out.explanations[1].claim.verdict == Verdict::pass);
}

TEST_CASE("explain_line: a table aggregate carries the rows each part of its where held for", "[trace][explain]") {
    Project p;
    p.file("t.csv", "name,n\na,1\nb,2\na,3\nc,4\n");
    p.file("main.claims", "table t from \"t.csv\":\n  column name text\n  column n integer\n\nclaim c in \"x.txt\":\n"
                          "  check count(t where t.name == \"a\" and not t.n > 2) == 1\n");
    LoadResult loaded = p.load({"main.claims"});
    REQUIRE(loaded.errors.empty());
    TableOptions tables;
    tables.scan.filter_rows = true;
    ExplainOutcome out = explain_line(loaded.program, *loaded.program.targets().at(0), 6, tables);
    INFO(rendered(out.errors));
    REQUIRE(out.errors.empty());
    const auto& trace = out.explanations.at(0).checks.at(0).trace;
    REQUIRE(trace.size() == 1);
    const std::string csv = p.path("t.csv");
    const auto& f = trace[0].filters;
    REQUIRE(f.size() == 4);  // the and, its two parts, and the comparison under the not
    CHECK(f[0].text == "t.name == \"a\" and not t.n > 2");
    CHECK((f[0].depth == 0 && f[0].rows == 1 && f[0].first == csv + ":2" && f[0].last == csv + ":2"));
    CHECK(f[1].text == "t.name == \"a\"");
    CHECK((f[1].depth == 1 && f[1].rows == 2 && f[1].first == csv + ":2" && f[1].last == csv + ":4"));
    CHECK(f[2].text == "not t.n > 2");
    CHECK((f[2].depth == 1 && f[2].rows == 2 && f[2].first == csv + ":2" && f[2].last == csv + ":3"));
    CHECK(f[3].text == "t.n > 2");
    CHECK((f[3].depth == 2 && f[3].rows == 2 && f[3].first == csv + ":4" && f[3].last == csv + ":5"));
    // Without counting, as check runs, the scan says nothing of them.
    CHECK(explain_line(loaded.program, *loaded.program.targets().at(0), 6, TableOptions{})
              .explanations.at(0).checks.at(0).trace.at(0).filters.empty());
}
