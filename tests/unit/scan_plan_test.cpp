// engine/tables/scan_plan: what a scan's plan remembers by a cell's text (dates, periods, the
// columns it hashes, the columns of one-column filters), and that answering those filters once
// a distinct cell gives what testing every row gives, however many distinct cells there are.
#include "engine/tables/scan_plan.hpp"

#include "engine/tables/cell_memo.hpp"
#include "table_support.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

using namespace claimcheck;
using namespace claimcheck::test;
using Op = Filter::Op;

namespace {

Schema crimes_schema() {
    Schema s;
    s.columns = {{"month", "month", ColumnType::date},   {"force", "force", ColumnType::text},
                 {"offence", "offence", ColumnType::text}, {"age", "age", ColumnType::integer},
                 {"count", "count", ColumnType::integer},  {"note", "note", ColumnType::text}};
    return s;
}

}  // namespace

TEST_CASE("scan_plan: dates, hashed columns and the columns of one-column filters are remembered", "[scan_plan]") {
    const Schema s = crimes_schema();
    const std::vector<Query> queries = {
        query(Aggregate::sum, 4, compare(Op::eq, 1, std::string("Kent"))),            // a lookup on force
        query(Aggregate::sum, 4, compare(Op::lt, 3, Rational(10))),                   // age alone
        query(Aggregate::count, std::nullopt, within(0, fy(2016))),                   // month alone
        query(Aggregate::count, std::nullopt, all({within(0, fy(2017)), compare(Op::gt, 3, Rational(12))})),
        query(Aggregate::sum, 4, {}, 2)};                                             // by offence
    const ScanPlan plan(s, queries);
    CHECK(plan.remembered == std::vector<char>{1, 1, 1, 1, 0, 0});  // count is summed only; note never read
    REQUIRE(plan.filters.size() == 5);
    CHECK(plan.only_column[1] == std::optional<std::size_t>(3));
    CHECK(plan.only_column[2] == std::optional<std::size_t>(0));
    CHECK(plan.only_column[3] == std::nullopt);  // two columns: tested row by row
    CHECK(plan.column_filters[3] == std::vector<std::size_t>{1});
    CHECK(plan.column_filters[0] == std::vector<std::size_t>{2});
    CHECK(plan.bit_of[2] == 0);
}

TEST_CASE("scan_plan: one-column filters answered once a cell match every row's test, past the memo's limit",
          "[scan_plan]") {
    // More distinct days and ages than a memo holds, markers and a total among them: the column
    // stops being remembered part way through the file, and the answers must not notice.
    std::ostringstream csv;
    csv << "day,force,age,count\n";
    const std::size_t rows = CellMemo::most + 2000;
    int y = 2010, m = 1, d = 1;
    for (std::size_t i = 0; i < rows; ++i) {
        char day[48];
        std::snprintf(day, sizeof day, "%04d-%02d-%02d", y, m, d);
        csv << (i == 77 ? std::string("[x]") : std::string(day)) << "," << (i % 3 ? "Kent" : "Essex") << ","
            << (i == 5 ? std::string("[c]") : std::to_string(i % 9000)) << "," << i % 7 << "\n";
        if (++d > days_in_month(y, m)) d = 1, m = m % 12 + 1, y += m == 1;
    }
    TempDir dir;
    const std::string path = dir.write("t.csv", csv.str());
    const Schema s = schema_of(path);
    const std::vector<Query> queries = {
        query(Aggregate::sum, column(s, "count"), within(column(s, "day"), fy(2016))),
        query(Aggregate::count, std::nullopt, compare(Op::lt, column(s, "age"), Rational(4500))),
        query(Aggregate::count, std::nullopt, negate(compare(Op::ge, column(s, "age"), Rational(100)))),
        query(Aggregate::sum, column(s, "count"), compare(Op::lt, column(s, "day"), day(2012, 6, 1)), column(s, "force"))};
    ScanOptions every_row;
    every_row.filter_rows = true;  // explain's scan tests every filter on every row
    const ScanResult remembered = scan_ok(path, s, queries), tested = scan_ok(path, s, queries, every_row);
    CHECK(shown(remembered) == shown(tested));
    for (std::size_t q = 0; q < queries.size(); ++q) {
        CHECK(remembered.answers[q].withheld.cells == tested.answers[q].withheld.cells);
        CHECK(remembered.answers[q].withheld.first == tested.answers[q].withheld.first);
    }
    CHECK(remembered.answers[1].withheld.cells == 1);  // age [c] on line 7
    CHECK(remembered.answers[1].withheld.first == 7);
}

