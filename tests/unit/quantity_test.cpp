// engine/lang/quantity: one key for one quantity, however and wherever it is written.
#include "engine/lang/quantity.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

const std::string table = "table counts from \"counts.csv\":\n  column area text\n  column year period\n"
                          "  column offences integer\n";
const std::string lets = table + "let a = 1\nlet b = 2\nlet c = 3\n";

// The quantity key of every check in the files, in the order written.
std::vector<std::string> keys_of(const Project& p, const std::vector<std::string>& files) {
    LoadResult loaded = p.load(files);
    INFO(rendered(loaded.errors));
    REQUIRE(loaded.errors.empty());
    std::vector<Diagnostic> errors;
    Scopes scopes = claimcheck::bind(loaded.program, errors);
    INFO(rendered(errors));
    REQUIRE(errors.empty());
    std::vector<std::string> keys;
    for (const Module* m : loaded.program.targets())
        for (const auto& statement : m->ast)
            if (const auto* c = boost::get<ast::Claim>(&statement.get()))
                for (const auto& item : c->items)
                    if (const auto* check = boost::get<ast::Check>(&item.get()))
                        keys.push_back(quantity_key(check->subject, *m, scopes));
    return keys;
}

// The keys of subjects checked in one file with a, b, c and the counts table.
std::vector<std::string> keys(const std::vector<std::string>& subjects, const std::string& extra = "") {
    std::string text = lets + extra + "claim x in \"a.txt\":\n";
    for (const auto& s : subjects) text += "  check " + s + " == 0\n";
    Project p;
    p.file("main.claims", text);
    std::vector<std::string> out = keys_of(p, {"main.claims"});
    REQUIRE(out.size() == subjects.size());
    return out;
}

bool same_quantity(const std::string& x, const std::string& y, const std::string& extra = "") {
    INFO(x << " / " << y);
    auto k = keys({x, y}, extra);
    return k[0] == k[1];
}

std::string kent_sum(const std::string& where) { return "sum(counts.offences where " + where + ")"; }

const std::string kent = "counts.area == \"Kent\"";
const std::string year = "counts.year == FY2016/17";

}  // namespace

TEST_CASE("quantity_key: the same expression, however spaced", "[quantity]") {
    CHECK(same_quantity("a + b", "a+b"));
    CHECK(same_quantity("change(a, b)", "change( a,b )"));
    CHECK(same_quantity(kent_sum(kent), "sum(counts.offences  where counts.area==\"Kent\")"));
}

TEST_CASE("quantity_key: a number by its value and unit, not its digits", "[quantity]") {
    CHECK(same_quantity("a * 2", "a * 2.0"));
    CHECK(same_quantity("a * 1,000", "a * 1000"));
    CHECK(same_quantity("a * 44%", "a * 44 per cent"));
    CHECK_FALSE(same_quantity("a * 44%", "a * 0.44"));
}

TEST_CASE("quantity_key: different expressions differ", "[quantity]") {
    CHECK_FALSE(same_quantity("a + b", "a - b"));
    CHECK_FALSE(same_quantity("change(a, b)", "points(a, b)"));
    CHECK_FALSE(same_quantity("change(a, b)", "change(b, a)"));
    CHECK_FALSE(same_quantity("a", "b"));
    CHECK_FALSE(same_quantity("a * 2", "a * 3"));
}

TEST_CASE("quantity_key: an aggregate is its table, column, condition and grouping", "[quantity]") {
    CHECK_FALSE(same_quantity(kent_sum(kent), kent_sum("counts.area == \"Lincolnshire\"")));
    CHECK_FALSE(same_quantity(kent_sum(kent), kent_sum("counts.area != \"Kent\"")));
    CHECK_FALSE(same_quantity(kent_sum(kent), kent_sum("not " + kent)));
    CHECK_FALSE(same_quantity(kent_sum(kent), "sum(counts.offences)"));
    CHECK_FALSE(same_quantity(kent_sum(kent), "mean(counts.offences where " + kent + ")"));
    CHECK_FALSE(same_quantity("max(sum(counts.offences by counts.area))", "max(sum(counts.offences by counts.year))"));
}

