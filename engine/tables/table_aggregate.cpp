// Aggregates row by row: the running tallies of one worker (table_aggregate.hpp).
#include "engine/tables/table_aggregate.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

const Cell no_cell{};  // what a count over rows reads

}  // namespace

RowAggregator::RowAggregator(const ScanPlan& plan)
    : plan_(plan),
      group_ids_(plan.group_columns.size()), groups_(plan.group_columns.size()), held_(plan.steps.size(), 0),
      withheld_(plan.steps.size()), kept_out_(plan.steps.size()), largest_(plan.steps.size()) {
    for (const auto& step : plan.steps) {
        tallies_.emplace_back(step.aggregate, step.type);
        if (!step.group) tallies_.back().grow(1);
    }
    if (plan.filter_rows)
        for (const RowFilter& filter : plan.filters) filter_rows_.emplace_back(filter.size());
}

void RowAggregator::test_filters(std::uint64_t line) {
    passed_.clear();
    if (!plan_.filter_rows) {
        for (std::size_t f : plan_.tested)
            if (plan_.filters[f].always() || passes(f)) passed_.push_back(f);
        // One lookup per column, not one test per filter.
        for (const auto& lookup : plan_.lookups) {
            MemoEntry* entry = entries_[lookup.column];  // a column has at most one lookup
            if (entry && entry->hit == MemoEntry::unknown)
                entry->hit = lookup.texts.find(cells_[lookup.column].text, hash_of(lookup.column));
            const std::uint32_t hit =
                entry ? entry->hit : lookup.texts.find(cells_[lookup.column].text, hash_of(lookup.column));
            if (hit == GroupKeys::none) continue;
            passed_.insert(passed_.end(), lookup.filters[hit].begin(), lookup.filters[hit].end());
            for (const auto& gate : lookup.gated[hit]) {
                const bool holds = gate.column ? hash_of(*gate.column) == gate.hash && cells_[*gate.column].text == gate.text
                                               : plan_.filters[gate.filter].matches(cells_);
                if (holds) passed_.push_back(gate.filter);
            }
        }
        if (!std::is_sorted(passed_.begin(), passed_.end()))  // the queries tallied in the plan's order, as without lookups
            std::sort(passed_.begin(), passed_.end());
        return;
    }
    for (std::size_t f = 0; f < plan_.filters.size(); ++f) {
        plan_.filters[f].test_each(cells_, each_);
        if (each_.front()) passed_.push_back(f);
        for (std::size_t k = 0; k < each_.size(); ++k) {
            if (!each_[k]) continue;
            FilterRows& rows = filter_rows_[f][k];
            if (rows.rows++ == 0) rows.first = line;
            rows.last = line;
        }
    }
}

// A filter of one remembered column is tested once a distinct cell, with the column's other such
// filters (a draft asks for hundreds of periods of one month column), and its answer kept.
bool RowAggregator::passes(std::size_t f) {
    const auto& column = plan_.only_column[f];
    MemoEntry* entry = column ? entries_[*column] : nullptr;
    if (!entry) return plan_.filters[f].matches(cells_);
    if (!entry->tested) {
        const auto& each = plan_.column_filters[*column];
        entry->passes.assign((each.size() + 63) / 64, 0);
        for (std::size_t k = 0; k < each.size(); ++k)
            if (plan_.filters[each[k]].matches(cells_)) entry->passes[k / 64] |= std::uint64_t{1} << (k % 64);
        entry->tested = true;
    }
    const std::size_t bit = plan_.bit_of[f];
    return (entry->passes[bit / 64] >> (bit % 64)) & 1;
}

void RowAggregator::held(std::size_t s, std::size_t more) {
    held_[s] += more;
    if (held_[s] <= plan_.max_distinct) return;
    const ScanPlan::Step& step = plan_.steps[s];
    const auto& columns = plan_.schema.columns;
    const bool values = step.aggregate == Aggregate::mode || step.aggregate == Aggregate::distinct;
    std::string what = !step.group ? "distinct values" : values ? "groups and values in them" : "groups";
    std::string query = aggregate_name(step.aggregate) + (step.column ? " of " + columns[*step.column].name : "") +
                        (step.group ? " by " + columns[plan_.group_columns[*step.group]].name : "");
    throw DistinctLimit("more than " + std::to_string(plan_.max_distinct) + " " + what + " in one query (" + query +
                        "); --max-distinct raises it");
}

