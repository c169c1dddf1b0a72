#pragma once
// Records where each AST node lies (annotate_on_success calls tag()) and the
// first expectation failure, as a byte offset and what was expected there.
// X3's stock handler prints only a line; the column and the caret come from
// SourceFile and Diagnostic.
#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::parser {
namespace x3 = boost::spirit::x3;

struct ParseFailure {
    std::size_t offset = 0;
    std::string expected;
};

template <typename Iterator>
class ErrorHandler {
public:
    ErrorHandler(Iterator first, Iterator last) : positions_(first, last) {}

    template <typename Ast>
    void tag(Ast& ast, Iterator first, Iterator last) {
        positions_.annotate(ast, first, last);
    }

    void expected(Iterator where, std::string what) {
        if (!failure_)
            failure_ = ParseFailure{static_cast<std::size_t>(where - positions_.first()), std::move(what)};
    }

    const std::optional<ParseFailure>& failure() const { return failure_; }

    std::vector<std::size_t> offsets() const {
        std::vector<std::size_t> out;
        for (auto it : positions_.get_positions())
            out.push_back(static_cast<std::size_t>(it - positions_.first()));
        return out;
    }

private:
    x3::position_cache<std::vector<Iterator>> positions_;
    std::optional<ParseFailure> failure_;
};

// Mixed into the top rule's ID: turns an expectation failure into a recorded failure.
struct error_handler_base {
    template <typename Iterator, typename Exception, typename Context>
    x3::error_handler_result on_error(Iterator&, Iterator const&, Exception const& x,
                                      Context const& context) {
        x3::get<x3::error_handler_tag>(context).get().expected(x.where(), x.which());
        return x3::error_handler_result::fail;
    }
};

}  // namespace claimcheck::parser
