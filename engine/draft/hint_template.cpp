// Hint checks read into what drafting fills: their shape, function and test.
#include "engine/draft/hint_template.hpp"

#include "engine/articles/figures.hpp"

namespace claimcheck {

// "change(<before>, <after>) is 44%" -> ordered pairs under change, then " is 44%".
std::optional<Template> read_template(const std::string& check) {
    std::size_t end = std::string::npos;
    for (std::size_t i = 0; i < check.size() && end == std::string::npos; ++i) {
        if (check[i] != '>' && check[i] != ')') continue;
        for (std::string_view op : {" is ", " >= ", " <= "})
            if (check.compare(i + 1, op.size(), op) == 0) end = i + 1;
    }
    if (end == std::string::npos || check.find('<', end) != std::string::npos) return std::nullopt;
    std::string subject = check.substr(0, end);
    Template t;
    t.test = check.substr(end);
    t.money = subject.find("<amount>") != std::string::npos || t.test.find("£") != std::string::npos ||
              t.test.find('$') != std::string::npos || t.test.find("€") != std::string::npos;
    std::size_t paren = subject.find('(');
    if (subject == "<position>") t.shape = HintShape::position;
    if (subject.front() == '<') return t;
    if (paren == std::string::npos) return std::nullopt;
    t.function = subject.substr(0, paren);
    std::string args = subject.substr(paren);
    if (t.function.starts_with("per_") && args.find(',') == std::string::npos) t.shape = HintShape::rate;
    else if (args == "(<before>, <after>)") t.shape = HintShape::ordered;
    else if (args == "(<after>, <before>)") t.shape = HintShape::later_over_earlier;
    else if (args == "(<part>, <whole>)" || args == "(<first>, <second>)") t.shape = HintShape::any_pair;
    else if (args == "(<count>, <population>)" || args == "(<amount>, <population>)") t.shape = HintShape::per_people;
    else return std::nullopt;
    return t;
}

// "top(<values by group>) == <group>" -> "top"; nothing for any other check.
std::optional<std::string> read_rank(const std::string& check) {
    for (std::string_view function : {"top", "bottom"})
        if (check == std::string(function) + "(<values by group>) == <group>") return std::string(function);
    return std::nullopt;
}

// The number a check's test prints ("is 1,445" -> 1445, "is 44%" -> 0.44, "is £3.4m" ->
// 3,400,000), read as the article scanner reads figures, for comparing candidates' values
// with; nothing for words ("is hundreds").
std::optional<Rational> printed_number(std::string_view test) {
    const std::size_t begin = test.find_first_of("0123456789");
    if (begin == std::string_view::npos) return std::nullopt;
    const std::optional<Figure> f = read_figure(test.substr(begin));
    if (!f) return std::nullopt;
    // "1,445", or "2.1 million" with its multiplier word kept.
    const std::size_t number_end = std::min(f->literal.find_first_not_of("0123456789.,"), f->literal.size());
    std::string digits = f->literal.substr(0, number_end);
    std::erase(digits, ',');
    if (digits.empty()) return std::nullopt;
    Rational n = parse_decimal(digits);
    if (number_end < f->literal.size()) {
        const bool attached = f->literal[number_end] != ' ';
        const int power = multiplier_power(std::string_view(f->literal).substr(number_end + (attached ? 0 : 1)), attached);
        if (power == 0) return std::nullopt;
        for (int i = 0; i < power; ++i) n *= 10;
    }
    const std::string_view rest = test.substr(begin + f->end);
    if (rest.starts_with("%") || rest.starts_with(" per cent")) n /= 100;
    return n;
}

}  // namespace claimcheck
