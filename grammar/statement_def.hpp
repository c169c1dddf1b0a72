#pragma once
// Included by statement.cpp only.
#include "ast.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "error_handler.hpp"
#include "expression.hpp"
#include "keyword.hpp"
#include "literal.hpp"
#include "symbols.hpp"
#include "statement.hpp"

#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace claimcheck::parser {

using x3::attr;
using x3::char_;
using x3::eoi;
using x3::eol;
using x3::lit;
using x3::matches;

file_type const file = "a claims file";

#define CLAIMCHECK_RULE(name, type, what) \
    struct name##_class;                  \
    x3::rule<name##_class, type> const name = what;

CLAIMCHECK_RULE(statement, ast::Statement,
                "a statement (source, use, let, unit, table, define, claim, template, apply) or a claim line "
                "(quote, check, expect, note)")
CLAIMCHECK_RULE(source_decl, ast::SourceDecl, "a source")
CLAIMCHECK_RULE(use, ast::Use, "a use")
CLAIMCHECK_RULE(let, ast::Let, "a let")
CLAIMCHECK_RULE(let_value, ast::LetValue, "a value, or missing \"why\"")
CLAIMCHECK_RULE(missing, ast::Missing, "missing")
CLAIMCHECK_RULE(figure, ast::Figure, "a value")
CLAIMCHECK_RULE(bounded, ast::Bounded, "a figure within bounds")
CLAIMCHECK_RULE(bounds, ast::Stated, "bounds such as 'more than 68,000'")
CLAIMCHECK_RULE(define, ast::Define, "a definition")
CLAIMCHECK_RULE(unit_decl, ast::UnitDecl, "a unit")
CLAIMCHECK_RULE(meaning, ast::Meaning, "means or warn")
CLAIMCHECK_RULE(reading, ast::Alternative, "a reading")
CLAIMCHECK_RULE(interval, ast::Interval, "an interval such as [200, 1,000) or (N, inf)")
CLAIMCHECK_RULE(claim, ast::Claim, "a claim")
CLAIMCHECK_RULE(claim_item, ast::ClaimItem, "a claim line")
CLAIMCHECK_RULE(quote, ast::Quote, "a quote")
CLAIMCHECK_RULE(check, ast::Check, "a check")
CLAIMCHECK_RULE(test, ast::Test, "'is' or a comparison (==, !=, <, <=, >, >=)")
CLAIMCHECK_RULE(stated, ast::Stated, "a number or a phrase such as 'more than a third' after 'is'")
CLAIMCHECK_RULE(stated_value, ast::Operand, "a number")
CLAIMCHECK_RULE(relation, ast::Relation, "a comparison")
CLAIMCHECK_RULE(compared, ast::Compared, "an expression or a \"text\"")
CLAIMCHECK_RULE(text_value, ast::Text, "a \"text\"")
CLAIMCHECK_RULE(modifier, ast::Modifier, "a rounding rule")
CLAIMCHECK_RULE(expect, ast::Expect, "an expectation")
CLAIMCHECK_RULE(note, ast::Note, "a note")
CLAIMCHECK_RULE(template_block, ast::Template, "a template")
CLAIMCHECK_RULE(apply, ast::Apply, "an apply")
CLAIMCHECK_RULE(apply_expect, ast::ApplyExpect, "an expectation")
CLAIMCHECK_RULE(table_decl, ast::TableDecl, "a table")
CLAIMCHECK_RULE(column_decl, ast::ColumnDecl, "a column")
CLAIMCHECK_RULE(table_read, ast::TableRead, "relation \"schema.table\" or query \"SELECT ...\"")
#undef CLAIMCHECK_RULE

auto const expression = grammar::expression();
auto const number = grammar::number();
auto const name = grammar::name();
auto const string = grammar::string();
auto const period = grammar::period();
auto const word = grammar::word();

auto const line_end = x3::rule<struct line_end_class>{"end of line"} = +eol | eoi;
auto const rules_name = x3::rule<struct rules_name_class, std::string>{"a rules name"} =
    x3::raw[x3::lexeme[x3::alpha >> *(x3::alnum | char_("-_"))]];
auto const use_target =
    x3::rule<struct use_target_class, ast::Use>{"a quoted file name, or a rules name such as house-style"} =
        (string >> attr(false)) | (rules_name >> attr(true));

// ---- top level ----------------------------------------------------------

// A claim line before any claim gets a message of its own.
template <typename Id>
using stray_line = x3::rule<Id>;
auto const claim_before_check = stray_line<struct before_check_class>{"a 'claim' line before 'check'"} = !x3::eps;
auto const claim_before_quote = stray_line<struct before_quote_class>{"a 'claim' line before 'quote'"} = !x3::eps;
auto const claim_before_expect = stray_line<struct before_expect_class>{"a 'claim' or 'apply' line before 'expect'"} = !x3::eps;
auto const claim_before_note = stray_line<struct before_note_class>{"a 'claim' line before 'note'"} = !x3::eps;
auto const not_stray = (&kw("check") > claim_before_check) | (&kw("quote") > claim_before_quote) |
                       (&kw("expect") > claim_before_expect) | (&kw("note") > claim_before_note) | x3::eps;

