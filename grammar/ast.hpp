#pragma once
// The syntax tree of a .claims file, as written. Numbers keep their digits and
// periods their parts, so the engine can tell what precision a writer stated.
// Every node a message can point at is position_tagged; SourceFile maps the
// tag back to file:line:col.
#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "engine/core/column_type.hpp"
#include "engine/core/currency.hpp"
#include "engine/core/verdict.hpp"

#include <string>
#include <vector>

namespace claimcheck::ast {
namespace x3 = boost::spirit::x3;

// The words and signs the grammar reads into enums (x3::symbols), each with
// the one function that gives it back as written.

// A comparison: == != < <= > >= after `check`, and `in` too in a table's condition.
enum class Comparator { eq, ne, lt, le, gt, ge, in };

inline const char* comparator_text(Comparator op) {
    switch (op) {
    case Comparator::eq: return "==";
    case Comparator::ne: return "!=";
    case Comparator::lt: return "<";
    case Comparator::le: return "<=";
    case Comparator::gt: return ">";
    case Comparator::ge: return ">=";
    case Comparator::in: return "in";
    }
    return "?";
}

inline constexpr Comparator relational_comparators[] = {Comparator::eq, Comparator::ne, Comparator::lt,
                                                        Comparator::le, Comparator::gt, Comparator::ge};

// How conditions on a table's rows are joined.
enum class Junction { and_, or_ };

inline const char* junction_text(Junction j) { return j == Junction::and_ ? "and" : "or"; }

// A rounding rule: "truncated", "to 1 dp", "to the nearest 100", "within 0.5".
enum class Rounding { truncated, dp, nearest, within };

inline const char* rounding_text(Rounding r) {
    switch (r) {
    case Rounding::truncated: return "truncated";
    case Rounding::dp: return "dp";
    case Rounding::nearest: return "nearest";
    case Rounding::within: return "within";
    }
    return "?";
}

// A definition's reading: `means` passes, `warn` is the lenient one.
enum class MeaningKind { means, warn };

inline const char* meaning_kind_text(MeaningKind k) { return k == MeaningKind::means ? "means" : "warn"; }

// "5,653", "515 506", "15.5", "3.14 million", "44 per cent", "£3.4m": a currency sign or none,
// digits as written, a magnitude word ("million", "bn": engine/core/magnitudes.hpp) or none, and
// the unit "", "%", "points" or "times" (none after a currency sign).
struct Number : x3::position_tagged {
    Currency currency = Currency::none;
    std::string digits;
    std::string magnitude;
    std::string unit;
};

// A dotted name such as ew.2016_17, or a function name.
struct Name : x3::position_tagged {
    std::string text;
};

// One calendar unit as written.
struct Moment : x3::position_tagged {
    enum class Kind { financial_year, calendar_year, month, day };
    Kind kind = Kind::calendar_year;
    int year = 0;    // the first year of a financial year
    int fy_end = 0;  // the two digits after the slash in FY2016/17
    int month = 0;   // 1..12 for month and day
    int day = 0;
};

// A span of calendar units: FY2015/16, or FY2015/16 to FY2016/17.
struct Period : x3::position_tagged {
    Moment from;
    boost::optional<Moment> to;
};

struct Nil {};
struct Unary;
struct Expr;
struct Call;

struct Operand : x3::variant<Nil, Number, Period, Name, x3::forward_ast<Call>,
                             x3::forward_ast<Unary>, x3::forward_ast<Expr>> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Unary : x3::position_tagged {
    char op = '-';
    Operand operand;
};

struct Operation : x3::position_tagged {
    char op = '+';
    Operand operand;
};

// first op1 x1 op2 x2 ...: one precedence level, evaluated left to right.
struct Expr : x3::position_tagged {
    Operand first;
    std::vector<Operation> rest;
};

// A value a table's cell is compared with: a number, a period or date, or "text".
struct Scalar : x3::variant<Number, Period, std::string> {
    using base_type::base_type;
    using base_type::operator=;
};

// crimes.force == "Kent", crimes.month in FY2016/17, crimes.force in ("Kent", "Essex").
struct Comparison : x3::position_tagged {
    Name column;
    Comparator op = Comparator::eq;
    std::vector<Scalar> values;  // one, or the list after `in`
};

struct Condition;

struct ConditionAtom : x3::variant<Comparison, x3::forward_ast<Condition>> {
    using base_type::base_type;
    using base_type::operator=;
};

struct ConditionTerm : x3::position_tagged {
    bool negated = false;  // not ...
    ConditionAtom atom;
};

struct ConditionStep : x3::position_tagged {
    Junction op = Junction::and_;  // `and` binds tighter, as in SQL
    ConditionTerm term;
};

struct Condition : x3::position_tagged {
    ConditionTerm first;
    std::vector<ConditionStep> rest;
};

// change(a, b), or a table aggregate: sum(crimes.count where crimes.force == "Kent" by crimes.age).
struct Call : x3::position_tagged {
    Name function;
    std::vector<Expr> args;
    boost::optional<Condition> where;
    boost::optional<Name> by;
};

// "truncated", "to 1 dp", "to the nearest 100", "within 0.5".
struct Modifier : x3::position_tagged {
    Number amount;  // empty for truncated
    Rounding kind = Rounding::truncated;
};

// What follows "is": vocabulary words, a number, or both ("nearly 100"); words may
// follow the number too ("5 times more").
struct Stated : x3::position_tagged {
    std::vector<std::string> words;
    boost::optional<Operand> value;
    std::vector<std::string> after;
    std::vector<Modifier> modifiers;
};

// "Riverside" after == or !=: a key of a table's `by` column, as the file writes it (a rank check).
struct Text : x3::position_tagged {
    std::string text;
};

// What a comparison compares with: a figure, or a key written as text.
struct Compared : x3::variant<Expr, Text> {
    using base_type::base_type;
    using base_type::operator=;
};

// An exact comparison: == != < <= > >=.
struct Relation : x3::position_tagged {
    Comparator op = Comparator::eq;  // never `in`
    Compared rhs;
};

struct Test : x3::variant<Stated, Relation> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Quote : x3::position_tagged {
    std::string text;
};

// expect fail: on its own line, the verdict pinned for the claim; after a check, for that check.
struct Expect : x3::position_tagged {
    Verdict verdict = Verdict::pass;
};

// The node spans its pin too: the check as written ends where its test does (shape.hpp).
struct Check : x3::position_tagged {
    Expr subject;
    Test test;
    boost::optional<Expect> expect;
};

struct Note : x3::position_tagged {
    std::string text;
};

struct ClaimItem : x3::variant<Quote, Check, Expect, Note> {
    using base_type::base_type;
    using base_type::operator=;
};

struct Claim : x3::position_tagged {
    Name id;
    std::string article;
    std::vector<ClaimItem> items;
};

struct SourceDecl : x3::position_tagged {
    Name id;
    std::string description;
};

// use "counts.claims" (a file) or use house-style (a rules file by name).
struct Use : x3::position_tagged {
    std::string target;
    bool named = false;
};

// let x = missing "reason": the figure exists in the world but not in our data.
struct Missing : x3::position_tagged {
    std::string reason;
};

struct Figure : x3::position_tagged {
    Expr value;
    boost::optional<Period> during;
};

// let calls = more than 68,000; let tips = 1,072,000 to the nearest 1,000; let n = between 5 and 6:
// a figure published only within bounds, or rounded. What follows `=` is read as a stated figure is.
struct Bounded : x3::position_tagged {
    Stated bounds;
    boost::optional<Number> upper;  // between bounds.value and upper
    boost::optional<Period> during;
};

// A figure within bounds is held by pointer: it is the largest by far, and a file of plain
// figures would otherwise pay its size for every let.
struct LetValue : x3::variant<Figure, Missing, x3::forward_ast<Bounded>> {
    using base_type::base_type;
    using base_type::operator=;
};

// let ew.2016_17 = 5,653 during FY2016/17 label "child sex crimes, England and Wales": the label
// says in words what the figure counts, for readers and for `claimcheck draft` matching it to text.
struct Let : x3::position_tagged {
    Name name;
    LetValue value;
    boost::optional<std::string> label;
};

// [low, high) with optional bounds; an absent bound (inf) is unbounded.
struct Interval : x3::position_tagged {
    char open = '[';
    boost::optional<Expr> low;
    boost::optional<Expr> high;
    char close = ']';
};

// "means" gives the reading that passes, "warn" the lenient one.
struct Meaning : x3::position_tagged {
    MeaningKind kind = MeaningKind::means;
    Interval interval;
};

// One way ambiguous words may be read: reading "as a ratio" = (N - 1) * 100%.
struct Alternative : x3::position_tagged {
    std::string name;
    Expr value;
};

// unit school_day = 190 a year: a unit rates can be counted per, declared once as so many
// of it in each year or each week ("year" or "week").
struct UnitDecl : x3::position_tagged {
    Name name;
    Number count;
    std::string span;
};

// define nearly N / means [0.9 * N, N): vocabulary written in the language itself.
// N may stand between words: define N times more.
struct Define : x3::position_tagged {
    std::vector<std::string> words;
    bool has_parameter = false;
    std::vector<std::string> after;  // the words after N
    boost::optional<Expr> value;
    std::vector<Alternative> readings;
    std::vector<Meaning> meanings;
};

// template force_rise(force, year): claims written once, over parameters that
// stand for parts of names (force.2016_17 with force = kent is kent.2016_17).
struct Template : x3::position_tagged {
    Name name;
    std::vector<Name> params;
    std::vector<Claim> claims;
};

// expect rise fail, under an apply: the verdict pinned for one instance.
struct ApplyExpect : x3::position_tagged {
    Name claim;
    Verdict verdict = Verdict::pass;
};

// apply force_rise(kent, 2016_17): the template's claims, over this file's figures.
struct Apply : x3::position_tagged {
    Name name;
    std::vector<std::string> args;
    boost::optional<std::string> article;
    std::vector<ApplyExpect> expects;
};

// column "Offence group" as offence_group text [label "…"]: a column of a table, its name and type.
struct ColumnDecl : x3::position_tagged {
    boost::optional<std::string> header;  // as the file's header has it, when not the name
    Name name;
    ColumnType type = ColumnType::text;
    boost::optional<std::string> label;  // what the column holds, in words
};

// The database a table is read from, when it is not a file: `from postgres "service=claims"`.
enum class Database { postgres };

inline const char* database_text(Database) { return "postgres"; }

// What a database table reads: relation "public.crimes" or query "SELECT ...".
enum class DatabaseRead { relation, query };

inline const char* database_read_text(DatabaseRead r) { return r == DatabaseRead::relation ? "relation" : "query"; }

struct TableRead : x3::position_tagged {
    DatabaseRead kind = DatabaseRead::relation;
    Text what;
};

// table crimes from "crimes.csv" [delimiter ";"] [: column lines], from a spreadsheet:
// table crimes from "release.xlsx" [sheet "Table 3"] [range "A5:F60"] [: column lines], or
// table crimes from postgres "CONNINFO" relation "public.crimes" [: column lines]
struct TableDecl : x3::position_tagged {
    Name name;
    boost::optional<Database> database;
    std::string file;  // the CSV file, or the database's service name or connection string
    boost::optional<TableRead> read;
    boost::optional<std::string> delimiter;
    boost::optional<Text> sheet;
    boost::optional<Text> range;
    std::vector<ColumnDecl> columns;
};

struct Statement : x3::variant<SourceDecl, Use, Let, Define, Claim, Template, Apply, TableDecl, UnitDecl> {
    using base_type::base_type;
    using base_type::operator=;
};

using File = std::vector<Statement>;

}  // namespace claimcheck::ast
