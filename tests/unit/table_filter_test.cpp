// engine/tables/table_filter: where-conditions on one row: every comparison on every
// type, `within` a period, one_of, and/or/not, and conditions that do not fit.
#include "engine/tables/table_filter.hpp"

#include "table_support.hpp"

#include <deque>

using namespace claimcheck;
using namespace claimcheck::test;
using Op = Filter::Op;

namespace {

// Columns: 0 n integer, 1 x decimal, 2 force text, 3 month date, 4 year period.
Schema five_columns() {
    Schema s;
    s.columns = {{"n", "n", ColumnType::integer},
                 {"x", "x", ColumnType::decimal},
                 {"force", "force", ColumnType::text},
                 {"month", "month", ColumnType::date},
                 {"year", "year", ColumnType::period}};
    return s;
}

std::vector<Cell> row(const std::string& n, const std::string& x, const std::string& force, const std::string& month,
                      const std::string& year) {
    static std::deque<std::string> keep;  // cells view their text: a deque never moves what it holds
    const Schema s = five_columns();
    std::vector<Cell> cells(5);
    const std::string texts[] = {n, x, force, month, year};
    for (std::size_t i = 0; i < 5; ++i) {
        keep.push_back(texts[i]);
        REQUIRE(parse_cell(s.columns[i].type, keep.back(), cells[i]) == nullptr);
    }
    return cells;
}

bool passes(const Filter& f, const std::vector<Cell>& cells) { return RowFilter(f, five_columns()).matches(cells); }

// Which of the six comparisons hold.
std::string ops(std::function<Filter(Op)> make, const std::vector<Cell>& cells) {
    std::string out;
    const std::pair<Op, const char*> all_ops[] = {{Op::eq, "=="}, {Op::ne, "!="}, {Op::lt, "<"},
                                                  {Op::le, "<="}, {Op::gt, ">"},  {Op::ge, ">="}};
    for (const auto& [op, name] : all_ops)
        if (passes(make(op), cells)) out += std::string(out.empty() ? "" : " ") + name;
    return out;
}

}  // namespace

TEST_CASE("table_filter: comparisons on an integer column, with integer and fractional values") {
    const auto r = row("13", "0.1", "Kent", "2016-04", "2016/17");
    CHECK(ops([](Op op) { return compare(op, 0, Rational(13)); }, r) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 0, Rational(12)); }, r) == "!= > >=");
    CHECK(ops([](Op op) { return compare(op, 0, Rational(27, 2)); }, r) == "!= < <=");
    CHECK(ops([](Op op) { return compare(op, 0, Rational(40, 3)); }, r) == "!= < <=");  // 13.33..: not a decimal
    CHECK(ops([](Op op) { return compare(op, 0, Rational(-1)); }, row("-1", "0", "", "2016-04", "2016/17")) ==
          "== <= >=");
}

TEST_CASE("table_filter: comparisons on a decimal column are exact") {
    const auto r = row("1", "0.30", "Kent", "2016-04", "2016/17");
    CHECK(ops([](Op op) { return compare(op, 1, Rational(3, 10)); }, r) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 1, Rational(1, 3)); }, r) == "!= < <=");
    CHECK(ops([](Op op) { return compare(op, 1, Rational(299999, 1000000)); }, r) == "!= > >=");
}

TEST_CASE("table_filter: comparisons on a text column are by bytes") {
    const auto r = row("1", "0", "Kent", "2016-04", "2016/17");
    CHECK(ops([](Op op) { return compare(op, 2, std::string("Kent")); }, r) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 2, std::string("kent")); }, r) == "!= < <=");  // case matters
    CHECK(ops([](Op op) { return compare(op, 2, std::string("Essex")); }, r) == "!= > >=");
    CHECK(ops([](Op op) { return compare(op, 2, std::string("Ken")); }, r) == "!= > >=");
}

TEST_CASE("table_filter: comparisons on a date column compare spans") {
    const auto april = row("1", "0", "", "2016-04", "2016/17");
    CHECK(ops([](Op op) { return compare(op, 3, month(2016, 4)); }, april) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 3, month(2016, 5)); }, april) == "!= < <=");
    CHECK(ops([](Op op) { return compare(op, 3, month(2016, 3)); }, april) == "!= > >=");
    // A day inside the month: neither wholly before nor after, so <= and >= both hold.
    CHECK(ops([](Op op) { return compare(op, 3, day(2016, 4, 15)); }, april) == "!= <= >=");
    const auto first = row("1", "0", "", "2016-04-01", "2016/17");
    CHECK(ops([](Op op) { return compare(op, 3, day(2016, 4, 1)); }, first) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 3, day(2016, 3, 31)); }, first) == "!= > >=");
    CHECK(ops([](Op op) { return compare(op, 3, month(2016, 4)); }, first) == "!= <= >=");
}

TEST_CASE("table_filter: comparisons on a period column") {
    const auto r = row("1", "0", "", "2016-04", "FY2016/17");
    CHECK(ops([](Op op) { return compare(op, 4, fy(2016)); }, r) == "== <= >=");
    CHECK(ops([](Op op) { return compare(op, 4, fy(2017)); }, r) == "!= < <=");
    CHECK(ops([](Op op) { return compare(op, 4, fy(2015)); }, r) == "!= > >=");
}