auto const file_def = (*eol >> *((!eoi) > not_stray > statement > line_end)) > eoi;
auto const statement_def = source_decl | use | let | unit_decl | table_decl | define | claim | template_block | apply;
auto const source_decl_def = kw("source") > name > string;
auto const use_def = kw("use") > use_target;

auto const label = kw("label") > string;
auto const let_def = kw("let") > name > '=' > let_value > -label;
auto const let_value_def = missing | bounded | figure;
auto const missing_def = kw("missing") >> (string | attr(std::string()));
auto const figure_def = expression >> -(kw("during") > period);

// unit school_day = 190 a year, unit working_day = 5 a week
auto const unit_span = x3::rule<struct unit_span_class, std::string>{"'a year' or 'a week'"} =
    kw("a") > ((kw("year") >> attr(std::string("year"))) | (kw("week") >> attr(std::string("week"))));
auto const unit_decl_def = kw("unit") > name > '=' > number > unit_span;

// ---- tables ---------------------------------------------------------------

struct column_types_ : x3::symbols<ColumnType> {
    column_types_() {
        for (ColumnType t : all_column_types) add(type_name(t), t);
    }
} const column_types;
auto const column_type = x3::rule<struct column_type_class, ColumnType>{"a type: integer, decimal, text, date or period"} =
    x3::lexeme[column_types >> !x3::alnum];
struct databases_ : x3::symbols<ast::Database> {
    databases_() { add(ast::database_text(ast::Database::postgres), ast::Database::postgres); }
} const databases;
struct database_reads_ : x3::symbols<ast::DatabaseRead> {
    database_reads_() {
        for (ast::DatabaseRead r : {ast::DatabaseRead::relation, ast::DatabaseRead::query})
            add(ast::database_read_text(r), r);
    }
} const database_reads;
auto const database = x3::lexeme[databases >> !x3::alnum];
// relation "public.crimes" or query "SELECT ...", after a database's connection string
auto const table_read_def = x3::lexeme[database_reads >> !x3::alnum] > text_value;
auto const table_decl_def = kw("table") > name > kw("from") > -database > string > -table_read >
                            -(kw("delimiter") > string) > -(kw("sheet") > text_value) > -(kw("range") > text_value) >
                            -(lit(':') > *(+eol >> column_decl));
auto const column_decl_def = kw("column") > -(string > kw("as")) > name > column_type > -label;

// ---- vocabulary -----------------------------------------------------------

struct meaning_kinds_ : x3::symbols<ast::MeaningKind> {
    meaning_kinds_() {
        for (ast::MeaningKind k : {ast::MeaningKind::means, ast::MeaningKind::warn}) add(ast::meaning_kind_text(k), k);
    }
} const meaning_kinds;
auto const verdict_kind = x3::lexeme[meaning_kinds >> word_end];
auto const low_bound = x3::rule<struct low_bound_class, boost::optional<ast::Expr>>{"a bound"} =
    ((lit('-') >> kw("inf")) >> attr(boost::optional<ast::Expr>())) | expression;
auto const high_bound = x3::rule<struct high_bound_class, boost::optional<ast::Expr>>{"a bound"} =
    (kw("inf") >> attr(boost::optional<ast::Expr>())) | expression;

auto const modifier_start = kw("truncated") | kw("within") |
                            (kw("to") >> (kw("the") | (number >> (kw("dp") | kw("decimal")))));
auto const phrase_word = x3::rule<struct phrase_word_class, std::string>{"a word"} =
    !modifier_start >> word;

auto const defined_words = x3::rule<struct defined_words_class, std::vector<std::string>>{
    "the words being defined, in lower case"} = +phrase_word | (&kw("N") >> attr(std::vector<std::string>()));
// Only `>` after the keyword: `a > b >> c` would expect the unnamed sequence `b >> c`.
auto const define_def = kw("define") > defined_words > matches[kw("N")] > *phrase_word >
                        -('=' > expression) > *(*eol >> reading) > *(*eol >> meaning);
auto const reading_def = kw("reading") > string > '=' > expression;
auto const meaning_def = verdict_kind > interval;
auto const closing_bracket = x3::rule<struct closing_bracket_class, char>{"']' or ')'"} = char_("])");
auto const interval_def = char_("[(") > low_bound > ',' > high_bound > closing_bracket;

// ---- claims -------------------------------------------------------------

// `in` is not reserved ("one in five"), but it cannot be a claim's id.
auto const claim_id = x3::rule<struct claim_id_class, ast::Name>{"a name"} = !kw("in") >> name;
auto const claim_def = kw("claim") > claim_id > kw("in") > string > ':' > *(+eol >> claim_item);
auto const claim_item_def = quote | check | expect | note;
auto const quote_def = kw("quote") > string;
auto const note_def = kw("note") > string;

