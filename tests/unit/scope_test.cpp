// engine/lang/scope: what each file sees, duplicate lets, definition overrides, and "did you mean".
#include "engine/lang/scope.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

struct BoundProgram {
    LoadResult loaded;
    Scopes scopes;
    std::vector<Diagnostic> errors;

    const Module& module(const std::string& path) const {
        for (const auto& m : loaded.program.modules)
            if (m->source.path() == path) return *m;
        throw std::runtime_error("no module " + path);
    }
    const Scope& scope(const std::string& path) const { return scopes.at(&module(path)); }
};

BoundProgram bind_project(const Project& project, const std::vector<std::string>& targets = {"main.claims"}) {
    BoundProgram out{project.load(targets), {}, {}};
    INFO(rendered(out.loaded.errors));
    REQUIRE(out.loaded.errors.empty());
    out.scopes = claimcheck::bind(out.loaded.program, out.errors);
    return out;
}

}  // namespace

TEST_CASE("phrase keys join the words of a definition", "[scope]") {
    CHECK(phrase_key({"more", "than"}) == "more than");
    CHECK(phrase_key({"hundreds"}) == "hundreds");
    CHECK(phrase_key({}) == "");
}

TEST_CASE("closest suggests a near name and nothing for a far one", "[scope]") {
    std::vector<std::string> names = {"ew.2015_16", "ew.2016_17", "kent.2016_17"};
    CHECK(closest("ew.2016_71", names) == "ew.2016_17");
    CHECK(closest("kent.2016_16", names) == "kent.2016_17");
    CHECK(closest("lincolnshire", names) == "");
    CHECK(closest("chnage", {"change", "ratio", "share"}) == "change");
    CHECK(closest("x", {}) == "");
}

TEST_CASE("a file sees its own lets and those of the files it uses", "[scope]") {
    Project p;
    p.file("counts.claims", "let a = 1\nlet b = 2\n");
    p.file("main.claims", "use \"counts.claims\"\nlet c = a + b\n");
    BoundProgram b = bind_project(p);
    INFO(rendered(b.errors));
    CHECK(b.errors.empty());
    const Scope& main = b.scope(p.path("main.claims"));
    CHECK(main.name("a"));
    CHECK(main.name("b"));
    CHECK(main.name("c"));
    CHECK(main.name("a")->module->source.path() == p.path("counts.claims"));
    const Scope& counts = b.scope(p.path("counts.claims"));
    CHECK_FALSE(counts.name("c"));  // uses run one way
}

TEST_CASE("uses are transitive", "[scope]") {
    Project p;
    p.file("base.claims", "let a = 1\n");
    p.file("middle.claims", "use \"base.claims\"\nlet b = 2\n");
    p.file("main.claims", "use \"middle.claims\"\n");
    BoundProgram b = bind_project(p);
    CHECK(b.errors.empty());
    CHECK(b.scope(p.path("main.claims")).name("a"));
}

TEST_CASE("a let defined twice in one file is an error at the second", "[scope]") {
    Project p;
    p.file("main.claims", "let a = 1\nlet b = 2\nlet a = 3\n");
    BoundProgram b = bind_project(p);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].message == "a is already defined at " + p.path("main.claims") + ":1");
    CHECK(b.errors[0].at.line == 3);
    CHECK(b.errors[0].at.column == 5);
}

TEST_CASE("a let that repeats one from a used file is an error", "[scope]") {
    Project p;
    p.file("counts.claims", "let a = 1\n");
    p.file("main.claims", "use \"counts.claims\"\nlet a = 2\n");
    BoundProgram b = bind_project(p);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].message == "a is already defined at " + p.path("counts.claims") + ":1");
    CHECK(b.errors[0].path == p.path("main.claims"));
    CHECK(b.errors[0].at.line == 2);
}

TEST_CASE("two used files that both define a let are an error", "[scope]") {
    Project p;
    p.file("one.claims", "let a = 1\n");
    p.file("two.claims", "\nlet a = 2\n");
    p.file("main.claims", "use \"one.claims\"\nuse \"two.claims\"\n");
    BoundProgram b = bind_project(p);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].message == "a is defined twice, here and at " + p.path("one.claims") + ":1, and " +
                                     p.path("main.claims") + " uses both");
    CHECK(b.errors[0].path == p.path("two.claims"));
    CHECK(b.errors[0].at.line == 2);
}

