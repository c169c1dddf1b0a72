#include "table_aggregate.hpp"

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

ScanPlan::ScanPlan(const Schema& s, const std::vector<Query>& queries) : schema(s) {
    std::vector<const Filter*> distinct;
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
        steps.push_back(step);
    }
}

void Tally::merge(const Tally& other) {
    count += other.count;
    sum.merge(other.sum);
    extreme.merge(other.extreme);
    numbers.merge(other.numbers);
    texts.insert(other.texts.begin(), other.texts.end());
    spans.insert(other.spans.begin(), other.spans.end());
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

bool same_text(const std::string& a, std::string_view b) {
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
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        Slot& slot = slots_[i];
        if (!slot.used) {
            slot = {h, static_cast<std::uint32_t>(keys_.size()), true};
            keys_.emplace_back(key);
            if (keys_.size() * 2 > slots_.size()) grow();
            return static_cast<std::uint32_t>(keys_.size() - 1);
        }
        if (slot.hash == h && same_text(keys_[slot.id], key)) return slot.id;
    }
}

void GroupKeys::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (!s.used) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].used) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

RowAggregator::RowAggregator(const ScanPlan& plan)
    : plan_(plan), cells_(plan.schema.columns.size()), passed_(plan.filters.size()),
      group_ids_(plan.group_columns.size()), groups_(plan.group_columns.size()), tallies_(plan.steps.size()) {}

Tally& RowAggregator::new_tally(std::size_t step, std::uint32_t group) {
    auto& row = tallies_[step];
    const bool greatest = plan_.steps[step].aggregate == Aggregate::max;
    while (row.size() <= group) row.emplace_back(greatest);
    return row[group];
}

std::optional<RowProblem> RowAggregator::add(const CsvRecord& record) {
    const auto& columns = plan_.schema.columns;
    if (record.fields.size() != columns.size()) {
        const std::size_t n = record.fields.size(), at = std::min(n, columns.size());
        return RowProblem{at + 1, std::to_string(n) + (n == 1 ? " field" : " fields") + ", expected " +
                                      std::to_string(columns.size()),
                          record.raw, at < n ? record.offsets[at] : record.raw.size()};
    }
    // Every typed cell is checked, used or not, so a file's errors do not depend on the queries.
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (const char* why = parse_cell(columns[i].type, record.fields[i], cells_[i]))
            return RowProblem{i + 1, why, record.fields[i], record.offsets[i]};
    for (std::size_t f = 0; f < plan_.filters.size(); ++f) passed_[f] = plan_.filters[f].matches(cells_);
    for (std::size_t g = 0; g < plan_.group_columns.size(); ++g) {
        const Cell& cell = cells_[plan_.group_columns[g]];
        // One group per number, however written: 013 and 13.0 are the group 13.
        const bool renamed = numeric(columns[plan_.group_columns[g]].type) && !cell.number.canonical;
        if (renamed) scratch_ = number_text(cell.number);
        group_ids_[g] = groups_[g].id(renamed ? std::string_view(scratch_) : cell.text);
    }
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        const ScanPlan::Step& step = plan_.steps[s];
        if (!passed_[step.filter]) continue;
        Tally& t = step.group ? tally(s, group_ids_[*step.group]) : tally(s, 0);
        ++t.count;
        if (!step.column) continue;
        const Cell& cell = cells_[*step.column];
        switch (step.aggregate) {
        case Aggregate::count: break;
        case Aggregate::sum:
        case Aggregate::mean: t.sum.add(cell.number); break;
        case Aggregate::min:
        case Aggregate::max: t.extreme.offer(cell.number); break;
        case Aggregate::mode: t.numbers.add(cell.number); break;
        case Aggregate::distinct:
            if (numeric(step.type)) t.numbers.add(cell.number);
            else if (step.type == ColumnType::text) {
                if (t.texts.find(cell.text) == t.texts.end()) t.texts.emplace(cell.text);
            } else t.spans.insert(span_key(cell.span));
            break;
        }
    }
    return std::nullopt;
}

void RowAggregator::merge(const RowAggregator& other) {
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        const auto& theirs = other.tallies_[s];
        const auto& group = plan_.steps[s].group;
        for (std::uint32_t i = 0; i < theirs.size(); ++i) {
            if (theirs[i].count == 0 && group) continue;
            const std::uint32_t mine = group ? groups_[*group].id(other.groups_[*group].key(i)) : 0;
            tally(s, mine).merge(theirs[i]);
        }
    }
}

std::optional<Rational> RowAggregator::value(const ScanPlan::Step& step, const Tally& t) const {
    switch (step.aggregate) {
    case Aggregate::count: return Rational(t.count);
    case Aggregate::sum: return t.sum.value();
    case Aggregate::mean:
        if (t.count == 0) return std::nullopt;
        return t.sum.value() / Rational(t.count);
    case Aggregate::min:
    case Aggregate::max: return t.extreme.value();
    case Aggregate::mode: return t.numbers.mode();
    case Aggregate::distinct: return Rational(t.numbers.distinct() + t.texts.size() + t.spans.size());
    }
    return std::nullopt;
}

std::vector<Answer> RowAggregator::answers() const {
    std::vector<Answer> out(plan_.steps.size());
    const Tally none(false);
    for (std::size_t s = 0; s < plan_.steps.size(); ++s) {
        const ScanPlan::Step& step = plan_.steps[s];
        const auto& row = tallies_[s];
        if (!step.group) {
            out[s].value = value(step, row.empty() ? none : row.front());
            continue;
        }
        for (std::uint32_t i = 0; i < row.size(); ++i)
            if (row[i].count > 0) out[s].groups.emplace(groups_[*step.group].key(i), *value(step, row[i]));
    }
    return out;
}

}  // namespace claimcheck
