#pragma once
// The figures a draft may rest on, as the data files (--data) declare them: each `let` with
// its name, period, label and the comments written over its block, and each table's columns.
// Read from the syntax tree: drafting proposes expressions; the engine evaluates them.
#include "engine/core/exact.hpp"
#include "engine/lang/module.hpp"
#include "engine/lang/tables.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace claimcheck {

struct DataFigure {
    std::string name;        // ew.2016_17
    std::string group;       // the name without its period parts: "ew"; figures of one quantity share it
    std::string words;       // what describes it: its name's words, its label, its block's comments
    std::string period;      // "FY2016/17" as written, or "" when it has none
    // When it was counted, for ordering a quantity's periods: from its period, else from a
    // year in its name (thefts.2023); nothing when neither says.
    std::optional<std::tuple<int, int, int>> when;
    bool year_only = false;  // `when` is only the year its name says (volunteers.2023_24: 2023)
    bool missing = false;    // let x = missing "why": a claim resting on it stays unverifiable
    bool money = false;      // written with a currency sign
    bool percent = false;    // written as a percentage: a rate or share published as such
    bool summable = true;    // a count or amount (not a mean or a largest value): may be added or shared
    int operations = 0;      // the arithmetic its expression already holds (a table aggregate's sum of two columns)
    std::optional<Rational> value;  // its exact value, once the engine has given it (draft.cpp)
    // A table aggregate's quantity as lets name it ("cancelled", "trains.cancelled" for
    // sum(trains.cancelled)): a let of that name counts it for an earlier period than the table.
    std::vector<std::string> continues;
    // A grouped aggregate's (sum(t.n by t.c)): the text of t.c the words say, which a rank
    // ("the most", "the smallest") claims leads the groups. Only a rank uses it.
    std::string leader;
    int closeness = 0;  // a filtered aggregate's: tenths for how near the statement its filter's text is said
    // A table aggregate's: its table, what it measures over every row ("sum(t.x)", as its group
    // says it), the rows it is over (a filter's text: "Kent", "Dec 2023"; "" for every row), and
    // whether it sums a number column or all of them (a part or the whole of the table's count).
    std::string table, measure, rows;
    bool column_sum = false;
    // A table's number columns added, where the words say what the table counts and none of
    // its columns ("called to 402 incidents" of a table of fires, false alarms and rescues).
    bool total_named = false;
};

struct DataColumn {
    std::string name;   // as claims name it: ward
    std::string words;  // its name's words, header and label
    bool text = false;  // a text column: filters compare it with words of the article
    bool number = false;  // an integer or decimal column: what aggregates sum
    bool date = false;  // a date column: filters keep the months the article names
    // A text column's distinct texts in the table's first rows (sample_tables): what filters
    // compare with the article's words.
    std::vector<std::string> values;
};

struct DataTable {
    std::string name;
    std::vector<DataColumn> columns;
    bool sampled = false;     // its columns' values were read from its first rows
    bool all_values = false;  // and those rows were all it has: a text not among them is in no row
};

struct Data {
    std::vector<DataFigure> figures;
    std::vector<DataTable> tables;
};

// The figures and tables of the program's modules that are not targets (the data files and
// what they use), in load order; house-style rules declare none.
Data read_data(const Program& program);

// Fills in each table's text values from its first rows, its file found as `check` finds it.
void sample_tables(Data& data, const Program& program, const TableOptions& options);

}  // namespace claimcheck
