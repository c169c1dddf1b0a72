// engine/tables/csv/table_scan: every aggregate with and without `where` and `by`, exact
// numbers end to end, empty results, and the file shapes a table may come in.
#include "engine/tables/csv/table_scan.hpp"

#include "table_support.hpp"

using namespace claimcheck;
using namespace claimcheck::test;
using Op = Filter::Op;
using Strings = std::vector<std::string>;

namespace {

const std::string crimes =
    "month,force,offence,age,count,rate\n"
    "2016-04,Kent,Rape,13,5,0.1\n"
    "2016-04,Essex,\"Sexual offences, other\",14,3,0.2\n"
    "2016-05,\"Kent\",Rape,13,2,0.25\n"
    "2017-03,Essex,Rape,15,7,1.5\n"
    "2017-04,Kent,\"Sexual offences, other\",13,1,-0.05\n";

struct Table {
    TempDir dir;
    std::string path;
    Schema schema;
    explicit Table(const std::string& csv, const std::vector<Column>& declared = {}) {
        path = dir.write("crimes.csv", csv);
        schema = schema_of(path, declared);
    }
    std::size_t operator[](const std::string& name) const { return column(schema, name); }
    Strings run(const std::vector<Query>& queries, ScanOptions options = {}) const {
        return shown(scan_ok(path, schema, queries, options));
    }
    std::string one(const Query& q) const { return run({q}).at(0); }
};

}  // namespace

TEST_CASE("table_scan: count, sum, mean, min, max, mode and distinct over all rows") {
    Table t(crimes);
    CHECK(t.run({query(Aggregate::count), query(Aggregate::sum, t["count"]), query(Aggregate::sum, t["rate"]),
                 query(Aggregate::mean, t["count"]), query(Aggregate::mean, t["rate"]),
                 query(Aggregate::min, t["count"]), query(Aggregate::max, t["count"]),
                 query(Aggregate::min, t["rate"]), query(Aggregate::max, t["rate"]),
                 query(Aggregate::mode, t["age"]), query(Aggregate::distinct, t["force"]),
                 query(Aggregate::distinct, t["age"]), query(Aggregate::distinct, t["month"]),
                 query(Aggregate::distinct, t["rate"])}) ==
          Strings{"5", "18", "2", "18/5", "2/5", "1", "7", "-1/20", "3/2", "13", "2", "3", "4", "5"});
}

TEST_CASE("table_scan: the rows of a file with a preamble are those under its header, numbered as the file's lines") {
    Table t("Table 1: crimes\nSource: made up for this test\n\n" + crimes);
    CHECK(t.run({query(Aggregate::count), query(Aggregate::sum, t["count"])}) == Strings{"5", "18"});
    Table bad("Table 1: crimes\n\nforce,count\nKent,5\nEssex,x\n", {{"", "count", ColumnType::integer}});
    const ScanResult result = scan_table(bad.path, bad.schema, {query(Aggregate::count)}, {});
    REQUIRE(result.error);
    CHECK(result.error->row == 5);
}

TEST_CASE("table_scan: notes under a table, set off by an empty line, are not rows; a row missing figures still is") {
    const std::string rows = "force,count\nKent,5\nEssex,7\nSurrey,1\n";
    for (const std::string notes : {",\nSource: made up for this test,\nNote 1: provisional\n", "\n\nSource: made up\n",
                                    ",\n,\n", "\n,\n\"Note: a, b and c\"\n\n"}) {
        Table t(rows + notes);
        INFO(notes);
        CHECK(t.schema.end == rows.size());
        for (int threads : {1, 2, 3})
            for (std::size_t block : {std::size_t(1) << 20, std::size_t(7)}) {
                ScanOptions options;
                options.threads = threads;
                options.block_size = block;
                CHECK(t.run({query(Aggregate::count), query(Aggregate::sum, t["count"])}, options) == Strings{"3", "13"});
            }
    }
    for (const std::string tail : {"Source: under the rows, no line between\n", "Wales,\n", "Wales,\n,\nSource: x\n",
                                   ",\nWales,9\n"}) {
        Table t(rows + tail, {{"", "count", ColumnType::integer}});
        INFO(tail);
        const ScanResult result = scan_table(t.path, t.schema, {query(Aggregate::sum, t["count"])}, {});
        CHECK(result.error);  // a row without its figure is an error, wherever it is
    }
}

