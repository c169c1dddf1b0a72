// Table aggregates as candidate figures for one statement.
#include "engine/draft/aggregates.hpp"

#include "engine/extract/skeleton.hpp"

namespace claimcheck {

namespace {

// Names tried as filters, nearest the statement first: each costs every table a comparison per row.
constexpr std::size_t names_tried = 4;

DataFigure aggregate(std::string expression, std::string group, std::string words) {
    DataFigure f;
    f.name = std::move(expression);
    f.group = std::move(group);
    f.words = std::move(words);
    return f;
}

}  // namespace

std::vector<DataFigure> aggregates(const Data& data, const std::vector<std::string>& names) {
    std::vector<DataFigure> out;
    const std::size_t tried = std::min(names.size(), names_tried);
    for (const DataTable& t : data.tables) {
        out.push_back(aggregate("count(" + t.name + ")", "count(" + t.name + ")", t.name + " rows"));
        for (std::size_t n = 0; n < tried; ++n)
            for (const DataColumn& c : t.columns)
                if (c.text) {
                    const std::string filter = " where " + t.name + "." + c.name + " == " + claims_string(names[n]);
                    out.push_back(aggregate("count(" + t.name + filter + ")", "count(" + t.name + ")|" + names[n],
                                            t.name + " " + c.words + " " + names[n]));
                }
        for (const DataColumn& n : t.columns) {
            if (!n.number) continue;
            const std::string column = t.name + "." + n.name;
            const std::string words = t.name + " " + n.words;
            // A mean is what an article calls an average; a largest value, the highest.
            for (auto [f, said] : {std::pair{"sum", ""}, std::pair{"mean", " average"}, std::pair{"max", " highest"}}) {
                out.push_back(aggregate(std::string(f) + "(" + column + ")", std::string(f) + "(" + column + ")",
                                        words + said));
                out.back().summable = std::string_view(f) == "sum";
            }
            for (std::size_t k = 0; k < tried; ++k)
                for (const DataColumn& c : t.columns)
                    if (c.text) {
                        const std::string filter = " where " + t.name + "." + c.name + " == " + claims_string(names[k]);
                        out.push_back(aggregate("sum(" + column + filter + ")", "sum(" + column + ")|" + names[k],
                                                words + " " + c.words + " " + names[k]));
                    }
        }
    }
    return out;
}

}  // namespace claimcheck
