#pragma once
// kw("claim") matches the whole word "claim" (not "claims" or "claim_1"), and
// names itself 'claim' in "expected ..." messages.
#include <boost/spirit/home/x3.hpp>

#include <string>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

inline bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    char const* word;
    constexpr explicit keyword_parser(char const* w) : word(w) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        Iterator it = first;
        for (char const* p = word; *p; ++p, ++it)
            if (it == last || *it != *p) return false;
        if (it != last && is_word_char(*it)) return false;
        first = it;
        return true;
    }
};

constexpr keyword_parser kw(char const* word) { return keyword_parser(word); }

// The end of a word read by x3::symbols: what kw() checks after its word.
inline auto const word_end = !(x3::alnum | x3::lit('_'));

// Words that start statements or clauses; never names or vocabulary words.
bool is_reserved(const std::string& text);

}  // namespace claimcheck::parser

namespace boost::spirit::x3 {
template <>
struct get_info<claimcheck::parser::keyword_parser> {
    using result_type = std::string;
    std::string operator()(claimcheck::parser::keyword_parser const& p) const {
        return std::string("'") + p.word + "'";
    }
};
}  // namespace boost::spirit::x3
