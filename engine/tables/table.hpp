#pragma once
// A table as claims use it: its schema, the aggregates a run asks of it,
// and their exact results. Everything a run needs from one table is computed
// in a single pass over its rows (a CSV file's streamed: engine/tables/csv/table_scan;
// a spreadsheet's: engine/tables/sheet); nothing here knows the claims language's syntax.
#include "engine/core/column_type.hpp"
#include "engine/core/exact.hpp"
#include "engine/core/limits.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Column {
    std::string header;  // as the file's header row has it
    std::string name;    // as claims name it: crimes.<name>
    ColumnType type = ColumnType::text;
};

struct Schema {
    char delimiter = ',';
    std::vector<Column> columns;  // in file order
    std::uint32_t preamble = 0;   // a CSV file's records above its header (a title, notes): not the table's
    std::optional<std::uint64_t> end;  // where a CSV file's table ends, when notes follow it
    std::optional<std::size_t> index_of(const std::string& name) const;
};

// A span of days, both ends included (days since 1970-01-01): a date is one day,
// a month YYYY-MM its days, a financial year 2016/17 1 Apr 2016 to 31 Mar 2017.
struct DaySpan {
    long first = 0;
    long last = 0;
};

// A where-condition over one row, compiled from the claim's text.
struct Filter {
    enum class Op { always, eq, ne, lt, le, gt, ge, within, one_of, all, any, negate };
    Op op = Op::always;
    std::size_t column = 0;             // for comparisons, within and one_of
    std::optional<Rational> number;     // the value compared with a numeric column
    std::string text;                   // the value compared with a text column
    std::optional<DaySpan> span;        // eq/ne/lt.. on a date or period column; `within`: the period
    std::vector<std::string> values;    // one_of: text values (numbers as written)
    std::vector<Filter> children;       // all (and), any (or), negate (one child)
};

enum class Aggregate { count, sum, mean, min, max, mode, distinct };

// Every aggregate, for the type checker to read a call's name by and the editor to offer.
inline constexpr Aggregate all_aggregates[] = {Aggregate::count, Aggregate::sum,  Aggregate::mean,    Aggregate::min,
                                               Aggregate::max,   Aggregate::mode, Aggregate::distinct};

const char* aggregate_name(Aggregate a);

struct Query {
    Aggregate aggregate = Aggregate::count;
    std::optional<std::size_t> column;  // none for count over rows
    Filter where;
    std::optional<std::size_t> by;      // group by this column: one result per distinct value
};

// One query's answer. Without `by`: `value`, or nothing when no row matched a
// sum-less aggregate (mean, min, max, mode of no rows). With `by`: no `value`, one value per
// group key, keys as the file writes them (numbers in one canonical form, so 013
// and 13.0 are the group 13), in key order (byte order); only groups with a row.
// The rows one node of a query's filter held for, in the scan: how many, and the first and
// last of them, numbered as DataError numbers rows (the header is row 1; 0 when none).
struct FilterRows {
    std::uint64_t rows = 0;
    std::uint64_t first = 0;
    std::uint64_t last = 0;
};

// Cells the query would have read that hold a suppression marker ("[c]"): its answer is unknown.
struct Withheld {
    std::uint64_t cells = 0;
    std::uint64_t first = 0;  // the first one's row, numbered as DataError numbers rows
    std::size_t column = 0;   // its column, in schema order
    std::string marker;       // as written
};

// Rows labelled as totals ("Total", "All ages") that the query's filter held for, kept out of
// it: a filter that names the label itself (== "Total") counts them.
struct KeptOut {
    std::uint64_t rows = 0;
    std::uint64_t first = 0;
    std::string label;
};

struct Answer {
    std::optional<Rational> value;
    std::map<std::string, Rational> groups;
    Withheld withheld;
    KeptOut kept_out;
    // A sum (or mean) over at least four rows of which one holds exactly the sum of all the others,
    // or of at least three groups of which one does: an unlabelled total counted twice (see
    // holds_the_rest). Its row (0 where rows have no place, as a database's), or its group's key.
    std::optional<std::uint64_t> total_row;
    std::optional<std::string> total_group;
    // With ScanOptions::filter_rows: one per node of the query's filter, in the order
    // filter_nodes lists them (the whole condition first); empty otherwise.
    std::vector<FilterRows> filter_rows;
};

