#include "engine/articles/figures.hpp"

#include "engine/core/currency.hpp"
#include "engine/core/magnitudes.hpp"

#include "engine/articles/words.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

// Thousands separators as the grammar accepts them: 1 to 3 digits, then groups of exactly 3.
bool grouped_by_three(std::string_view whole) {
    std::size_t comma = whole.find(',');
    if (comma == std::string_view::npos) return true;
    if (comma == 0 || comma > 3) return false;
    for (std::size_t at = comma; at != std::string_view::npos; at = whole.find(',', at + 1)) {
        std::size_t next = whole.find(',', at + 1);
        if ((next == std::string_view::npos ? whole.size() : next) - at - 1 != 3) return false;
    }
    return true;
}

std::string without_commas(std::string_view s) {
    std::string out(s);
    out.erase(std::remove(out.begin(), out.end(), ','), out.end());
    return out;
}

}  // namespace

int multiplier_power(std::string_view word, bool attached) {
    return magnitude_exponent(lower(word), attached);
}

std::optional<Figure> read_figure(std::string_view text) {
    Figure f;
    std::size_t i = 0;
    for (const CurrencySign& c : currency_signs)
        if (text.substr(i, c.sign.size()) == c.sign) {
            f.currency = c.sign;
            i += c.sign.size();
        }
    std::string sign;
    if (text.substr(i, 1) == "-" || text.substr(i, 3) == "\u2212") {
        sign = "-";
        i += text[i] == '-' ? 1 : 3;
    }
    std::size_t start = i;
    while (i < text.size() && (is_digit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() && is_digit(text[i + 1]))))
        ++i;
    std::string_view number = text.substr(start, i - start);
    std::size_t point = number.find('.');
    std::string_view whole = number.substr(0, point);
    std::string fraction = point == std::string_view::npos ? "" : std::string(number.substr(point + 1));
    if (!all_digits(without_commas(whole)) || (point != std::string_view::npos && !all_digits(fraction)))
        return std::nullopt;
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (text.substr(i, 2) == suffix && (i + 2 == text.size() || !letter(text[i + 2]))) {
            f.ordinal = true;
            i += 2;
        }
    // A multiplier straight after the digits ("15k", "2.3bn") or after a space ("0.5 million").
    std::size_t word_at = i < text.size() && text[i] == ' ' ? i + 1 : i;
    std::size_t word_end = word_at;
    while (word_end < text.size() && letter(text[word_end])) ++word_end;
    int power = f.ordinal ? 0 : multiplier_power(text.substr(word_at, word_end - word_at), word_at == i);
    if (power > 0) {  // kept as printed: "2.3bn" says its precision (0.1bn), as a check reads it
        f.literal = sign + std::string(number) + (word_at == i ? "" : " ") + lower(text.substr(word_at, word_end - word_at));
        f.end = word_end;
    } else {
        std::string w = grouped_by_three(whole) ? std::string(whole) : without_commas(whole);
        f.literal = sign + w + (fraction.empty() ? "" : "." + fraction);
        f.end = i;
    }
    return f;
}

}  // namespace claimcheck