TEST_CASE("table_scan: 0.1 + 0.2 from a file is exactly 3/10") {
    Table t("x\n0.1\n0.2\n");
    CHECK(t.one(query(Aggregate::sum, t["x"])) == "3/10");
    CHECK(t.one(query(Aggregate::mean, t["x"])) == "3/20");
}

TEST_CASE("table_scan: aggregates under a where condition") {
    Table t(crimes);
    const Filter kent = compare(Op::eq, t["force"], std::string("Kent"));
    const Filter kent_2016_17 = all({kent, within(t["month"], fy(2016))});
    CHECK(t.run({query(Aggregate::count, std::nullopt, kent), query(Aggregate::sum, t["count"], kent_2016_17),
                 query(Aggregate::sum, t["rate"], negate(kent)), query(Aggregate::mean, t["count"], kent),
                 query(Aggregate::min, t["rate"], kent), query(Aggregate::max, t["age"], negate(kent)),
                 query(Aggregate::mode, t["age"], negate(kent)),
                 query(Aggregate::distinct, t["offence"], kent_2016_17),
                 query(Aggregate::count, std::nullopt, one_of(t["offence"], {"Sexual offences, other"})),
                 query(Aggregate::count, std::nullopt, any({compare(Op::ge, t["age"], Rational(15)), kent}))}) ==
          Strings{"3", "7", "17/10", "8/3", "-1/20", "15", "14", "1", "2", "4"});
}

TEST_CASE("table_scan: aggregates by group, with and without where") {
    Table t(crimes);
    const Filter fy16 = within(t["month"], fy(2016));
    CHECK(t.run({query(Aggregate::sum, t["count"], {}, t["force"]), query(Aggregate::count, std::nullopt, {}, t["age"]),
                 query(Aggregate::mean, t["count"], {}, t["force"]), query(Aggregate::mode, t["age"], {}, t["force"]),
                 query(Aggregate::distinct, t["offence"], {}, t["force"]),
                 query(Aggregate::min, t["rate"], fy16, t["force"]), query(Aggregate::max, t["count"], fy16, t["month"]),
                 query(Aggregate::sum, t["rate"], fy16, t["offence"])}) ==
          Strings{"{Essex: 10, Kent: 8}", "{13: 3, 14: 1, 15: 1}", "{Essex: 5, Kent: 8/3}", "{Essex: 14, Kent: 13}",
                  "{Essex: 2, Kent: 2}", "{Essex: 1/5, Kent: 1/10}", "{2016-04: 5, 2016-05: 2, 2017-03: 7}",
                  "{Rape: 37/20, Sexual offences, other: 1/5}"});
}

TEST_CASE("table_scan: a group holds only rows that pass the filter") {
    Table t(crimes);
    const Query q = query(Aggregate::sum, t["count"], compare(Op::eq, t["offence"], std::string("Rape")), t["force"]);
    CHECK(t.one(q) == "{Essex: 7, Kent: 7}");
    const Query none = query(Aggregate::sum, t["count"], compare(Op::gt, t["age"], Rational(99)), t["force"]);
    const ScanResult r = scan_ok(t.path, t.schema, {none});
    CHECK(r.answers.at(0).groups.empty());
    CHECK_FALSE(r.answers.at(0).value);
}

namespace {
// The keys in rank order, joined: "9 13 100".
std::string keys_in(const Answer& answer, ColumnType type, RankOrder order) {
    std::string out;
    for (const Group* g : ranked_groups(answer, type, order)) out += (out.empty() ? "" : " ") + g->first;
    return out;
}
}  // namespace

