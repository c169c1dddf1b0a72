#include "engine/tables/table_filter.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace claimcheck {

namespace {

using Op = Filter::Op;

bool spans(ColumnType t) { return t == ColumnType::date || t == ColumnType::period; }

// A value of a one_of list read as the column's type; the message when it is not one.
std::optional<std::string> value_problem(ColumnType type, const std::string& value, const std::string& column) {
    Cell cell;
    const ColumnType as = type == ColumnType::integer ? ColumnType::decimal : type;  // 13.0 may match 13
    if (!parse_cell(as, value, cell)) return std::nullopt;
    return "\"" + value + "\" is not a " + type_name(type) + " value for the column " + column;
}

}  // namespace

std::optional<std::string> filter_problem(const Filter& f, const Schema& schema) {
    if (f.op == Op::always) return std::nullopt;
    if (f.op == Op::all || f.op == Op::any || f.op == Op::negate) {
        if (f.op == Op::negate && f.children.size() != 1) return "`not` takes one condition";
        for (const Filter& child : f.children)
            if (auto p = filter_problem(child, schema)) return p;
        return std::nullopt;
    }
    if (f.column >= schema.columns.size()) return "no column " + std::to_string(f.column + 1) + " in the table";
    const Column& c = schema.columns[f.column];
    const std::string what = std::string("the ") + type_name(c.type) + " column " + c.name;
    if (f.op == Op::one_of) {
        for (const std::string& v : f.values)
            if (auto p = value_problem(c.type, v, c.name)) return p;
        return std::nullopt;
    }
    if (f.op == Op::within)
        return spans(c.type) && f.span ? std::nullopt
                                       : std::optional<std::string>(what + " cannot lie within a period");
    if (is_number(c.type) && !f.number) return what + " is compared with something not a number";
    if (spans(c.type) && !f.span) return what + " is compared with something not a date or period";
    if (c.type == ColumnType::text && (f.number || f.span)) return what + " is compared with something not text";
    return std::nullopt;
}

RowFilter::RowFilter(const Filter& filter, const Schema& schema) {
    if (auto p = filter_problem(filter, schema)) throw std::invalid_argument(*p);
    nodes_.reserve(16);
    compile(filter, schema);
}

std::size_t RowFilter::compile(const Filter& f, const Schema& schema) {
    const std::size_t at = nodes_.size();
    nodes_.emplace_back();
    Node node;
    node.op = f.op;
    if (f.op == Op::all || f.op == Op::any || f.op == Op::negate) {
        for (const Filter& child : f.children) node.children.push_back(compile(child, schema));
    } else if (f.op != Op::always) {
        node.column = f.column;
        node.type = schema.columns[f.column].type;
        node.text = f.text;
        if (f.span) node.span = *f.span;
        if (f.number) {
            // A decimal fraction becomes a scaled integer; anything else (1/3) stays a rational.
            if (auto s = scaled_of(*f.number)) node.number.small = *s;
            else node.number.is_big = true, node.number.big = *f.number;
        }
        const ColumnType as = node.type == ColumnType::integer ? ColumnType::decimal : node.type;
        for (const std::string& v : f.values) {
            Cell cell;
            parse_cell(as, v, cell);
            node.numbers.push_back(cell.number);
            node.texts.push_back(v);
            node.spans.push_back(cell.span);
        }
    }
    nodes_[at] = std::move(node);
    return at;
}

std::optional<std::pair<std::size_t, std::string_view>> RowFilter::text_equality() const {
    const Node& root = nodes_.front();
    if (root.op != Filter::Op::eq || root.type != ColumnType::text) return std::nullopt;
    return std::pair<std::size_t, std::string_view>{root.column, root.text};
}

std::optional<std::pair<std::size_t, std::string_view>> RowFilter::keyed_by_text() const {
    const Node& root = nodes_.front();
    if (root.op != Filter::Op::all) return std::nullopt;
    for (std::size_t child : root.children)
        if (const Node& n = nodes_[child]; n.op == Filter::Op::eq && n.type == ColumnType::text)
            return std::pair<std::size_t, std::string_view>{n.column, n.text};
    return std::nullopt;
}

