#include "engine/tables/table_aggregate.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <cstring>
#include <stdexcept>

namespace claimcheck {

namespace {

bool numeric(ColumnType t) { return t == ColumnType::integer || t == ColumnType::decimal; }

bool same(const Filter& a, const Filter& b) {
    if (a.op != b.op || a.column != b.column || a.number != b.number || a.text != b.text ||
        a.values != b.values || a.span.has_value() != b.span.has_value() || a.children.size() != b.children.size())
        return false;
    if (a.span && (a.span->first != b.span->first || a.span->last != b.span->last)) return false;
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!same(a.children[i], b.children[i])) return false;
    return true;
}

std::uint64_t span_key(const DaySpan& s) {
    return (static_cast<std::uint64_t>(s.first) << 32) ^ static_cast<std::uint64_t>(s.last - s.first);
}

}  // namespace

std::optional<std::string> query_problem(const Schema& schema, const Query& q) {
    const std::size_t n = schema.columns.size();
    if ((q.column && *q.column >= n) || (q.by && *q.by >= n)) return "no such column in the table";
    const std::string name = aggregate_name(q.aggregate);
    if (q.aggregate != Aggregate::count && !q.column) return name + " needs a column";
    if (q.aggregate != Aggregate::count && q.aggregate != Aggregate::distinct) {
        const Column& c = schema.columns[*q.column];
        if (!numeric(c.type))
            return name + " needs an integer or decimal column; " + c.name + " is " + type_name(c.type);
    }
    return filter_problem(q.where, schema);
}

ScanPlan::ScanPlan(const Schema& s, const std::vector<Query>& queries, std::size_t most, bool count_rows)
    : schema(s), max_distinct(most), filter_rows(count_rows) {
    std::vector<const Filter*> distinct;
    std::map<std::tuple<Aggregate, std::optional<std::size_t>, std::size_t, std::optional<std::size_t>>, std::size_t> step_of;
    for (const Query& q : queries) {
        if (auto problem = query_problem(s, q)) throw std::invalid_argument(*problem);
        Step step{q.aggregate, q.column, q.column ? s.columns[*q.column].type : ColumnType::text, 0, std::nullopt};
        while (step.filter < distinct.size() && !same(*distinct[step.filter], q.where)) ++step.filter;
        if (step.filter == distinct.size()) distinct.push_back(&q.where), filters.emplace_back(q.where, s);
        if (q.by) {
            std::size_t g = 0;
            while (g < group_columns.size() && group_columns[g] != *q.by) ++g;
            if (g == group_columns.size()) group_columns.push_back(*q.by);
            step.group = g;
        }
        // The same query asked twice (many claims over one total) is tallied once.
        const auto key = std::make_tuple(step.aggregate, step.column, step.filter, step.group);
        auto [known, fresh] = step_of.try_emplace(key, steps.size());
        if (fresh) steps.push_back(step);
        query_steps.push_back(known->second);
    }
    filter_steps.resize(filters.size());
    for (std::size_t k = 0; k < steps.size(); ++k) filter_steps[steps[k].filter].push_back(k);
    for (std::size_t f = 0; f < filters.size(); ++f) {
        auto equality = filters[f].text_equality();
        if (!equality) {
            tested.push_back(f);
            continue;
        }
        auto lookup = std::find_if(lookups.begin(), lookups.end(), [&](const Lookup& l) { return l.column == equality->first; });
        if (lookup == lookups.end()) lookup = lookups.insert(lookups.end(), Lookup{equality->first, {}});
        lookup->filters[std::string(equality->second)].push_back(f);
    }
}

void Tallies::grow(std::size_t groups) {
    if (groups <= count.size()) return;
    count.resize(groups);
    switch (aggregate) {
    case Aggregate::count: break;
    case Aggregate::sum:
    case Aggregate::mean: sums.resize(groups); break;
    case Aggregate::min:
    case Aggregate::max:
        while (extremes.size() < groups) extremes.emplace_back(aggregate == Aggregate::max);
        break;
    case Aggregate::mode: numbers.resize(groups); break;
    case Aggregate::distinct:
        if (numeric(type)) numbers.resize(groups);
        else if (type == ColumnType::text) texts.resize(groups);
        else spans.resize(groups);
        break;
    }
}

