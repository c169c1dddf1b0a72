#include "engine/tables/csv/table_schema.hpp"

#include "engine/tables/csv/csv.hpp"
#include "engine/tables/table_header.hpp"
#include "engine/tables/csv/table_file.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>

namespace claimcheck {

std::optional<char> sniff_delimiter(std::string_view data, bool final) {
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    constexpr std::size_t most_lines = 64;
    std::array<std::size_t, 3> counts{};
    auto best = [&]() -> std::optional<char> {
        if (counts == std::array<std::size_t, 3>{}) return std::nullopt;
        std::size_t b = 0;  // ties go to the earlier candidate: a comma first
        for (std::size_t i = 1; i < candidates.size(); ++i)
            if (counts[i] > counts[b]) b = i;
        return candidates[b];
    };
    bool quoted = false;
    std::size_t lines = 0;
    for (char c : data) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') {
            if (auto found = best()) return found;
            if (++lines == most_lines) return ',';  // a table of one column
            continue;
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) counts[i] += c == candidates[i];
    }
    if (!final) return std::nullopt;
    return best().value_or(',');
}

namespace {

// The start of the file, block by block, for the CSV reader.
class Prefix {
public:
    explicit Prefix(const TableFile& file) : file_(file) {}
    std::string_view data() { return {buffer_.data(), end_}; }
    std::uint64_t offset_of(std::size_t pos) const { return offset_ - end_ + pos; }  // in the file
    bool final() const { return offset_ >= file_.size(); }
    // Drops what was read before pos and appends the next block, as long as what is kept:
    // a header of megabytes is read again only a few times, not once per block. pos then is 0.
    void more(std::size_t& pos) {
        if (pos > 0) std::memmove(buffer_.data(), buffer_.data() + pos, end_ - pos);
        end_ -= pos;
        pos = 0;
        const std::size_t block = std::max<std::size_t>(64 * 1024, end_);
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

// The records of a file from its start, past any byte order mark.
class Rows {
public:
    explicit Rows(const TableFile& file) : prefix_(file) {
        prefix_.more(pos_);
        while (prefix_.data().size() < 3 && !prefix_.final()) prefix_.more(pos_);
        pos_ = bom_length(prefix_.data());
    }
    // The delimiter is sniffed from whole lines, however many blocks they take.
    char sniff() {
        for (;;) {
            if (auto found = sniff_delimiter(prefix_.data().substr(pos_), prefix_.final())) return *found;
            prefix_.more(pos_);
        }
    }
    void read_with(char delimiter) { reader_.emplace(delimiter); }
    CsvReader::Status next() {
        for (;;) {
            const auto status = reader_->next(prefix_.data(), pos_, prefix_.final(), record);
            if (status != CsvReader::Status::incomplete) return status;
            prefix_.more(pos_);
        }
    }
    const CsvProblem& problem() const { return reader_->problem(); }
    std::string_view start() { return prefix_.data(); }  // the file's first bytes read
    std::uint64_t at() const { return prefix_.offset_of(pos_); }  // where the next record starts in the file

    Record record;

private:
    Prefix prefix_;
    std::size_t pos_ = 0;
    std::optional<CsvReader> reader_;
};

// The cells of a record with more than spaces in them.
std::size_t filled_cells(const Record& record) {
    return static_cast<std::size_t>(std::count_if(record.fields.begin(), record.fields.end(), [](std::string_view f) {
        return f.find_first_not_of(" \t") != std::string_view::npos;
    }));
}

// How many records above the header are a preamble, as exports from spreadsheets and
// statistical releases write them: a title, a source, notes. The header is the first record
// with two cells or more in it; the records above it hold at most one each (a title with a
// comma is quoted, as spreadsheets write it). A file where no record has two cells is a table
// of one column, header first.
std::uint32_t preamble_of(const TableFile& file, char delimiter) {
    constexpr std::uint32_t most = 64;
    Rows rows(file);
    rows.read_with(delimiter);
    for (std::uint32_t n = 0; n < most; ++n) {
        if (rows.next() != CsvReader::Status::record) return 0;
        if (filled_cells(rows.record) >= 2) return n;
    }
    return 0;
}

// Where the table ends: before the notes a spreadsheet saved as CSV writes under its table
// ("Source: ...", "Note 1: ..."), set off from the rows by an empty line or a line of empty
// cells, each holding one cell at most, to the end of the file. Every row above the separator
// is the table's, so a row missing its figures is still an error, never taken for a note. The
// notes are looked for in the file's last 64 KiB, after the header (data_start); the file's size
// when there are none.
std::uint64_t table_end(const TableFile& file, char delimiter, std::uint64_t data_start) {
    constexpr std::uint64_t tail = 64 * 1024;
    const std::uint64_t size = file.size();
    const std::uint64_t from = std::max(data_start, size > tail ? size - tail : 0);
    if (from >= size) return size;
    std::string bytes(static_cast<std::size_t>(size - from), '\0');
    bytes.resize(file.read(from, bytes.data(), bytes.size()));
    std::size_t pos = 0;
    if (from > data_start) {  // the tail starts inside a record: read from the next line
        pos = bytes.find('\n');
        if (pos == std::string::npos) return size;
        ++pos;
    }
    CsvReader reader(delimiter);
    Record record;
    std::optional<std::uint64_t> notes;  // where the separator before the last notes starts
    for (;;) {
        const std::size_t before = pos;
        const auto status = reader.next(bytes, pos, true, record);
        if (status == CsvReader::Status::end) break;
        if (status != CsvReader::Status::record) return size;  // a malformed tail is the scan's to report
        const auto start = static_cast<std::size_t>(record.raw.data() - bytes.data());
        const std::size_t filled = filled_cells(record);
        if (filled >= 2) {
            notes.reset();
            continue;
        }
        const bool blank_line_before = before < start && bytes.find('\n', before) < start;
        if (!notes && blank_line_before) notes = from + before;
        if (!notes && filled == 0) notes = from + start;
    }
    return notes.value_or(size);
}

// The schema from the file's first rows; throws ReadFailed.
std::variant<Schema, DataError> schema_of(const TableFile& file, const std::string& path,
                                          const std::vector<Column>& declared, std::optional<char> delimiter,
                                          std::size_t inference_rows) {
    Rows rows(file);
    if (const auto encoding = other_encoding(rows.start())) {  // each byte of it read as UTF-8 says nothing useful
        const std::string_view start = rows.start();
        const std::string_view line = start.substr(0, std::min<std::size_t>(start.find('\n'), 40));
        return data_error(path, 1, 1,
                          "the file is " + std::string(*encoding) + ", not UTF-8, which claimcheck reads: save it as "
                          "\"CSV UTF-8\" (Excel), or convert it (iconv -f " + std::string(*encoding) + " -t UTF-8)",
                          line.substr(0, 4), line, 0);
    }
    Schema schema;
    schema.delimiter = delimiter ? *delimiter : rows.sniff();
    rows.read_with(schema.delimiter);
    const Record& record = rows.record;
    auto next = [&] { return rows.next(); };
    schema.preamble = preamble_of(file, schema.delimiter);
    for (std::uint32_t skipped = 0; skipped < schema.preamble; ++skipped) next();
    const auto status = next();
    if (status == CsvReader::Status::error) return problem_error(path, rows.problem());
    if (status == CsvReader::Status::end) {
        DataError e;
        e.file = path;
        e.row = 1;
        e.message = "no header row: the file is empty";
        return e;
    }
    schema.columns = header_columns(record.fields);
    const HeaderRow header{record.line, std::string(record.raw), record.offsets, {}};
    std::vector<bool> fixed(schema.columns.size(), false);
    if (auto e = name_columns(path, declared, schema.columns, fixed, header)) return *e;
    if (schema.columns.size() >= 2)  // a table of one column has a cell at most in every row: no notes to tell
        if (const std::uint64_t end = table_end(file, schema.delimiter, rows.at()); end < file.size()) schema.end = end;

    // Rows the scan will reject (a wrong field count, a bad quote) are no evidence here. Where no
    // row could be read at all, the first one's problem is the file's: typed on no evidence, its
    // columns would be text, and a check would be told "spend is text" of a column of £ amounts
    // saved in Windows-1252.
    std::vector<TypeGuess> guesses(schema.columns.size());
    std::optional<DataError> unread;
    bool read_one = false;
    for (std::size_t row = 0; row < inference_rows; ++row) {
        const auto s = next();
        if (s == CsvReader::Status::end) break;
        if (s == CsvReader::Status::error && !unread) {
            unread = problem_error(path, rows.problem());
            if (rows.problem().invalid_utf8)
                unread->message += " (is the file in another encoding, such as Windows-1252? Save it as \"CSV UTF-8\")";
        }
        if (s != CsvReader::Status::record || record.fields.size() != guesses.size()) continue;
        read_one = true;
        for (std::size_t i = 0; i < guesses.size(); ++i) guesses[i].see(record.fields[i]);
    }
    if (unread && !read_one) return *unread;
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
        error.unreadable = true;
        return error;
    }
}

TextSample sample_text(const std::string& path, const Schema& schema, std::size_t rows, std::size_t max_values) {
    TextSample out;
    try {
        const TableFile file(path);
        Rows reading(file);
        reading.read_with(schema.delimiter);
        for (std::uint32_t skipped = 0; skipped < schema.preamble; ++skipped) reading.next();
        if (reading.next() != CsvReader::Status::record) return out;  // the header
        std::vector<std::set<std::string>> seen(schema.columns.size());
        std::size_t row = 0;
        for (; row < rows; ++row) {
            const auto s = reading.next();
            if (s == CsvReader::Status::end) break;
            const Record& r = reading.record;
            if (s != CsvReader::Status::record || r.fields.size() != seen.size()) continue;
            for (std::size_t i = 0; i < seen.size(); ++i)
                if (schema.columns[i].type == ColumnType::text && !r.fields[i].empty() && seen[i].size() < max_values)
                    seen[i].emplace(r.fields[i]);
        }
        out.whole = row < rows;
        for (auto& values : seen) out.values.emplace_back(values.begin(), values.end());
    } catch (const ReadFailed&) {
        return {};  // a sample only suggests: the scan names what is wrong with the file
    }
    return out;
}

}  // namespace claimcheck
