// RowAggregator's rows counted by class (RowCube): the fast path of `add` for a row whose key
// cells are remembered, hold no marker and no total label, and whose summed cells are whole
// numbers; and, at the end, each class tallied once for each query its cube answers, with its
// rows as the weight. Any other row is tallied one by one (table_aggregate.cpp), and the two
// add up to the same exact answers.
#include "engine/tables/table_aggregate.hpp"

#include "engine/core/hot_clones.hpp"

#include <limits>

namespace claimcheck {

namespace {

// A cell of one to eighteen digits, as most counts are written: its value, read with no Cell
// made (any other cell is read by parse_cell).
bool whole_digits(std::string_view text, bool wide, std::int64_t& value) {
    if (wide && text.size() - 1 < 8) return few_digits(text, value);  // most counts
    if (text.empty() || text.size() > 18) return false;
    std::int64_t v = 0;
    for (const char ch : text) {
        const auto digit = static_cast<unsigned>(ch - '0');
        if (digit > 9) return false;
        v = v * 10 + digit;
    }
    value = v;
    return true;
}

}  // namespace

CLAIMCHECK_HOT_CLONES
bool RowAggregator::cube_row(const Record& record) {
    for (std::size_t c = 0; c < cube_columns_.size(); ++c) {
        const CubeColumn& how = cube_columns_[c];
        const std::string_view text = record.fields[c];
        const Cell* cell = &cells_[c];
        if (how.memo) {
            const std::uint32_t id = how.memo->valued_id(how.type, text, record.wide(text));
            if (id == GroupKeys::none) return false;
            key_ids_[c] = id;
            if (!how.summed) continue;
            cell = &how.memo->at(id).cell;  // a key of one cube may be summed in another
        } else {
            if (how.summed && whole_digits(text, record.wide(text), numbers_[c])) continue;
            // Checked as every row's cells are: a malformed one is reported, and a total label in
            // any column keeps the row out of the queries, by the row-by-row path.
            if (parse_cell(how.type, text, cells_[c]) || cell->total) return false;
            if (!how.summed) continue;
        }
        const Number& x = cell->number;
        if (cell->withheld || x.is_big || x.small.scale != 0 || x.small.units > std::numeric_limits<std::int64_t>::max() ||
            x.small.units < std::numeric_limits<std::int64_t>::min())
            return false;
        numbers_[c] = static_cast<std::int64_t>(x.small.units);
    }
    // Counted in every cube or in none: a cube that is full sends the row, and every row after
    // it, down the row-by-row path.
    for (std::size_t k = 0; k < cubes_.size(); ++k) {
        const auto& keys = plan_.cubes[k].keys;
        for (std::size_t i = 0; i < keys.size(); ++i) ids_[i] = key_ids_[keys[i]];
        const std::uint32_t c = cubes_[k].class_of(ids_.data());
        if (c == RowCube::full_class) {
            classing_ = false;
            return false;
        }
        classes_[k] = c;
    }
    for (std::size_t k = 0; k < cubes_.size(); ++k)
        cubes_[k].add(classes_[k], numbers_.data(), plan_.cubes[k].values.data(), record.line);
    return true;
}

void RowAggregator::set_class(std::size_t cube, std::uint32_t c) {
    const auto& keys = plan_.cubes[cube].keys;
    ++row_;  // hashes made for the class before are not this one's
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const std::size_t column = keys[k];
        MemoEntry& e = memo(column).at(cubes_[cube].id(c, k));
        cells_[column] = e.cell;
        cells_[column].text = memo(column).text(e.id);
        entries_[column] = &e;
        hashes_[column] = e.hash, hashed_at_[column] = row_;
    }
}

void RowAggregator::flush_cube() {
    for (std::size_t k = 0; k < cubes_.size(); ++k) {
        // Only this cube's key cells are the class's, and only its queries' filters, which read
        // nothing else, are tested; the other cells are emptied all the same.
        std::fill(cells_.begin(), cells_.end(), Cell{});
        std::fill(entries_.begin(), entries_.end(), nullptr);
        RowCube& cube = cubes_[k];
        for (std::uint32_t c = 0; c < cube.size(); ++c) {
            if (cube.rows(c) == 0) continue;  // made for a row another cube turned away
            set_class(k, c);
            for (const std::size_t f : plan_.cubes[k].filters) {
                if (!plan_.filters[f].always() && !plan_.filters[f].matches(cells_)) continue;
                for (const std::size_t s : plan_.filter_steps[f])
                    if (plan_.step_cube[s] == k) tally_class(s, k, c);
            }
        }
        cube.clear();
    }
}

void RowAggregator::tally_class(std::size_t s, std::size_t k, std::uint32_t c) {
    const ScanPlan::Step& step = plan_.steps[s];
    const RowCube& cube = cubes_[k];
    const std::uint32_t g = step.group ? group_id(*step.group) : 0;
    Tallies& t = tallies_[s];
    if (!step.column) {  // a count of rows
        t.count[g] += cube.rows(c);
        return;
    }
    const auto& summed = plan_.cubes[k].values;
    if (const auto v = std::find(summed.begin(), summed.end(), *step.column); v != summed.end()) {
        const auto i = static_cast<std::size_t>(v - summed.begin());  // a summed column: the class's sum
        t.count[g] += cube.rows(c);
        t.sums[g].add(Scaled{cube.sum(c, i), 0});  // exact: ExactSum banks what leaves 128 bits
        if (!step.group) {
            Number largest;
            largest.small = Scaled{cube.largest(c, i), 0};
            largest_[s].offer_unordered(largest, cube.largest_line(c, i));
        }
        return;
    }
    const Cell& cell = cells_[*step.column];  // a key column: the class's cell, once for each of its rows
    const bool hashed = step.aggregate == Aggregate::distinct && step.type == ColumnType::text;
    if (const std::size_t more = t.add(g, cell, hashed ? hash_of(*step.column) : 0, cube.rows(c))) held(s, more);
    if (!step.group && step.aggregate == Aggregate::sum) largest_[s].offer_unordered(cell.number, cube.first(c));
}

}  // namespace claimcheck
