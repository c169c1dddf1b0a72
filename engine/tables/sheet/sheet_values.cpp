// Stored spreadsheet values as the texts a table row holds: exact decimals, dates from serials.
#include "engine/tables/sheet/sheet_values.hpp"

#include "engine/core/period.hpp"

#include <algorithm>
#include <cstdio>

namespace claimcheck {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The civil date of a day count from 1970-01-01 (the inverse of days_from_civil).
void civil_from_days(long z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

}  // namespace

NumberFormat format_of_code(std::string_view code) {
    bool day = false, month = false, year = false, time = false, percent = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = lower(code[i]);
        if (c == '"') {  // a literal: "Total: "0
            const std::size_t end = code.find('"', i + 1);
            i = end == std::string_view::npos ? code.size() : end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // the next character is shown as itself, or spaced or repeated
        } else if (c == '[') {  // a colour, a locale, a condition, or an elapsed time: [h]:mm
            const std::size_t end = code.find(']', i);
            const char first = i + 1 < code.size() ? lower(code[i + 1]) : ' ';
            time = time || first == 'h' || first == 'm' || first == 's';
            i = end == std::string_view::npos ? code.size() : end;
        } else {
            day = day || c == 'd';
            month = month || c == 'm';
            year = year || c == 'y';
            time = time || c == 'h' || c == 's';
            percent = percent || c == '%';
        }
    }
    if (day || year || (month && !time)) return NumberFormat::date;
    return percent ? NumberFormat::percent : NumberFormat::plain;
}

NumberFormat format_of_builtin(unsigned id) {
    if ((id >= 14 && id <= 17) || id == 22) return NumberFormat::date;  // 18..21, 45..47 are times of day
    if (id == 9 || id == 10) return NumberFormat::percent;
    return NumberFormat::plain;
}

std::optional<std::string> exact_decimal(std::string_view text, int shift) {
    std::size_t i = 0;
    bool minus = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) minus = text[i++] == '-';
    std::string digits;  // every mantissa digit, the point dropped
    long point = -1;     // how many digits come before the point
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '.' && point < 0) point = static_cast<long>(digits.size());
        else break;
    }
    if (digits.empty()) return std::nullopt;
    if (point < 0) point = static_cast<long>(digits.size());
    long exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
        const std::size_t start = i;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 1000) return std::nullopt;
        }
        if (i == start) return std::nullopt;
        if (negative) exponent = -exponent;
    }
    if (i != text.size()) return std::nullopt;
    point += exponent + shift;
    // Zeros to make the point fall within the digits, then trimmed from both ends.
    if (point < 0) {
        digits.insert(0, static_cast<std::size_t>(-point), '0');
        point = 0;
    }
    if (point > static_cast<long>(digits.size())) digits.append(static_cast<std::size_t>(point) - digits.size(), '0');
    std::string whole = digits.substr(0, static_cast<std::size_t>(point));
    std::string fraction = digits.substr(static_cast<std::size_t>(point));
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
    fraction.erase(std::min(fraction.find_last_not_of('0') + 1, fraction.size()));
    if (whole.empty()) whole = "0";
    const bool zero = whole == "0" && fraction.empty();
    return (minus && !zero ? "-" : "") + whole + (fraction.empty() ? "" : "." + fraction);
}

std::optional<std::string> serial_date(std::string_view decimal, Epoch epoch) {
    long serial = 0;
    std::size_t i = 0;
    for (; i < decimal.size() && decimal[i] >= '0' && decimal[i] <= '9'; ++i) {
        serial = serial * 10 + (decimal[i] - '0');
        if (serial > 3000000) return std::nullopt;
    }
    if (i == 0 || (i < decimal.size() && decimal[i] != '.')) return std::nullopt;  // negative, or not digits
    long day = 0;
    if (epoch == Epoch::e1904) {
        day = days_from_civil(1904, 1, 1) + serial;
    } else {
        if (serial == 0) return std::nullopt;  // Excel's 1900-01-00
        if (serial == 60) return std::string("1900-02-29");
        day = days_from_civil(1899, 12, 31) + serial - (serial > 60 ? 1 : 0);
    }
    int y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(day, y, m, d);
    if (y > 9999) return std::nullopt;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", y, m, d);
    return std::string(out);
}

}  // namespace claimcheck
