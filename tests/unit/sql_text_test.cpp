// engine/tables/postgres/sql_text: identifiers quoted whatever they hold, values as parameters
// (each once), columns as expressions of their claims type, where-conditions as SQL.
#include "engine/tables/postgres/sql_text.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using Op = Filter::Op;

namespace {

// Columns: 0 n integer, 1 x numeric, 2 force text, 3 day date, 4 r float8.
struct Fixture {
    Schema schema;
    std::vector<PgColumn> columns = {{"n", 23}, {"x", 1700}, {"for\"ce", 25}, {"day", 1082}, {"r", 701}};
    Fixture() {
        for (const PgColumn& c : columns) schema.columns.push_back({c.name, c.name, natural_type(c.type)});
    }
};

Filter leaf(Op op, std::size_t column) {
    Filter f;
    f.op = op;
    f.column = column;
    return f;
}

}  // namespace

TEST_CASE("identifiers are quoted, their quotes doubled") {
    CHECK(quote_identifier("sales") == "\"sales\"");
    CHECK(quote_identifier("we\"ird; DROP TABLE x; --") == "\"we\"\"ird; DROP TABLE x; --\"");
}

TEST_CASE("PostgreSQL types read as claims types, and what may be declared") {
    CHECK(natural_type(20) == ColumnType::integer);
    CHECK(natural_type(1700) == ColumnType::decimal);
    CHECK(natural_type(701) == ColumnType::decimal);
    CHECK(natural_type(1082) == ColumnType::date);
    CHECK(natural_type(1043) == ColumnType::text);
    CHECK_FALSE(declared_type_problem(23, ColumnType::decimal, "n"));
    CHECK_FALSE(declared_type_problem(1082, ColumnType::text, "d"));
    CHECK(*declared_type_problem(25, ColumnType::integer, "t") ==
          "column \"t\" is text in PostgreSQL, not integer: declare it text, or cast it in a query");
    CHECK(declared_type_problem(25, ColumnType::period, "t")->find("no financial-year type") != std::string::npos);
}

TEST_CASE("a value given twice is one parameter") {
    Parameters p;
    CHECK(p.add("Kent", "text") == "$1::text");
    CHECK(p.add("5", "numeric") == "$2::numeric");
    CHECK(p.add("Kent", "text") == "$1::text");
    CHECK(p.values() == std::vector<std::string>{"Kent", "5"});
}

TEST_CASE("columns as expressions: text byte by byte, floats as printed") {
    Fixture fx;
    const SqlColumns sql(fx.schema, fx.columns);
    CHECK(sql.expression(0) == "q.\"n\"");
    CHECK(sql.expression(2) == "(coalesce((q.\"for\"\"ce\")::text, '') COLLATE \"C\")");
    CHECK(sql.expression(4) == "((q.\"r\")::text::numeric)");
}

TEST_CASE("conditions as SQL, their values as parameters") {
    Fixture fx;
    const SqlColumns sql(fx.schema, fx.columns);
    Parameters p;
    Filter text = leaf(Op::eq, 2);
    text.text = "x'); DROP TABLE t; --";
    Filter third = leaf(Op::gt, 1);
    third.number = Rational(1, 3);
    Filter both;
    both.op = Op::all;
    both.children = {text, third};
    Filter negated;
    negated.op = Op::negate;
    negated.children = {both};
    CHECK(sql.condition(negated, p) ==
          "(NOT ((" + sql.expression(2) + " = $1::text) AND (q.\"x\" * $2::numeric > $3::numeric)))");
    CHECK(p.values() == std::vector<std::string>{"x'); DROP TABLE t; --", "3", "1"});

    Filter always;
    CHECK(sql.condition(always, p) == "TRUE");
    Filter none;
    none.op = Op::any;
    CHECK(sql.condition(none, p) == "FALSE");
}

TEST_CASE("a whole number compared with an integer column is a bigint, as the column is stored") {
    Fixture fx;
    const SqlColumns sql(fx.schema, fx.columns);
    Parameters p;
    Filter below = leaf(Op::lt, 0);
    below.number = Rational(10);
    CHECK(sql.condition(below, p) == "(q.\"n\" < $1::bigint)");
    below.number = Rational(21, 2);
    CHECK(sql.condition(below, p) == "(q.\"n\" < $2::numeric)");
    below.column = 1;  // numeric
    below.number = Rational(10);
    CHECK(sql.condition(below, p) == "(q.\"x\" < $3::numeric)");
}

TEST_CASE("dates: a cell is one day, compared with a span's ends") {
    Fixture fx;
    const SqlColumns sql(fx.schema, fx.columns);
    Parameters p;
    Filter month = leaf(Op::eq, 3);
    month.span = DaySpan{31, 58};  // February 1970
    CHECK(sql.condition(month, p) == "FALSE");  // no one day is a month
    month.op = Op::lt;
    CHECK(sql.condition(month, p) == "(q.\"day\" < (DATE '1970-01-01' + $1::integer))");
    month.op = Op::gt;
    CHECK(sql.condition(month, p) == "(q.\"day\" > (DATE '1970-01-01' + $2::integer))");
    month.op = Op::within;
    CHECK(sql.condition(month, p) ==
          "(q.\"day\" BETWEEN (DATE '1970-01-01' + $1::integer) AND (DATE '1970-01-01' + $2::integer))");
    CHECK(p.values() == std::vector<std::string>{"31", "58"});
}

TEST_CASE("one_of reads its values as the column's type") {
    Fixture fx;
    const SqlColumns sql(fx.schema, fx.columns);
    Parameters p;
    Filter numbers = leaf(Op::one_of, 0);
    numbers.values = {"13.0", "1,820", "2.5"};
    CHECK(sql.condition(numbers, p) == "(q.\"n\" IN ($1::bigint, $2::bigint, $3::numeric))");
    CHECK(p.values() == std::vector<std::string>{"13", "1820", "2.5"});
    Filter months = leaf(Op::one_of, 3);
    months.values = {"2017-03"};
    CHECK(sql.condition(months, p) == "FALSE");
}
