#include "engine/lang/tables.hpp"

#include "engine/core/paths.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/shape.hpp"
#include "engine/tables/csv/csv_source.hpp"
#include "engine/tables/postgres/postgres_source.hpp"
#include "engine/tables/sheet/sheet_source.hpp"

#include <boost/variant/get.hpp>

#include <algorithm>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

std::vector<Column> declared_columns(const ast::TableDecl& table) {
    std::vector<Column> out;
    for (const auto& c : table.columns) {
        Column column;
        column.name = c.name.text;
        column.header = c.header.value_or(c.name.text);
        column.type = c.type;
        out.push_back(column);
    }
    return out;
}

// Every table once, with the file that declares it: the same binding is seen by many scopes.
std::vector<const TableBinding*> every_table(const Scopes& scopes) {
    std::vector<const TableBinding*> out = scopes.tables();
    std::sort(out.begin(), out.end(), [](const TableBinding* a, const TableBinding* b) {
        return a->info->path < b->info->path;
    });
    return out;
}

std::optional<char> delimiter_of(const ast::TableDecl& table, const Module& module, std::vector<Diagnostic>& errors) {
    if (!table.delimiter) return std::nullopt;
    const std::string& d = *table.delimiter;
    if (d == "," || d == ";") return d[0];
    if (d == "\\t" || d == "\t" || d == "tab") return '\t';
    errors.push_back(diagnose(module.source, table, "delimiter must be \",\", \";\" or \"\\t\", not \"" + d + "\""));
    return std::nullopt;
}

// Where the string after `from postgres` starts: the conninfo a connection error is shown at.
std::size_t address_offset(const SourceFile& source, const ast::TableDecl& table) {
    const std::string_view text = source.text();
    std::size_t at = source.end_of(table.name);
    for (std::string_view word : {"from", ast::database_text(ast::Database::postgres)}) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
        at += word.size();
    }
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at;
}

// The source a file's table statement names: a spreadsheet by its extension, else a CSV file; or
// nothing, with the error, when the statement gives a clause its kind of file has not.
std::shared_ptr<const TableSource> file_source(const ast::TableDecl& table, const std::string& file,
                                               const Module& module, std::vector<Diagnostic>& errors) {
    if (auto kind = workbook_kind(table.file)) {
        if (table.delimiter) {
            errors.push_back(diagnose(module.source, table, "a delimiter is for CSV files, not a spreadsheet"));
            return nullptr;
        }
        auto text = [](const boost::optional<ast::Text>& t) { return t ? std::optional(t->text) : std::nullopt; };
        return std::make_shared<SheetSource>(file, *kind, text(table.sheet), text(table.range));
    }
    for (const auto* clause : {table.sheet.get_ptr(), table.range.get_ptr()})
        if (clause) {
            errors.push_back(diagnose(module.source, *clause,
                                      std::string(clause == table.sheet.get_ptr() ? "a sheet" : "a range") +
                                          " is for spreadsheets (.xlsx, .ods), not a CSV file"));
            return nullptr;
        }
    return std::make_shared<CsvSource>(file, delimiter_of(table, module, errors));
}

// A malformed row, shown like any other positioned error: the CSV's row and column, the row, a caret;
// a spreadsheet's cell by its sheet and reference; a fault of the source as a whole at its clause.
Diagnostic data_error(const DataError& e, const TableInfo& info, const Module& module, const ast::TableDecl& table) {
    if (e.declared) {  // a column line the source cannot give: at the name it declares, or its header
        const ast::ColumnDecl& column = table.columns.at(*e.declared);
        Diagnostic d = column.header ? diagnose(module.source, column, e.message)
                                     : diagnose(module.source, column.name, e.message);
        if (e.row > 0) d.notes.push_back("the header is " + info.path + info.source->row_place(e.row));
        return d;
    }
    if (e.part == SourcePart::sheet || e.part == SourcePart::range) {  // named but not there: at its text
        const auto& clause = e.part == SourcePart::sheet ? table.sheet : table.range;
        return clause ? diagnose(module.source, *clause, e.message) : diagnose(module.source, table, e.message);
    }
    if (e.part == SourcePart::address) return diagnose(module.source, address_offset(module.source, table), e.message);
    if (e.part == SourcePart::selection && table.read) return diagnose(module.source, table.read->what, e.message);
    if (e.row == 0)  // the file as a whole, unreadable or over a limit: at the table statement
        return diagnose(module.source, table, e.unreadable ? "cannot read " + info.path + ": " + e.message : e.message);
    Diagnostic d;
    d.path = info.path;  // as named, not as opened
    Location at = module.source.locate(table);
    d.notes.push_back("table " + table.name.text + " is declared at " + module.source.path() + ":" +
                      std::to_string(at.line));
    if (!e.place.empty()) {  // a spreadsheet has no line to show: its cell is named
        d.message = e.place + ": " + e.message + (e.text.empty() ? "" : ": \"" + e.text + "\"");
        return d;
    }
    d.at = Location{static_cast<int>(e.row), static_cast<int>(e.character > 0 ? e.character : 1)};
    d.message = e.message + (e.text.empty() ? "" : ": \"" + e.text + "\"") +
                (e.column > 0 ? " (field " + std::to_string(e.column) + ")" : "");
    d.source_line = e.line;
    return d;
}