TEST_CASE("scan_plan: a cube per set of keys, narrower sets answered from wider cubes", "[scan_plan]") {
    const Schema s = crimes_schema();  // month 0, force 1, offence 2, age 3, count 4, note 5
    const std::vector<Query> queries = {
        query(Aggregate::sum, 4, all({compare(Op::eq, 1, std::string("Kent")), within(0, fy(2016))})),  // {month, force}
        query(Aggregate::sum, 4, {}, 1),                                       // {force}: in the first
        query(Aggregate::mode, 3),                                             // {age}
        query(Aggregate::count, std::nullopt, all({compare(Op::eq, 2, std::string("Rape")), compare(Op::lt, 3, Rational(10))})),
        query(Aggregate::sum, 3, within(0, fy(2017))),                         // age summed, in {month, force}
        query(Aggregate::sum, 4)};                                             // no keys
    const ScanPlan plan(s, queries);
    REQUIRE(plan.cubed());
    REQUIRE(plan.cubes.size() == 2);
    CHECK(plan.cubes[0].keys == std::vector<std::size_t>{0, 1});
    CHECK(plan.cubes[0].values == std::vector<std::size_t>{4, 3});
    CHECK(plan.cubes[1].keys == std::vector<std::size_t>{2, 3});  // {age} falls into {offence, age}
    CHECK(plan.step_cube == std::vector<std::size_t>{0, 0, 1, 1, 0, 0});
    CHECK(plan.cubes[0].filters == std::vector<std::size_t>{0, 1, 3});  // a class is tested against its cube's only
    CHECK(plan.cubes[1].filters == std::vector<std::size_t>{1, 2});
    CHECK(plan.key_column == std::vector<char>{1, 1, 1, 1, 0, 0});
    CHECK(plan.summed_column == std::vector<char>{0, 0, 0, 1, 1, 0});  // age: a key, and summed
}

TEST_CASE("scan_plan: rows are tallied one by one past five keys in a query, or for explain", "[scan_plan]") {
    Schema s = crimes_schema();
    const Filter six = all({within(0, fy(2016)), compare(Op::eq, 1, std::string("Kent")), compare(Op::eq, 2, std::string("Rape")),
                            compare(Op::lt, 3, Rational(10)), compare(Op::gt, 4, Rational(1)), compare(Op::eq, 5, std::string("x"))});
    CHECK_FALSE(ScanPlan(s, {query(Aggregate::count, std::nullopt, six)}).cubed());
    CHECK(ScanPlan(s, {query(Aggregate::sum, 4, {}, 1)}).cubed());
    CHECK_FALSE(ScanPlan(s, {query(Aggregate::sum, 4, {}, 1)}, SIZE_MAX, true).cubed());
}

TEST_CASE("scan_plan: no more than 64 date columns no query reads are remembered", "[scan_plan]") {
    Schema s;
    for (int c = 0; c < 100; ++c) s.columns.push_back({"d" + std::to_string(c), "d" + std::to_string(c), ColumnType::date});
    const ScanPlan plan(s, {query(Aggregate::count, std::nullopt, within(90, fy(2016)))});
    CHECK(std::count(plan.remembered.begin(), plan.remembered.begin() + 64, 1) == 64);
    CHECK(std::count(plan.remembered.begin() + 64, plan.remembered.end(), 1) == 1);  // d90: the filter reads it
    CHECK(plan.remembered[90] == 1);
}
