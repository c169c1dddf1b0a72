#include "engine/lang/phrase.hpp"

#include "grammar/unit_words.hpp"

namespace claimcheck {

namespace {

using Match = std::variant<PhraseTerm, std::string>;

class Matcher {
public:
    Matcher(const std::vector<std::string>& words, const ast::Number* number, const std::vector<std::string>& after,
            const Scope& scope)
        : words_(words), number_(number), after_(after), scope_(scope) {}

    // The whole phrase: N between words first ("5 times more"), else words before N.
    Match match_all() const {
        if (auto m = between()) return *m;
        if (!after_.empty())
            return "no definition of '" + phrase_key(with_n(words_, number_ ? number_->unit : "", after_)) +
                   "' is in scope (is `use house-style` missing, or a `define` for it?)";
        return match(0, false);
    }

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
        std::string key = define_key(define);
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

    // A definition with words after N, for "5 times more" (the number's unit "times" is the
    // first of those words) or "increased five times", "a fivefold rise" (words only).
    std::optional<Match> between() const {
        if (number_) {
            if (after_.empty() && number_->unit != "times") return std::nullopt;
            const Definition* found = scope_.phrase(phrase_key(with_n(words_, number_->unit, after_)));
            if (found && !found->define->after.empty()) return Match{PhraseTerm{found, nullptr, number_, ""}};
            return std::nullopt;
        }
        const std::vector<std::string> words = split_folds(words_);
        for (std::size_t i = 0; i < words.size(); ++i)
            for (std::size_t j = i + 1; j < words.size(); ++j) {  // at least one word on each side of N
                const std::vector<std::string> before(words.begin(), words.begin() + static_cast<long>(i));
                const std::vector<std::string> after(words.begin() + static_cast<long>(j), words.end());
                const Definition* found = scope_.phrase(phrase_key(with_n(before, "", after)));
                if (!found || found->define->after.empty()) continue;
                const std::vector<std::string> n(words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(j));
                Match argument = Matcher(n, nullptr, {}, scope_).match(0, true);
                if (auto* term = std::get_if<PhraseTerm>(&argument))
                    return Match{PhraseTerm{found, std::make_shared<const PhraseTerm>(*term), nullptr, ""}};
            }
        return std::nullopt;
    }

    static std::vector<std::string> with_n(std::vector<std::string> before, const std::string& unit,
                                           const std::vector<std::string>& after) {
        before.push_back("N");
        if (unit == "times") before.push_back("times");
        before.insert(before.end(), after.begin(), after.end());
        return before;
    }

    // "five-fold" and "fivefold" are "five" "fold", so one definition (a N fold rise) reads both.
    static std::vector<std::string> split_folds(const std::vector<std::string>& words) {
        std::vector<std::string> out;
        for (const std::string& w : words) {
            const std::size_t stem = w.size() > 5 && w.compare(w.size() - 5, 5, "-fold") == 0 ? w.size() - 5
                                     : w.size() > 4 && w.compare(w.size() - 4, 4, "fold") == 0 ? w.size() - 4
                                                                                                : 0;
            if (stem == 0) {
                out.push_back(w);
                continue;
            }
            out.push_back(w.substr(0, stem));
            out.push_back("fold");
        }
        return out;
    }

    const std::vector<std::string>& words_;
    const ast::Number* number_;
    const std::vector<std::string>& after_;
    const Scope& scope_;
};

std::string number_text(const ast::Number& n) {
    const std::string out = std::string(currency_sign(n.currency)) + n.digits;  // "£3.4m"
    if (n.magnitude.empty()) return out;
    return out + (n.magnitude.size() > 2 ? " " : "") + n.magnitude;  // "1.2bn", "3.1 million"
}

}  // namespace

bool reads_through(const ast::Define& define) {
    return define.has_parameter && define.value && define.meanings.empty();
}

std::string PhraseTerm::text() const {
    const ast::Define& define = *definition->define;
    if (!define.after.empty()) {  // "5 times more", "a five-fold rise"
        std::string out = define.words.empty() ? "" : phrase_key(define.words) + " ";
        out += argument ? argument->text() : number_text(*number);
        auto after = define.after.begin();
        if (*after == "fold") out += "-fold", ++after;
        for (; after != define.after.end(); ++after) out += " " + *after;
        return out;
    }
    std::string out = phrase_key(define.words);
    if (argument) out += " " + argument->text();
    if (number) out += " " + number_text(*number);
    if (number) out += (number->unit.empty() ? "" : number->unit == "%" ? "%" : " " + number->unit);
    if (!unit.empty()) out += unit == "%" ? " per cent" : " " + unit;
    return out;
}

std::variant<PhraseTerm, std::string> resolve_phrase(const std::vector<std::string>& words,
                                                     const ast::Number* number, const std::vector<std::string>& after,
                                                     const Scope& scope) {
    return Matcher(words, number, after, scope).match_all();
}

}  // namespace claimcheck