// A table read from a database: its source, or nothing when the statement is not whole (the
// errors say why). Paths are not confined: a database is no file of the project.
std::shared_ptr<const TableSource> database_source(const ast::TableDecl& table, const Module& module,
                                                   std::vector<Diagnostic>& errors) {
    if (!table.database) {
        errors.push_back(diagnose(module.source, *table.read,
                                  std::string(ast::database_read_text(table.read->kind)) +
                                      " reads a database: write `from postgres \"SERVICE or CONNECTION\"`"));
        return nullptr;
    }
    if (!table.read) {
        errors.push_back(diagnose(module.source, address_offset(module.source, table),
                                  "a PostgreSQL table needs relation \"schema.table\" or query \"SELECT ...\" "
                                  "after its connection string"));
        return nullptr;
    }
    if (table.delimiter) {
        errors.push_back(diagnose(module.source, table, "a delimiter is for CSV files, not a PostgreSQL table"));
        return nullptr;
    }
    if (const auto* clause = table.sheet ? table.sheet.get_ptr() : table.range.get_ptr()) {
        errors.push_back(diagnose(module.source, *clause, "a sheet or range is for spreadsheets, not a PostgreSQL table"));
        return nullptr;
    }
    const PostgresRead read = table.read->kind == ast::DatabaseRead::relation ? PostgresRead::relation : PostgresRead::query;
    return std::make_shared<PostgresSource>(table.file, read, table.read->what.text);
}

void read_schema(const TableBinding& binding, std::vector<Diagnostic>& errors) {
    TableInfo& info = *binding.info;
    auto schema = info.source->schema(declared_columns(*binding.table));
    if (auto* e = std::get_if<DataError>(&schema)) {
        errors.push_back(data_error(*e, info, *binding.module, *binding.table));
        return;
    }
    info.schema = std::get<Schema>(schema);
}

}  // namespace

void read_schemas(const Program& program, const Scopes& scopes, const TableOptions& options,
                  std::vector<Diagnostic>& errors) {
    (void)program;
    for (const TableBinding* table : scopes.tables())
        if (const TableBinding& binding = *table; binding.info->path.empty()) {  // each table once
            TableInfo& info = *binding.info;
            const Module& home = *binding.module;
            if (binding.table->database || binding.table->read) {
                // Named in reports by what it reads: the connection string may say more than a reader needs.
                info.path = binding.table->read ? binding.table->read->what.text : binding.table->file;
                if (info.path.empty()) info.path = "\"\"";  // never empty: an empty path marks a table not yet read
                info.source = database_source(*binding.table, home, errors);
                if (info.source) read_schema(binding, errors);
                continue;
            }
            fs::path file = fs::path(home.source.path()).parent_path() / binding.table->file;
            info.path = tidy(file).generic_string();
            const ResolvedPath resolved = resolve(file);
            const Confinement within{project_root(home.source.path(), options.root), "project", options.allow_outside};
            if (auto refused = refusal(binding.table->file, file, resolved, within)) {
                errors.push_back(diagnose(home.source, *binding.table, refused->message));
                continue;
            }
            info.file = resolved.path;
            info.source = file_source(*binding.table, info.file.string(), home, errors);
            if (info.source) read_schema(binding, errors);
        }
}

void scan_tables(const Scopes& scopes, const std::map<const TableInfo*, TableQueries>& plan,
                 const TableOptions& options, std::vector<Diagnostic>& errors) {
    for (const TableBinding* binding : every_table(scopes)) {
        TableInfo& info = *binding->info;
        const auto asked = plan.find(&info);
        if (!info.schema || asked == plan.end() || info.result) continue;
        ScanResult result = info.source->scan(*info.schema, asked->second.queries, options.scan);
        if (result.error) {
            errors.push_back(data_error(*result.error, info, *binding->module, *binding->table));
            continue;
        }
        info.result = std::move(result);
    }
}

const TableBinding* aggregated_table(const ast::Call& call, const Scope& scope) {
    const auto* name = call.args.size() == 1 ? lone_name(call.args[0]) : nullptr;
    if (!name) return nullptr;
    std::string table = name->text.substr(0, name->text.find('.'));
    return scope.table(table);
}

const ast::Call* grouped_argument(const ast::Call& call) {
    const auto pick = pick_named(call.function.text);
    // top and bottom take a rank after the aggregate: top(x, 2) is the second highest.
    if (!pick || call.args.empty() || call.args.size() > (picks_key(*pick) ? 2u : 1u)) return nullptr;
    const ast::Call* inner = lone_call(call.args[0]);
    return inner && inner->by ? inner : nullptr;
}

std::vector<TableUse> table_uses(const Scopes& scopes) {
    std::vector<TableUse> out;
    for (const TableBinding* binding : every_table(scopes))
        if (const auto& r = binding->info->result)
            out.push_back({binding->info->path, r->rows, r->skipped, r->bytes_read});
    return out;
}

}  // namespace claimcheck