TEST_CASE("table_scan: groups ranked from either end, ties in the key column's order") {
    Table t("age,n,month,force\n9,5,2016-05,b\n13,5,2016-04,a\n100,1,2016-06,a\n9,0,2016-06,b\n");
    const Answer by_age = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["n"], {}, t["age"])}).answers.at(0);
    // 9 and 13 tie at 5: 9 is less, though "13" < "9"
    CHECK(keys_in(by_age, ColumnType::integer, RankOrder::largest_first) == "9 13 100");
    CHECK(keys_in(by_age, ColumnType::integer, RankOrder::smallest_first) == "100 9 13");
    const Answer by_month = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["n"], {}, t["month"])}).answers.at(0);
    CHECK(keys_in(by_month, ColumnType::date, RankOrder::largest_first) == "2016-04 2016-05 2016-06");
    const Answer by_force = scan_ok(t.path, t.schema, {query(Aggregate::count, {}, {}, t["force"])}).answers.at(0);
    CHECK(keys_in(by_force, ColumnType::text, RankOrder::largest_first) == "a b");
    CHECK(ranked_groups(Answer{}, ColumnType::text, RankOrder::largest_first).empty());
    Answer periods;
    periods.groups = {{"FY2015/16", Rational(2)}, {"2016/17", Rational(2)}, {"2014/15", Rational(1)}};
    // the earlier year first, though "2016/17" sorts first by bytes
    CHECK(keys_in(periods, ColumnType::period, RankOrder::largest_first) == "FY2015/16 2016/17 2014/15");
}

TEST_CASE("table_scan: numeric group keys in one canonical form, in byte order") {
    Table t("age,n\n13,1\n013,2\n9,4\n13.0,8\n-0,16\n0,32\n", {{"", "age", ColumnType::decimal}});
    CHECK(t.one(query(Aggregate::sum, t["n"], {}, t["age"])) == "{0: 48, 13: 11, 9: 4}");
}

TEST_CASE("table_scan: no matching rows: count and sum are 0, the others have no value") {
    Table t(crimes);
    const Filter nowhere = compare(Op::eq, t["force"], std::string("Nowhere"));
    CHECK(t.run({query(Aggregate::count, std::nullopt, nowhere), query(Aggregate::sum, t["count"], nowhere),
                 query(Aggregate::sum, t["rate"], nowhere), query(Aggregate::mean, t["count"], nowhere),
                 query(Aggregate::min, t["count"], nowhere), query(Aggregate::max, t["rate"], nowhere),
                 query(Aggregate::mode, t["age"], nowhere), query(Aggregate::distinct, t["force"], nowhere)}) ==
          Strings{"0", "0", "0", "none", "none", "none", "none", "0"});
}

TEST_CASE("table_scan: a header-only file has no rows") {
    Table t("month,count\n", {{"", "month", ColumnType::date}, {"", "count", ColumnType::integer}});
    const ScanResult r = scan_ok(t.path, t.schema,
                                 {query(Aggregate::count), query(Aggregate::sum, t["count"]),
                                  query(Aggregate::mean, t["count"]), query(Aggregate::mode, t["count"]),
                                  query(Aggregate::sum, t["count"], {}, t["month"])});
    CHECK(shown(r) == Strings{"0", "0", "none", "none", "none"});
    CHECK(r.rows == 0);
    Table no_newline("month,count", {{"", "count", ColumnType::integer}});
    CHECK(no_newline.run({query(Aggregate::count), query(Aggregate::sum, no_newline["count"])}) == Strings{"0", "0"});
}

TEST_CASE("table_scan: BOM, CRLF, blank lines and no final line end") {
    Table t("\xEF\xBB\xBFmonth,n\r\n2016-04,1\r\n\r\n2016-05,2\r\n2016-06,4");
    CHECK(t.schema.columns[0].name == "month");
    CHECK(t.run({query(Aggregate::count), query(Aggregate::sum, t["n"]), query(Aggregate::max, t["n"])}) ==
          Strings{"3", "7", "4"});
}

TEST_CASE("table_scan: semicolon and tab delimited files, decimal commas being text") {
    Table semi("\"Force name\";n;x\nKent;1;1,5\n\"Es;sex\";2;2\n");
    CHECK(semi.schema.delimiter == ';');
    CHECK(semi.run({query(Aggregate::sum, semi["n"], {}, semi["force_name"]),
                    query(Aggregate::distinct, semi["x"])}) == Strings{"{Es;sex: 2, Kent: 1}", "2"});
    Table tab("force\tn\nKent\t1\n\"Es\tsex\"\t2\nKent\t4\n");
    CHECK(tab.schema.delimiter == '\t');
    CHECK(tab.one(query(Aggregate::sum, tab["n"], {}, tab["force"])) == "{Es\tsex: 2, Kent: 5}");
}

