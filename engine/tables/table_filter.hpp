#pragma once
// A where-condition compiled against a schema: its constants are parsed once
// into the column's own form (scaled numbers, spans of days), so a row is
// tested with integer comparisons, not with rationals or strings made per row.
//
// On date and period columns: == and != compare spans; < is "wholly before"
// (the cell's last day before the value's first), > "wholly after", <= is not
// after and >= not before; `within` holds when the cell's span lies inside.
// Text compares byte by byte.
#include "engine/tables/table_cell.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

// Why the filter does not fit the schema ("the text column force is compared with
// a number"), or nothing when it does.
std::optional<std::string> filter_problem(const Filter& filter, const Schema& schema);

class RowFilter {
public:
    RowFilter(const Filter& filter, const Schema& schema);  // std::invalid_argument when it does not fit
    bool always() const { return nodes_.front().op == Filter::Op::always; }
    bool matches(const std::vector<Cell>& row) const { return test(nodes_.front(), row); }
    // Every node tested, none skipped, into each (one per node, in filter_nodes order): whether it
    // holds for the row. The first is the whole filter's answer.
    void test_each(const std::vector<Cell>& row, std::vector<char>& each) const;
    std::size_t size() const { return nodes_.size(); }
    // When the whole filter is one text column equal to one text (crimes.force == "Kent"): the
    // column and the text. A scan looks such filters up by each row's cell instead of testing each.
    std::optional<std::pair<std::size_t, std::string_view>> text_equality() const;
    // When the filter is an `and` one of whose conditions is a text column equal to a text (force
    // == "Kent" and month in FY2016/17): the first such. Only rows with that text need testing.
    std::optional<std::pair<std::size_t, std::string_view>> keyed_by_text() const;
    // When the filter is exactly two text columns each equal to a text: the second of them.
    std::optional<std::pair<std::size_t, std::string_view>> second_text_equality() const;

private:
    struct Node {
        Filter::Op op = Filter::Op::always;
        std::size_t column = 0;
        ColumnType type = ColumnType::text;
        Number number;
        std::string text;
        DaySpan span;
        std::vector<Number> numbers;  // one_of, by column type
        std::vector<std::string> texts;
        std::vector<DaySpan> spans;
        std::vector<std::size_t> children;
    };
    std::size_t compile(const Filter& filter, const Schema& schema);
    bool test(const Node& node, const std::vector<Cell>& row) const;
    bool compare(const Node& node, const Cell& cell) const;
    std::vector<Node> nodes_;
};

}  // namespace claimcheck