// Whether the largest of `rows` addends holds exactly the sum of all the others: at least four
// rows, a positive largest, and `sum` twice it. The same rule for a file's rows and a database's.
bool holds_the_rest(std::uint64_t rows, const Rational& largest, const Rational& sum);
// The group that holds exactly the sum of all the others, among at least three: an unlabelled
// total group.
std::optional<std::string> group_holding_the_rest(const std::map<std::string, Rational>& groups);

// One group of a grouped answer: its key and its value.
using Group = std::pair<const std::string, Rational>;

// Which end of the groups comes first when they are ranked.
enum class RankOrder { largest_first, smallest_first };

// The groups in rank order ("13 was the most common age" is the first, largest first): of
// equal values, the least key in the `by` column's own order first (numbers by value, dates
// and periods by time, text by bytes), so that ties come out the same on every run.
std::vector<const Group*> ranked_groups(const Answer& answer, ColumnType key_type, RankOrder order);

// The nodes of a filter, the filter itself first, then each child's nodes in turn (depth first).
std::vector<const Filter*> filter_nodes(const Filter& filter);

struct ScanOptions {
    bool lenient = false;  // skip malformed rows (and count them) instead of stopping
    int threads = 2;
    std::size_t block_size = 1 << 20;  // bytes a worker reads at a time (tests make it tiny)
    std::size_t max_distinct = SIZE_MAX;  // groups or distinct values one query may hold (--max-distinct)
    // Count the rows each node of each filter holds for (Answer::filter_rows), for explain: every
    // node is then tested on every row, where a plain scan stops at the first `and` that fails.
    bool filter_rows = false;
};

// Which part of a table's statement a fault of the table as a whole lies in, to show it there:
// the statement as a whole, its address (a database's connection string), what is read there (a
// relation or query), or where in a file its rows are (a spreadsheet's sheet and range).
enum class SourcePart { whole, address, selection, sheet, range };

// A malformed row: where, and what.
struct DataError {
    std::string file;
    std::uint64_t row = 0;     // 1-based line of the file where the row starts (the header is row 1)
    std::size_t column = 0;    // 1-based field number
    std::string message;       // "text in an integer column"
    std::string text;          // the offending field (or the row, for a field-count error)
    std::size_t character = 0; // 1-based column, in characters, where the offending field starts (0: unknown)
    std::string line;          // the row's first line as written, for the caret display (may be cut short)
    bool unreadable = false;   // row 0: the file could not be read (else a limit on the file as a whole)
    // A declared column the header cannot give (its index among those declared): the fault is in
    // the declaration, so it is shown there; `row` and `line` are then the header's.
    std::optional<std::size_t> declared = std::nullopt;
    SourcePart part = SourcePart::whole;  // row 0, not `declared`: where the fault is shown
    // In a spreadsheet, which has no lines to show: the cell named instead of row and character,
    // `sheet "Table 3" cell C14`.
    std::string place = {};
};

// A malformed row's DataError. `raw` is the row as written, `offset` where the bad field
// starts in it; `character` counts characters on the row's first line (0 past it).
DataError data_error(const std::string& file, std::uint64_t row, std::size_t column, std::string message,
                     std::string_view text, std::string_view raw, std::size_t offset);

struct ScanResult {
    std::vector<Answer> answers;  // one per query, in order
    std::optional<DataError> error;  // the first malformed row, when not lenient: answers are then empty
    std::uint64_t rows = 0;          // data rows read (without the header; skipped rows included)
    std::uint64_t skipped = 0;       // malformed rows skipped (lenient only)
    std::uint64_t bytes_read = 0;    // bytes read from the file: its size, whatever the number of queries
                                     // (more only when a quoted line end straddles a split between workers)
    std::optional<DataError> first_skipped;  // lenient: the first row skipped, to show as an example
    std::size_t largest_buffer = 0;  // the largest read buffer a worker held: it does not grow with the file
};

// The distinct texts of each text column in a table's first rows (at most so many a column, in
// byte order; none for other columns), for drafting filters from an article's words. `whole`:
// those rows were all the table has, so a text not among them is in no row.
struct TextSample {
    std::vector<std::vector<std::string>> values;  // per column, in schema order
    bool whole = false;
};

// Why a query cannot run on the schema ("sum needs an integer or decimal column; force is
// text"), or nothing. scan_table throws std::invalid_argument with this message instead.
std::optional<std::string> query_problem(const Schema& schema, const Query& query);

}  // namespace claimcheck
