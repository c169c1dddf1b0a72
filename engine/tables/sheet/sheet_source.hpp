#pragma once
// A spreadsheet (.xlsx or .ods) as a table source: one sheet, or one range of it, read
// whole into memory (it is bounded: max_sheet_cells), its first non-empty row the header,
// and its rows handed to the same machinery as a CSV file's: the header's columns and their
// types (table_header.hpp), each cell read as its column's type, the aggregates row by row.
#include "engine/tables/source.hpp"

#include <memory>
#include <optional>
#include <string>

namespace claimcheck {

enum class WorkbookKind { xlsx, ods };

// The kind of workbook a file name says, by its extension (either case); nothing for others.
std::optional<WorkbookKind> workbook_kind(const std::string& file);

struct SheetTable;  // the sheet's header and rows, once read

class SheetSource : public TableSource {
public:
    // `path` as resolve() gives it. `sheet`: its name, or the first sheet; `range`: "A5:F60" or
    // "A5:F", or the sheet's used area. A sheet or range that is not there is a DataError whose
    // `clause` says which, for the error to point at it.
    SheetSource(std::string path, WorkbookKind kind, std::optional<std::string> sheet,
                std::optional<std::string> range);
    ~SheetSource() override;

    std::variant<Schema, DataError> schema(const std::vector<Column>& declared) const override;
    ScanResult scan(const Schema& schema, const std::vector<Query>& queries,
                    const ScanOptions& options) const override;
    TextSample sample(const Schema& schema, std::size_t rows, std::size_t max_values) const override;
    std::string row_place(std::uint64_t row) const override;

private:
    // The sheet, read at the first call and kept: the schema and the scan read it once.
    const std::variant<std::shared_ptr<const SheetTable>, DataError>& table() const;

    std::string path_;
    WorkbookKind kind_;
    std::optional<std::string> sheet_, range_;
    mutable std::optional<std::variant<std::shared_ptr<const SheetTable>, DataError>> table_;
};

}  // namespace claimcheck