TEST_CASE("table_scan: quoted headers and quoted cells with line ends") {
    Table t("\"Offence \"\"group\"\"\",\"n\"\n\"Rape\nand other\",1\nRape,2\n\"Rape\nand other\",4\n");
    CHECK(t.schema.columns[0].name == "offence_group");
    CHECK(t.one(query(Aggregate::sum, t["n"], {}, t["offence_group"])) == "{Rape: 2, Rape\nand other: 5}");
}

TEST_CASE("table_scan: sums past int64 and past __int128 stay exact") {
    std::string csv = "n\n";
    for (int i = 0; i < 100; ++i) csv += "9000000000000000000\n";
    Table wide(csv);
    CHECK(wide.one(query(Aggregate::sum, wide["n"])) == "900000000000000000000");
    const std::string nines(38, '9');
    Table huge("n\n" + nines + "\n" + nines + "\n" + nines + "\n-1\n");
    CHECK(huge.one(query(Aggregate::sum, huge["n"])) == "2" + std::string(37, '9') + "6");
    CHECK(huge.one(query(Aggregate::mean, huge["n"])) == "74999999999999999999999999999999999999");
    Table bigger("n\n1" + std::string(50, '0') + "\n-1\n");
    CHECK(bigger.one(query(Aggregate::sum, bigger["n"])) == std::string(50, '9'));
    CHECK(bigger.one(query(Aggregate::max, bigger["n"])) == "1" + std::string(50, '0'));
}

TEST_CASE("table_scan: rows and bytes are counted") {
    Table t(crimes);
    const ScanResult r = scan_ok(t.path, t.schema, {query(Aggregate::count)});
    CHECK(r.rows == 5);
    CHECK(r.skipped == 0);
    CHECK(r.bytes_read == crimes.size());
}

TEST_CASE("table_scan: a query that does not fit the schema is refused before reading") {
    Table t(crimes);
    CHECK(query_problem(t.schema, query(Aggregate::sum, t["force"])) ==
          "sum needs an integer or decimal column; force is text");
    CHECK(query_problem(t.schema, query(Aggregate::mode, t["month"])) ==
          "mode needs an integer or decimal column; month is date");
    CHECK(query_problem(t.schema, query(Aggregate::distinct)) == "distinct needs a column");
    CHECK(query_problem(t.schema, query(Aggregate::count, std::nullopt, {}, 42)) == "no such column in the table");
    CHECK(query_problem(t.schema, query(Aggregate::count, std::nullopt, within(t["force"], fy(2016)))));
    CHECK_FALSE(query_problem(t.schema, query(Aggregate::distinct, t["month"], {}, t["force"])));
    CHECK_THROWS_AS(scan_table(t.path, t.schema, {query(Aggregate::max, t["offence"])}), std::invalid_argument);
}

