// A PostgreSQL relation or query read as a table (postgres_source.hpp).
#include "engine/tables/postgres/postgres_source.hpp"

#include "engine/tables/declared_columns.hpp"
#include "engine/tables/postgres/connection.hpp"
#include "engine/tables/postgres/scan_statement.hpp"

#include <cctype>
#include <set>
#include <string_view>

namespace claimcheck {

namespace {

const char* const doing = "while querying PostgreSQL";

DataError source_error(SourcePart part, std::string message) {
    DataError e;
    e.message = std::move(message);
    e.part = part;
    return e;
}

// What the rows are read from, as SQL: the relation as the server names it (parsed by the server
// as a possibly qualified name, and quoted by it), or the query in parentheses.
std::string from_of(const Session& session, PostgresRead read, const std::string& what) {
    if (read == PostgresRead::query) {
        // A query as psql takes it may end in `;`: one, at the end, is dropped (the query is a subquery).
        std::string_view text = what;
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
        if (text.ends_with(';')) text.remove_suffix(1);
        return "(" + std::string(text) + ")";
    }
    const Rows named = session.run("SELECT $1::regclass::text", {what}, SourcePart::selection, doing);
    return std::string(*named.at(0, 0));
}

std::vector<PgColumn> describe(const Session& session, const std::string& from) {
    const Rows none = session.run("SELECT * FROM " + from + " AS q LIMIT 0", {}, SourcePart::selection, doing);
    std::vector<PgColumn> out;
    for (int i = 0; i < none.columns(); ++i) out.push_back({none.name(i), none.type(i)});
    return out;
}

}  // namespace

std::variant<Schema, DataError> PostgresSource::schema(const std::vector<Column>& declared) const {
    try {
        const Session session(address_);
        const std::vector<PgColumn> found = describe(session, from_of(session, read_, what_));
        Schema schema;
        for (std::size_t i = 0; i < found.size(); ++i)
            schema.columns.push_back({found[i].name, column_name(found[i].name, i + 1), natural_type(found[i].type)});
        std::vector<bool> fixed(found.size(), false);
        const std::string where = read_ == PostgresRead::relation ? "the relation" : "the query's answer";
        if (auto e = match_declared(declared, schema.columns, fixed, DataError{}, where)) return *e;
        std::set<std::string> names;  // as claims name them, after the declared names
        for (const Column& c : schema.columns)
            if (!names.insert(c.name).second)
                return source_error(SourcePart::selection, "two columns named \"" + c.name + "\" in " + where +
                                                               ": declare one with another name");
        for (std::size_t d = 0; d < declared.size(); ++d) {
            const std::size_t c = *schema.index_of(declared[d].name);
            if (auto problem = declared_type_problem(found[c].type, declared[d].type, found[c].name)) {
                DataError e = source_error(SourcePart::whole, *problem);
                e.declared = d;
                return e;
            }
        }
        return schema;
    } catch (const PostgresError& e) {
        return source_error(e.part, e.what());
    }
}

ScanResult PostgresSource::scan(const Schema& schema, const std::vector<Query>& queries,
                                const ScanOptions& options) const {
    try {
        const Session session(address_);
        const std::string from = from_of(session, read_, what_);
        const std::vector<PgColumn> columns = describe(session, from);
        bool same = columns.size() == schema.columns.size();
        for (std::size_t i = 0; same && i < columns.size(); ++i) same = columns[i].name == schema.columns[i].header;
        if (!same) {
            ScanResult changed;
            changed.error = source_error(SourcePart::selection, "the columns changed while the claims were read");
            return changed;
        }
        const ScanStatement st = compile_scan(schema, columns, queries, from, options.filter_rows);
        const Rows rows = session.run(st.sql, st.parameters, SourcePart::selection, doing);
        return read_scan(schema, st, rows, options.max_distinct);
    } catch (const PostgresError& e) {
        ScanResult failed;
        failed.error = source_error(e.part, e.what());
        return failed;
    }
}

// The distinct texts of each text column among the first rows, in byte order: one statement a column.
TextSample PostgresSource::sample(const Schema& schema, std::size_t rows, std::size_t max_values) const {
    TextSample out;
    try {
        const Session session(address_);
        const std::string from = from_of(session, read_, what_);
        const std::vector<PgColumn> columns = describe(session, from);
        if (columns.size() != schema.columns.size()) return {};
        const std::string first = "(SELECT * FROM " + from + " AS q LIMIT " + std::to_string(rows) + ")";
        const Rows counted = session.run("SELECT count(*) FROM " + first + " AS q", {}, SourcePart::selection, doing);
        out.whole = std::stoull(std::string(*counted.at(0, 0))) < rows;
        const SqlColumns sql(schema, columns);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            out.values.emplace_back();
            if (schema.columns[c].type != ColumnType::text) continue;
            const std::string x = sql.expression(c);
            const Rows texts = session.run("SELECT DISTINCT " + x + " FROM " + first + " AS q WHERE " + x +
                                               " <> '' ORDER BY 1 LIMIT " + std::to_string(max_values),
                                           {}, SourcePart::selection, doing);
            for (int r = 0; r < texts.rows(); ++r) out.values.back().emplace_back(*texts.at(r, 0));
        }
    } catch (const PostgresError&) {
        return {};  // a sample only suggests: the scan says what is wrong
    }
    return out;
}

}  // namespace claimcheck
