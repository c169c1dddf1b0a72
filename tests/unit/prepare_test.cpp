// engine/pipeline/prepare: names bound, tables' headers read, checks typed, tables scanned once, errors each once.
#include "engine/pipeline/prepare.hpp"

#include "engine/lang/evaluate.hpp"
#include "engine/lang/ranks.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

const std::string wards_table = "table w from \"w.csv\":\n  column ward text\n  column n integer\n";

test::Project wards(const std::string& claims) {
    test::Project p;
    p.file("w.csv", "ward,n\nRiverside,20\nRiverside,21\nHillside,41\nEastgate,2\n");
    p.file("main.claims", wards_table + claims);
    return p;
}

}  // namespace

TEST_CASE("prepare: a table an aggregate reads is scanned before any claim is checked", "[prepare]") {
    test::Project p = wards("claim c in \"a.txt\":\n  check top(sum(w.n by w.ward), 2) == \"Eastgate\"\n");
    LoadResult loaded = p.load();
    REQUIRE(loaded.errors.empty());
    std::vector<Diagnostic> errors;
    Prepared prepared = prepare(loaded.program, {}, {}, errors);
    INFO(test::rendered(errors));
    REQUIRE(errors.empty());
    const auto tables = table_uses(prepared.scopes);
    REQUIRE(tables.size() == 1);
    CHECK(tables[0].rows == 4);
    // What the evaluator ranks is the scan's answer: Riverside and Hillside tie at 41, Eastgate is third.
    Evaluator evaluator(prepared.scopes, prepared.analysis.typed);
    const Module& main = *loaded.program.targets().at(0);
    const auto& claim = boost::get<ast::Claim>(main.ast.back().get());
    const auto& check = boost::get<ast::Check>(claim.items.at(0).get());
    Trace trace;
    evaluator.trace_into(&trace);
    const Holders holders = evaluator.ranked(*rank_checked(check), main);
    CHECK(holders.keys == std::vector<std::string>{"Hillside", "Riverside"});
    CHECK(holders.value == 41);
    CHECK(holders.place == 1);
    // explain's one step of a rank check: what holds the rank, of how many groups
    REQUIRE(trace.size() == 1);
    CHECK(trace[0].text == "top(sum(w.n by w.ward), 2)");
    CHECK(trace[0].value.number == 41);
    CHECK_THAT(trace[0].how, Catch::StartsWith("Hillside and Riverside tie for the highest of 3 groups; one scan of "));
}

TEST_CASE("prepare: static errors come back sorted, each once, and no table is scanned", "[prepare]") {
    test::Project p = wards("claim c in \"a.txt\":\n  check top(sum(w.n by w.ward)) < \"Riverside\"\n"
                            "  check top(sum(w.n by w.ward), 0) == \"Riverside\"\n");
    LoadResult loaded = p.load();
    REQUIRE(loaded.errors.empty());
    std::vector<Diagnostic> errors;
    Prepared prepared = prepare(loaded.program, {}, {}, errors);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].at.line == 5);
    CHECK(errors[1].at.line == 6);
    CHECK(table_uses(prepared.scopes).empty());
}