void RowAggregator::withhold(std::size_t s, std::uint64_t line, std::size_t column) {
    Withheld& w = withheld_[s];
    if (w.cells++ == 0) w.first = line, w.column = column, w.marker = std::string(cells_[column].text);
}

// A marked cell in a column a filter reads leaves the filter's answer for the row unknown, and
// so every query it gates, whether the row seemed to pass or not.
void RowAggregator::taint(std::uint64_t line) {
    for (std::size_t f = 0; f < plan_.filters.size(); ++f)
        for (std::size_t column : plan_.marked_columns[f])
            if (cells_[column].withheld) {
                for (std::size_t s : plan_.filter_steps[f]) withhold(s, line, column);
                passed_.erase(std::remove(passed_.begin(), passed_.end(), f), passed_.end());
                break;
            }
}

void RowAggregator::keep_out_totals(std::uint64_t line) {
    const auto label = std::find_if(cells_.begin(), cells_.end(), [](const Cell& c) { return c.total; });
    auto kept = std::remove_if(passed_.begin(), passed_.end(), [&](std::size_t f) {
        if (plan_.names_total[f]) return false;
        for (std::size_t s : plan_.filter_steps[f]) {
            KeptOut& k = kept_out_[s];
            if (k.rows++ == 0) k.first = line, k.label = std::string(label->text);
        }
        return true;
    });
    passed_.erase(kept, passed_.end());
}

std::uint64_t RowAggregator::hash_of(std::size_t column) {
    if (hashed_at_[column] != row_) hashes_[column] = text_hash(cells_[column].text), hashed_at_[column] = row_;
    return hashes_[column];
}

std::uint32_t RowAggregator::group_of(std::size_t g, std::string_view key, std::uint64_t hash) {
    const std::size_t known = groups_[g].size();
    const std::uint32_t id = groups_[g].id(key, hash);
    if (groups_[g].size() > known)  // a new group: it counts for every query grouped by this column
        for (std::size_t s = 0; s < plan_.steps.size(); ++s)
            if (plan_.steps[s].group == g) {
                tallies_[s].grow(id + 1);
                held(s, 1);
            }
    return id;
}

// This row's group in each `by` column: once a distinct cell when the column is remembered.
void RowAggregator::find_groups() {
    for (std::size_t g = 0; g < plan_.group_columns.size(); ++g) group_ids_[g] = group_id(g);
}

std::uint32_t RowAggregator::group_id(std::size_t g) {
    const std::size_t column = plan_.group_columns[g];
    MemoEntry* entry = entries_[column];
    if (entry && entry->group != MemoEntry::unknown) return entry->group;
    const Cell& cell = cells_[column];
    // One group per number, however written: 013 and 13.0 are the group 13.
    const bool renamed = is_number(plan_.schema.columns[column].type) && !cell.number.canonical;
    if (renamed) scratch_ = number_text(cell.number);
    const std::uint32_t id = renamed ? group_of(g, scratch_, text_hash(scratch_)) : group_of(g, cell.text, hash_of(column));
    if (entry) entry->group = id;
    return id;
}

