// The plan of a scan, compiled once from its queries (scan_plan.hpp).
#include "engine/tables/scan_plan.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <stdexcept>
#include <tuple>

namespace claimcheck {

namespace {

bool same(const Filter& a, const Filter& b) {
    if (a.op != b.op || a.column != b.column || a.number != b.number || a.text != b.text ||
        a.values != b.values || a.span.has_value() != b.span.has_value() || a.children.size() != b.children.size())
        return false;
    if (a.span && (a.span->first != b.span->first || a.span->last != b.span->last)) return false;
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!same(a.children[i], b.children[i])) return false;
    return true;
}

// The columns a filter reads, each once, in the order first read.
void read_columns(const Filter& f, const Schema& schema, std::vector<std::size_t>& out) {
    for (const Filter& child : f.children) read_columns(child, schema, out);
    if (f.op == Filter::Op::always || !f.children.empty() || f.column >= schema.columns.size()) return;
    if (std::find(out.begin(), out.end(), f.column) == out.end()) out.push_back(f.column);
}

bool names_total(const Filter& f) {
    if (f.op == Filter::Op::eq && total_label(f.text)) return true;
    if (f.op == Filter::Op::one_of && std::any_of(f.values.begin(), f.values.end(), [](const std::string& v) { return total_label(v); }))
        return true;
    return std::any_of(f.children.begin(), f.children.end(), [](const Filter& c) { return names_total(c); });
}

}  // namespace

std::optional<std::string> query_problem(const Schema& schema, const Query& q) {
    const std::size_t n = schema.columns.size();
    if ((q.column && *q.column >= n) || (q.by && *q.by >= n)) return "no such column in the table";
    const std::string name = aggregate_name(q.aggregate);
    if (q.aggregate != Aggregate::count && !q.column) return name + " needs a column";
    if (q.aggregate != Aggregate::count && q.aggregate != Aggregate::distinct) {
        const Column& c = schema.columns[*q.column];
        if (!is_number(c.type))
            return name + " needs an integer or decimal column; " + c.name + " is " + type_name(c.type);
    }
    return filter_problem(q.where, schema);
}

ScanPlan::ScanPlan(const Schema& s, const std::vector<Query>& queries, std::size_t most, bool count_rows)
    : schema(s), max_distinct(most), filter_rows(count_rows) {
    std::vector<const Filter*> distinct;
    std::vector<std::vector<std::size_t>> reads;  // per filter, the columns it reads
    std::map<std::tuple<Aggregate, std::optional<std::size_t>, std::size_t, std::optional<std::size_t>>, std::size_t> step_of;
    for (const Query& q : queries) {
        if (auto problem = query_problem(s, q)) throw std::invalid_argument(*problem);
        Step step{q.aggregate, q.column, q.column ? s.columns[*q.column].type : ColumnType::text, 0, std::nullopt};
        while (step.filter < distinct.size() && !same(*distinct[step.filter], q.where)) ++step.filter;
        if (step.filter == distinct.size()) {
            distinct.push_back(&q.where), filters.emplace_back(q.where, s);
            std::vector<std::size_t>& read = reads.emplace_back();
            read_columns(q.where, s, read);
            // The columns that may hold a suppression marker: every column but text ones.
            auto& marked = this->marked_columns.emplace_back();
            std::copy_if(read.begin(), read.end(), std::back_inserter(marked),
                         [&](std::size_t c) { return s.columns[c].type != ColumnType::text; });
            only_column.push_back(read.size() == 1 ? std::optional(read.front()) : std::nullopt);
            this->names_total.push_back(claimcheck::names_total(q.where));
        }
        if (q.by) {
            std::size_t g = 0;
            while (g < group_columns.size() && group_columns[g] != *q.by) ++g;
            if (g == group_columns.size()) group_columns.push_back(*q.by);
            step.group = g;
        }
        // A mean is a sum over its count: it is tallied as the sum, once for both.
        query_means.push_back(step.aggregate == Aggregate::mean);
        if (step.aggregate == Aggregate::mean) step.aggregate = Aggregate::sum;
        // The same query asked twice (many claims over one total) is tallied once.
        const auto key = std::make_tuple(step.aggregate, step.column, step.filter, step.group);
        auto [known, fresh] = step_of.try_emplace(key, steps.size());
        if (fresh) steps.push_back(step);
        query_steps.push_back(known->second);
    }
    // Dates and periods are slow to parse, so up to 64 of them are remembered even when no
    // query reads them (a table of a million date columns would pay a memo each); a number is
    // read as fast as it is looked up. The columns the queries read are added below.
    remembered.resize(s.columns.size());
    std::size_t dated = 0;
    for (std::size_t c = 0; c < s.columns.size() && dated < 64; ++c)
        if (s.columns[c].type == ColumnType::date || s.columns[c].type == ColumnType::period) remembered[c] = 1, ++dated;
    for (const std::size_t c : group_columns) remembered[c] = 1;
    for (const Step& step : steps)
        if (step.aggregate == Aggregate::distinct && step.column) remembered[*step.column] = 1;
    filter_steps.resize(filters.size());
    for (std::size_t k = 0; k < steps.size(); ++k) filter_steps[steps[k].filter].push_back(k);
    for (std::size_t f = 0; f < filters.size(); ++f) {
        const auto equality = filters[f].text_equality();
        const auto key = equality ? equality : filters[f].keyed_by_text();
        if (!key) {
            tested.push_back(f);
            continue;
        }
        auto lookup = std::find_if(lookups.begin(), lookups.end(), [&](const Lookup& l) { return l.column == key->first; });
        if (lookup == lookups.end()) lookup = lookups.insert(lookups.end(), Lookup{key->first, {}, {}, {}});
        remembered[key->first] = 1;
        const std::uint32_t text = lookup->texts.id(key->second);
        if (text == lookup->filters.size()) lookup->filters.emplace_back(), lookup->gated.emplace_back();
        if (equality) {
            lookup->filters[text].push_back(f);
            continue;
        }
        Lookup::Gate gate{f, std::nullopt, 0, ""};
        // keyed_by_text gives the first equality of a pair, so the other is the second.
        if (const auto other = filters[f].second_text_equality(); other && other->first != key->first)
            gate = {f, other->first, text_hash(other->second), std::string(other->second)};
        lookup->gated[text].push_back(std::move(gate));
    }
    remember_one_column_filters();
    plan_cubes(reads);
}