std::optional<std::pair<std::size_t, std::string_view>> RowFilter::second_text_equality() const {
    const Node& root = nodes_.front();
    if (root.op != Filter::Op::all || root.children.size() != 2) return std::nullopt;
    for (std::size_t child : root.children)
        if (const Node& n = nodes_[child]; n.op != Filter::Op::eq || n.type != ColumnType::text) return std::nullopt;
    const Node& second = nodes_[root.children[1]];
    return std::pair<std::size_t, std::string_view>{second.column, second.text};
}

bool RowFilter::compare(const Node& node, const Cell& cell) const {
    int c = 0;
    if (is_number(node.type)) {
        c = claimcheck::compare(cell.number, node.number);
    } else if (node.type == ColumnType::text) {
        if (node.op == Op::eq || node.op == Op::ne)  // lengths first: most cells differ there
            return (cell.text.size() == node.text.size() &&
                    (node.text.empty() || std::memcmp(cell.text.data(), node.text.data(), node.text.size()) == 0)) ==
                   (node.op == Op::eq);
        c = cell.text.compare(node.text);
    } else {
        const DaySpan& a = cell.span;
        const DaySpan& b = node.span;
        const bool same = a.first == b.first && a.last == b.last;
        switch (node.op) {
        case Op::eq: return same;
        case Op::ne: return !same;
        case Op::lt: return a.last < b.first;
        case Op::gt: return a.first > b.last;
        case Op::le: return !(a.first > b.last);
        case Op::ge: return !(a.last < b.first);
        default: return false;
        }
    }
    switch (node.op) {
    case Op::eq: return c == 0;
    case Op::ne: return c != 0;
    case Op::lt: return c < 0;
    case Op::le: return c <= 0;
    case Op::gt: return c > 0;
    case Op::ge: return c >= 0;
    default: return false;
    }
}

// Nodes are compiled parent first, then each child's nodes in turn: filter_nodes' order. From the
// last node back, each child is known before its parent.
void RowFilter::test_each(const std::vector<Cell>& row, std::vector<char>& each) const {
    each.resize(nodes_.size());
    for (std::size_t i = nodes_.size(); i-- > 0;) {
        const Node& node = nodes_[i];
        switch (node.op) {
        case Op::all:
            each[i] = std::all_of(node.children.begin(), node.children.end(), [&](std::size_t c) { return each[c] != 0; });
            break;
        case Op::any:
            each[i] = std::any_of(node.children.begin(), node.children.end(), [&](std::size_t c) { return each[c] != 0; });
            break;
        case Op::negate: each[i] = !each[node.children.front()]; break;
        default: each[i] = test(node, row);  // a leaf: no child to test again
        }
    }
}

bool RowFilter::test(const Node& node, const std::vector<Cell>& row) const {
    switch (node.op) {
    case Op::always: return true;
    case Op::all:
        for (std::size_t child : node.children)
            if (!test(nodes_[child], row)) return false;
        return true;
    case Op::any:
        for (std::size_t child : node.children)
            if (test(nodes_[child], row)) return true;
        return false;
    case Op::negate: return !test(nodes_[node.children.front()], row);
    case Op::within: {
        const DaySpan& s = row[node.column].span;
        return s.first >= node.span.first && s.last <= node.span.last;
    }
    case Op::one_of: {
        const Cell& cell = row[node.column];
        for (std::size_t i = 0; i < node.texts.size(); ++i) {
            if (is_number(node.type) ? claimcheck::compare(cell.number, node.numbers[i]) == 0
                : spans(node.type) ? cell.span.first == node.spans[i].first && cell.span.last == node.spans[i].last
                                   : cell.text == node.texts[i])
                return true;
        }
        return false;
    }
    default: return compare(node, row[node.column]);
    }
}

}  // namespace claimcheck