TEST_CASE("table_scan: more groups or distinct values than --max-distinct stop the scan with an error") {
    std::string csv = "key,n,day\n";
    for (int i = 0; i < 300; ++i)
        csv += "k" + std::to_string(i % 120) + "," + std::to_string(i) + ",2016-01-" +
               (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + "\n";
    Table t(csv);
    ScanOptions options;
    options.block_size = 64;  // many pieces, merged: the limit holds for the pieces and their sum
    options.max_distinct = 120;
    CHECK_FALSE(scan_table(t.path, t.schema, {query(Aggregate::sum, t["n"], {}, t["key"])}, options).error);
    CHECK_FALSE(scan_table(t.path, t.schema, {query(Aggregate::distinct, t["key"])}, options).error);
    options.max_distinct = 119;
    const ScanResult by = scan_table(t.path, t.schema, {query(Aggregate::sum, t["n"], {}, t["key"])}, options);
    REQUIRE(by.error);
    CHECK(by.error->row == 0);  // the file as a whole
    CHECK(by.error->message ==
          "more than 119 groups in one query (sum of n by key); --max-distinct raises it");
    CHECK(by.answers.empty());
    const ScanResult distinct = scan_table(t.path, t.schema, {query(Aggregate::distinct, t["key"])}, options);
    REQUIRE(distinct.error);
    CHECK(distinct.error->message ==
          "more than 119 distinct values in one query (distinct of key); --max-distinct raises it");
    options.max_distinct = 27;  // 28 days in all, each key's few
    const ScanResult days = scan_table(t.path, t.schema, {query(Aggregate::distinct, t["day"])}, options);
    REQUIRE(days.error);
    CHECK(days.error->message == "more than 27 distinct values in one query (distinct of day); --max-distinct raises it");
    options.max_distinct = 28;
    CHECK(t.run({query(Aggregate::distinct, t["day"])}, options) == Strings{"28"});
    options.max_distinct = 200;  // 120 groups and at least 2 values in each
    const ScanResult modes = scan_table(t.path, t.schema, {query(Aggregate::mode, t["n"], {}, t["key"])}, options);
    REQUIRE(modes.error);
    CHECK(modes.error->message ==
          "more than 200 groups and values in them in one query (mode of n by key); --max-distinct raises it");
}

TEST_CASE("table_scan: a million-column header and a wide row are read in time linear in their width") {
    std::string header, row;
    for (int i = 0; i < 20000; ++i) {
        header += (i ? ",c" : "c") + std::to_string(i);
        row += i ? ",1" : "1";
    }
    Table t(header + "\n" + row + "\n" + row + "\n");
    REQUIRE(t.schema.columns.size() == 20000);
    CHECK(t.schema.columns[19999].name == "c19999");
    CHECK(t.one(query(Aggregate::sum, t["c19999"])) == "2");
    ScanOptions small_blocks;
    small_blocks.block_size = 64;  // rows hundreds of blocks long, read in growing pieces, across workers
    const ScanResult r = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["c19999"])}, small_blocks);
    CHECK(shown(r.answers.at(0)) == "2");
}

TEST_CASE("table_scan: a withheld cell leaves every query that reads it without an answer") {
    Table t("area,month,n\nA,2022-04,5\nB,Apr-22,[c]\nC,2022-05,7\nD,..,2\n");
    CHECK(t.schema.columns[t["n"]].type == ColumnType::integer);  // markers say nothing of the type
    CHECK(t.schema.columns[t["month"]].type == ColumnType::date);
    const auto answers = scan_ok(t.path, t.schema,
                                 {query(Aggregate::sum, t["n"]), query(Aggregate::count),
                                  query(Aggregate::sum, t["n"], compare(Op::eq, t["area"], std::string("A"))),
                                  query(Aggregate::count, std::nullopt, within(t["month"], month(2022, 5))),
                                  query(Aggregate::count, std::nullopt, compare(Op::eq, t["area"], std::string("D")))})
                             .answers;
    CHECK(answers[0].withheld.cells == 1);
    CHECK(answers[0].withheld.first == 3);  // the header is row 1
    CHECK(answers[0].withheld.column == t["n"]);
    CHECK(answers[0].withheld.marker == "[c]");
    CHECK(answers[1].withheld.cells == 0);  // rows are counted whatever their cells hold
    CHECK(answers[2].withheld.cells == 0);  // the marked row is not one of A's
    CHECK(answers[3].withheld.cells == 1);  // D's month is withheld: whether it was in May is unknown
    CHECK(answers[3].withheld.marker == "..");
    CHECK(shown(answers[4]) == "1");
}

TEST_CASE("table_scan: total rows are kept out unless a filter names them") {
    Table t("ward,n\nNorth,10\nSouth,20\nTotal,30\nAll ages,30\nAll Saints,4\n");
    const auto answers = scan_ok(t.path, t.schema,
                                 {query(Aggregate::sum, t["n"]), query(Aggregate::count),
                                  query(Aggregate::sum, t["n"], compare(Op::eq, t["ward"], std::string("Total"))),
                                  query(Aggregate::max, t["n"])})
                             .answers;
    CHECK(shown(answers[0]) == "34");
    CHECK(answers[0].kept_out.rows == 2);
    CHECK(answers[0].kept_out.first == 4);
    CHECK(answers[0].kept_out.label == "Total");
    CHECK(shown(answers[1]) == "3");
    CHECK(shown(answers[2]) == "30");
    CHECK(answers[2].kept_out.rows == 0);
    CHECK(shown(answers[3]) == "20");
}