// Rows counted by class (RowCube), a cube per set of key columns the queries need, as SQL's
// GROUPING SETS: a query's keys are the columns its filter, its `by` and its aggregate (unless a
// sum) read, and it is answered from a cube whose keys hold them all, the widest made first so
// that narrower sets fall into them. Too many keys or cubes (or explain's count of each filter
// node's rows, which needs each row tested) and rows are tallied one by one.
void ScanPlan::plan_cubes(const std::vector<std::vector<std::size_t>>& reads) {
    if (filter_rows) return;
    std::vector<std::vector<std::size_t>> needs(steps.size());
    for (std::size_t k = 0; k < steps.size(); ++k) {
        const Step& step = steps[k];
        std::vector<std::size_t>& need = needs[k] = reads[step.filter];
        if (step.group) need.push_back(group_columns[*step.group]);
        if (step.column && step.aggregate != Aggregate::sum) need.push_back(*step.column);
        std::sort(need.begin(), need.end());
        need.erase(std::unique(need.begin(), need.end()), need.end());
    }
    std::vector<std::size_t> order(steps.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return needs[a].size() > needs[b].size(); });
    std::vector<Cube> made;
    std::vector<std::size_t> cube_of(steps.size());
    for (const std::size_t k : order) {
        auto holds = [&](const Cube& c) { return std::includes(c.keys.begin(), c.keys.end(), needs[k].begin(), needs[k].end()); };
        const auto found = std::find_if(made.begin(), made.end(), holds);
        if (found == made.end() && (needs[k].size() > RowCube::most_keys || made.size() == most_cubes)) return;
        Cube& cube = found == made.end() ? made.emplace_back(Cube{needs[k], {}, {}}) : *found;
        cube_of[k] = static_cast<std::size_t>(&cube - made.data());
        const auto& column = steps[k].column;
        if (column && !std::binary_search(cube.keys.begin(), cube.keys.end(), *column) &&
            std::find(cube.values.begin(), cube.values.end(), *column) == cube.values.end())
            cube.values.push_back(*column);
    }
    for (std::size_t f = 0; f < filters.size(); ++f)
        for (const std::size_t k : filter_steps[f])
            if (made[cube_of[k]].filters.empty() || made[cube_of[k]].filters.back() != f) made[cube_of[k]].filters.push_back(f);
    cubes = std::move(made);
    step_cube = std::move(cube_of);
    key_column.assign(schema.columns.size(), 0);
    summed_column.assign(schema.columns.size(), 0);
    for (const Cube& cube : cubes) {
        for (const std::size_t c : cube.keys) key_column[c] = 1, remembered[c] = 1;
        for (const std::size_t c : cube.values) summed_column[c] = 1;
    }
}

void ScanPlan::remember_one_column_filters() {
    bit_of.assign(filters.size(), 0);
    column_filters.resize(schema.columns.size());
    for (const std::size_t f : tested) {
        if (!only_column[f]) continue;
        const std::size_t c = *only_column[f];
        bit_of[f] = column_filters[c].size();
        column_filters[c].push_back(f);
        remembered[c] = 1;
    }
}

}  // namespace claimcheck
