// The rows of a table's one statement read back as its answers, exactly (scan_statement.hpp).
#include "engine/tables/postgres/scan_statement.hpp"

#include "engine/tables/scaled.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

// A value as PostgreSQL prints it, read exactly from its digits.
struct Unreadable {
    std::string message;
};

Number number_of(std::string_view text, const std::string& what) {
    Number n;
    if (!parse_number(text, NumberSyntax::decimal, n))
        throw Unreadable{"PostgreSQL gave \"" + std::string(text) + "\" for " + what + ", which is not a number"};
    return n;
}

class Reader {
public:
    Reader(const Schema& schema, const ScanStatement& statement, const TextRows& rows)
        : schema_(schema), st_(statement), rows_(rows) {
        // GROUPING(keys...) sets the bit of each key a row is not grouped by, the first key highest.
        const std::size_t n = statement.keys.size();
        for (std::size_t s = 0; s < statement.sets.size(); ++s) {
            long mask = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (std::find(statement.sets[s].begin(), statement.sets[s].end(), statement.keys[i]) ==
                    statement.sets[s].end())
                    mask |= 1L << (n - 1 - i);
            set_of_mask_[mask] = s;
        }
    }

    std::size_t set(int row) const {
        if (st_.mask_column < 0) return 0;
        return set_of_mask_.at(std::stol(std::string(*rows_.at(row, st_.mask_column))));
    }
    bool whole(int row) const { return st_.sets[set(row)].empty() || st_.sets.size() == 1; }

    std::uint64_t count(int row, int column) const {
        auto text = rows_.at(row, column);
        return text ? std::stoull(std::string(*text)) : 0;
    }
    std::optional<Number> value(int row, int column, const std::string& what) const {
        auto text = rows_.at(row, column);
        if (!text) return std::nullopt;
        return number_of(*text, what);
    }
    // A group's key as the CSV scan gives it: a number in its one canonical form.
    std::string key(int row, std::size_t column) const {
        const int at = static_cast<int>(std::find(st_.keys.begin(), st_.keys.end(), column) - st_.keys.begin());
        const std::string_view text = rows_.at(row, at).value_or("");
        if (!is_number(schema_.columns[column].type)) return std::string(text);
        return number_text(number_of(text, "a key of " + schema_.columns[column].name));
    }

    std::optional<Rational> answer(const ScanStatement::Step& step, int row) const {
        const std::uint64_t n = count(row, step.count);
        const std::string what = std::string(aggregate_name(step.aggregate)) +
                                 (step.column ? " of " + schema_.columns[*step.column].name : "");
        switch (step.aggregate) {
        case Aggregate::count: return Rational(n);
        case Aggregate::distinct: return Rational(count(row, step.value));
        case Aggregate::sum: {
            auto sum = value(row, step.value, what);
            return sum ? to_rational(*sum) : Rational(0);  // the sum of no rows is 0, as in a CSV scan
        }
        case Aggregate::mean: {
            auto sum = value(row, step.value, what);
            if (n == 0 || !sum) return std::nullopt;
            return to_rational(*sum) / Rational(n);
        }
        case Aggregate::min:
        case Aggregate::max: {
            auto v = value(row, step.value, what);
            return v ? std::optional<Rational>(to_rational(*v)) : std::nullopt;
        }
        case Aggregate::mode: break;
        }
        return std::nullopt;
    }

    // A total row counted with the rows it totals, as a file's unlabelled one is found: its
    // addend holds the sum of the others. A table's rows have no place: row 0.
    void total_row(const ScanStatement::Step& step, int row, Answer& answer) const {
        if (step.largest < 0) return;
        const auto sum = value(row, step.value, "the sum of " + schema_.columns[*step.column].name);
        const auto largest = value(row, step.largest, "the largest of " + schema_.columns[*step.column].name);
        if (sum && largest && holds_the_rest(count(row, step.count), to_rational(*largest), to_rational(*sum)))
            answer.total_row = 0;
    }

    // A distinct count from the rows of a set holding the column (and the `by`): the values the
    // filter kept a row of, per group.
    void distinct_values(const ScanStatement::Step& step, Answer& answer) const {
        std::map<std::string, std::uint64_t> values;  // by group key ("" ungrouped)
        for (int r = 0; r < rows_.rows(); ++r)
            if (set(r) == *step.values_set && count(r, step.count) > 0) ++values[step.by ? key(r, *step.by) : ""];
        if (!step.by) answer.value = Rational(values.empty() ? 0 : values.begin()->second);
        else
            for (const auto& [group, n] : values) answer.groups.emplace(group, Rational(n));
    }

