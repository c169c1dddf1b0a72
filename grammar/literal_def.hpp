#pragma once
// Included by literal.cpp only: X3 definitions are expensive to compile.
#include "ast.hpp"
#include "ast_adapted.hpp"
#include "config.hpp"
#include "keyword.hpp"
#include "literal.hpp"
#include "engine/core/currency.hpp"
#include "engine/core/magnitudes.hpp"

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace claimcheck::parser {

using boost::fusion::at_c;
using x3::_attr;
using x3::_pass;
using x3::_val;
using x3::attr;
using x3::char_;
using x3::digit;
using x3::lexeme;
using x3::lit;
using x3::raw;

number_type const number = "a number";
name_type const name = "a name";
string_type const string = "a quoted string";
period_type const period =
    "a period (FY2016/17, 2016/17, 2016, March 2017, 1 April 2016, 2016-04-01, or FROM to TO)";
period_literal_type const period_literal = "a period";
word_type const word = "a word";

// ---- numbers ----------------------------------------------------------

// "5,653": a comma between digits is a thousands separator, so every group after
// the first must have exactly three digits; anything else is a typo worth naming.
// "515 506" (ONS and SI style) groups by spaces, which the rule itself keeps to three digits.
auto const check_grouping = [](auto& ctx) {
    const std::string& text = _attr(ctx);
    // X3 1.81's _where starts where the match ended; raw text is exactly the match.
    auto where = x3::_where(ctx).begin() - static_cast<std::ptrdiff_t>(text.size());
    std::string whole = text.substr(0, text.find('.'));
    if (!whole.empty() && whole[0] == '-') {
        whole.erase(0, 1);
        ++where;
    }
    if (whole.find_first_of(", ") == std::string::npos) return;
    std::size_t start = 0;
    for (bool first = true;; first = false) {
        std::size_t comma = whole.find_first_of(", ", start);
        std::size_t length = (comma == std::string::npos ? whole.size() : comma) - start;
        if (first && length > 3)
            throw x3::expectation_failure<iterator_type>(
                where, "at most three digits before the first thousands separator");
        if (!first && length != 3)
            throw x3::expectation_failure<iterator_type>(
                where + static_cast<std::ptrdiff_t>(start),
                "three digits after each thousands separator");
        if (comma == std::string::npos) return;
        start = comma + 1;
    }
};

auto const space_group = lit(' ') >> x3::repeat(3)[digit] >> !digit;
auto const digits = x3::rule<struct digits_class, std::string>{"a number"} =
    raw[lexeme[-lit('-') >> +digit >> (+space_group | *(',' >> +digit)) >> -('.' >> +digit)]];

// The magnitude words, those that may stand apart from the digits or only attached ("15k").
struct magnitude_words_ : x3::symbols<std::string> {
    explicit magnitude_words_(bool attached) {
        for (const MagnitudeWord& m : magnitude_words)
            if (m.attached_only == attached) add(std::string(m.word), std::string(m.word));
    }
};
const magnitude_words_ attached_magnitudes(true), free_magnitudes(false);
// no_skip, not lexeme: lexeme's skip before a word that is not there would leave the
// spaces (and a comment) inside the number's span.
auto const magnitude = x3::rule<struct magnitude_class, std::string>{"a magnitude"} =
    x3::no_skip[attached_magnitudes >> !(x3::alnum | char_('_'))] |
    x3::no_skip[x3::omit[*x3::blank] >> free_magnitudes >> !(x3::alnum | char_('_'))] | attr(std::string());

auto const single_percent = x3::rule<struct single_percent_class>{"a single '%'"} = !lit('%');
auto const per_cent = (lit('%') > single_percent) | (kw("per") >> kw("cent")) | kw("percent");
auto const point_word = x3::rule<struct point_word_class>{"'points' or 'point'"} = kw("points") | kw("point");
auto const points = (kw("percentage") > point_word) | kw("points") |
                    kw("point") | kw("pp");
auto const unit = (per_cent >> attr(std::string("%"))) | (points >> attr(std::string("points"))) |
                  (kw("times") >> attr(std::string("times"))) | attr(std::string());

// "£3.4m", "$2.5bn", "€40": a sign straight before the digits makes the figure money, which
// takes no unit after it.
struct currency_signs_ : x3::symbols<Currency> {
    currency_signs_() {
        for (const CurrencySign& c : currency_signs) add(std::string(c.sign), c.currency);
    }
} const currency_sign_symbols;
auto const sign_digits = x3::rule<struct sign_digits_class>{"digits straight after the currency sign: £5, not £ 5"} =
    &digit;
auto const money = lexeme[currency_sign_symbols > sign_digits];
auto const no_unit = x3::rule<struct no_unit_class>{"no unit after an amount of money: £5, not £5%"} =
    !(per_cent | points | kw("times"));

auto const number_def = (money >> digits[check_grouping] >> magnitude >> x3::expect[no_unit] >> attr(std::string())) |
                        (attr(Currency::none) >> digits[check_grouping] >> magnitude >> unit);

// ---- names and words ----------------------------------------------------

auto const not_reserved = [](auto& ctx) { _pass(ctx) = !is_reserved(_attr(ctx)); };

// The check sits in an inner rule: a rule whose own definition has an action
// is not annotated (X3 passes on_success an unused attribute then).
auto const identifier = x3::rule<struct identifier_class, std::string, true>{"a name"} =
    raw[lexeme[(x3::alpha | '_') >> *(x3::alnum | '_') >> *('.' >> +(x3::alnum | '_'))]][not_reserved];
auto const name_def = identifier;

auto const lower = char_('a', 'z');
auto const word_def =
    lexeme[raw[lower >> *(lower | char_('-'))] >> !(x3::alnum | char_("_.("))][not_reserved];

// ---- strings ----------------------------------------------------------

auto const closing_quote = x3::rule<struct closing_quote_class>{"a closing '\"' on the same line"} =
    lit('"');
auto const escaped = x3::rule<struct escaped_class, char>{"'\"' or '\\' after '\\'"} = char_("\"\\");
auto const escape = lit('\\') > escaped;
auto const string_def = lexeme['"' > *(escape | ~char_("\"\\\r\n")) > closing_quote];

// ---- periods ------------------------------------------------------------

struct month_names_ : x3::symbols<int> {
    month_names_() {
        static char const* const names[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
        for (int m = 1; m <= 12; ++m) {
            std::string full = names[m - 1];
            std::string lower_full = full;
            lower_full[0] = static_cast<char>(lower_full[0] - 'A' + 'a');
            add(full, m)(lower_full, m)(full.substr(0, 3), m)(lower_full.substr(0, 3), m);
        }
        add("Sept", 9)("sept", 9);
    }
} const month_names;

auto const year4 = x3::uint_parser<int, 10, 4, 4>();
auto const two_digits = x3::uint_parser<int, 10, 2, 2>();
auto const day_number = x3::uint_parser<int, 10, 1, 2>();
auto const month_word = lexeme[month_names >> !x3::alnum];

auto const set_fy = [](auto& ctx) {
    auto& m = _val(ctx);
    m.kind = ast::Moment::Kind::financial_year;
    m.year = at_c<0>(_attr(ctx));
    m.fy_end = at_c<1>(_attr(ctx));
};
auto const set_year = [](auto& ctx) {
    _val(ctx).kind = ast::Moment::Kind::calendar_year;
    _val(ctx).year = _attr(ctx);
};
auto const set_month = [](auto& ctx) {
    auto& m = _val(ctx);
    m.kind = ast::Moment::Kind::month;
    m.month = at_c<0>(_attr(ctx));
    m.year = at_c<1>(_attr(ctx));
};
auto const set_iso_day = [](auto& ctx) {
    auto& m = _val(ctx);
    m.kind = ast::Moment::Kind::day;
    m.year = at_c<0>(_attr(ctx));
    m.month = at_c<1>(_attr(ctx));
    m.day = at_c<2>(_attr(ctx));
};
auto const set_day = [](auto& ctx) {
    auto& m = _val(ctx);
    m.kind = ast::Moment::Kind::day;
    m.day = at_c<0>(_attr(ctx));
    m.month = at_c<1>(_attr(ctx));
    m.year = at_c<2>(_attr(ctx));
};

// Each written form is its own rule: `moment` then has no action of its own
// and is annotated (see identifier above).
template <typename Id>
using moment_form = x3::rule<Id, ast::Moment>;
auto const financial_year = moment_form<struct financial_year_class>{"a financial year"} =
    lexeme[lit("FY") >> year4 >> '/' >> two_digits >> !digit][set_fy];
auto const bare_financial_year = moment_form<struct bare_financial_year_class>{"a financial year"} =
    lexeme[year4 >> '/' >> two_digits >> !digit][set_fy];
auto const iso_day = moment_form<struct iso_day_class>{"a date"} =
    lexeme[year4 >> '-' >> two_digits >> '-' >> two_digits >> !digit][set_iso_day];
auto const written_day = moment_form<struct written_day_class>{"a date"} =
    (lexeme[day_number >> !digit] >> month_word >> year4)[set_day];
auto const month_year = moment_form<struct month_year_class>{"a month"} = (month_word >> year4)[set_month];
auto const calendar_year = moment_form<struct calendar_year_class>{"a year"} =
    lexeme[year4 >> !(digit | char_("-/"))][set_year];

struct moment_class : x3::annotate_on_success {};
struct moment_literal_class : x3::annotate_on_success {};
x3::rule<moment_class, ast::Moment> const moment = "a period";
x3::rule<moment_literal_class, ast::Moment> const moment_literal = "a period";

// Inside expressions a bare 2016 is a number and 2016/17 a division.
auto const moment_literal_def = financial_year | iso_day | written_day | month_year;
auto const moment_def = financial_year | bare_financial_year | iso_day | written_day | month_year |
                        calendar_year;

auto const period_def = moment >> -(kw("to") > moment);
auto const period_literal_def = moment_literal >> -(kw("to") > moment_literal);

BOOST_SPIRIT_DEFINE(number, name, word, string, moment, moment_literal, period, period_literal)

struct number_class : x3::annotate_on_success {};
struct name_class : x3::annotate_on_success {};
struct period_class : x3::annotate_on_success {};
struct period_literal_class : x3::annotate_on_success {};

}  // namespace claimcheck::parser
