// The data files' figures and tables, read from their syntax trees for drafting.
#include "engine/draft/data.hpp"

#include "engine/articles/mention_words.hpp"
#include "engine/articles/words.hpp"

#include <boost/variant/get.hpp>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace claimcheck {

namespace {

namespace x3 = boost::spirit::x3;

std::vector<std::string> name_parts(std::string_view name) {
    std::vector<std::string> parts;
    std::string part;
    for (char c : name) {
        if (c == '.' || c == '_') {
            if (!part.empty()) parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.empty()) parts.push_back(part);
    return parts;
}

// A part of a name that says when, not what: 2016, 17, jan, dec, q1, week3, h2.
bool period_part(std::string_view s) {
    if (all_digits(s)) return true;
    for (std::string_view m : mention_words::month_names())
        if (s == m.substr(0, 3)) return true;
    std::size_t letters = 0;
    while (letters < s.size() && letter(s[letters])) ++letters;
    const std::string_view head = s.substr(0, letters);
    return letters > 0 && letters < s.size() && all_digits(s.substr(letters)) &&
           (head == "q" || head == "h" || head == "w" || head == "week" || head == "month" || head == "wave");
}

std::tuple<int, int, int> start_of(const ast::Moment& m) {
    switch (m.kind) {
    case ast::Moment::Kind::financial_year: return {m.year, 4, 1};
    case ast::Moment::Kind::calendar_year: return {m.year, 1, 1};
    case ast::Moment::Kind::month: return {m.year, m.month, 1};
    case ast::Moment::Kind::day: return {m.year, m.month, m.day};
    }
    return {m.year, 1, 1};
}

// The number an expression is, when it is one alone: precedence levels nest it in expressions.
const ast::Number* lone_number(const ast::Expr& e) {
    if (!e.rest.empty()) return nullptr;
    if (const auto* n = boost::get<ast::Number>(&e.first.get())) return n;
    if (const auto* inner = boost::get<x3::forward_ast<ast::Expr>>(&e.first.get())) return lone_number(inner->get());
    return nullptr;
}

// The comments of the block of lines a statement stands in (up to the blank line above it):
// "# Single forces" over seven lets describes each of them.
std::string block_comments(const SourceFile& source, int line) {
    std::string out;
    for (int l = line - 1; l >= 1; --l) {
        std::string_view text = source.line(l);
        std::size_t first = text.find_first_not_of(" \t");
        if (first == std::string_view::npos) break;
        if (text[first] == '#') out += " " + std::string(text.substr(first + 1));
    }
    return out;
}

DataFigure figure_of(const Module& module, const ast::Let& let) {
    DataFigure f;
    f.name = let.name.text;
    for (const std::string& part : name_parts(f.name)) {
        if (period_part(part)) {
            if (!f.when && part.size() == 4 && all_digits(part)) {
                f.when = std::tuple<int, int, int>{std::stoi(part), 1, 1};
                f.year_only = true;
            }
            continue;
        }
        f.group += (f.group.empty() ? "" : ".") + part;
        f.words += part + " ";
    }
    if (let.label) f.words += *let.label + " ";
    f.words += block_comments(module.source, module.source.locate(let).line);
    const ast::Period* during = nullptr;
    if (const auto* figure = boost::get<ast::Figure>(&let.value.get())) {
        if (figure->during) during = &*figure->during;
        if (const ast::Number* n = lone_number(figure->value)) {
            f.money = n->currency != Currency::none;
            f.percent = n->unit == "%";
        }
    } else if (const auto* within = boost::get<x3::forward_ast<ast::Bounded>>(&let.value.get())) {
        const ast::Bounded* bounded = &within->get();
        if (bounded->during) during = &*bounded->during;
    } else {
        f.missing = true;
    }
    if (during) {
        f.period = std::string(module.source.text_of(*during));
        f.when = start_of(during->from);
        f.year_only = false;
    }
    return f;
}

DataTable table_of(const ast::TableDecl& decl) {
    DataTable t;
    t.name = decl.name.text;
    for (const auto& c : decl.columns) {
        DataColumn column;
        column.name = c.name.text;
        for (const std::string& part : name_parts(column.name)) column.words += part + " ";
        if (c.header) column.words += *c.header + " ";
        if (c.label) column.words += *c.label;
        column.text = c.type == ColumnType::text;
        column.number = c.type == ColumnType::integer || c.type == ColumnType::decimal;
        column.date = c.type == ColumnType::date;
        t.columns.push_back(std::move(column));
    }
    return t;
}

}  // namespace

Data read_data(const Program& program) {
    Data data;
    for (const auto& module : program.modules) {
        if (module->target || module->origin) continue;
        for (const auto& statement : module->ast) {
            if (const auto* let = boost::get<ast::Let>(&statement.get()))
                data.figures.push_back(figure_of(*module, *let));
            else if (const auto* table = boost::get<ast::TableDecl>(&statement.get()))
                data.tables.push_back(table_of(*table));
        }
    }
    return data;
}

// Rows read for a table's values: enough for the categories of most published tables, few
// enough to cost a few milliseconds whatever the table's size.
constexpr std::size_t sample_rows = 20'000;
constexpr std::size_t values_kept = 256;  // distinct texts a column, first in byte order

void sample_tables(Data& data, const Program& program, const TableOptions& options) {
    std::vector<Diagnostic> errors;  // the trial run reports them where they are
    const Scopes scopes = bind(program, errors);
    read_schemas(program, scopes, options, errors);
    for (const TableBinding* binding : scopes.tables()) {
        const TableInfo& info = *binding->info;
        auto table = std::find_if(data.tables.begin(), data.tables.end(),
                                  [&](const DataTable& t) { return t.name == binding->table->name.text; });
        if (!info.schema || !info.source || table == data.tables.end()) continue;
        const TextSample sample = info.source->sample(*info.schema, sample_rows, values_kept);
        if (sample.values.size() != info.schema->columns.size()) continue;
        table->sampled = true;
        table->all_values = sample.whole;
        for (DataColumn& c : table->columns)
            if (auto at = info.schema->index_of(c.name)) c.values = sample.values[*at];
    }
}

}  // namespace claimcheck
