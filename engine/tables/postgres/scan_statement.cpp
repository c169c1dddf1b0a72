// One SQL statement for all of a table's queries, and its rows read back as answers (scan_statement.hpp).
#include "engine/tables/postgres/scan_statement.hpp"

#include "engine/tables/scaled.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace claimcheck {

namespace {

std::string with_filter(const std::string& aggregate, const std::string& condition) {
    return condition == "TRUE" ? aggregate : aggregate + " FILTER (WHERE " + condition + ")";
}

std::size_t set_index(std::vector<std::vector<std::size_t>>& sets, std::vector<std::size_t> set) {
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    auto it = std::find(sets.begin(), sets.end(), set);
    if (it != sets.end()) return static_cast<std::size_t>(it - sets.begin());
    sets.push_back(std::move(set));
    return sets.size() - 1;
}

}  // namespace

ScanStatement compile_scan(const Schema& schema, const std::vector<PgColumn>& columns,
                           const std::vector<Query>& queries, const std::string& from, bool filter_rows) {
    ScanStatement out;
    Parameters parameters;
    const SqlColumns sql(schema, columns);
    std::vector<std::string> select;
    auto output = [&](std::string expression) {  // each expression once: many queries count the same rows
        auto known = std::find(select.begin(), select.end(), expression);
        if (known != select.end()) return static_cast<int>(known - select.begin());
        select.push_back(std::move(expression));
        return static_cast<int>(select.size() - 1);
    };
    // Steps first (their sets decide the keys, which come first in the select list), as text.
    struct Planned {
        ScanStatement::Step step;
        std::string condition;
        std::vector<std::string> nodes;
    };
    std::vector<Planned> planned;
    std::map<std::tuple<Aggregate, std::optional<std::size_t>, std::optional<std::size_t>, std::string>, std::size_t> known;
    for (const Query& q : queries) {
        if (auto problem = query_problem(schema, q)) throw std::invalid_argument(*problem);
        // The same values give the same parameters: the same filter is the same text.
        std::string condition = sql.condition(q.where, parameters);
        auto [it, fresh] = known.try_emplace(std::make_tuple(q.aggregate, q.column, q.by, condition), planned.size());
        out.query_steps.push_back(it->second);
        if (!fresh) continue;
        Planned p;
        p.step.aggregate = q.aggregate;
        p.step.column = q.column;
        p.step.by = q.by;
        p.condition = condition;
        std::vector<std::size_t> set;
        if (q.by) set.push_back(*q.by);
        if (q.aggregate == Aggregate::mode) set.push_back(*q.column);
        p.step.set = set_index(out.sets, set);
        if (filter_rows)
            for (const Filter* node : filter_nodes(q.where)) p.nodes.push_back(sql.condition(*node, parameters));
        planned.push_back(std::move(p));
    }
    // The table's rows and its NULLs are counted in the set (): one GROUP BY alone sums to them.
    const bool whole = std::find(out.sets.begin(), out.sets.end(), std::vector<std::size_t>{}) != out.sets.end();
    if (out.sets.empty() || (out.sets.size() > 1 && !whole)) out.sets.emplace_back();
    for (const auto& set : out.sets) out.keys.insert(out.keys.end(), set.begin(), set.end());
    std::sort(out.keys.begin(), out.keys.end());
    out.keys.erase(std::unique(out.keys.begin(), out.keys.end()), out.keys.end());
    std::vector<std::string> key_sql;
    for (std::size_t k : out.keys) key_sql.push_back(sql.expression(k)), output(key_sql.back());
    auto listed = [&](const std::vector<std::size_t>& set) {
        std::string s;
        for (std::size_t c : set) s += (s.empty() ? "" : ", ") + key_sql[std::find(out.keys.begin(), out.keys.end(), c) - out.keys.begin()];
        return s;
    };
    if (out.sets.size() > 1) out.mask_column = output("GROUPING(" + listed(out.keys) + ")");
    out.rows_column = output("count(*)");
    for (std::size_t c = 0; c < schema.columns.size(); ++c)
        if (schema.columns[c].type != ColumnType::text)
            out.null_columns.emplace_back(c, output(with_filter("count(*)", sql.reference(c) + " IS NULL")));
    for (Planned& p : planned) {
        ScanStatement::Step& step = p.step;
        step.count = output(with_filter("count(*)", p.condition));
        const std::string x = step.column ? sql.expression(*step.column) : "";
        switch (step.aggregate) {
        case Aggregate::sum:
        case Aggregate::mean:
            step.value = output(with_filter("sum(" + x + ")", p.condition));
            if (!step.by) step.largest = output(with_filter("max(" + x + ")", p.condition));
            break;
        case Aggregate::min: step.value = output(with_filter("min(" + x + ")", p.condition)); break;
        case Aggregate::max: step.value = output(with_filter("max(" + x + ")", p.condition)); break;
        case Aggregate::distinct: {
            std::vector<std::size_t> values{*step.column};
            if (step.by) values.push_back(*step.by);
            std::sort(values.begin(), values.end());
            values.erase(std::unique(values.begin(), values.end()), values.end());
            const auto held = std::find(out.sets.begin(), out.sets.end(), values);
            if (held != out.sets.end()) step.values_set = static_cast<std::size_t>(held - out.sets.begin());
            else step.value = output(with_filter("count(DISTINCT " + x + ")", p.condition));
            break;
        }
        case Aggregate::count:
        case Aggregate::mode: break;  // the count is the answer, or the counts of the set's values are
        }
        for (const std::string& node : p.nodes) step.node_rows.push_back(output(with_filter("count(*)", node)));
        out.steps.push_back(step);
    }
    std::string text = "SELECT ";
    for (std::size_t i = 0; i < select.size(); ++i) text += (i > 0 ? ",\n  " : "") + select[i];
    text += "\nFROM " + from + " AS q";
    if (out.sets.size() == 1 && !out.sets[0].empty()) text += "\nGROUP BY " + listed(out.sets[0]);
    if (out.sets.size() > 1) {
        text += "\nGROUP BY GROUPING SETS (";
        for (std::size_t i = 0; i < out.sets.size(); ++i) text += (i > 0 ? ", (" : "(") + listed(out.sets[i]) + ")";
        text += ")";
    }
    out.sql = std::move(text);
    out.parameters = parameters.values();
    return out;
}

}  // namespace claimcheck
