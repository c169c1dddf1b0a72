// engine/lang/applies: the template a line is in, and the applies that make its claims.
#include "engine/lang/applies.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

const std::string templates = "# standing claims\n"            // 1
                              "template rise(x):\n"            // 2
                              "  claim up in \"release\":\n"   // 3
                              "    check x.b > x.a\n"          // 4
                              "end\n"                          // 5
                              "\n"                             // 6
                              "template other(x):\n"           // 7
                              "  claim c in \"release\":\n"    // 8
                              "    check x.a == 1\n"           // 9
                              "end\n";                         // 10

LoadResult load(const Project& p, const std::vector<std::string>& files) {
    LoadResult loaded = p.load(files);
    INFO(rendered(loaded.errors));
    REQUIRE(loaded.errors.empty());
    return loaded;
}

}  // namespace

TEST_CASE("template_at: the lines of a template, and no others", "[applies]") {
    Project p;
    p.file("templates.claims", templates);
    LoadResult loaded = load(p, {"templates.claims"});
    const Module& m = *loaded.program.targets().at(0);
    for (int line : {2, 3, 4, 5}) {
        INFO(line);
        REQUIRE(template_at(m, line) != nullptr);
        CHECK(template_at(m, line)->name.text == "rise");
    }
    REQUIRE(template_at(m, 9) != nullptr);
    CHECK(template_at(m, 9)->name.text == "other");
    for (int line : {1, 6, 11, 99}) CHECK(template_at(m, line) == nullptr);
}

TEST_CASE("applies_of: every apply of the template, in the files that see it", "[applies]") {
    Project p;
    p.file("templates.claims", templates);
    p.file("one.claims", "use \"templates.claims\"\nlet k.a = 1\nlet k.b = 2\n\napply rise(k)\napply other(k)\n");
    p.file("two.claims", "use \"templates.claims\"\nlet l.a = 1\nlet l.b = 3\napply rise(l)\n");
    // A template of the same name written elsewhere is another template.
    p.file("own.claims", "template rise(x):\n  claim up in \"r\":\n    check x.a == 1\nend\nlet m.a = 1\napply rise(m)\n");
    LoadResult loaded = load(p, {"one.claims", "two.claims", "own.claims"});
    std::string path = p.path("templates.claims");
    CHECK(applies_of(loaded.program, path, "rise") ==
          std::vector<std::string>{p.path("one.claims") + ":5", p.path("two.claims") + ":4"});
    CHECK(applies_of(loaded.program, path, "other") == std::vector<std::string>{p.path("one.claims") + ":6"});
    CHECK(applies_of(loaded.program, path, "nothing").empty());
}
