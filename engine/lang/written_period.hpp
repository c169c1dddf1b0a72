#pragma once
// A period as a claims file writes it (FY2016/17, 2016-04 to 2017-03, 2017-02-29)
// made into a span of days, or why it is not one.
#include "engine/core/period.hpp"
#include "grammar/ast.hpp"

#include <string>
#include <variant>

namespace claimcheck {

struct PeriodError {
    std::string message;          // "FY2016/18 is not a financial year: ..."
    const ast::Moment* where;     // the part written wrong
};

std::variant<Period, PeriodError> make_period(const ast::Period& written, std::string label);

}  // namespace claimcheck
