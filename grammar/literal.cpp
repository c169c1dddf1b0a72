#include "literal_def.hpp"
#include "unit_words.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace claimcheck::parser {

BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(name_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(string_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(period_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(period_literal_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(word_type, iterator_type, context_type)

bool is_reserved(const std::string& text) {
    static constexpr std::array<std::string_view, 21> reserved = {
        "apply",   "check", "claim", "define", "during",    "end",      "expect", "inf",  "is",   "let",
        "means",   "missing", "note", "quote", "source", "template", "truncated", "unit", "use", "warn", "within"};
    return std::find(reserved.begin(), reserved.end(), text) != reserved.end();
}

}  // namespace claimcheck::parser

namespace claimcheck::grammar {
parser::number_type const& number() { return parser::number; }
parser::name_type const& name() { return parser::name; }
parser::string_type const& string() { return parser::string; }
parser::period_type const& period() { return parser::period; }
parser::period_literal_type const& period_literal() { return parser::period_literal; }
parser::word_type const& word() { return parser::word; }

std::string unit_words(std::string_view text) {
    namespace x3 = boost::spirit::x3;
    std::string out;
    auto first = text.begin();
    try {
        return x3::phrase_parse(first, text.end(), parser::unit >> x3::eoi, parser::skipper, out) ? out : "";
    } catch (const x3::expectation_failure<std::string_view::const_iterator>&) {
        return "";  // "percentage" with no "points" after it
    }
}
}  // namespace claimcheck::grammar
