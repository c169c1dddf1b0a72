#include "engine/articles/tokens.hpp"

#include "engine/articles/words.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

constexpr std::array<std::string_view, 3> currencies = {"\u00A3", "$", "\u20AC"};
constexpr std::string_view minus_sign = "\u2212";
constexpr std::string_view en_dash = "\u2013";  // as a range is often typeset: 12–15

bool digit_at(std::string_view t, std::size_t i) { return i < t.size() && is_digit(t[i]); }

// The length of a sign before a digit at t[i]: a minus after a space, a bracket or a
// quote mark ("fell to -3", "(-3)"), not one joined to what comes before ("COVID-19",
// "10%-15%"; in "12-15" the hyphen is read with the number before it).
std::size_t sign_at(std::string_view t, std::size_t i) {
    if (i > 0 && !space(t[i - 1]) && std::string_view("([{\"'").find(t[i - 1]) == std::string_view::npos &&
        static_cast<unsigned char>(t[i - 1]) < 0x80)  // a curly quote ends in a byte of 0x80 or more
        return 0;
    if (t[i] == '-' && digit_at(t, i + 1)) return 1;
    if (t.substr(i, minus_sign.size()) == minus_sign && digit_at(t, i + minus_sign.size())) return minus_sign.size();
    return 0;
}

// The length of a currency sign (and sign) before a digit at t[i], or 0.
std::size_t lead_at(std::string_view t, std::size_t i) {
    for (std::string_view c : currencies)
        if (t.substr(i, c.size()) == c && digit_at(t, i + c.size())) return c.size();
    return sign_at(t, i);
}

// The length of a separator inside a number at t[j] (one a digit follows), or 0.
std::size_t separator_at(std::string_view t, std::size_t j) {
    if (std::string_view(",./:-").find(t[j]) != std::string_view::npos && digit_at(t, j + 1)) return 1;
    if (t.substr(j, en_dash.size()) == en_dash && digit_at(t, j + en_dash.size())) return en_dash.size();
    return 0;
}

Token number_at(std::string_view t, std::size_t i) {
    Token token{Token::Type::number, i, i + lead_at(t, i), "", 0, 1};
    std::size_t& j = token.end;
    while (j < t.size()) {
        if (is_digit(t[j])) {
            ++j;
            continue;
        }
        std::size_t n = separator_at(t, j);
        if (n == 0) break;
        char joint = n > 1 ? '-' : t[j];
        if (joint != ',' && joint != '.') {
            token.joint = token.joint == 0 || token.joint == joint ? joint : 'x';
            ++token.parts;
        }
        j += n;
    }
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
        if (t.substr(j, 2) == suffix && (j + 2 >= t.size() || !letter(t[j + 2]))) j += 2;
    token.text = std::string(t.substr(i, j - i));
    return token;
}

}  // namespace

std::optional<Token> next_token(std::string_view text, std::size_t& at) {
    for (std::size_t& i = at; i < text.size();) {
        char c = text[i];
        if (is_digit(c) || lead_at(text, i) > 0) {
            Token token = number_at(text, i);
            i = token.end;
            return token;
        }
        if (letter(c)) {
            std::size_t j = i;
            while (j < text.size() && letter(text[j])) ++j;
            Token token{Token::Type::word, i, j, lower(text.substr(i, j - i))};
            i = j;
            return token;
        }
        ++i;
        if (c == '%') return Token{Token::Type::percent, i - 1, i, "%"};
    }
    return std::nullopt;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t at = 0;
    while (auto token = next_token(text, at)) tokens.push_back(std::move(*token));
    return tokens;
}

void TokenWindow::forget_before(std::size_t i) {
    const std::size_t drop = std::min(i > base_ ? i - base_ : 0, held_.size());
    if (drop < batch) return;
    held_.erase(held_.begin(), held_.begin() + static_cast<std::ptrdiff_t>(drop));
    base_ += drop;
}

const Token* TokenWindow::read_to(std::size_t i) {
    while (i >= base_ + held_.size() && !done_) {
        if (auto token = next_token(text_, next_))
            held_.push_back(std::move(*token));
        else
            done_ = true;
    }
    return i < base_ + held_.size() ? &held_[i - base_] : nullptr;
}

}  // namespace claimcheck
