#include "engine/lang/phrase.hpp"

#include "grammar/unit_words.hpp"

namespace claimcheck {

namespace {

using Match = std::variant<PhraseTerm, std::string>;

class Matcher {
public:
    Matcher(const std::vector<std::string>& words, const ast::Number* number, const Scope& scope)
        : words_(words), number_(number), scope_(scope) {}

    // Words from `start` on, standing for a value when `as_argument`.
    Match match(std::size_t start, bool as_argument) const {
        std::string error;
        for (std::size_t end = words_.size(); end > start; --end) {
            std::vector<std::string> head(words_.begin() + static_cast<long>(start),
                                          words_.begin() + static_cast<long>(end));
            const Definition* found = scope_.phrase(phrase_key(head));
            if (!found) continue;
            Match m = term(*found, end, as_argument);
            if (std::holds_alternative<PhraseTerm>(m)) return m;
            if (error.empty()) error = std::get<std::string>(m);
        }
        if (!error.empty()) return error;
        return "no definition of '" + phrase_key(rest(start)) +
               "' is in scope (is `use house-style` missing, or a `define` for it?)";
    }

private:
    Match term(const Definition& definition, std::size_t end, bool as_argument) const {
        const ast::Define& define = *definition.define;
        std::string key = phrase_key(define.words);
        if (as_argument && !define.value)
            return "'" + key + "' has no value, so it cannot stand for a number here";
        if (!define.has_parameter) {
            if (end != words_.size()) {
                // "eight per cent": a word for a number takes a unit as a written number does.
                std::string unit = define.value && !number_ ? grammar::unit_words(phrase_key(rest(end))) : "";
                if (unit.empty()) return "'" + key + "' takes no words after it";
                return PhraseTerm{&definition, nullptr, nullptr, unit};
            }
            if (number_) return "'" + key + "' takes no number after it";
            return PhraseTerm{&definition, nullptr, nullptr, ""};
        }
        if (end == words_.size()) {
            if (!number_) return "'" + key + "' needs a number after it (" + definition.phrase + ")";
            return PhraseTerm{&definition, nullptr, number_, ""};
        }
        // "a fall of more than 12%": a phrase read through takes words with no value of their own.
        Match argument = match(end, as_argument || !reads_through(define));
        if (auto* error = std::get_if<std::string>(&argument)) return *error;
        return PhraseTerm{&definition, std::make_shared<const PhraseTerm>(std::get<PhraseTerm>(argument)),
                          nullptr, ""};
    }

    std::vector<std::string> rest(std::size_t from) const {
        return {words_.begin() + static_cast<long>(from), words_.end()};
    }

    const std::vector<std::string>& words_;
    const ast::Number* number_;
    const Scope& scope_;
};

}  // namespace

bool reads_through(const ast::Define& define) {
    return define.has_parameter && define.value && define.meanings.empty();
}

std::string PhraseTerm::text() const {
    std::string out = phrase_key(definition->define->words);
    if (argument) out += " " + argument->text();
    if (number) out += " " + std::string(currency_sign(number->currency)) + number->digits;  // "£3.4m"
    if (number && !number->magnitude.empty())  // "1.2bn", "3.1 million"
        out += (number->magnitude.size() > 2 ? " " : "") + number->magnitude;
    if (number) out += (number->unit.empty() ? "" : number->unit == "%" ? "%" : " " + number->unit);
    if (!unit.empty()) out += unit == "%" ? " per cent" : " " + unit;
    return out;
}

std::variant<PhraseTerm, std::string> resolve_phrase(const std::vector<std::string>& words,
                                                     const ast::Number* number, const Scope& scope) {
    return Matcher(words, number, scope).match(0, false);
}

}  // namespace claimcheck
