#pragma once
// A spreadsheet cell's stored value as the text a table row holds: numbers as the
// exact decimal the file writes (1.2345E-2 is 0.012345, never through a double),
// percentages as the figure printed (0.171 shown as 17.1% is 17.1, as a CSV export
// prints it), date serials as YYYY-MM-DD in the workbook's epoch.
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// How a cell's number is shown: by its style (xlsx) or its value type (ods).
enum class NumberFormat { plain, percent, date };

// The format a number format code gives: a date when it has day, month or year fields (not a
// time only, such as mm:ss or [h]:mm), a percentage when it has a % sign, else plain. Quoted
// literals, escaped characters and [bracketed] parts (colours, locales) are set aside.
NumberFormat format_of_code(std::string_view code);

// The format of Excel's built-in number format `id` (14 is a date, 9 and 10 percentages).
NumberFormat format_of_builtin(unsigned id);

// The exact decimal written `text` ([-+]digits[.digits][E[-+]digits]) times 10^shift, in plain
// digits without exponent or trailing fractional zeros ("1.2345E-2" -> "0.012345", "1E3" -> "1000");
// nothing when text is not so written or its exponent is beyond a thousand.
std::optional<std::string> exact_decimal(std::string_view text, int shift = 0);

enum class Epoch { e1900, e1904 };

// The day a serial number names, YYYY-MM-DD: in the 1900 epoch 1 is 1900-01-01 and 60 the
// fictitious 1900-02-29 that Excel keeps from Lotus 1-2-3 (written so: it is no date, and the
// date column says so), later serials one day behind a true count; in the 1904 epoch 0 is
// 1904-01-01. A fraction (a time of day) is dropped. Nothing when not a serial of 0001..9999.
std::optional<std::string> serial_date(std::string_view decimal, Epoch epoch);

}  // namespace claimcheck