    // Modes from the counts of each value (per group): the most frequent, of equals the least.
    void modes(const ScanStatement::Step& step, std::size_t set, Answer& answer) const {
        struct Best {
            std::uint64_t count = 0;
            Number value;
        };
        std::map<std::string, Best> best;  // by group key ("" ungrouped)
        for (int r = 0; r < rows_.rows(); ++r) {
            if (this->set(r) != set) continue;
            const std::uint64_t n = count(r, step.count);
            if (n == 0) continue;
            const Number v = number_of(key(r, *step.column), "a value of " + schema_.columns[*step.column].name);
            Best& b = best[step.by ? key(r, *step.by) : std::string()];
            if (n > b.count || (n == b.count && compare(v, b.value) < 0)) b = {n, v};
        }
        for (const auto& [group, b] : best)
            if (step.by) answer.groups.emplace(group, to_rational(b.value));
            else answer.value = to_rational(b.value);
    }

private:
    const Schema& schema_;
    const ScanStatement& st_;
    const TextRows& rows_;
    std::map<long, std::size_t> set_of_mask_;
};

std::string query_text(const Schema& schema, const ScanStatement::Step& step) {
    return std::string(aggregate_name(step.aggregate)) + (step.column ? " of " + schema.columns[*step.column].name : "") +
           (step.by ? " by " + schema.columns[*step.by].name : "");
}

}  // namespace

ScanResult read_scan(const Schema& schema, const ScanStatement& st, const TextRows& rows, std::size_t max_distinct) {
    ScanResult result;
    auto fail = [&](std::string message) {
        result.answers.clear();
        DataError e;
        e.message = std::move(message);
        e.part = SourcePart::selection;
        result.error = e;
        return result;
    };
    try {
        const Reader read(schema, st, rows);
        std::vector<std::uint64_t> nulls(st.null_columns.size(), 0);
        std::vector<Answer> each(st.steps.size());
        for (int r = 0; r < rows.rows(); ++r) {
            if (!read.whole(r)) continue;
            result.rows += read.count(r, st.rows_column);
            for (std::size_t i = 0; i < nulls.size(); ++i) nulls[i] += read.count(r, st.null_columns[i].second);
            for (std::size_t s = 0; s < st.steps.size(); ++s) {
                const auto& nodes = st.steps[s].node_rows;
                each[s].filter_rows.resize(nodes.size());
                for (std::size_t k = 0; k < nodes.size(); ++k) each[s].filter_rows[k].rows += read.count(r, nodes[k]);
            }
        }
        for (std::size_t i = 0; i < nulls.size(); ++i)
            if (nulls[i] > 0) {
                const Column& c = schema.columns[st.null_columns[i].first];
                return fail(std::to_string(nulls[i]) + " NULL cell" + (nulls[i] == 1 ? "" : "s") + " in the " +
                            type_name(c.type) + " column " + c.name +
                            ": a claim cannot count them as numbers; leave them out in a query");
            }
        for (std::size_t s = 0; s < st.steps.size(); ++s) {
            const ScanStatement::Step& step = st.steps[s];
            if (step.aggregate == Aggregate::mode) read.modes(step, step.set, each[s]);
            else if (step.values_set) read.distinct_values(step, each[s]);
            else
                for (int r = 0; r < rows.rows(); ++r) {
                    if (read.set(r) != step.set) continue;
                    if (!step.by) {
                        each[s].value = read.answer(step, r);
                        read.total_row(step, r, each[s]);
                    } else if (read.count(r, step.count) > 0) {
                        each[s].groups.emplace(read.key(r, *step.by), *read.answer(step, r));
                    }
                }
            if (step.aggregate == Aggregate::sum) each[s].total_group = group_holding_the_rest(each[s].groups);
            if (each[s].groups.size() > max_distinct)
                return fail("more than " + std::to_string(max_distinct) + " groups in one query (" +
                            query_text(schema, step) + "); --max-distinct raises it");
        }
        for (std::size_t s : st.query_steps) result.answers.push_back(each[s]);
    } catch (const Unreadable& e) {
        return fail(e.message);
    }
    return result;
}

}  // namespace claimcheck