std::optional<RowProblem> RowAggregator::add(const Record& record) {
    const auto& columns = plan_.schema.columns;
    if (record.fields.size() != columns.size()) {
        const std::size_t n = record.fields.size(), at = std::min(n, columns.size());
        return RowProblem{at + 1, std::to_string(n) + (n == 1 ? " field" : " fields") + ", expected " +
                                      std::to_string(columns.size()),
                          record.raw, at < n ? record.offsets[at] : record.raw.size()};
    }
    // Made at the first row: an aggregator that only merges (the walk's total) needs none.
    if (cells_.empty()) {
        cells_.resize(columns.size()), hashes_.resize(columns.size()), hashed_at_.resize(columns.size());
        entries_.resize(columns.size()), memo_at_.resize(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (plan_.remembered[c]) memo_at_[c] = static_cast<std::uint32_t>(memos_.size()), memos_.emplace_back();
        plain_.resize(plan_.steps.size());
        for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
            const ScanPlan::Step& step = plan_.steps[s];
            const bool adds = step.aggregate == Aggregate::sum;
            if (step.group || !(adds || (step.aggregate == Aggregate::count && !step.column))) continue;
            plain_[s] = {&tallies_[s].count[0], adds ? &tallies_[s].sums[0] : nullptr, step.column.value_or(0)};
        }
        for (const auto& cube : plan_.cubes) cubes_.emplace_back(cube.keys.size(), cube.values.size());
        classing_ = plan_.cubed();
        if (classing_)
            for (std::size_t c = 0; c < columns.size(); ++c)
                cube_columns_.push_back({plan_.key_column[c] ? &memo(c) : nullptr, columns[c].type, plan_.summed_column[c] != 0});
        key_ids_.resize(columns.size()), numbers_.resize(columns.size()), classes_.resize(cubes_.size());
        for (const auto& cube : plan_.cubes)
            ids_.resize(std::max(ids_.size(), cube.keys.size()));
    }
    ++row_;
    if (classing_ && cube_row(record)) return std::nullopt;
    // Every typed cell is checked, used or not, so a file's errors do not depend on the queries.
    bool marked = false, total = false;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        MemoEntry* entry = plan_.remembered[i] ? memo(i).entry(columns[i].type, record.fields[i]) : nullptr;
        entries_[i] = entry;
        if (const char* why = entry ? entry->problem : parse_cell(columns[i].type, record.fields[i], cells_[i]))
            return RowProblem{i + 1, why, record.fields[i], record.offsets[i]};
        if (entry) {
            cells_[i] = entry->cell;
            cells_[i].text = record.fields[i];
            hashes_[i] = entry->hash, hashed_at_[i] = row_;
        }
        marked = marked || cells_[i].withheld;
        total = total || cells_[i].total;
    }
    test_filters(record.line);
    if (marked) taint(record.line);
    if (total) keep_out_totals(record.line);
    find_groups();
    for (std::size_t f : passed_)
        for (std::size_t s : plan_.filter_steps[f]) {
            const Plain& plain = plain_[s];
            if (plain.count && !plain.sum) {
                ++*plain.count;
                continue;
            }
            if (plain.count && !cells_[plain.column].withheld) {
                const Number& number = cells_[plain.column].number;
                ++*plain.count;
                plain.sum->add(number);
                largest_[s].offer(number, record.line);
                continue;
            }
            tally(s, record.line);
        }
    return std::nullopt;
}

void RowAggregator::tally(std::size_t s, std::uint64_t line) {
    const ScanPlan::Step& step = plan_.steps[s];
    const Cell& cell = step.column ? cells_[*step.column] : no_cell;
    if (cell.withheld) return withhold(s, line, *step.column);
    // A withheld key: which group the row counts for is unknown, and so is every group's rank.
    if (step.group && cells_[plan_.group_columns[*step.group]].withheld)
        return withhold(s, line, plan_.group_columns[*step.group]);
    const bool hashed = step.aggregate == Aggregate::distinct && step.type == ColumnType::text;
    const std::size_t more =
        tallies_[s].add(step.group ? group_ids_[*step.group] : 0, cell, hashed ? hash_of(*step.column) : 0);
    if (more > 0) held(s, more);
    if (!step.group && step.aggregate == Aggregate::sum)
        largest_[s].offer(cell.number, line);
}

