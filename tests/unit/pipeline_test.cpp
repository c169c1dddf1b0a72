// engine/pipeline/pipeline: inputs to the final report, and every way a run ends without one.
#include "engine/pipeline/pipeline.hpp"

#include "support.hpp"

#include <algorithm>

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

PipelineOutcome run(const Project& project, const std::vector<std::string>& names, Limits limits = {}) {
    std::vector<std::string> inputs;
    for (const auto& name : names) inputs.push_back(project.path(name));
    PipelineOptions options{claimcheck::test::rules_dir(), project.dir().path(), {}, false, false, limits};
    return run_pipeline(inputs, options);
}

}  // namespace

TEST_CASE("pipeline: checked, then each quote anchored in its article", "[pipeline]") {
    Project p;
    p.file("main.claims", "let a = 63\nlet b = 361\nclaim rise in \"kent.txt\":\n  quote \"up by 473%\"\n"
                          "  check change(a, b) is 473%\n");
    p.file("kent.txt", "The figure went up by 473% in a year.\n");
    PipelineOutcome out = run(p, {"main.claims"});
    INFO(rendered(out.errors));
    REQUIRE(out.report);
    REQUIRE(out.report->claims.size() == 1);
    CHECK(out.report->claims[0].verdict == Verdict::pass);
    CHECK(out.report->claims[0].anchor_at.line == 1);
    const auto files = files_read(*out.report);
    CHECK(std::count(files.begin(), files.end(), p.path("kent.txt")) == 1);
    CHECK(std::count(files.begin(), files.end(), p.path("main.claims")) == 1);
}

TEST_CASE("pipeline: static errors end the run with no report", "[pipeline]") {
    Project p;
    p.file("main.claims", "claim c in \"a.txt\":\n  check missing == 1\n");
    PipelineOutcome out = run(p, {"main.claims"});
    CHECK_FALSE(out.report);
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].at.line == 2);
}

TEST_CASE("pipeline: inputs with no claim are not a green suite", "[pipeline]") {
    Project p;
    p.file("main.claims", "let a = 1\n");
    PipelineOutcome out = run(p, {"main.claims"});
    CHECK_FALSE(out.report);
    CHECK(out.errors.empty());
    CHECK(out.nothing_to_check == p.path("main.claims"));
}

TEST_CASE("pipeline: an article that cannot be read stops the run at the claim naming it", "[pipeline]") {
    Project p;
    p.file("main.claims", "claim c in \"sub\":\n  quote \"a\"\n  check 1 == 1\n");
    p.file("sub/x.txt", "a directory where the article should be\n");
    PipelineOutcome out = run(p, {"main.claims"});
    CHECK_FALSE(out.report);
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].at.line == 1);
}

TEST_CASE("pipeline: a limit reached is an error, not a half report", "[pipeline]") {
    Project p;
    p.file("main.claims", "claim c in \"a.txt\":\n  check 1 == 1\nclaim d in \"a.txt\":\n  check 2 == 2\n");
    Limits limits;
    limits.max_claims = 1;
    PipelineOutcome out = run(p, {"main.claims"}, limits);
    CHECK_FALSE(out.report);
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].message.find("--max-claims") != std::string::npos);
}

TEST_CASE("pipeline: an article is read with the words the claims files define, not the house style's alone",
          "[pipeline]") {
    Project p;
    p.file("main.claims", "define umpteen\n  means [20, inf)\nlet a = 30\nclaim c in \"a.txt\":\n"
                          "  quote \"up by 473%\"\n  check change(5, 28.65) is 473%\n");
    p.file("a.txt", "It went up by 473% in a year. Umpteen offences were never recorded.\n");
    PipelineOutcome out = run(p, {"main.claims"});
    INFO(rendered(out.errors));
    REQUIRE(out.report);
    REQUIRE(out.report->articles.size() == 1);
    const auto& mentions = out.report->articles[0].quantities;
    CHECK(std::any_of(mentions.begin(), mentions.end(), [](const MentionReport& m) { return m.text == "Umpteen"; }));
}