std::size_t Tallies::add(std::size_t g, const Cell& cell) {
    ++count[g];
    switch (aggregate) {
    case Aggregate::count: return 0;
    case Aggregate::sum:
    case Aggregate::mean: sums[g].add(cell.number); return 0;
    case Aggregate::min:
    case Aggregate::max: extremes[g].offer(cell.number); return 0;
    case Aggregate::mode: return numbers[g].add(cell.number) ? 1 : 0;
    case Aggregate::distinct:
        if (numeric(type)) return numbers[g].add(cell.number) ? 1 : 0;
        if (type == ColumnType::text)
            return texts[g].find(cell.text) == texts[g].end() && texts[g].emplace(cell.text).second ? 1 : 0;
        return spans[g].insert(span_key(cell.span)).second ? 1 : 0;
    }
    return 0;
}

void Tallies::merge(std::size_t g, const Tallies& other, std::size_t theirs) {
    count[g] += other.count[theirs];
    if (!sums.empty()) sums[g].merge(other.sums[theirs]);
    if (!extremes.empty()) extremes[g].merge(other.extremes[theirs]);
    if (!numbers.empty()) numbers[g].merge(other.numbers[theirs]);
    if (!texts.empty()) texts[g].insert(other.texts[theirs].begin(), other.texts[theirs].end());
    if (!spans.empty()) spans[g].insert(other.spans[theirs].begin(), other.spans[theirs].end());
}

std::optional<Rational> Tallies::value(std::size_t g) const {
    switch (aggregate) {
    case Aggregate::count: return Rational(count[g]);
    case Aggregate::sum: return sums[g].value();
    case Aggregate::mean:
        if (count[g] == 0) return std::nullopt;
        return sums[g].value() / Rational(count[g]);
    case Aggregate::min:
    case Aggregate::max: return extremes[g].value();
    case Aggregate::mode: return numbers[g].mode();
    case Aggregate::distinct:
        if (!numbers.empty()) return Rational(numbers[g].distinct());
        if (!texts.empty()) return Rational(texts[g].size());
        return Rational(spans[g].size());
    }
    return std::nullopt;
}

namespace {

std::uint64_t load64(const char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

std::uint64_t load32(const char* p) {
    std::uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
}

// A fast hash of short text, eight bytes at a time (splitmix64's mixing constants); the
// last bytes are read as one word that may overlap the one before, never byte by byte.
std::uint64_t text_hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t last = 0;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            h = (h ^ load64(p + i)) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
        }
        last = load64(p + n - 8);
    } else if (n >= 4) {
        last = load32(p) | (load32(p + n - 4) << 32);
    } else if (n > 0) {
        last = static_cast<unsigned char>(p[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
               (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
    }
    h = (h ^ last) * 0x94D049BB133111EBULL;
    return h ^ (h >> 29);
}

bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    if (b.size() <= 8 && b.size() >= 4)  // two overlapping words: no call to memcmp
        return load32(a.data()) == load32(b.data()) && load32(a.data() + a.size() - 4) == load32(b.data() + b.size() - 4);
    if (b.size() > 8 && b.size() <= 16)
        return load64(a.data()) == load64(b.data()) && load64(a.data() + a.size() - 8) == load64(b.data() + b.size() - 8);
    return b.empty() || std::memcmp(a.data(), b.data(), b.size()) == 0;
}

}  // namespace

std::uint32_t GroupKeys::id(std::string_view key) {
    const std::uint64_t h = text_hash(key);
    const auto high = static_cast<std::uint32_t>(h >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (slot.id == 0) {
            slot = {high, static_cast<std::uint32_t>(ends_.size() + 1)};
            bytes_ += key;
            ends_.push_back(bytes_.size());
            if (ends_.size() * 2 > slots_.size()) grow();
            return static_cast<std::uint32_t>(ends_.size() - 1);
        }
        if (slot.hash == high && same_text(this->key(slot.id - 1), key)) return slot.id - 1;
    }
}

