// Identifiers, column expressions and where-conditions as PostgreSQL SQL (sql_text.hpp).
#include "engine/tables/postgres/sql_text.hpp"

#include "engine/tables/scaled.hpp"
#include "engine/tables/table_cell.hpp"

namespace claimcheck {

namespace {

using Op = Filter::Op;

// PostgreSQL's type OIDs (pg_type.h): fixed since the catalogue began.
enum : unsigned { int8_oid = 20, int2_oid = 21, int4_oid = 23, float4_oid = 700, float8_oid = 701,
                  date_oid = 1082, numeric_oid = 1700 };

bool is_float(unsigned oid) { return oid == float4_oid || oid == float8_oid; }

const char* sql_operator(Op op) {
    switch (op) {
    case Op::eq: return " = ";
    case Op::ne: return " <> ";
    case Op::lt: return " < ";
    case Op::le: return " <= ";
    case Op::gt: return " > ";
    case Op::ge: return " >= ";
    default: return " = ";
    }
}

// A number as a parameter: a decimal as its digits, a fraction such as 1/3 as its numerator and
// denominator (the column is multiplied by the denominator, which is positive).
struct NumberParameter {
    std::string value;
    std::optional<std::string> denominator;
};

NumberParameter number_parameter(const Rational& r) {
    if (auto scaled = scaled_of(r)) {
        Number n;
        n.small = *scaled;
        return {number_text(n), std::nullopt};
    }
    return {boost::multiprecision::numerator(r).str(), boost::multiprecision::denominator(r).str()};
}

std::string day(long days, Parameters& parameters) {  // days since 1970-01-01, as a date
    return "(DATE '1970-01-01' + " + parameters.add(std::to_string(days), "integer") + ")";
}

}  // namespace

std::string quote_identifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? "\"\"" : std::string(1, c);
    return out + "\"";
}

ColumnType natural_type(unsigned oid) {
    switch (oid) {
    case int2_oid:
    case int4_oid:
    case int8_oid: return ColumnType::integer;
    case numeric_oid:
    case float4_oid:
    case float8_oid: return ColumnType::decimal;
    case date_oid: return ColumnType::date;
    default: return ColumnType::text;
    }
}

std::optional<std::string> declared_type_problem(unsigned oid, ColumnType declared, const std::string& column) {
    const ColumnType natural = natural_type(oid);
    if (declared == natural || declared == ColumnType::text ||
        (declared == ColumnType::decimal && natural == ColumnType::integer))
        return std::nullopt;
    if (declared == ColumnType::period)
        return "column \"" + column + "\" cannot be a period: PostgreSQL has no financial-year type; declare it "
               "text, or a date column for days";
    const std::string fits = natural == ColumnType::text ? "text" : type_name(natural) + std::string(" or text");
    return "column \"" + column + "\" is " + type_name(natural) + " in PostgreSQL, not " + type_name(declared) +
           ": declare it " + fits + ", or cast it in a query";
}

std::string Parameters::add(std::string value, std::string_view type) {
    const std::string key = value + '\0' + std::string(type);
    auto [it, fresh] = index_.try_emplace(key, values_.size() + 1);
    if (fresh) values_.push_back(std::move(value));
    return "$" + std::to_string(it->second) + "::" + std::string(type);
}

// A whole number compared with an integer column is a bigint, so the column is compared as it is
// stored; anything else is numeric (an integer column is then read as numeric, exactly).
const char* SqlColumns::number_type(std::size_t column, const std::string& value) const {
    const unsigned oid = columns_[column].type;
    const bool integer_column = oid == int2_oid || oid == int4_oid || oid == int8_oid;
    const bool whole = value.find('.') == std::string::npos && value.size() <= 18;  // within bigint
    return integer_column && whole ? "bigint" : "numeric";
}

std::string SqlColumns::reference(std::size_t column) const { return "q." + quote_identifier(columns_[column].name); }

