// Table aggregates as candidate figures for one statement.
#include "engine/draft/aggregates.hpp"

#include "engine/extract/skeleton.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace claimcheck {

namespace {

// Texts tried as filters of a column, nearest the statement first: each costs a comparison per row.
constexpr std::size_t names_tried = 4;
constexpr std::size_t years_tried = 1;  // the latest year of the data, for a month named without one

struct RowFilter {
    std::string text;   // " where t.ward == \"Kent\"", or "" for every row
    std::string key;    // what tells it from the table's other filters: "Kent", "Dec 2023"
    std::string words;  // what the article would say of it
    int closeness = 0;  // DataFigure::closeness
    std::string column;  // the column it compares, for one condition
};

// Both conditions, as one: "burglaries in Riverside" are the rows of both ward and category.
RowFilter both(const RowFilter& a, const RowFilter& b) {
    return {a.text + " and" + b.text.substr(std::string(" where").size()), a.key + ", " + b.key, a.words + " " + b.words,
            std::min(a.closeness, b.closeness), ""};
}

// Tenths for a filter's text said next to the statement, in its clause, its sentence, its paragraph.
constexpr int closeness_of[] = {0, 15, 30, 45};

// A name as a let's group writes it (DataFigure::group): special_services -> special.services.
std::string as_group(std::string name) {
    std::replace(name.begin(), name.end(), '_', '.');
    return name;
}

DataFigure aggregate(std::string expression, std::string group, std::string words, bool summable = true,
                     int operations = 0, std::vector<std::string> continues = {}) {
    DataFigure f;
    f.name = std::move(expression);
    f.group = std::move(group);
    f.words = std::move(words);
    f.summable = summable;
    f.operations = operations;
    f.continues = std::move(continues);
    return f;
}

std::vector<int> data_years(const Data& data) {
    std::set<int> years;
    for (const DataFigure& f : data.figures)
        if (f.when) years.insert(std::get<0>(*f.when));
    std::vector<int> out(years.rbegin(), years.rend());
    if (out.size() > years_tried) out.resize(years_tried);
    return out;
}

// How near the statement the words of a column's text are said: 3 next to it, 2 in its clause,
// 1 in its sentence, 0 in its paragraph; nothing when not all of them are said.
std::optional<int> said(const std::string& text, const Context& context) {
    const auto words = content_words(text);
    if (words.empty()) return std::nullopt;
    int nearest = 3;
    for (const auto& w : words) {
        const int here = context.near.count(w.word)       ? 3
                         : context.clause.count(w.word)   ? 2
                         : context.sentence.count(w.word) ? 1
                         : context.paragraph.count(w.word) ? 0
                                                           : -1;
        if (here < 0) return std::nullopt;
        nearest = std::min(nearest, here);
    }
    return nearest;
}

// Whether any of the words is said in the statement's sentence.
bool said_any(const std::string& text, const Context& context) {
    const auto words = content_words(text);
    return std::any_of(words.begin(), words.end(), [&](const ContentWord& w) {
        return context.near.count(w.word) || context.clause.count(w.word) || context.sentence.count(w.word);
    });
}

// Whether any of the words is said next to the statement or in its clause.
bool said_near(const std::string& text, const Context& context) {
    const auto words = content_words(text);
    return std::any_of(words.begin(), words.end(), [&](const ContentWord& w) {
        return context.near.count(w.word) || context.clause.count(w.word);
    });
}

// The texts of a column a filter may compare with, nearest the statement first: those of its
// rows the words say ("league", "Valley Line"), and, when its rows were not all read, the names
// the sentence says, which later rows may hold.
std::vector<std::pair<std::string, int>> compared(const DataTable& t, const DataColumn& c, const Context& context) {
    std::vector<std::pair<std::string, int>> out;  // the text, its closeness
    for (const std::string& v : c.values)
        if (auto nearness = said(v, context)) out.emplace_back(v, closeness_of[*nearness]);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (!t.all_values)
        for (const std::string& name : context.names)
            if (std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.first == name; }))
                out.emplace_back(name, 0);
    if (out.size() > names_tried) out.resize(names_tried);
    return out;
}