TEST_CASE("table_scan: a row or group holding the sum of all the others is a total nobody labelled") {
    Table t("force,n\nKent,10\nEssex,20\nSurrey,5\nEngland and Wales,35\n");
    const Query by_force = query(Aggregate::sum, t["n"], {}, t["force"]);
    const auto answers = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["n"]), by_force, query(Aggregate::mean, t["n"]),
                                                    query(Aggregate::sum, t["n"], compare(Op::ne, t["force"], std::string("England and Wales")))})
                             .answers;
    CHECK(answers[0].total_row == 5);
    CHECK(answers[1].total_group == "England and Wales");
    CHECK(answers[2].total_row == 5);
    CHECK_FALSE(answers[3].total_row);  // left out with `where`: no doubt
    CHECK_FALSE(answers[3].total_group);
    // Three rows are too few to tell a total from 1 + 2 = 3.
    Table small("k,n\na,1\nb,2\nc,3\n");
    CHECK_FALSE(scan_ok(small.path, small.schema, {query(Aggregate::sum, small["n"])}).answers[0].total_row);
}

TEST_CASE("table_scan: withheld cells, kept-out rows and unlabelled totals are the same whatever the workers") {
    std::string csv = "ward,n\n";
    for (int i = 0; i < 300; ++i) csv += "w" + std::to_string(i) + "," + (i == 150 ? "[x]" : "1") + "\n";
    csv += "Total,299\n";
    Table t(csv);
    ScanOptions tiny;
    tiny.block_size = 64;
    for (const ScanOptions& options : {ScanOptions{}, tiny}) {
        const auto a = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["n"]),
                                                  query(Aggregate::sum, t["n"], compare(Op::ne, t["ward"], std::string("w150")))}, options)
                           .answers;
        CHECK(a[0].withheld.cells == 1);
        CHECK(a[0].withheld.first == 152);
        CHECK(a[1].withheld.cells == 0);
        CHECK(a[1].kept_out.rows == 1);
        CHECK(a[1].kept_out.first == 302);
        CHECK(shown(a[1]) == "299");
    }
}

TEST_CASE("table_scan: a withheld group key leaves the grouped answer without a value") {
    Table t("month,n\n2022-04,5\n2022-05,6\n[x],7\n2022-04,1\n");
    const auto a = scan_ok(t.path, t.schema, {query(Aggregate::sum, t["n"], {}, t["month"]), query(Aggregate::sum, t["n"])})
                       .answers;
    CHECK(a[0].withheld.cells == 1);
    CHECK(a[0].withheld.column == t["month"]);
    CHECK(a[0].withheld.marker == "[x]");
    CHECK(a[1].withheld.cells == 0);  // the total does not depend on the month
    CHECK(shown(a[1]) == "19");
}

TEST_CASE("table_scan: `and` filters keyed by one text equality give what testing every row gives") {
    Table t(crimes);
    const Filter kent = compare(Op::eq, t["force"], std::string("Kent"));
    const Filter rape = compare(Op::eq, t["offence"], std::string("Rape"));
    const Filter essex = compare(Op::eq, t["force"], std::string("Essex"));
    const std::vector<Query> queries = {
        query(Aggregate::sum, t["count"], all({kent, rape})),  // two equalities: told by hashes
        query(Aggregate::count, std::nullopt, all({rape, essex})),
        query(Aggregate::sum, t["count"], all({kent, within(t["month"], fy(2016))})),  // tested on Kent's rows
        query(Aggregate::sum, t["count"], all({kent, essex})),  // one column twice: no row
        query(Aggregate::sum, t["count"], all({kent, compare(Op::eq, t["force"], std::string("Kent"))})),
        query(Aggregate::mean, t["rate"], all({compare(Op::gt, t["age"], Rational(13)), essex})),
        query(Aggregate::sum, t["count"], kent)};
    ScanOptions every_row;
    every_row.filter_rows = true;  // explain's scan tests every filter on every row
    CHECK(t.run(queries) == t.run(queries, every_row));
    CHECK(t.run(queries) == Strings{"7", "1", "7", "0", "8", "17/20", "8"});
}