void GroupKeys::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.id == 0) continue;
        std::size_t i = text_hash(key(s.id - 1)) & mask;
        while (slots_[i].id != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

RowAggregator::RowAggregator(const ScanPlan& plan)
    : plan_(plan),
      group_ids_(plan.group_columns.size()), groups_(plan.group_columns.size()), held_(plan.steps.size(), 0) {
    for (const auto& step : plan.steps) {
        tallies_.emplace_back(step);
        if (!step.group) tallies_.back().grow(1);
    }
    if (plan.filter_rows)
        for (const RowFilter& filter : plan.filters) filter_rows_.emplace_back(filter.size());
}

void RowAggregator::test_filters(std::uint64_t line) {
    passed_.clear();
    if (!plan_.filter_rows) {
        for (std::size_t f : plan_.tested)
            if (plan_.filters[f].matches(cells_)) passed_.push_back(f);
        // One lookup per column, not one test per filter.
        for (const auto& lookup : plan_.lookups) {
            auto hit = lookup.filters.find(cells_[lookup.column].text);
            if (hit != lookup.filters.end()) passed_.insert(passed_.end(), hit->second.begin(), hit->second.end());
        }
        std::sort(passed_.begin(), passed_.end());  // the queries tallied in the plan's order, as without lookups
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

std::uint32_t RowAggregator::group_of(std::size_t g, std::string_view key) {
    const std::size_t known = groups_[g].size();
    const std::uint32_t id = groups_[g].id(key);
    if (groups_[g].size() > known)  // a new group: it counts for every query grouped by this column
        for (std::size_t s = 0; s < plan_.steps.size(); ++s)
            if (plan_.steps[s].group == g) {
                tallies_[s].grow(id + 1);
                held(s, 1);
            }
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
    if (cells_.empty()) cells_.resize(columns.size());
    // Every typed cell is checked, used or not, so a file's errors do not depend on the queries.
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (const char* why = parse_cell(columns[i].type, record.fields[i], cells_[i]))
            return RowProblem{i + 1, why, record.fields[i], record.offsets[i]};
    test_filters(record.line);
    for (std::size_t g = 0; g < plan_.group_columns.size(); ++g) {
        const Cell& cell = cells_[plan_.group_columns[g]];
        // One group per number, however written: 013 and 13.0 are the group 13.
        const bool renamed = numeric(columns[plan_.group_columns[g]].type) && !cell.number.canonical;
        if (renamed) scratch_ = number_text(cell.number);
        group_ids_[g] = group_of(g, renamed ? std::string_view(scratch_) : cell.text);
    }
    for (std::size_t f : passed_)
        for (std::size_t s : plan_.filter_steps[f]) {
            const ScanPlan::Step& step = plan_.steps[s];
            static const Cell none{};
            const std::size_t more = tallies_[s].add(step.group ? group_ids_[*step.group] : 0,
                                                     step.column ? cells_[*step.column] : none);
            if (more > 0) held(s, more);
        }
    return std::nullopt;
}

void RowAggregator::merge(const RowAggregator& other, std::uint64_t lines_before) {
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
        const Tallies& theirs = other.tallies_[s];
        const auto& group = plan_.steps[s].group;
        for (std::uint32_t i = 0; i < theirs.size(); ++i) {
            if (theirs.count[i] == 0 && group) continue;
            const std::uint32_t mine = group ? group_of(*group, other.groups_[*group].key(i)) : 0;
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
}

std::vector<Answer> RowAggregator::answers() const {
    std::vector<Answer> each(plan_.steps.size());
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        const ScanPlan::Step& step = plan_.steps[s];
        const Tallies& t = tallies_[s];
        if (plan_.filter_rows) each[s].filter_rows = filter_rows_[step.filter];
        if (!step.group) {
            each[s].value = t.value(0);
            continue;
        }
        for (std::uint32_t i = 0; i < t.size(); ++i)
            if (t.count[i] > 0) each[s].groups.emplace(groups_[*step.group].key(i), *t.value(i));
    }
    std::vector<Answer> out;  // one per query, as asked
    out.reserve(plan_.query_steps.size());
    for (std::size_t s : plan_.query_steps) out.push_back(each[s]);
    return out;
}

}  // namespace claimcheck