TEST_CASE("one file reached by two paths is not a duplicate", "[scope]") {
    Project p;
    p.file("counts.claims", "let a = 1\n");
    p.file("left.claims", "use \"counts.claims\"\n");
    p.file("right.claims", "use \"counts.claims\"\n");
    p.file("main.claims", "use \"left.claims\"\nuse \"right.claims\"\n");
    BoundProgram b = bind_project(p);
    INFO(rendered(b.errors));
    CHECK(b.errors.empty());
}

TEST_CASE("a file's own definition overrides the one it uses", "[scope]") {
    Project p;
    p.file("style.claims", "define hundreds\n  means [200, 1,000)\n");
    p.file("main.claims", "use \"style.claims\"\n\ndefine hundreds\n  means [100, 1,000)\n");
    BoundProgram b = bind_project(p);
    CHECK(b.errors.empty());
    const Definition& d = *b.scope(p.path("main.claims")).phrase("hundreds");
    CHECK(d.module->source.path() == p.path("main.claims"));
    CHECK(d.where() == p.path("main.claims") + ":3");
    CHECK(d.phrase == "hundreds");
    CHECK(b.scope(p.path("style.claims")).phrase("hundreds")->where() == p.path("style.claims") + ":1");
}

TEST_CASE("a later use overrides an earlier one", "[scope]") {
    Project p;
    p.file("first.claims", "define nearly N\n  means [0.9 * N, N)\n");
    p.file("second.claims", "define nearly N\n  means [0.8 * N, N)\n");
    p.file("main.claims", "use \"first.claims\"\nuse \"second.claims\"\n");
    BoundProgram b = bind_project(p);
    CHECK(b.errors.empty());
    const Definition& d = *b.scope(p.path("main.claims")).phrase("nearly");
    CHECK(d.module->source.path() == p.path("second.claims"));
    CHECK(d.phrase == "nearly N");
}

TEST_CASE("a definition repeated in one file is an error", "[scope]") {
    Project p;
    p.file("main.claims", "define dozens\n  means [24, 100)\ndefine dozens\n  means [12, 100)\n");
    BoundProgram b = bind_project(p);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].message == "'dozens' is already defined at " + p.path("main.claims") + ":1");
    CHECK(b.errors[0].at.line == 3);
    CHECK(b.errors[0].at.column == 1);
}

TEST_CASE("use house-style brings the vocabulary and the spelled numbers", "[scope]") {
    Project p;
    p.file("main.claims", "use house-style\n");
    BoundProgram b = bind_project(p);
    CHECK(b.errors.empty());
    const Scope& s = b.scope(p.path("main.claims"));
    for (const char* key : {"more than", "nearly", "hundreds", "a third", "one in", "doubled", "three"})
        CHECK(s.phrase(key));
    CHECK(s.phrase("one in")->phrase == "one in N");
    CHECK_THAT(s.phrase("three")->where(), Catch::Contains("numbers.claims:"));
}

TEST_CASE("a name defined in two files is seen where one of them is reached, and clashes where both are", "[scope]") {
    Project p;
    p.file("one.claims", "let a = 1\n");
    p.file("two.claims", "let a = 2\n");
    p.file("left.claims", "use \"one.claims\"\n");
    p.file("right.claims", "use \"two.claims\"\n");
    p.file("main.claims", "use \"left.claims\"\nuse \"right.claims\"\n");
    BoundProgram b = bind_project(p);
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors[0].message == "a is defined twice, here and at " + p.path("one.claims") + ":1, and " +
                                     p.path("main.claims") + " uses both");
    CHECK(b.scope(p.path("left.claims")).name("a")->module->source.path() == p.path("one.claims"));
    CHECK(b.scope(p.path("right.claims")).name("a")->module->source.path() == p.path("two.claims"));
    CHECK(b.scope(p.path("main.claims")).name("a")->module->source.path() == p.path("one.claims"));  // the first use's
}