void RowAggregator::merge(RowAggregator& other, std::uint64_t lines_before) {
    flush_cube();
    other.flush_cube();
    // Pieces merge in file order: a first row already seen stays first.
    for (std::size_t f = 0; f < filter_rows_.size(); ++f)
        for (std::size_t k = 0; k < filter_rows_[f].size(); ++k) {
            const FilterRows& theirs = other.filter_rows_[f][k];
            if (theirs.rows == 0) continue;
            FilterRows& mine = filter_rows_[f][k];
            if (mine.rows == 0) mine.first = theirs.first + lines_before;
            mine.rows += theirs.rows;
            mine.last = theirs.last + lines_before;
        }
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        if (const Withheld& w = other.withheld_[s]; w.cells > 0) {
            if (withheld_[s].cells == 0) withheld_[s] = w, withheld_[s].first += lines_before;
            else withheld_[s].cells += w.cells;
        }
        if (const KeptOut& k = other.kept_out_[s]; k.rows > 0) {
            if (kept_out_[s].rows == 0) kept_out_[s] = k, kept_out_[s].first += lines_before;
            else kept_out_[s].rows += k.rows;
        }
        if (const Largest& l = other.largest_[s]; l.any) largest_[s].offer(l.value, l.line + lines_before);
        const Tallies& theirs = other.tallies_[s];
        const auto& group = plan_.steps[s].group;
        for (std::uint32_t i = 0; i < theirs.size(); ++i) {
            if (theirs.count[i] == 0 && group) continue;
            const std::string_view key = group ? other.groups_[*group].key(i) : std::string_view();
            const std::uint32_t mine = group ? group_of(*group, key, text_hash(key)) : 0;
            tallies_[s].merge(mine, theirs, i);
        }
        // What the merged query holds: its groups, or its distinct values.
        const Tallies& t = tallies_[s];
        std::size_t values = group ? groups_[*group].size() : 0;
        for (std::size_t g = 0; g < t.size(); ++g)
            values += !t.numbers.empty() ? t.numbers[g].distinct() : !t.texts.empty() ? t.texts[g].size()
                                                                  : !t.spans.empty() ? t.spans[g].size() : 0;
        held_[s] = 0;
        held(s, values);
    }
}

void RowAggregator::release() {
    std::vector<Cell>().swap(cells_);
    std::vector<Tallies>().swap(tallies_);
    std::vector<GroupKeys>().swap(groups_);
    std::vector<CellMemo>().swap(memos_);
    std::vector<RowCube>().swap(cubes_);
}

std::vector<Answer> RowAggregator::answers() {
    flush_cube();
    std::vector<Answer> each(plan_.steps.size());
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        const ScanPlan::Step& step = plan_.steps[s];
        const Tallies& t = tallies_[s];
        if (plan_.filter_rows) each[s].filter_rows = filter_rows_[step.filter];
        each[s].withheld = withheld_[s];
        each[s].kept_out = kept_out_[s];
        const bool adds = step.aggregate == Aggregate::sum;
        if (!step.group) {
            each[s].value = t.value(0);
            if (adds && largest_[s].any && holds_the_rest(t.count[0], to_rational(largest_[s].value), t.sums[0].value()))
                each[s].total_row = largest_[s].line;
            continue;
        }
        for (std::uint32_t i = 0; i < t.size(); ++i)
            if (t.count[i] > 0) each[s].groups.emplace(groups_[*step.group].key(i), *t.value(i));
        if (step.aggregate == Aggregate::sum) each[s].total_group = group_holding_the_rest(each[s].groups);
    }
    std::vector<Answer> out;  // one per query, as asked
    out.reserve(plan_.query_steps.size());
    for (std::size_t q = 0; q < plan_.query_steps.size(); ++q) {
        const std::size_t s = plan_.query_steps[q];
        out.push_back(each[s]);
        if (!plan_.query_means[q]) continue;
        const Tallies& t = tallies_[s];  // the sum's: each group's sum over its count
        Answer& a = out.back();
        a.total_group.reset();  // a mean of groups adds nothing up
        if (!plan_.steps[s].group) {
            a.value = t.mean(0);
            continue;
        }
        a.groups.clear();
        for (std::uint32_t i = 0; i < t.size(); ++i)
            if (t.count[i] > 0) a.groups.emplace(groups_[*plan_.steps[s].group].key(i), *t.mean(i));
    }
    return out;
}

}  // namespace claimcheck
