#pragma once
// Shared helpers for the table engine tests: CSV files in a temporary directory,
// filters and queries built by hand, answers shown as exact fractions.
#include "engine/core/period.hpp"
#include "engine/tables/table.hpp"
#include "engine/tables/csv/table_scan.hpp"
#include "engine/tables/csv/table_schema.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck::test {

inline Schema schema_of(const std::string& path, const std::vector<Column>& declared = {},
                        std::optional<char> delimiter = std::nullopt) {
    auto read = read_schema(path, declared, delimiter);
    if (auto* e = std::get_if<DataError>(&read)) FAIL("read_schema: " << e->message << " (" << e->text << ")");
    return std::get<Schema>(read);
}

inline std::size_t column(const Schema& s, const std::string& name) {
    auto i = s.index_of(name);
    REQUIRE(i);
    return *i;
}

inline DaySpan day(int y, int m, int d) { return {days_from_civil(y, m, d), days_from_civil(y, m, d)}; }
inline DaySpan month(int y, int m) {
    return {days_from_civil(y, m, 1), days_from_civil(y, m, days_in_month(y, m))};
}
inline DaySpan fy(int y) { return {days_from_civil(y, 4, 1), days_from_civil(y + 1, 3, 31)}; }

inline Filter compare(Filter::Op op, std::size_t col, const Rational& number) {
    Filter f;
    f.op = op;
    f.column = col;
    f.number = number;
    return f;
}
inline Filter compare(Filter::Op op, std::size_t col, const std::string& text) {
    Filter f;
    f.op = op;
    f.column = col;
    f.text = text;
    return f;
}
inline Filter compare(Filter::Op op, std::size_t col, DaySpan span) {
    Filter f;
    f.op = op;
    f.column = col;
    f.span = span;
    return f;
}
inline Filter within(std::size_t col, DaySpan span) { return compare(Filter::Op::within, col, span); }
inline Filter one_of(std::size_t col, std::vector<std::string> values) {
    Filter f;
    f.op = Filter::Op::one_of;
    f.column = col;
    f.values = std::move(values);
    return f;
}
inline Filter combine(Filter::Op op, std::vector<Filter> children) {
    Filter f;
    f.op = op;
    f.children = std::move(children);
    return f;
}
inline Filter all(std::vector<Filter> c) { return combine(Filter::Op::all, std::move(c)); }
inline Filter any(std::vector<Filter> c) { return combine(Filter::Op::any, std::move(c)); }
inline Filter negate(Filter c) { return combine(Filter::Op::negate, {std::move(c)}); }

inline Query query(Aggregate a, std::optional<std::size_t> col = std::nullopt, Filter where = {},
                   std::optional<std::size_t> by = std::nullopt) {
    Query q;
    q.aggregate = a;
    q.column = col;
    q.where = std::move(where);
    q.by = by;
    return q;
}

// An answer as text: "3/10", "none", or "{Kent: 5, Essex: 7}" in key order.
inline std::string shown(const Answer& a) {
    if (a.groups.empty()) return a.value ? fraction_text(*a.value) : "none";
    std::string out = "{";
    for (const auto& [key, value] : a.groups) out += (out.size() > 1 ? ", " : "") + key + ": " + fraction_text(value);
    return out + "}";
}

inline std::vector<std::string> shown(const ScanResult& r) {
    std::vector<std::string> out;
    for (const auto& a : r.answers) out.push_back(shown(a));
    return out;
}

// A file written and scanned with the given queries; the scan must not fail.
inline ScanResult scan_ok(const std::string& path, const Schema& schema, const std::vector<Query>& queries,
                          ScanOptions options = {}) {
    ScanResult r = scan_table(path, schema, queries, options);
    if (r.error) FAIL("scan: " << r.error->message << " at row " << r.error->row << " (" << r.error->text << ")");
    return r;
}

// One answer of one query over a file's text.
inline std::string answer_of(const std::string& csv, Aggregate a, const std::string& col,
                             std::function<Filter(const Schema&)> where = {}, const std::string& by = "") {
    TempDir dir;
    const std::string path = dir.write("t.csv", csv);
    const Schema s = schema_of(path);
    Query q = query(a, col.empty() ? std::nullopt : std::optional<std::size_t>(column(s, col)),
                    where ? where(s) : Filter{}, by.empty() ? std::nullopt : std::optional<std::size_t>(column(s, by)));
    return shown(scan_ok(path, s, {q}).answers.at(0));
}

}  // namespace claimcheck::test
