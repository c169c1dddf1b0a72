// The evaluator's table side: each aggregate's answer from the one scan of its table, the
// largest or smallest group, ranks, and what explain shows of the rows each filter held for.
#include "engine/lang/evaluate.hpp"

#include "engine/core/deadline.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/tables.hpp"

#include <algorithm>

namespace claimcheck {

const Answer& Evaluator::answer(const ast::Call& c, const TableBinding& table) {
    const TableInfo& info = *table.info;
    tables_used_.insert(&info);
    return info.result->answers.at(typed_.scans.at(&info).index.at(&c));
}

// Withheld cells leave the figure missing (unverifiable, as a `missing` figure is); a row or group
// that is exactly the sum of the others is a total nobody labelled, and adding it in doubles the sum.
const Answer& Evaluator::vouched(const ast::Call& c, const TableBinding& table, const Module& module) {
    const Answer& found = answer(c, table);
    const TableInfo& info = *table.info;
    const auto at = [&](std::uint64_t row) { return info.path + info.source->row_place(row); };
    if (const Withheld& w = found.withheld; w.cells > 0)
        throw MissingFigure(source_text(module, c), at(w.first),
                            std::to_string(w.cells) + (w.cells == 1 ? " cell" : " cells") + " of " +
                                info.schema->columns[w.column].name + (w.cells == 1 ? " it reads holds" : " it reads hold") + " a suppression marker (\"" +
                                w.marker + "\"): the publisher withheld the figure");
    const std::string fix = ": a total counted twice? Leave it out with `where`";
    if (found.total_row)  // a database's rows have no place
        fail(module, c, (*found.total_row > 0 ? at(*found.total_row) : "a row of " + info.path) +
                            " holds exactly the sum of the other rows " + c.function.text + "(...) adds up" + fix);
    if (found.total_group)
        fail(module, c, "the group \"" + *found.total_group + "\" holds exactly the sum of the other groups" + fix);
    if (const KeptOut& k = found.kept_out; k.rows > 0)
        table_notes_.insert(std::to_string(k.rows) + (k.rows == 1 ? " total row" : " total rows") + " of " + info.path +
                            " kept out (\"" + k.label + "\", " + at(k.first) + "); name it in `where` to count it");
    return found;
}

// The rows each part of the call's `where` held for, when the scan counted them (explain).
std::vector<FilterTrace> Evaluator::filter_rows(const ast::Call& c, const TableBinding& table) const {
    const TableInfo& info = *table.info;
    const TableQueries& scan = typed_.scans.at(&info);
    const std::size_t query = scan.index.at(&c);
    const std::vector<FilterRows>& rows = info.result->answers.at(query).filter_rows;
    const std::vector<FilterPart>& parts = scan.parts.at(query);
    std::vector<FilterTrace> out;
    if (rows.size() != parts.size()) return out;  // not counted, or no `where`
    auto row = [&](std::uint64_t r) { return r == 0 ? std::string() : info.path + info.source->row_place(r); };
    for (std::size_t i = 0; i < parts.size(); ++i)
        out.push_back({parts[i].text, parts[i].depth, rows[i].rows, row(rows[i].first), row(rows[i].last)});
    return out;
}

// No row matched: the step is traced all the same, for the rows each part of the `where` held for.
void Evaluator::no_row(const ast::Call& c, const ast::Call& queried, const TableBinding& table, const Module& module) {
    if (trace_) {
        record(TraceStep::Kind::step, source_text(module, c), Value{Rational(0), typed_.of(c)},
               "one scan of " + table.info->path + ": no row matches", filter_rows(queried, table));
        trace_->back().valueless = true;
    }
    fail(module, c, c.function.text + ": no row of " + table.table->name.text + " matches");
}

Value Evaluator::aggregate(const ast::Call& c, const TableBinding& table, const Module& module) {
    const Answer& found = vouched(c, table, module);
    if (!found.value) no_row(c, c, table, module);
    Value result{*found.value, typed_.of(c)};
    if (trace_)
        record(TraceStep::Kind::step, source_text(module, c), result, "one scan of " + table.info->path,
               filter_rows(c, table));
    return result;
}

// The largest or smallest group's value; for top and bottom in arithmetic, the first key at the rank
// in the column's order (the `by` column is a number column: checked). A rank check reads ranked().
Value Evaluator::pick(const ast::Call& c, const ast::Call& inner, const TableBinding& table, const Module& module) {
    const Pick pick = *pick_named(c.function.text);
    Rational number;
    if (picks_key(pick)) {
        number = parse_decimal(ranked(c, inner, table, module).keys.front());
    } else {  // one pass: a million groups need no sorting for their largest value
        const Answer& found = vouched(inner, table, module);
        if (found.groups.empty()) no_row(c, inner, table, module);
        const auto by_value = [](const Group& a, const Group& b) { return a.second < b.second; };
        number = (pick == Pick::max ? std::max_element(found.groups.begin(), found.groups.end(), by_value)
                                    : std::min_element(found.groups.begin(), found.groups.end(), by_value))
                     ->second;
    }
    Value result{number, typed_.of(c)};
    if (trace_)
        record(TraceStep::Kind::step, source_text(module, c), result, "one scan of " + table.info->path,
               filter_rows(inner, table));
    return result;
}

std::vector<const Group*> Evaluator::ranking(const ast::Call& c, const Module& module) {
    const ast::Call& inner = *grouped_argument(c);
    return ranking(c, inner, *aggregated_table(inner, scope(module)), module);
}

Holders Evaluator::ranked(const ast::Call& c, const Module& module) {
    const ast::Call& inner = *grouped_argument(c);
    const TableBinding& table = *aggregated_table(inner, scope(module));
    Holders holders = ranked(c, inner, table, module);
    // A rank check's one step: explain shows what holds the rank, beside the value they hold it with.
    if (trace_) {
        const std::size_t groups = answer(inner, table).groups.size();
        record(TraceStep::Kind::step, source_text(module, c), Value{holders.value, typed_.of(inner)},
               keys_text(holders.keys) + (holders.keys.size() > 1 ? " tie for " : " is ") +
                   place_name(*pick_named(c.function.text), holders.place) + " of " + std::to_string(groups) +
                   (groups == 1 ? " group" : " groups") + "; one scan of " + table.info->path,
               filter_rows(inner, table));
    }
    return holders;
}

std::vector<const Group*> Evaluator::ranking(const ast::Call& c, const ast::Call& inner, const TableBinding& table,
                                             const Module& module) {
    const Answer& found = vouched(inner, table, module);
    if (found.groups.empty()) no_row(c, inner, table, module);
    checkpoint_at("while ranking the groups of", module.source, c);
    const TableQueries& scan = typed_.scans.at(table.info.get());
    const ColumnType key_type = table.info->schema->columns[*scan.queries[scan.index.at(&inner)].by].type;
    return claimcheck::ranking(found, key_type, *pick_named(c.function.text));
}

Holders Evaluator::ranked(const ast::Call& c, const ast::Call& inner, const TableBinding& table, const Module& module) {
    const auto groups = ranking(c, inner, table, module);
    const std::size_t rank = std::get<std::size_t>(rank_asked(c));
    auto holders = holders_at(groups, rank);
    if (!holders)
        fail(module, c, c.function.text + ": rank " + std::to_string(rank) + " asked of " +
                            std::to_string(groups.size()) + (groups.size() == 1 ? " group" : " groups") + " of " +
                            inner.by->text);
    return *holders;
}

}  // namespace claimcheck
