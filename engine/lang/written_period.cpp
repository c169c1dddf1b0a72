#include "engine/lang/written_period.hpp"

namespace claimcheck {

namespace {

struct Span {
    long first;
    long last;
};

std::variant<Span, std::string> span_of(const ast::Moment& m) {
    using Kind = ast::Moment::Kind;
    switch (m.kind) {
    case Kind::financial_year:
        if ((m.year + 1) % 100 != m.fy_end)
            return "FY" + std::to_string(m.year) + "/" + std::to_string(m.fy_end) +
                   " is not a financial year: the year after " + std::to_string(m.year) +
                   " ends in " + std::to_string((m.year + 1) % 100);
        return Span{days_from_civil(m.year, 4, 1), days_from_civil(m.year + 1, 3, 31)};
    case Kind::calendar_year:
        return Span{days_from_civil(m.year, 1, 1), days_from_civil(m.year, 12, 31)};
    case Kind::month:
        return Span{days_from_civil(m.year, m.month, 1),
                    days_from_civil(m.year, m.month, days_in_month(m.year, m.month))};
    case Kind::day:
        if (m.month < 1 || m.month > 12)
            return "there is no month " + std::to_string(m.month);
        if (m.day < 1 || m.day > days_in_month(m.year, m.month))
            return std::to_string(m.day) + " " + month_name(m.month) +
                   " " + std::to_string(m.year) + " is not a date: " +
                   month_name(m.month) + " " +
                   std::to_string(m.year) + " has " +
                   std::to_string(days_in_month(m.year, m.month)) + " days";
        return Span{days_from_civil(m.year, m.month, m.day), days_from_civil(m.year, m.month, m.day)};
    }
    return "unknown period";
}

}  // namespace

std::variant<Period, PeriodError> make_period(const ast::Period& written, std::string label) {
    auto from = span_of(written.from);
    if (auto* error = std::get_if<std::string>(&from)) return PeriodError{*error, &written.from};
    Span span = std::get<Span>(from);
    if (written.to) {
        auto to = span_of(*written.to);
        if (auto* error = std::get_if<std::string>(&to)) return PeriodError{*error, &*written.to};
        span.last = std::get<Span>(to).last;
        if (span.last < span.first) return PeriodError{"the period ends before it starts", &*written.to};
    }
    return Period{span.first, span.last, std::move(label)};
}

}  // namespace claimcheck
