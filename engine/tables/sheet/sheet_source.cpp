// A spreadsheet's sheet as a table source: read once, then schema, scan and sample over its rows
// with the machinery every source shares (table_header, table_aggregate).
#include "engine/tables/sheet/sheet_source.hpp"

#include "engine/tables/sheet/sheet_table.hpp"
#include "engine/tables/table_aggregate.hpp"
#include "engine/tables/table_header.hpp"

#include <set>

namespace claimcheck {

std::optional<WorkbookKind> workbook_kind(const std::string& file) {
    std::string lower;
    for (char c : file.substr(file.size() >= 5 ? file.size() - 5 : 0))
        lower += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower.ends_with(".xlsx")) return WorkbookKind::xlsx;
    if (lower.ends_with(".ods")) return WorkbookKind::ods;
    return std::nullopt;
}

SheetSource::SheetSource(std::string path, WorkbookKind kind, std::optional<std::string> sheet,
                         std::optional<std::string> range)
    : path_(std::move(path)), kind_(kind), sheet_(std::move(sheet)), range_(std::move(range)) {}

SheetSource::~SheetSource() = default;

namespace {

// A row's cells as the aggregates take a record: the row of the sheet as its line, no text to show.
Record record_of(const SheetTable::Row& row) {
    Record record;
    record.line = row.number;
    record.offsets.assign(row.cells.size(), 0);
    for (const auto& cell : row.cells) record.fields.push_back(cell);
    return record;
}

std::variant<std::shared_ptr<const SheetTable>, DataError> read_table(const std::string& path, WorkbookKind kind,
                                                                      const std::optional<std::string>& sheet,
                                                                      const std::optional<std::string>& range) {
    DataError e;
    e.file = path;
    try {
        const Archive archive(path);
        auto read = kind == WorkbookKind::xlsx ? read_xlsx(archive, sheet, max_sheet_cells)
                                               : read_ods(archive, sheet, max_sheet_cells);
        if (auto* missing = std::get_if<NoSuchSheet>(&read)) {
            e.message = "no sheet \"" + sheet.value_or("") + "\" in the workbook; its sheets are ";
            for (std::size_t i = 0; i < missing->names.size(); ++i)
                e.message += (i > 0 ? ", \"" : "\"") + missing->names[i] + "\"";
            e.part = SourcePart::sheet;
            return e;
        }
        auto cut = cut_table(path, std::get<ReadSheet>(read), range);
        if (auto* error = std::get_if<DataError>(&cut)) return *error;
        auto table = std::make_shared<SheetTable>(std::move(std::get<SheetTable>(cut)));
        table->bytes = archive.size();
        return table;
    } catch (const SheetProblem& problem) {  // the file as a whole: at the table statement
        e.message = problem.message;
        e.unreadable = problem.unreadable;
        return e;
    }
}

}  // namespace

const std::variant<std::shared_ptr<const SheetTable>, DataError>& SheetSource::table() const {
    if (!table_) table_ = read_table(path_, kind_, sheet_, range_);
    return *table_;
}

std::variant<Schema, DataError> SheetSource::schema(const std::vector<Column>& declared) const {
    const auto& read = table();
    if (auto* e = std::get_if<DataError>(&read)) return *e;
    const SheetTable& table = *std::get<std::shared_ptr<const SheetTable>>(read);
    Schema schema;
    schema.columns = header_columns(std::vector<std::string_view>(table.header.begin(), table.header.end()));
    HeaderRow header{table.header_row, "", {}, {}};
    for (std::size_t i = 0; i < table.header.size(); ++i) header.cells.push_back(table.place(table.header_row, i + 1));
    std::vector<bool> fixed(schema.columns.size(), false);
    if (auto e = name_columns(path_, declared, schema.columns, fixed, header)) return *e;
    constexpr std::size_t inference_rows = 1000;  // as a CSV file's
    std::vector<TypeGuess> guesses(schema.columns.size());
    for (std::size_t r = 0; r < table.rows.size() && r < inference_rows; ++r)
        for (std::size_t i = 0; i < guesses.size(); ++i) guesses[i].see(table.rows[r].cells[i]);
    for (std::size_t i = 0; i < schema.columns.size(); ++i)
        if (!fixed[i]) schema.columns[i].type = guesses[i].type();
    return schema;
}

ScanResult SheetSource::scan(const Schema& schema, const std::vector<Query>& queries,
                             const ScanOptions& options) const {
    const ScanPlan plan(schema, queries, options.max_distinct, options.filter_rows);
    ScanResult result;
    const auto& read = table();
    if (auto* e = std::get_if<DataError>(&read)) {
        result.error = *e;
        return result;
    }
    const SheetTable& table = *std::get<std::shared_ptr<const SheetTable>>(read);
    result.bytes_read = table.bytes;
    RowAggregator rows(plan);
    try {
        for (const auto& row : table.rows) {
            ++result.rows;
            const auto problem = rows.add(record_of(row));
            if (!problem) continue;
            DataError e = data_error(path_, row.number, problem->field, problem->message, problem->text, "", 0);
            e.place = table.place(row.number, problem->field);
            if (!options.lenient) {
                result.error = std::move(e);
                return result;
            }
            ++result.skipped;
            if (!result.first_skipped) result.first_skipped = std::move(e);
        }
    } catch (const DistinctLimit& limit) {  // the table as a whole: at the table statement
        result.error = DataError{path_, 0, 0, limit.what(), "", 0, ""};
        return result;
    }
    result.answers = rows.answers();
    return result;
}

std::string SheetSource::row_place(std::uint64_t row) const {
    const auto* table = std::get_if<std::shared_ptr<const SheetTable>>(&this->table());
    return table ? " " + (*table)->row_place(static_cast<std::uint32_t>(row)) : " row " + std::to_string(row);
}

TextSample SheetSource::sample(const Schema& schema, std::size_t rows, std::size_t max_values) const {
    TextSample out;
    const auto& read = table();
    if (std::holds_alternative<DataError>(read)) return out;  // the scan says what is wrong
    const SheetTable& table = *std::get<std::shared_ptr<const SheetTable>>(read);
    if (schema.columns.size() != table.header.size()) return out;
    std::vector<std::set<std::string>> seen(schema.columns.size());
    for (std::size_t r = 0; r < table.rows.size() && r < rows; ++r)
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (const std::string& cell = table.rows[r].cells[i];
                schema.columns[i].type == ColumnType::text && !cell.empty() && seen[i].size() < max_values)
                seen[i].insert(cell);
    out.whole = table.rows.size() <= rows;
    for (auto& values : seen) out.values.emplace_back(values.begin(), values.end());
    return out;
}

}  // namespace claimcheck
