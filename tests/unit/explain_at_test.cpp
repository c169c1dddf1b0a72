// engine/pipeline/explain_at: a line of a claims file to its explanations, or to where the reader should look.
#include "engine/pipeline/explain_at.hpp"

#include "support.hpp"

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

ExplainAtOutcome at(const Project& project, const std::string& file, const std::string& line) {
    PipelineOptions options{claimcheck::test::rules_dir(), project.dir().path(), {}, false, false, {}};
    return explain_at(project.path(file), line, options);
}

const std::string claims = "let a = 63\nlet b = 361\n\nclaim rise in \"a.txt\":\n  check change(a, b) is 473%\n"
                           "  check b is 361\n\nclaim fall in \"a.txt\":\n  check a is 63\n";

}  // namespace

TEST_CASE("explain_at: a claim's line explains each of its checks; a check's line, that check", "[explain_at]") {
    Project p;
    p.file("main.claims", claims);
    ExplainAtOutcome whole = at(p, "main.claims", "4");
    INFO(rendered(whole.errors));
    REQUIRE(whole.explanations.size() == 1);
    CHECK(whole.explanations[0].claim.id == "rise");
    CHECK(whole.explanations[0].checks.size() == 2);
    ExplainAtOutcome one = at(p, "main.claims", "6");
    REQUIRE(one.explanations.size() == 1);
    CHECK(one.explanations[0].checks.size() == 1);
    CHECK(whole.nothing_here.empty());
}

TEST_CASE("explain_at: a line with no claim names the nearest claims", "[explain_at]") {
    Project p;
    p.file("main.claims", claims);
    ExplainAtOutcome out = at(p, "main.claims", "7");
    CHECK(out.explanations.empty());
    CHECK(out.errors.empty());
    CHECK(out.nothing_here.find(":7; the nearest are the claim at line 4 and the claim at line 8") != std::string::npos);
    CHECK(at(p, "main.claims", "1").nothing_here.find("; the nearest is the claim at line 4") != std::string::npos);
}

TEST_CASE("explain_at: a line past the end says how many lines the file has, however many digits", "[explain_at]") {
    Project p;
    p.file("main.claims", claims);
    CHECK(at(p, "main.claims", "10").nothing_here.find("line 10 is past the end") != std::string::npos);
    CHECK(at(p, "main.claims", "99999999999999999999").nothing_here.find("which has 9 lines") != std::string::npos);
}

TEST_CASE("explain_at: a template's line points to the applies beside it", "[explain_at]") {
    Project p;
    p.file("t.claims", "template grew(x):\n  claim up in \"a.txt\":\n    check x.b > x.a\nend\n");
    p.file("use.claims", "use \"t.claims\"\nlet k.a = 1\nlet k.b = 2\napply grew(k)\n");
    ExplainAtOutcome out = at(p, "t.claims", "3");
    INFO(out.nothing_here << rendered(out.errors));
    CHECK(out.explanations.empty());
    CHECK(out.nothing_here.find("is inside template grew") != std::string::npos);
    CHECK(out.nothing_here.find("claimcheck explain") != std::string::npos);
    CHECK(out.nothing_here.find("use.claims:4") != std::string::npos);
}

TEST_CASE("explain_at: a file that does not load explains nothing, with its errors", "[explain_at]") {
    Project p;
    p.file("main.claims", "claim c in \"a.txt\":\n  check missing == 1\n");
    ExplainAtOutcome out = at(p, "main.claims", "2");
    CHECK(out.explanations.empty());
    REQUIRE(out.errors.size() == 1);
    CHECK(out.errors[0].at.line == 2);
}