std::string SqlColumns::expression(std::size_t column) const {
    const std::string ref = reference(column);
    const ColumnType type = schema_.columns[column].type;
    if (type == ColumnType::text) return "(coalesce((" + ref + ")::text, '') COLLATE \"C\")";
    if (is_float(columns_[column].type)) return "((" + ref + ")::text::numeric)";
    return ref;
}

std::string SqlColumns::condition(const Filter& f, Parameters& parameters) const {
    switch (f.op) {
    case Op::always: return "TRUE";
    case Op::all:
    case Op::any: {
        if (f.children.empty()) return f.op == Op::all ? "TRUE" : "FALSE";
        std::string out = "(";
        for (std::size_t i = 0; i < f.children.size(); ++i)
            out += (i > 0 ? (f.op == Op::all ? " AND " : " OR ") : "") + condition(f.children[i], parameters);
        return out + ")";
    }
    case Op::negate: return "(NOT " + condition(f.children.front(), parameters) + ")";
    case Op::within: {
        const std::string first = day(f.span->first, parameters);  // numbered before the last day
        return "(" + expression(f.column) + " BETWEEN " + first + " AND " + day(f.span->last, parameters) + ")";
    }
    case Op::one_of: return one_of(f, parameters);
    default: return compare(f, parameters);
    }
}

// On a date column, each cell is one day: == and != hold only against one day, < is "before
// the first day", > "after the last" (as table_filter.hpp compares spans).
std::string SqlColumns::compare(const Filter& f, Parameters& parameters) const {
    const std::string x = expression(f.column);
    const ColumnType type = schema_.columns[f.column].type;
    if (type == ColumnType::date) {
        const DaySpan s = *f.span;
        switch (f.op) {
        case Op::eq: return s.first == s.last ? "(" + x + " = " + day(s.first, parameters) + ")" : "FALSE";
        case Op::ne: return s.first == s.last ? "(" + x + " <> " + day(s.first, parameters) + ")" : "TRUE";
        case Op::lt: return "(" + x + " < " + day(s.first, parameters) + ")";
        case Op::le: return "(" + x + " <= " + day(s.last, parameters) + ")";
        case Op::gt: return "(" + x + " > " + day(s.last, parameters) + ")";
        default: return "(" + x + " >= " + day(s.first, parameters) + ")";
        }
    }
    if (type == ColumnType::text) return "(" + x + sql_operator(f.op) + parameters.add(f.text, "text") + ")";
    const NumberParameter n = number_parameter(*f.number);
    if (!n.denominator)
        return "(" + x + sql_operator(f.op) + parameters.add(n.value, number_type(f.column, n.value)) + ")";
    const std::string denominator = parameters.add(*n.denominator, "numeric");  // numbered before the numerator
    return "(" + x + " * " + denominator + sql_operator(f.op) + parameters.add(n.value, "numeric") + ")";
}

// The values as the column's type, as a row's cells are read: "13.0" is the integer 13, "2020-03"
// the month (which no one day equals).
std::string SqlColumns::one_of(const Filter& f, Parameters& parameters) const {
    const ColumnType type = schema_.columns[f.column].type;
    std::vector<std::string> values;
    for (const std::string& v : f.values) {
        Cell cell;
        if (type == ColumnType::text) values.push_back(parameters.add(v, "text"));
        else if (type == ColumnType::date) {
            if (!parse_cell(type, v, cell) && cell.span.first == cell.span.last)
                values.push_back(day(cell.span.first, parameters));
        } else if (!parse_cell(ColumnType::decimal, v, cell)) {
            const std::string value = number_text(cell.number);
            values.push_back(parameters.add(value, number_type(f.column, value)));
        }
    }
    if (values.empty()) return "FALSE";
    std::string out = "(" + expression(f.column) + " IN (";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i > 0 ? ", " : "") + values[i];
    return out + "))";
}

}  // namespace claimcheck