TEST_CASE("quantity_key: conditions joined by and, or by or, in any order", "[quantity]") {
    CHECK(same_quantity(kent_sum(kent + " and " + year), kent_sum(year + " and " + kent)));
    CHECK(same_quantity(kent_sum(kent + " or " + year), kent_sum(year + " or " + kent)));
    CHECK(same_quantity(kent_sum("counts.area in (\"Kent\", \"Essex\")"), kent_sum("counts.area in (\"Essex\", \"Kent\")")));
    // `and` binds tighter: a and b or c is (a and b) or c, whichever way round it is written.
    const std::string lincs = "counts.area == \"Lincolnshire\"";
    CHECK(same_quantity(kent_sum(kent + " and " + year + " or " + lincs), kent_sum(lincs + " or " + year + " and " + kent)));
    CHECK_FALSE(same_quantity(kent_sum(kent + " and " + year + " or " + lincs), kent_sum(kent + " and (" + year + " or " + lincs + ")")));
    CHECK_FALSE(same_quantity(kent_sum(kent + " and " + year), kent_sum(kent + " or " + year)));
}

TEST_CASE("quantity_key: a name bound to an aggregate is that aggregate", "[quantity]") {
    const std::string k = "let k = " + kent_sum(year + " and " + kent) + "\nlet alias = k\n";
    CHECK(same_quantity("k", kent_sum(kent + " and " + year), k));
    CHECK(same_quantity("alias", "k", k));
    CHECK(same_quantity("k * 2", kent_sum(kent + " and " + year) + " * 2", k));
    CHECK_FALSE(same_quantity("k", kent_sum(kent), k));
}

TEST_CASE("quantity_key: a name bound to a figure of its own stays that name", "[quantity]") {
    // Two lets of equal value are two quantities: 39 forces and 39 police areas are not one figure.
    CHECK_FALSE(same_quantity("x", "y", "let x = 39\nlet y = 39\n"));
    CHECK_FALSE(same_quantity("x", "39", "let x = 39\n"));
}

TEST_CASE("quantity_key: one let used from two files is one quantity", "[quantity]") {
    Project p;
    p.file("counts.claims", "let forces = 39\n");
    p.file("one.claims", "use \"counts.claims\"\nclaim x in \"1.txt\":\n  check forces == 38\n");
    p.file("two.claims", "use \"counts.claims\"\nclaim y in \"2.txt\":\n  check forces == 39\n");
    p.file("own.claims", "let forces = 39\nclaim z in \"3.txt\":\n  check forces == 39\n");
    std::vector<std::string> keys = keys_of(p, {"one.claims", "two.claims", "own.claims"});
    REQUIRE(keys.size() == 3);
    CHECK(keys[0] == keys[1]);
    CHECK(keys[0] != keys[2]);  // another file's own let of the same name is another figure
}

TEST_CASE("quantity_key: one table cell named and written out in different files", "[quantity]") {
    Project p;
    p.file("t.claims", table + "let k1 = " + kent_sum(kent + " and " + year) + "\n");
    p.file("a.claims", "use \"t.claims\"\nlet k2 = " + kent_sum(year + " and " + kent) +
                           "\nclaim a in \"A.txt\":\n  check " + kent_sum(kent + " and " + year) +
                           " is 361\n  check k1 is 361\n  check k2 is 361\n");
    p.file("b.claims", "use \"t.claims\"\nlet k2 = " + kent_sum(kent + " and " + year) +
                           "\nclaim b in \"B.txt\":\n  check k2 is 400\n");
    std::vector<std::string> keys = keys_of(p, {"a.claims", "b.claims"});
    REQUIRE(keys.size() == 4);
    for (std::size_t i = 1; i < keys.size(); ++i) CHECK(keys[i] == keys[0]);
}