struct verdicts_ : x3::symbols<Verdict> {
    verdicts_() {
        for (Verdict v : {Verdict::pass, Verdict::warn, Verdict::fail, Verdict::unverifiable, Verdict::error})
            add(verdict_name(v), v);
    }
} const verdicts;
auto const verdict_word =
    x3::rule<struct verdict_word_class, Verdict>{"pass, warn, fail, unverifiable or error"} =
        x3::lexeme[verdicts >> !x3::alnum];
auto const expect_def = kw("expect") > verdict_word;

// A pin on the check's own line: it cannot be mistaken for the claim's `expect` line.
auto const check_def = kw("check") > expression > test > -expect;
auto const test_def = (kw("is") > stated) | relation;
auto const relation_def = relational_ops > compared;
// A key written as text goes first: it starts with a quote, which no expression does.
auto const compared_def = text_value | expression;
auto const text_value_def = string;

// Words then a number, or a number then a rounding rule; else the let is a plain figure.
auto const bound_number = x3::rule<struct bound_number_class, ast::Operand>{"a number"} = number;
auto const no_words = attr(std::vector<std::string>());
auto const bounds_def = (+phrase_word >> bound_number >> no_words >> *modifier) |
                        (no_words >> bound_number >> no_words >> +modifier);
auto const bounded_def = bounds >> -(kw("and") > number) >> -(kw("during") > period);

auto const stated_start = &(phrase_word | number | '(');
auto const stated_def = stated_start >> *phrase_word >> -stated_value >> *phrase_word >> *modifier;
auto const stated_value_def = number | ('(' > expression > ')');

auto const places_word = x3::rule<struct places_word_class>{"'places'"} = kw("places") | kw("place");
auto const decimal_places = kw("dp") | (kw("decimal") > places_word);
auto const modifier_def =
    (attr(ast::Number()) >> kw("truncated") >> attr(ast::Rounding::truncated)) |
    (kw("within") > number > attr(ast::Rounding::within)) |
    ((kw("to") >> kw("the")) > kw("nearest") > number > attr(ast::Rounding::nearest)) |
    (kw("to") >> number >> decimal_places >> attr(ast::Rounding::dp));

// Rules whose attribute is a variant carry no annotation of their own: tagging
// the variant would re-tag its alternative with the wider span of the rule.
struct statement_class {};
struct let_value_class {};
struct claim_item_class {};
struct test_class {};
struct stated_value_class {};

// ---- templates ------------------------------------------------------------

auto const params = x3::rule<struct params_class, std::vector<ast::Name>>{"parameters, such as (force, year)"} =
    '(' > (name % ',') > ')';
auto const fragment = x3::rule<struct fragment_class, std::string>{"a name, or a part of one such as 2016_17"} =
    x3::raw[x3::lexeme[+(x3::alnum | '_') % '.']];
auto const fragments = x3::rule<struct fragments_class, std::vector<std::string>>{"arguments, such as (kent)"} =
    '(' > (fragment % ',') > ')';
auto const end_of_template = x3::rule<struct end_of_template_class>{"'end' after the template's claims"} =
    +eol >> kw("end");
auto const template_block_def = kw("template") > name > params > ':' > *(+eol >> claim) > end_of_template;
auto const apply_def = kw("apply") > name > fragments > -(kw("in") > string) > *(+eol >> apply_expect);
auto const apply_expect_def = kw("expect") > name > verdict_word;

BOOST_SPIRIT_DEFINE(file, statement, source_decl, use, let, unit_decl, let_value, missing, figure, bounded, bounds, define,
                    meaning, reading, interval, claim, claim_item, quote, check, test, stated, stated_value,
                    relation, compared, text_value, modifier, expect, note, template_block, apply, apply_expect, table_decl, column_decl,
                    table_read)

struct file_class : x3::annotate_on_success, error_handler_base {};
struct source_decl_class : x3::annotate_on_success {};
struct use_class : x3::annotate_on_success {};
struct let_class : x3::annotate_on_success {};
struct unit_decl_class : x3::annotate_on_success {};
struct missing_class : x3::annotate_on_success {};
struct figure_class : x3::annotate_on_success {};
struct bounded_class : x3::annotate_on_success {};
struct bounds_class : x3::annotate_on_success {};
struct define_class : x3::annotate_on_success {};
struct meaning_class : x3::annotate_on_success {};
struct reading_class : x3::annotate_on_success {};
struct interval_class : x3::annotate_on_success {};
struct claim_class : x3::annotate_on_success {};
struct quote_class : x3::annotate_on_success {};
struct check_class : x3::annotate_on_success {};
struct stated_class : x3::annotate_on_success {};
struct relation_class : x3::annotate_on_success {};
struct compared_class {};  // a variant: its alternatives carry their own positions
struct text_value_class : x3::annotate_on_success {};
struct modifier_class : x3::annotate_on_success {};
struct expect_class : x3::annotate_on_success {};
struct note_class : x3::annotate_on_success {};
struct template_block_class : x3::annotate_on_success {};
struct apply_class : x3::annotate_on_success {};
struct apply_expect_class : x3::annotate_on_success {};
struct table_decl_class : x3::annotate_on_success {};
struct column_decl_class : x3::annotate_on_success {};
struct table_read_class : x3::annotate_on_success {};

}  // namespace claimcheck::parser
