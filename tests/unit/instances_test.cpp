// engine/lang/instances: each apply expanded once into a module of the template's claims, renamed,
// sharing the template's text, seeing the applying file's scope.
#include "engine/lang/instances.hpp"

#include "engine/lang/shape.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::force_template;
using claimcheck::test::Checked;
using claimcheck::test::claim;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

const std::map<std::string, std::string> kent_args = {{"name", "kent"}, {"from", "2015_16"}, {"to", "2016_17"}};

// Applies at lines 5 and 7.
Project regression() {
    Project p;
    p.file("counts.claims", "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17\n"
                            "let lincs.2015_16 = 112 during FY2015/16\nlet lincs.2016_17 = 58 during FY2016/17\n");
    p.file("templates.claims", force_template);
    p.file("main.claims", "use \"counts.claims\"\nuse \"templates.claims\"\nuse house-style\n\n"
                          "apply force(kent, 2015_16, 2016_17) in \"kent.txt\"\n\n"
                          "apply force(lincs, 2015_16, 2016_17)\n");
    return p;
}

Checked run(const Project& p) {
    Checked r = p.check();
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    return r;
}

}  // namespace

TEST_CASE("renamed: parameters replace whole parts of a name", "[template]") {
    CHECK(renamed("name.to", kent_args) == "kent.2016_17");
    CHECK(renamed("name.from", kent_args) == "kent.2015_16");
    CHECK(renamed("name", kent_args) == "kent");
    CHECK(renamed("x.name.y", kent_args) == "x.kent.y");
    CHECK(renamed("to.to", kent_args) == "2016_17.2016_17");
    // Only whole parts: "names" and "tonight" are not "name" and "to".
    CHECK(renamed("names.tonight", kent_args) == "names.tonight");
    CHECK(renamed("other", kent_args) == "other");
}

TEST_CASE("renamed: an argument may itself have parts", "[template]") {
    CHECK(renamed("name.to", {{"name", "kent.north"}, {"to", "2016_17"}}) == "kent.north.2016_17");
}

TEST_CASE("expand: each apply makes one module of the template's claims, names renamed, positions kept", "[template]") {
    Project p = regression();
    LoadResult loaded = p.load();
    REQUIRE(loaded.errors.empty());
    std::vector<Diagnostic> errors;
    Scopes scopes = claimcheck::bind(loaded.program, errors);
    Instances instances = expand(loaded.program, scopes, errors);
    INFO(rendered(errors));
    REQUIRE(errors.empty());
    REQUIRE(instances.modules.size() == 2);
    const Module& main = *loaded.program.targets().at(0);
    const Module* templates = nullptr;
    for (const auto& m : loaded.program.modules)
        if (m->source.path() == p.path("templates.claims")) templates = m.get();
    REQUIRE(templates);
    const Module& kent = *instances.modules[0];
    REQUIRE(kent.origin);
    CHECK(kent.origin->instance == "force(kent, 2015_16, 2016_17)");
    CHECK(kent.origin->into == &main);
    CHECK(kent.origin->from == templates);
    CHECK(main.source.locate(*kent.origin->apply).line == 5);
    CHECK(instances.made_by(*kent.origin->apply) == &kent);
    // The template's text, shared, not copied: every position still points into it.
    CHECK(kent.source.path() == p.path("templates.claims"));
    CHECK(&kent.source.text() == &templates->source.text());
    REQUIRE(kent.ast.size() == 2);
    const auto& rose = boost::get<ast::Claim>(kent.ast[0].get());
    const auto& check = boost::get<ast::Check>(rose.items.at(1).get());
    CHECK(kent.source.locate(check).line == 4);
    CHECK(written_text(kent, check) == "check kent.2016_17 > kent.2015_16");
    CHECK(kent.source.text_of(check) == "check name.to > name.from");  // as written in the template
    // The template itself is untouched.
    const auto& written = boost::get<ast::Template>(templates->ast[0].get());
    CHECK(written_text(*templates, boost::get<ast::Check>(written.claims[0].items.at(1).get())) ==
          "check name.to > name.from");
    // Each instance sees what the applying file sees.
    CHECK(&scopes.at(&kent) == &scopes.at(&main));
    CHECK(scopes.at(&kent).name("kent.2016_17"));
}

TEST_CASE("a long argument and a long template check cost their length once", "[template]") {
    // 2,000 terms, each a parameter to rename: the text is made once, not once a term.
    std::string terms;
    for (int i = 0; i < 2000; ++i) terms += (i ? " + " : "") + std::string("x.v");
    Project p;
    p.file("main.claims", "let " + std::string(200, 'k') + ".v = 1\n"
                          "template t(x):\n  claim c in \"a.txt\":\n    check " + terms + " == 2000\nend\n"
                          "apply t(" + std::string(200, 'k') + ")\n");
    Checked r = run(p);
    const ClaimReport& c = claim(r.report, "t(" + std::string(200, 'k') + ").c");
    CHECK(c.verdict == Verdict::pass);
    CHECK(c.checks.at(0).text.size() == 2000 * 202 + 1999 * 3 + 8);
}

