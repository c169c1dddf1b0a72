#include "table_schema.hpp"

#include "csv.hpp"
#include "scaled.hpp"
#include "table_cell.hpp"
#include "table_file.hpp"

#include <array>
#include <cstring>

namespace claimcheck {

char sniff_delimiter(std::string_view data) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    bool quoted = false;
    for (char c : data) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        for (std::size_t i = 0; i < candidates.size(); ++i) counts[i] += c == candidates[i];
    }
    std::size_t best = 0;  // ties go to the earlier candidate: a comma first
    for (std::size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best]) best = i;
    return candidates[best];
}

std::string column_name(std::string_view header, std::size_t number) {
    std::string name;
    bool gap = false;
    for (char c : header) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        const bool upper = c >= 'A' && c <= 'Z';
        if (!letter && !upper) {
            gap = true;
            continue;
        }
        if (gap && !name.empty()) name += '_';
        gap = false;
        name += upper ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return name.empty() ? "column_" + std::to_string(number) : name;
}

void TypeGuess::see(std::string_view cell) {
    if (cell.empty()) return;
    seen_ = true;
    Number number;
    DaySpan span;
    integer_ = integer_ && parse_number(cell, NumberSyntax::integer, number);
    decimal_ = decimal_ && parse_number(cell, NumberSyntax::decimal, number);
    date_ = date_ && parse_date(cell, span) != Shape::no;
    period_ = period_ && parse_period(cell, span) != Shape::no;
}

ColumnType TypeGuess::type() const {
    if (!seen_) return ColumnType::text;
    if (integer_) return ColumnType::integer;
    if (decimal_) return ColumnType::decimal;
    if (date_) return ColumnType::date;
    if (period_) return ColumnType::period;
    return ColumnType::text;
}

namespace {

// The start of the file, block by block, for the CSV reader.
class Prefix {
public:
    explicit Prefix(const TableFile& file) : file_(file) {}
    std::string_view data() { return {buffer_.data(), end_}; }
    bool final() const { return offset_ >= file_.size(); }
    // Drops what was read before pos and appends the next block; pos then is 0.
    void more(std::size_t& pos) {
        constexpr std::size_t block = 64 * 1024;
        if (pos > 0) std::memmove(buffer_.data(), buffer_.data() + pos, end_ - pos);
        end_ -= pos;
        pos = 0;
        buffer_.reserve(end_ + block, end_);
        const std::size_t got = file_.read(offset_, buffer_.data() + end_, block);
        offset_ += got;
        end_ += got;
    }

private:
    const TableFile& file_;
    ByteBuffer buffer_;
    std::size_t end_ = 0;
    std::uint64_t offset_ = 0;
};

DataError problem_error(const std::string& path, const CsvProblem& p) {
    return data_error(path, p.line, p.field, p.message, p.text, p.raw, p.offset);
}

// Sets the declared columns' names and types; the error names a declared column the header lacks.
std::optional<DataError> apply_declared(const std::string& path, const std::vector<Column>& declared,
                                        std::vector<Column>& columns, std::vector<bool>& fixed) {
    for (const Column& d : declared) {
        std::size_t found = columns.size();
        for (std::size_t i = 0; i < columns.size() && found == columns.size(); ++i) {
            const Column& c = columns[i];
            if (d.header.empty() ? (c.name == d.name || c.header == d.name) : c.header == d.header) found = i;
        }
        const std::string& wanted = d.header.empty() ? d.name : d.header;
        if (found == columns.size() || fixed[found]) {
            DataError e;
            e.file = path;
            e.row = 1;
            e.message = found == columns.size() ? "no column \"" + wanted + "\" in the header"
                                                : "column \"" + wanted + "\" declared twice";
            e.text = wanted;
            return e;
        }
        fixed[found] = true;
        if (!d.name.empty()) columns[found].name = d.name;
        columns[found].type = d.type;
    }
    return std::nullopt;
}

// The schema from the file's first rows; throws ReadFailed.
std::variant<Schema, DataError> schema_of(const TableFile& file, const std::string& path,
                                          const std::vector<Column>& declared, std::optional<char> delimiter,
                                          std::size_t inference_rows) {
    Prefix prefix(file);
    std::size_t pos = 0;
    prefix.more(pos);
    while (prefix.data().size() < 3 && !prefix.final()) prefix.more(pos);
    pos = bom_length(prefix.data());
    // The delimiter is sniffed from the whole first line, however many blocks it takes.
    while (!delimiter && !prefix.final() && prefix.data().find('\n', pos) == std::string_view::npos)
        prefix.more(pos);
    Schema schema;
    schema.delimiter = delimiter ? *delimiter : sniff_delimiter(prefix.data().substr(pos));
    CsvReader reader(schema.delimiter);
    CsvRecord record;
    auto next = [&] {
        for (;;) {
            const auto status = reader.next(prefix.data(), pos, prefix.final(), record);
            if (status != CsvReader::Status::incomplete) return status;
            prefix.more(pos);
        }
    };
    const auto status = next();
    if (status == CsvReader::Status::error) return problem_error(path, reader.problem());
    if (status == CsvReader::Status::end) {
        DataError e;
        e.file = path;
        e.row = 1;
        e.message = "no header row: the file is empty";
        return e;
    }
    for (std::size_t i = 0; i < record.fields.size(); ++i)
        schema.columns.push_back({std::string(record.fields[i]), column_name(record.fields[i], i + 1)});
    const std::uint64_t header_row = record.line;
    const std::string header_raw(record.raw);
    const std::vector<std::uint32_t> header_offsets = record.offsets;

    std::vector<bool> fixed(schema.columns.size(), false);
    if (auto e = apply_declared(path, declared, schema.columns, fixed)) return *e;
    for (std::size_t i = 0; i < schema.columns.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (schema.columns[i].name == schema.columns[j].name)
                return data_error(path, header_row, i + 1,
                                  "two columns named \"" + schema.columns[i].name + "\"",
                                  schema.columns[i].header, header_raw, header_offsets[i]);

    // Rows the scan will reject (a wrong field count, a bad quote) are no evidence here.
    std::vector<TypeGuess> guesses(schema.columns.size());
    for (std::size_t row = 0; row < inference_rows; ++row) {
        const auto s = next();
        if (s == CsvReader::Status::end) break;
        if (s != CsvReader::Status::record || record.fields.size() != guesses.size()) continue;
        for (std::size_t i = 0; i < guesses.size(); ++i) guesses[i].see(record.fields[i]);
    }
    for (std::size_t i = 0; i < schema.columns.size(); ++i)
        if (!fixed[i]) schema.columns[i].type = guesses[i].type();
    return schema;
}

}  // namespace

std::variant<Schema, DataError> read_schema(const std::string& path, const std::vector<Column>& declared,
                                            std::optional<char> delimiter, std::size_t inference_rows) {
    try {
        return schema_of(TableFile(path), path, declared, delimiter, inference_rows);
    } catch (const ReadFailed& e) {  // the file as a whole: at the table statement
        DataError error;
        error.file = path;
        error.message = e.what();
        return error;
    }
}

}  // namespace claimcheck
