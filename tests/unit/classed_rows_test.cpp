// engine/tables/classed_rows: rows counted by class (RowCube) give exactly what rows tallied one
// by one give: values, groups, withheld cells, kept-out total rows and unlabelled totals, over
// random tables with markers, totals, decimals, numbers past 64 bits and non-canonical keys,
// whatever the workers. The one-by-one scan is explain's, which tests every filter on every row.
#include "engine/tables/scan_plan.hpp"

#include "table_support.hpp"

#include <random>
#include <sstream>

using namespace claimcheck;
using namespace claimcheck::test;
using Op = Filter::Op;

namespace {

std::string random_table(std::mt19937& random, std::size_t rows) {
    auto pick = [&](std::initializer_list<const char*> from) {
        return std::string(from.begin()[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)]);
    };
    std::ostringstream csv;
    csv << "month,force,age,count,rate\n";
    for (std::size_t i = 0; i < rows; ++i) {
        csv << pick({"2016-04", "2016-05", "2017-03", "2017-04", "2016-04", "[x]", "Total"}) << ","
            << pick({"Kent", "Essex", "\"Kent\"", "Surrey", "Total", "All"}) << ","
            << pick({"13", "14", "013", "15", "9", "[c]", "13.0"}) << ","
            << pick({"1", "5", "7", "0", "-3", "12", "1.5", "9223372036854775807", "123456789012345678901234567890123456789012",
                     "[c]", "40", "007", "\"1,820\"", "999999999999999999", "1000000000000000000", "12345678", "99999999",
                     "100000000", " 7", "1e2"})
            << "," << pick({"0.1", "0.25", "2", "-0.05", ".."}) << "\n";
    }
    return csv.str();
}

std::vector<std::string> everything(const ScanResult& r) {
    std::vector<std::string> out;
    for (const Answer& a : r.answers)
        out.push_back(shown(a) + " withheld " + std::to_string(a.withheld.cells) + "@" + std::to_string(a.withheld.first) +
                      " kept " + std::to_string(a.kept_out.rows) + "@" + std::to_string(a.kept_out.first) + " total " +
                      std::to_string(a.total_row.value_or(0)) + "/" + a.total_group.value_or("-"));
    return out;
}

}  // namespace

TEST_CASE("classed_rows: counted by class, the answers of rows tallied one by one", "[classed_rows]") {
    std::mt19937 random(2017);
    for (int round = 0; round < 12; ++round) {
        TempDir dir;
        const std::string path = dir.write("t.csv", random_table(random, 40 + static_cast<std::size_t>(round) * 60));
        const Schema s = schema_of(path);
        const std::size_t month = column(s, "month"), force = column(s, "force"), age = column(s, "age"),
                          count = column(s, "count"), rate = column(s, "rate");
        const Filter kent = compare(Op::eq, force, std::string("Kent"));
        const std::vector<Query> queries = {
            query(Aggregate::count), query(Aggregate::sum, count), query(Aggregate::mean, rate),
            query(Aggregate::sum, count, all({kent, within(month, fy(2016))})),
            query(Aggregate::sum, count, {}, force), query(Aggregate::sum, count, {}, age),
            query(Aggregate::mode, age), query(Aggregate::distinct, force), query(Aggregate::min, count, kent),
            query(Aggregate::max, rate, {}, month), query(Aggregate::sum, age, within(month, fy(2017))),
            query(Aggregate::count, std::nullopt, any({compare(Op::lt, age, Rational(10)), negate(kent)})),
            query(Aggregate::sum, count, compare(Op::eq, force, std::string("Total"))),  // names the total rows
            query(Aggregate::mean, count, one_of(force, {"Essex", "Surrey"}), month)};
        REQUIRE(ScanPlan(s, queries).cubed());
        ScanOptions one_by_one;
        one_by_one.filter_rows = true;
        const std::vector<std::string> expected = everything(scan_ok(path, s, queries, one_by_one));
        for (const int threads : {1, 3}) {
            ScanOptions options;
            options.threads = threads;
            options.block_size = threads == 1 ? options.block_size : 97;
            CHECK(everything(scan_ok(path, s, queries, options)) == expected);
        }
    }
}

TEST_CASE("classed_rows: an unlabelled total row is found, at its first line, from the classes", "[classed_rows]") {
    // 12 is the sum of all the others; it comes twice (lines 4 and 7) in different classes, and
    // once the others add up to it the first of the two is the total row named.
    TempDir dir;
    const std::string path = dir.write("t.csv",
                                       "force,age,count\nKent,13,3\nEssex,14,2\nSurrey,15,12\nKent,13,1\nKent,14,6\nEssex,9,12\n"
                                       "Kent,13,-12\n");
    const Schema s = schema_of(path);
    const std::vector<Query> queries = {query(Aggregate::sum, column(s, "count")),
                                        query(Aggregate::sum, column(s, "count"), {}, column(s, "force"))};
    REQUIRE(ScanPlan(s, queries).cubed());
    const ScanResult r = scan_ok(path, s, queries);
    CHECK(shown(r.answers[0]) == "24");
    CHECK(r.answers[0].total_row == 4);
    ScanOptions one_by_one;
    one_by_one.filter_rows = true;
    CHECK(everything(scan_ok(path, s, queries, one_by_one)) == everything(r));
}
