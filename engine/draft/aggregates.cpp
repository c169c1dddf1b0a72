// Table aggregates as candidate figures for one statement.
#include "engine/draft/aggregates.hpp"

#include "engine/extract/skeleton.hpp"

#include <set>

namespace claimcheck {

namespace {

// Names tried as filters, nearest the statement first: each costs every table a comparison per row.
constexpr std::size_t names_tried = 4;
constexpr std::size_t years_tried = 1;  // the latest year of the data, for a month named without one

struct Filter {
    std::string text;   // " where t.ward == \"Kent\"", or "" for every row
    std::string key;    // what tells it from the table's other filters: "Kent", "Dec 2023"
    std::string words;  // what the article would say of it
};

DataFigure aggregate(std::string expression, std::string group, std::string words, bool summable = true,
                     int operations = 0) {
    DataFigure f;
    f.name = std::move(expression);
    f.group = std::move(group);
    f.words = std::move(words);
    f.summable = summable;
    f.operations = operations;
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

std::vector<Filter> filters_of(const DataTable& t, const Context& context, const std::vector<int>& years) {
    std::vector<Filter> out{{"", "", ""}};
    const std::size_t tried = std::min(context.names.size(), names_tried);
    for (const DataColumn& c : t.columns) {
        const std::string column = t.name + "." + c.name;
        if (c.text)
            for (std::size_t n = 0; n < tried; ++n)
                out.push_back({" where " + column + " == " + claims_string(context.names[n]), context.names[n],
                               c.words + " " + context.names[n]});
        if (c.date)
            for (const auto& [month, year] : context.months)
                for (int y : year ? std::vector<int>{year} : years) {
                    const std::string period = month + " " + std::to_string(y);
                    out.push_back({" where " + column + " in " + period, period, c.words + " " + month});
                }
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
        for (const Filter& f : filters_of(t, context, years)) {
            const std::string key = f.key.empty() ? "" : "|" + f.key;
            out.push_back(aggregate("count(" + t.name + f.text + ")", "count(" + t.name + ")" + key,
                                    t.name + " rows " + f.words));
            for (std::size_t i = 0; i < numbers.size(); ++i) {
                const std::string column = t.name + "." + numbers[i]->name;
                const std::string words = t.name + " " + numbers[i]->words + " " + f.words;
                out.push_back(aggregate("sum(" + column + f.text + ")", "sum(" + column + ")" + key, words));
                // A table of two number columns may split one count in two ("adults", "children").
                for (std::size_t j = i + 1; numbers.size() == 2 && j < numbers.size(); ++j) {
                    const std::string other = t.name + "." + numbers[j]->name;
                    out.push_back(aggregate("sum(" + column + f.text + ") + sum(" + other + f.text + ")",
                                            "sum(" + column + " + " + other + ")" + key,
                                            words + " " + numbers[j]->words, true, 1));
                }
                if (!f.text.empty()) continue;
                // A mean is what an article calls an average; a largest value, the highest.
                out.push_back(aggregate("mean(" + column + ")", "mean(" + column + ")", words + " average", false));
                out.push_back(aggregate("max(" + column + ")", "max(" + column + ")", words + " highest", false));
            }
        }
    }
    return out;
}

}  // namespace claimcheck
