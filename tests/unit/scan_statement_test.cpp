// engine/tables/postgres/scan_statement: all of a table's queries as one statement (one FILTER per
// aggregate, GROUPING SETS for groups and modes), and its rows read back exactly: means divided
// here, modes by the least value on a tie, NULLs in number columns refused.
#include "engine/tables/postgres/scan_statement.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {

// Columns: 0 n integer, 1 area text.
struct Fixture {
    Schema schema;
    std::vector<PgColumn> columns = {{"n", 23}, {"area", 25}};
    Fixture() {
        for (const PgColumn& c : columns) schema.columns.push_back({c.name, c.name, natural_type(c.type)});
    }
};

Query query(Aggregate a, std::optional<std::size_t> column, std::optional<std::size_t> by = std::nullopt) {
    Query q;
    q.aggregate = a;
    q.column = column;
    q.by = by;
    return q;
}

// Rows as PostgreSQL would print them, each a list of output columns (nullopt: NULL).
struct FakeRows : TextRows {
    std::vector<std::vector<std::optional<std::string>>> cells;
    int rows() const override { return static_cast<int>(cells.size()); }
    std::optional<std::string_view> at(int row, int column) const override {
        const auto& c = cells.at(static_cast<std::size_t>(row)).at(static_cast<std::size_t>(column));
        return c ? std::optional<std::string_view>(*c) : std::nullopt;
    }
};

}  // namespace

TEST_CASE("ungrouped queries are one row: no GROUP BY, a mean as a sum and a count") {
    Fixture fx;
    const auto st = compile_scan(fx.schema, fx.columns, {query(Aggregate::mean, 0), query(Aggregate::count, {}),
                                                         query(Aggregate::mean, 0)}, "\"public\".\"t\"", false);
    CHECK(st.sql == "SELECT count(*),\n  count(*) FILTER (WHERE q.\"n\" IS NULL),\n  sum(q.\"n\"),\n  max(q.\"n\")\n"
                    "FROM \"public\".\"t\" AS q");
    CHECK(st.query_steps == std::vector<std::size_t>{0, 1, 0});
    FakeRows rows;
    rows.cells = {{"3", "0", "10", "6"}};
    const ScanResult r = read_scan(fx.schema, st, rows, SIZE_MAX);
    REQUIRE_FALSE(r.error);
    CHECK(r.rows == 3);
    CHECK(*r.answers[0].value == Rational(10, 3));
    CHECK(*r.answers[1].value == 3);
    CHECK_FALSE(r.answers[0].total_row);
}

TEST_CASE("a row that holds the sum of the others is a total counted twice, as in a file") {
    Fixture fx;
    const auto st = compile_scan(fx.schema, fx.columns, {query(Aggregate::sum, 0), query(Aggregate::sum, 0, 1)}, "t",
                                 false);
    // Output columns: area key, GROUPING(area), count(*), NULLs of n, the sum, its largest, the grouped sum.
    FakeRows rows;
    auto row = [](std::optional<std::string> area, std::string mask, std::string all, std::optional<std::string> sum,
                  std::optional<std::string> largest) {
        return std::vector<std::optional<std::string>>{area, mask, all, "0", sum, largest};
    };
    rows.cells = {row("Kent", "0", "1", "10", "10"), row("Essex", "0", "2", "7", "5"), row("Total", "0", "1", "17", "17"),
                  row(std::nullopt, "1", "4", "34", "17")};
    const ScanResult r = read_scan(fx.schema, st, rows, SIZE_MAX);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.answers[0].total_row);
    CHECK(*r.answers[0].total_row == 0);  // a table's rows have no place
    CHECK(r.answers[1].total_group == "Total");
    rows.cells.back() = row(std::nullopt, "1", "3", "33", "17");  // three rows: too few to tell
    CHECK_FALSE(read_scan(fx.schema, st, rows, SIZE_MAX).answers[0].total_row);
}