TEST_CASE("table_filter: within a period, for dates, months and financial years") {
    const auto march = row("1", "0", "", "2017-03", "2016/17");
    CHECK(passes(within(3, fy(2016)), march));
    CHECK_FALSE(passes(within(3, fy(2017)), march));
    CHECK(passes(within(3, month(2017, 3)), march));
    CHECK_FALSE(passes(within(3, day(2017, 3, 1)), march));  // a month does not lie within one of its days
    CHECK(passes(within(3, DaySpan{days_from_civil(2017, 1, 1), days_from_civil(2017, 12, 31)}), march));
    CHECK(passes(within(3, fy(2016)), row("1", "0", "", "2016-04-01", "2016/17")));
    CHECK_FALSE(passes(within(3, fy(2016)), row("1", "0", "", "2016-03-31", "2016/17")));
    CHECK(passes(within(4, fy(2016)), march));
    CHECK(passes(within(4, DaySpan{fy(2015).first, fy(2017).last}), march));
    CHECK_FALSE(passes(within(4, DaySpan{days_from_civil(2016, 1, 1), days_from_civil(2016, 12, 31)}), march));
}

TEST_CASE("table_filter: one_of on each type") {
    const auto r = row("13", "1.5", "Kent", "2016-04", "2016/17");
    CHECK(passes(one_of(0, {"12", "13"}), r));
    CHECK(passes(one_of(0, {"13.0"}), r));
    CHECK_FALSE(passes(one_of(0, {"14"}), r));
    CHECK(passes(one_of(1, {"1.50"}), r));
    CHECK(passes(one_of(2, {"Essex", "Kent"}), r));
    CHECK_FALSE(passes(one_of(2, {"kent"}), r));
    CHECK(passes(one_of(3, {"2016-05", "2016-04"}), r));
    CHECK_FALSE(passes(one_of(3, {"2016-04-01"}), r));
    CHECK(passes(one_of(4, {"FY2016/17"}), r));
    CHECK_FALSE(passes(one_of(2, {}), r));
}

TEST_CASE("table_filter: and, or, not, nested") {
    const auto r = row("13", "1.5", "Kent", "2016-04", "2016/17");
    const Filter kent = compare(Op::eq, 2, std::string("Kent"));
    const Filter young = compare(Op::lt, 0, Rational(10));
    CHECK(passes(Filter{}, r));
    CHECK_FALSE(passes(all({kent, young}), r));
    CHECK(passes(any({kent, young}), r));
    CHECK(passes(all({kent, negate(young)}), r));
    CHECK_FALSE(passes(negate(any({kent, young})), r));
    CHECK(passes(any({all({young, kent}), negate(negate(kent))}), r));
    CHECK(passes(all({}), r));
    CHECK_FALSE(passes(any({}), r));
}

TEST_CASE("table_filter: a condition that does not fit the schema is refused") {
    const Schema s = five_columns();
    CHECK(filter_problem(compare(Op::eq, 2, Rational(5)), s) ==
          "the text column force is compared with something not text");
    CHECK(filter_problem(compare(Op::eq, 0, std::string("13")), s) ==
          "the integer column n is compared with something not a number");
    CHECK(filter_problem(compare(Op::lt, 3, Rational(5)), s) ==
          "the date column month is compared with something not a date or period");
    CHECK(filter_problem(within(0, fy(2016)), s) == "the integer column n cannot lie within a period");
    CHECK(filter_problem(one_of(3, {"April"}), s) == "\"April\" is not a date value for the column month");
    CHECK(filter_problem(compare(Op::eq, 9, std::string("x")), s) == "no column 10 in the table");
    CHECK(filter_problem(all({Filter{}, negate(compare(Op::eq, 0, std::string("x")))}), s));
    CHECK(filter_problem(combine(Op::negate, {}), s) == "`not` takes one condition");
    CHECK_FALSE(filter_problem(all({within(4, fy(2016)), one_of(0, {"1", "2.0"})}), s));
    CHECK_THROWS_AS(RowFilter(within(2, fy(2016)), s), std::invalid_argument);
}

TEST_CASE("table_filter: test_each answers every node, in filter_nodes order, where matches stops early") {
    // (n == 5 and force == "Kent") or not x < 2: the and fails at its first part; the rest are still tested.
    const Filter f = any({all({compare(Op::eq, 0, Rational(5)), compare(Op::eq, 2, std::string("Kent"))}),
                          negate(compare(Op::lt, 1, Rational(2)))});
    const RowFilter filter(f, five_columns());
    REQUIRE(filter.size() == filter_nodes(f).size());
    std::vector<char> each;
    const auto cells = row("4", "2.5", "Kent", "2017-03-31", "2016/17");
    filter.test_each(cells, each);
    // any, all, n == 5, force == "Kent", not, x < 2
    CHECK(each == std::vector<char>{1, 0, 0, 1, 1, 0});
    CHECK(bool(each.front()) == filter.matches(cells));
    filter.test_each(row("5", "1", "Essex", "2017-03-31", "2016/17"), each);
    CHECK(each == std::vector<char>{0, 0, 1, 0, 0, 1});
    const std::vector<const Filter*> nodes = filter_nodes(f);
    CHECK(nodes[0] == &f);
    CHECK(nodes[2] == &f.children[0].children[0]);
    CHECK(nodes[5] == &f.children[1].children[0]);
}