std::vector<RowFilter> filters_of(const DataTable& t, const Context& context, const std::vector<int>& years) {
    std::vector<RowFilter> out{RowFilter{}};  // every row
    // The texts said nearest the statement, whatever their columns: each filter costs the scan
    // a tally of its queries on every row it holds for.
    std::vector<RowFilter> texts;
    for (const DataColumn& c : t.columns)
        if (c.text)
            for (const auto& [value, closeness] : compared(t, c, context))
                texts.push_back({" where " + t.name + "." + c.name + " == " + claims_string(value), value,
                                 c.words + " " + value, closeness, c.name});
    std::stable_sort(texts.begin(), texts.end(), [](const RowFilter& a, const RowFilter& b) { return a.closeness > b.closeness; });
    if (texts.size() > names_tried) texts.resize(names_tried);
    out.insert(out.end(), texts.begin(), texts.end());
    std::vector<RowFilter> months;
    for (const DataColumn& c : t.columns) {
        const std::string column = t.name + "." + c.name;
        if (c.date)
            for (const auto& [month, year] : context.months)
                for (int y : year ? std::vector<int>{year} : years) {
                    const std::string period = month + " " + std::to_string(y);
                    months.push_back({" where " + column + " in " + period, period, c.words + " " + month, 0, c.name});
                }
    }
    out.insert(out.end(), months.begin(), months.end());
    // Two conditions said in the statement's own clause, of different columns: a category in a
    // ward, a ward in a month. Only the nearest pair: each is tested on every row of the scan.
    const auto first = std::find_if(texts.begin(), texts.end(), [](const RowFilter& f) { return f.closeness >= closeness_of[2]; });
    if (first != texts.end()) {
        const auto second = std::find_if(first + 1, texts.end(), [&](const RowFilter& f) {
            return f.closeness >= closeness_of[2] && f.column != first->column;
        });
        if (second != texts.end()) out.push_back(both(*first, *second));
        if (!months.empty()) out.push_back(both(*first, months.front()));
    }
    return out;
}

}  // namespace

std::vector<DataFigure> aggregates(const Data& data, const Context& context) {
    std::vector<DataFigure> out;
    const std::vector<int> years = data_years(data);
    for (const DataTable& t : data.tables) {
        std::vector<const DataColumn*> numbers;
        for (const DataColumn& c : t.columns)
            if (c.number) numbers.push_back(&c);
        for (const DataColumn& c : t.columns) {
            if (!c.text) continue;
            // How many different texts a column holds, where the words say what it holds: "the
            // four food banks". Each costs the scan a lookup a row, so only then.
            const std::string column = t.name + "." + c.name;
            if (said_near(c.name, context)) {
                out.push_back(aggregate("distinct(" + column + ")", "distinct(" + column + ")", t.name + " " + c.words, false));
                out.back().table = t.name;
                out.back().measure = out.back().group;
            }
            // Each number column summed by it, for a rank of a text the words say: "the most parcels".
            if (!context.rank) continue;
            for (const auto& [value, closeness] : compared(t, c, context))
                for (const DataColumn* n : numbers) {
                    const std::string by = "sum(" + t.name + "." + n->name + " by " + column + ")";
                    DataFigure ranked = aggregate(by, by, t.name + " " + n->words + " " + c.words + " " + value, false);
                    ranked.leader = value;
                    ranked.closeness = closeness;
                    ranked.table = t.name;
                    ranked.measure = by;
                    out.push_back(std::move(ranked));
                }
        }
        for (const RowFilter& f : filters_of(t, context, years)) {
            const std::size_t first = out.size();
            out.push_back(aggregate("count(" + t.name + f.text + ")", "count(" + t.name + ")", t.name + " rows " + f.words));
            for (std::size_t i = 0; i < numbers.size(); ++i) {
                const std::string column = t.name + "." + numbers[i]->name;
                const std::string words = t.name + " " + numbers[i]->words + " " + f.words;
                // Over every row, a column is the quantity a let of its name counted before.
                std::vector<std::string> continues;
                if (f.text.empty()) continues = {as_group(numbers[i]->name), as_group(column)};
                out.push_back(aggregate("sum(" + column + f.text + ")", "sum(" + column + ")", words, true, 0,
                                        std::move(continues)));
                out.back().column_sum = true;
                // A mean is what an article calls an average (of some rows, when it says so); a
                // largest value, the highest.
                if (f.text.empty() || context.quotient)
                    out.push_back(aggregate("mean(" + column + f.text + ")", "mean(" + column + ")", words + " average", false));
                if (f.text.empty())
                    out.push_back(aggregate("max(" + column + ")", "max(" + column + ")", words + " highest", false));
            }
            // The number columns may split one count ("adults", "children"; "fires", "false alarms",
            // "special services"): all of them added count what the table is named for.
            if (numbers.size() >= 2) {
                std::string expression, group, words = t.name;
                for (const DataColumn* n : numbers) {
                    const std::string column = t.name + "." + n->name;
                    expression += (expression.empty() ? "" : " + ") + ("sum(" + column + f.text + ")");
                    group += (group.empty() ? "" : " + ") + column;
                    words += " " + n->words;
                }
                std::vector<std::string> continues;
                if (f.text.empty()) continues = {as_group(t.name)};
                out.push_back(aggregate(expression, "sum(" + group + ")", words + " " + f.words, true,
                                        static_cast<int>(numbers.size()) - 1, std::move(continues)));
                out.back().column_sum = true;
                const auto table_said = said(t.name, context);
                out.back().total_named = table_said && *table_said >= 2 &&
                                         std::none_of(numbers.begin(), numbers.end(), [&](const DataColumn* n) {
                                             return said_any(n->name, context);  // its name, not its label's wider words
                                         });
            }
            for (std::size_t i = first; i < out.size(); ++i) {
                DataFigure& a = out[i];
                a.closeness = f.closeness;
                a.table = t.name;
                a.measure = a.group;
                a.rows = f.key;
                if (!f.key.empty()) a.group += "|" + f.key;  // one quantity a filter: continuity tells them apart
            }
        }
    }
    return out;
}

}  // namespace claimcheck
