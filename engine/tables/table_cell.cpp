// Cells of a table as claims read them: numbers exactly from their digits (as spreadsheets print
// them, too), dates and periods as spans of days, text as written.
#include "engine/tables/table_cell.hpp"

#include "engine/core/ascii.hpp"
#include "engine/core/period.hpp"

#include <algorithm>
#include <string>

namespace claimcheck {

namespace {

bool digits(std::string_view text, std::size_t from, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

// The first day of each month of 1900..2155, so that a row's month costs a lookup.
struct MonthStarts {
    static constexpr int first_year = 1900, years = 256;
    long first[years * 12 + 1];
    MonthStarts() {
        for (int i = 0; i <= years * 12; ++i) first[i] = days_from_civil(first_year + i / 12, 1 + i % 12, 1);
    }
};

const MonthStarts month_starts;  // made once, before any scan: no guard on each cell

long month_start(int year, int month) {
    const MonthStarts& table = month_starts;
    const int i = (year - MonthStarts::first_year) * 12 + month - 1;
    return i >= 0 && i < MonthStarts::years * 12 ? table.first[i] : days_from_civil(year, month, 1);
}

bool drop_prefix(std::string_view& text, std::string_view prefix) {
    if (!text.starts_with(prefix)) return false;
    text.remove_prefix(prefix.size());
    return true;
}

// Drops a footnote marker, "[note 1]" or "[a]", with the spaces before it.
void drop_footnote(std::string_view& text) {
    if (!text.ends_with(']')) return;
    const std::size_t open = text.rfind('[');
    if (open == std::string_view::npos) return;
    text.remove_suffix(text.size() - open);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
}

bool drop_currency(std::string_view& text) {
    return drop_prefix(text, "\xC2\xA3") || drop_prefix(text, "$") || drop_prefix(text, "\xE2\x82\xAC");  // £ $ €
}

// Appends the whole part's digits to `out` when it is grouped by `separator` in threes
// ("1,820", not "1,82" or "12,34,5"); false otherwise.
bool take_grouped(std::string_view whole, char separator, std::string& out) {
    const std::size_t first = whole.find(separator);
    if (first == 0 || first > 3 || whole.substr(0, first).find_first_not_of("0123456789") != std::string_view::npos)
        return false;
    out.append(whole.substr(0, first));
    for (std::size_t i = first; i < whole.size(); i += 4) {
        if (whole[i] != separator || i + 4 > whole.size()) return false;
        const std::string_view group = whole.substr(i + 1, 3);
        if (group.find_first_not_of("0123456789") != std::string_view::npos) return false;
        out.append(group);
    }
    return true;
}

// The whole part with each space that groups digits as typesetters write it (no-break, narrow
// no-break, thin) made a plain space: "1 820" as French and SI style print it.
std::string_view plain_spaces(std::string_view whole, std::string& scratch) {
    if (whole.find('\xE2') == std::string_view::npos && whole.find('\xC2') == std::string_view::npos) return whole;
    scratch.clear();
    for (std::size_t i = 0; i < whole.size();) {
        const std::string_view rest = whole.substr(i);
        const std::size_t wide = rest.starts_with("\xC2\xA0") ? 2 : rest.starts_with("\xE2\x80\xAF") || rest.starts_with("\xE2\x80\x89") ? 3 : 0;
        scratch += wide ? ' ' : whole[i];
        i += wide ? wide : 1;
    }
    return scratch;
}


std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

// "Apr-22", "Apr 2022", "April 2022", "2022 APR": the month's span.
Shape parse_month_name(std::string_view text, DaySpan& out) {
    std::string_view name, year_text;
    const std::size_t gap = text.find_first_of(" -");
    if (gap == std::string_view::npos) return Shape::no;
    if (is_digit(text[0])) year_text = text.substr(0, gap), name = text.substr(gap + 1);
    else name = text.substr(0, gap), year_text = text.substr(gap + 1);
    const int month = month_number(name);
    int year = 0;
    if (month == 0 || (year_text.size() != 2 && year_text.size() != 4) || !digits(year_text, 0, year_text.size(), year))
        return Shape::no;
    if (year_text.size() == 2) year += year <= 68 ? 2000 : 1900;
    out = {month_start(year, month), (month == 12 ? month_start(year + 1, 1) : month_start(year, month + 1)) - 1};
    return Shape::yes;
}

}  // namespace

bool suppression_marker(std::string_view text) {
    static constexpr std::string_view markers[] = {"[x]", "[c]", "[z]", "[low]", "..", "-", "*", ":",
                                                   "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */};
    text = trimmed(text);
    if (text.empty() || text.size() > 5) return false;
    for (std::string_view m : markers)
        if (same_ignoring_case(text, m)) return true;
    return false;
}

bool total_label(std::string_view text) {
    if (!may_be_total_label(text)) return false;
    text = trimmed(text);
    static constexpr std::string_view whole[] = {"total", "totals", "subtotal", "sub-total", "sub total", "grand total", "all"};
    for (std::string_view w : whole)
        if (same_ignoring_case(text, w)) return true;
    // "Total (all ages)", "Total: England", "England total"
    if (text.size() > 6 && same_ignoring_case(text.substr(0, 5), "total") &&
        (text[5] == ' ' || text[5] == ':' || text[5] == ',' || text[5] == '('))
        return true;
    if (text.size() > 6 && text[text.size() - 6] == ' ' && same_ignoring_case(text.substr(text.size() - 5), "total"))
        return true;
    // "All ages", "All persons": not "All Saints"
    return text.size() > 4 && same_ignoring_case(text.substr(0, 4), "all ") && text[4] >= 'a' && text[4] <= 'z';
}

namespace {

// "1.5e-05", "1e+05" (as R, pandas and spreadsheets print some numbers) as the plain digits they
// stand for, "0.000015", "100000": exactly, never through a double. Nothing when the text is not
// so written, or its exponent passes 400 (no count has that many zeros).
std::optional<std::string> without_exponent(std::string_view text) {
    const std::size_t e = text.find_first_of("eE");
    if (e == std::string_view::npos || e == 0) return std::nullopt;
    std::string_view mantissa = text.substr(0, e), power = text.substr(e + 1);
    const bool negative = mantissa.starts_with('-');
    if (negative) mantissa.remove_prefix(1);
    const bool down = power.starts_with('-');
    if (down || power.starts_with('+')) power.remove_prefix(1);
    int exponent = 0;
    if (power.empty() || power.size() > 3 || !digits(power, 0, power.size(), exponent) || exponent > 400)
        return std::nullopt;
    const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
    std::string figures(mantissa.substr(0, point));
    if (point < mantissa.size()) figures += mantissa.substr(point + 1);
    if (figures.empty() || point == 0 || !std::all_of(figures.begin(), figures.end(), is_digit))
        return std::nullopt;
    const long at = static_cast<long>(point) + (down ? -exponent : exponent);  // where the point goes now
    std::string out = negative ? "-" : "";
    if (at <= 0) out += "0." + std::string(static_cast<std::size_t>(-at), '0') + figures;
    else if (static_cast<std::size_t>(at) >= figures.size()) out += figures + std::string(static_cast<std::size_t>(at) - figures.size(), '0');
    else out += figures.substr(0, static_cast<std::size_t>(at)) + "." + figures.substr(static_cast<std::size_t>(at));
    return out;
}

}  // namespace

bool parse_written_number(std::string_view text, NumberSyntax syntax, Number& out) {
    if (parse_number(text, syntax, out)) return true;  // plain digits: the fast path, no copy
    text = trimmed(text);  // "Kent, 5": spaces around a number, as typed by hand, are no part of it
    if (const auto plain = without_exponent(text)) {
        if (!parse_number(*plain, syntax, out)) return false;
        out.canonical = false;
        return true;
    }
    drop_footnote(text);
    if (text.ends_with('%')) text.remove_suffix(1);
    auto drop_minus = [&] { return drop_prefix(text, "-") || drop_prefix(text, "\xE2\x88\x92"); };  // - or U+2212
    const bool minus_first = drop_minus();
    const bool currency = drop_currency(text);
    const bool minus = minus_first || (currency && drop_minus());
    const std::size_t point = std::min(text.find('.'), text.size());
    thread_local std::string digits, spaced;  // reused: a row of such cells allocates nothing once warm
    const std::string_view whole = plain_spaces(text.substr(0, point), spaced);
    digits.assign(minus ? "-" : "");
    const char separator = whole.find(',') != std::string_view::npos ? ',' : ' ';
    if (whole.find(separator) == std::string_view::npos) digits.append(whole);
    else if (!take_grouped(whole, separator, digits))
        return false;
    digits.append(text.substr(point));
    if (!parse_number(digits, syntax, out)) return false;
    out.canonical = false;  // written otherwise than the number's one way
    return true;
}

Shape parse_date(std::string_view text, DaySpan& out) {
    text = trimmed(text);
    int year = 0, month = 0, day = 0;
    const bool whole_month = text.size() == 7;
    if ((text.size() != 10 && !whole_month) || text[4] != '-' || !digits(text, 0, 4, year) ||
        !digits(text, 5, 2, month))
        return text.size() >= 6 && text.size() <= 14 ? parse_month_name(text, out) : Shape::no;
    if (!whole_month && (text[7] != '-' || !digits(text, 8, 2, day))) return Shape::no;
    if (month < 1 || month > 12) return Shape::invalid;
    const long start = month_start(year, month);
    const long next = month == 12 ? month_start(year + 1, 1) : month_start(year, month + 1);
    if (whole_month) {
        out = {start, next - 1};
        return Shape::yes;
    }
    if (day < 1 || day > next - start) return Shape::invalid;
    out = {start + day - 1, start + day - 1};
    return Shape::yes;
}

Shape parse_period(std::string_view text, DaySpan& out) {
    text = trimmed(text);
    if (text.starts_with("FY")) text.remove_prefix(text.starts_with("FY ") ? 3 : 2);
    int year = 0, end = 0;
    if (text.size() != 7 || text[4] != '/' || !digits(text, 0, 4, year) || !digits(text, 5, 2, end))
        return Shape::no;
    if ((year + 1) % 100 != end) return Shape::invalid;
    out = {days_from_civil(year, 4, 1), days_from_civil(year + 1, 3, 31)};
    return Shape::yes;
}

namespace {

const char* parse_typed(ColumnType type, std::string_view text, Cell& out) {
    switch (type) {
    case ColumnType::text:
        return nullptr;
    case ColumnType::integer:
        if (parse_written_number(text, NumberSyntax::integer, out.number)) return nullptr;
        return text.empty() ? "empty cell in an integer column" : "text in an integer column";
    case ColumnType::decimal:
        if (parse_written_number(text, NumberSyntax::decimal, out.number)) return nullptr;
        return text.empty() ? "empty cell in a decimal column" : "text in a decimal column";
    case ColumnType::date:
        switch (parse_date(text, out.span)) {
        case Shape::yes: return nullptr;
        case Shape::invalid: return "no such date";
        case Shape::no: break;
        }
        return text.empty() ? "empty cell in a date column"
                            : "text in a date column (dates are written YYYY-MM-DD, YYYY-MM or Apr-22)";
    case ColumnType::period:
        switch (parse_period(text, out.span)) {
        case Shape::yes: return nullptr;
        case Shape::invalid: return "not a financial year: the second year must follow the first";
        case Shape::no: break;
        }
        return text.empty() ? "empty cell in a period column"
                            : "text in a period column (periods are financial years: 2016/17)";
    }
    return nullptr;
}

}  // namespace

const char* parse_cell(ColumnType type, std::string_view text, Cell& out) {
    out.text = text;
    out.withheld = false;
    out.total = false;
    if (type == ColumnType::text) {
        out.total = may_be_total_label(text) && total_label(text);
        return nullptr;
    }
    // Plain digits and dates come first: a marker or a label is looked for only when the cell is not one.
    const char* why = parse_typed(type, text, out);
    if (why && suppression_marker(text)) {
        out.withheld = true;
        return nullptr;
    }
    if (why && (type == ColumnType::date || type == ColumnType::period) && total_label(text)) {
        out.total = true;
        return nullptr;
    }
    return why;
}

}  // namespace claimcheck