TEST_CASE("grouped queries and modes share one statement through GROUPING SETS") {
    Fixture fx;
    const auto st = compile_scan(fx.schema, fx.columns,
                                 {query(Aggregate::sum, 0, 1), query(Aggregate::mode, 0), query(Aggregate::count, {})},
                                 "t", false);
    REQUIRE(st.sets.size() == 3);
    CHECK(st.sql.find("GROUP BY GROUPING SETS (((coalesce((q.\"area\")::text, '') COLLATE \"C\")), (q.\"n\"), ())") !=
          std::string::npos);
    // Output columns: n key, area key, GROUPING(n, area), count(*) (each step's count too: no
    // filter), NULLs of n, the sum.
    FakeRows rows;
    auto row = [](std::optional<std::string> n, std::optional<std::string> area, std::string mask,
                  std::string all, std::optional<std::string> sum) {
        return std::vector<std::optional<std::string>>{n, area, mask, all, "0", sum};
    };
    rows.cells = {row(std::nullopt, "Kent", "2", "2", "7"), row(std::nullopt, "Essex", "2", "2", "9"),
                  row("5.0", std::nullopt, "1", "2", "10"),  // 5 twice
                  row("4", std::nullopt, "1", "2", "8"),     // 4 twice: a tie, the least wins
                  row(std::nullopt, std::nullopt, "3", "4", "18")};
    const ScanResult r = read_scan(fx.schema, st, rows, SIZE_MAX);
    REQUIRE_FALSE(r.error);
    CHECK(r.rows == 4);
    CHECK(r.answers[0].groups == std::map<std::string, Rational>{{"Essex", 9}, {"Kent", 7}});
    CHECK(*r.answers[1].value == 4);
    CHECK(*r.answers[2].value == 4);
    CHECK(read_scan(fx.schema, st, rows, 1).error->message ==
          "more than 1 groups in one query (sum of n by area); --max-distinct raises it");
}

TEST_CASE("a distinct count is read from a set that holds its column already, not counted DISTINCT") {
    Fixture fx;
    const auto st = compile_scan(fx.schema, fx.columns,
                                 {query(Aggregate::distinct, 1), query(Aggregate::sum, 0, 1), query(Aggregate::distinct, 0)},
                                 "t", false);
    CHECK(st.sql.find("count(DISTINCT (coalesce") == std::string::npos);  // area: its groups are counted
    CHECK(st.sql.find("count(DISTINCT q.\"n\")") != std::string::npos);  // n: no set holds it
    // Output columns: area key, GROUPING(area), count(*), NULLs of n, sum, count(DISTINCT n).
    FakeRows rows;
    rows.cells = {{"Kent", "0", "2", "0", "7", "2"}, {"Essex", "0", "1", "0", "9", "1"},
                  {std::nullopt, "1", "3", "0", "16", "3"}};
    const ScanResult r = read_scan(fx.schema, st, rows, SIZE_MAX);
    REQUIRE_FALSE(r.error);
    CHECK(*r.answers[0].value == 2);
    CHECK(*r.answers[2].value == 3);
}

TEST_CASE("a NULL in a number column, or a value that is no number, is an error") {
    Fixture fx;
    const auto st = compile_scan(fx.schema, fx.columns, {query(Aggregate::sum, 0)}, "t", false);
    FakeRows rows;
    rows.cells = {{"3", "1", "10", "7"}};
    CHECK(read_scan(fx.schema, st, rows, SIZE_MAX).error->message ==
          "1 NULL cell in the integer column n: a claim cannot count them as numbers; leave them out in a query");
    rows.cells = {{"3", "0", "NaN", "NaN"}};
    CHECK(read_scan(fx.schema, st, rows, SIZE_MAX).error->message ==
          "PostgreSQL gave \"NaN\" for sum of n, which is not a number");
    rows.cells = {{"0", "0", std::nullopt, std::nullopt}};
    CHECK(*read_scan(fx.schema, st, rows, SIZE_MAX).answers[0].value == 0);  // the sum of no rows
}

TEST_CASE("a query that does not fit the schema is refused before any SQL") {
    Fixture fx;
    CHECK_THROWS_AS(compile_scan(fx.schema, fx.columns, {query(Aggregate::sum, 1)}, "t", false), std::invalid_argument);
}