TEST_CASE("a definition overridden part of the way down is seen as each file's uses decide", "[scope]") {
    Project p;
    p.file("style.claims", "define hundreds\n  means [200, 1,000)\n");
    p.file("local.claims", "use \"style.claims\"\ndefine hundreds\n  means [100, 1,000)\n");
    p.file("plain.claims", "use \"style.claims\"\n");
    p.file("main.claims", "use \"local.claims\"\nuse \"plain.claims\"\n");
    p.file("other.claims", "use \"plain.claims\"\nuse \"local.claims\"\n");
    BoundProgram b = bind_project(p, {"main.claims", "other.claims"});
    CHECK(b.errors.empty());
    CHECK(b.scope(p.path("plain.claims")).phrase("hundreds")->module->source.path() == p.path("style.claims"));
    CHECK(b.scope(p.path("local.claims")).phrase("hundreds")->module->source.path() == p.path("local.claims"));
    // The later use wins: plain's (the style's) in main, local's in other.
    CHECK(b.scope(p.path("main.claims")).phrase("hundreds")->module->source.path() == p.path("style.claims"));
    CHECK(b.scope(p.path("other.claims")).phrase("hundreds")->module->source.path() == p.path("local.claims"));
    const auto& vocabulary = b.scope(p.path("other.claims")).vocabulary();
    REQUIRE(vocabulary.size() == 1);
    CHECK(vocabulary[0].first == "hundreds");
}

TEST_CASE("names, series and templates are listed as one file sees them", "[scope]") {
    Project p;
    p.file("counts.claims", "let kent.a = 1\nlet kent.b = 2\nlet kent.x.y = 3\nlet essex.a = 4\n"
                            "template t(x):\n  claim c in \"a.txt\":\n    check x is 1\nend\n");
    p.file("main.claims", "use \"counts.claims\"\nlet kent.c = 5\n");
    p.file("alone.claims", "let kent.z = 6\n");
    BoundProgram b = bind_project(p, {"main.claims", "alone.claims"});
    CHECK(b.errors.empty());
    const Scope& main = b.scope(p.path("main.claims"));
    CHECK(main.names() == std::vector<std::string>{"essex.a", "kent.a", "kent.b", "kent.c", "kent.x.y"});
    std::vector<std::string> series;
    for (const auto& [name, binding] : main.series("kent")) series.push_back(name);
    CHECK(series == std::vector<std::string>{"kent.a", "kent.b", "kent.c"});  // not kent.x.y, not alone's kent.z
    CHECK(main.template_names() == std::vector<std::string>{"t"});
    CHECK(b.scope(p.path("alone.claims")).template_names().empty());
    CHECK_FALSE(b.scope(p.path("alone.claims")).name("kent.a"));
}

TEST_CASE("files that each use every file below them bind without copying what they see", "[scope]") {
    // Ten layers of ten files, each using all ten of the layer below: every file reaches all below it.
    Project p;
    for (int layer = 0; layer < 10; ++layer)
        for (int i = 0; i < 10; ++i) {
            std::string text;
            if (layer < 9)
                for (int j = 0; j < 10; ++j) text += "use \"l" + std::to_string(layer + 1) + "_" + std::to_string(j) + ".claims\"\n";
            text += "let v" + std::to_string(layer) + "_" + std::to_string(i) + " = 1\n";
            p.file("l" + std::to_string(layer) + "_" + std::to_string(i) + ".claims", text);
        }
    p.file("main.claims", "use \"l0_0.claims\"\n");
    BoundProgram b = bind_project(p);
    CHECK(b.errors.empty());
    const Scope& main = b.scope(p.path("main.claims"));
    CHECK(main.names().size() == 1 + 9 * 10);  // l0_0's own, and all of layers 1 to 9
    CHECK(main.name("v9_9"));
    CHECK_FALSE(main.name("v0_1"));
    CHECK_FALSE(b.scope(p.path("l5_0.claims")).name("v4_0"));  // uses run one way
}
