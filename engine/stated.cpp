#include "stated.hpp"

#include "words.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace claimcheck {

namespace {

constexpr std::array<std::string_view, 14> approximators = {
    "more than", "fewer than", "less than", "at least", "up to", "just over", "just under",
    "nearly", "almost", "about", "around", "roughly", "over", "under"};
constexpr std::array<std::string_view, 4> defined_plurals = {"hundreds", "dozens", "thousands", "millions"};
constexpr std::array<std::string_view, 8> defined_fractions = {
    "a half", "half", "a third", "two thirds", "a quarter", "three quarters", "a fifth", "a tenth"};
constexpr std::array<std::string_view, 28> cardinals = {
    "one",     "two",      "three",    "four",    "five",      "six",     "seven",   "eight",  "nine",   "ten",
    "eleven",  "twelve",   "thirteen", "fourteen", "fifteen",  "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty",  "thirty",   "forty",    "fifty",   "sixty",     "seventy", "eighty",  "ninety", "hundred"};
constexpr std::array<std::string_view, 9> ordinals = {"second", "third", "fourth", "fifth", "sixth",
                                                      "seventh", "eighth", "ninth",  "tenth"};

// numbers.claims defines one to twenty and the tens by name; a word past them is written in digits.
bool defined_number_word(std::string_view w) { return among(cardinals, w) && w != "hundred"; }

long word_value(std::string_view w) {
    for (std::size_t i = 0; i < 19; ++i)
        if (cardinals[i] == w) return static_cast<long>(i) + 1;
    for (std::size_t i = 19; i < 27; ++i)
        if (cardinals[i] == w) return static_cast<long>(i - 19 + 2) * 10;
    for (std::size_t i = 0; i < ordinals.size(); ++i)
        if (ordinals[i] == w) return static_cast<long>(i) + 2;
    return 0;
}

// "two hundred and five" -> 205; nothing when a word is not a cardinal.
std::optional<long> words_value(const std::vector<Word>& ws) {
    long total = 0, current = 0;
    for (const Word& w : ws) {
        if (w.text == "and") continue;
        if (w.text == "hundred") {
            current = (current == 0 ? 1 : current) * 100;
        } else if (w.text == "thousand") {
            total += (current == 0 ? 1 : current) * 1000;
            current = 0;
        } else if (among(cardinals, w.text)) {
            current += word_value(w.text);
        } else {
            return std::nullopt;
        }
    }
    return total + current;
}

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

// A figure as the claims language reads it: 5,653 keeps its separators when they group by three.
std::optional<std::string> literal(std::string_view figure) {
    std::string s(figure);
    for (std::string_view suffix : {"st", "nd", "rd", "th"})  // 1st: an ordinal
        if (s.size() > 2 && s.ends_with(suffix)) s.resize(s.size() - 2);
    std::size_t point = s.find('.');
    std::string whole = s.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : s.substr(point);
    auto digits = [](std::string_view d) { return !d.empty() && std::all_of(d.begin(), d.end(), digit); };
    if (!fraction.empty() && !digits(std::string_view(fraction).substr(1))) return std::nullopt;
    if (!grouped_by_three(whole)) whole.erase(std::remove(whole.begin(), whole.end(), ','), whole.end());
    std::string bare = whole;
    bare.erase(std::remove(bare.begin(), bare.end(), ','), bare.end());
    if (!digits(bare)) return std::nullopt;
    return whole + fraction;
}

// A quantity without approximator: "44 per cent", "a third", "ten", "5,653".
Stated plain(std::string_view mention, const std::vector<Word>& ws) {
    Stated s;
    std::string phrase = lower(one_line(mention));
    if (!ws.empty() && digit(ws.front().text[0])) {
        std::size_t n = 0;
        while (n < mention.size() && (digit(mention[n]) || mention[n] == ',' || mention[n] == '.')) ++n;
        std::string number = literal(mention.substr(0, n)).value_or(std::string(mention.substr(0, n)));
        // The ending of 21st or 1,000th is part of the figure, not a unit after it.
        std::string ending = lower(std::string(mention.substr(n, 2)));
        bool ordinal = (ending == "st" || ending == "nd" || ending == "rd" || ending == "th") &&
                       (n + 2 >= mention.size() || !letter(mention[n + 2]));
        if (ordinal) n += 2;
        std::string rest = lower(one_line(mention.substr(n)));
        if (rest.empty()) {
            s.sort = ordinal ? Sort::ordinal : Sort::count;
            s.text = number;
        } else {
            s.sort = rest.find("point") != std::string::npos ? Sort::points : Sort::percent;
            s.text = number + (rest == "%" ? "" : " ") + rest;
        }
        return s;
    }
    if (among(defined_fractions, phrase) || phrase.starts_with("one in ")) {
        s.sort = Sort::fraction;
        s.text = phrase;
        s.vocabulary = true;
        return s;
    }
    if (ws.size() == 1 && among(ordinals, ws.front().text)) {
        s.sort = Sort::ordinal;
        s.text = std::to_string(word_value(ws.front().text));
        return s;
    }
    if (ws.size() == 1 && defined_number_word(ws.front().text)) {
        s.text = ws.front().text;
        s.vocabulary = true;
        return s;
    }
    if (auto v = words_value(ws)) {
        s.text = std::to_string(*v);
        return s;
    }
    s.text = phrase;
    s.known = false;
    return s;
}

}  // namespace

Stated stated(const Mention& m) {
    // "three-years-old", "twenty-five": the number is a word of its own.
    std::vector<Word> ws = words_in(m.text, 0, m.text.size(), m.kind == MentionKind::age || m.kind == MentionKind::words);
    std::string phrase = lower(one_line(m.text));
    if (m.kind == MentionKind::vague) {
        for (std::string_view head : approximators)
            if (std::size_t skip = static_cast<std::size_t>(std::count(head.begin(), head.end(), ' ')) + 1;
                phrase.starts_with(std::string(head) + " ") && ws.size() > skip) {
                std::vector<Word> rest(ws.begin() + static_cast<std::ptrdiff_t>(skip), ws.end());
                Stated s = plain(std::string_view(m.text).substr(rest.front().begin), rest);
                s.text = std::string(head) + " " + s.text;
                s.vocabulary = true;
                if (s.sort == Sort::ordinal) s.sort = Sort::count;
                return s;
            }
        Stated s;  // a plural: "hundreds"
        s.text = phrase;
        s.vocabulary = among(defined_plurals, phrase);
        s.known = s.vocabulary;
        return s;
    }
    if (m.kind == MentionKind::age) {
        for (const Word& w : ws)
            if (digit(w.text[0]) || among(cardinals, w.text)) {
                Stated s = plain(std::string_view(m.text).substr(w.begin, w.end - w.begin), {w});
                s.sort = Sort::age;
                return s;
            }
        return {Sort::age, phrase, false, false};
    }
    return plain(m.text, ws);
}

bool cardinal_words(std::string_view text) { return words_value(words_in(text, 0, text.size(), true)).has_value(); }

const std::vector<std::string>& suggested_vocabulary() {
    static const std::vector<std::string> words = [] {
        std::vector<std::string> out;
        for (auto w : approximators) out.push_back(std::string(w) + " N");
        for (auto w : defined_plurals) out.emplace_back(w);
        for (auto w : defined_fractions) out.emplace_back(w);
        out.emplace_back("one in N");
        for (auto w : cardinals)
            if (defined_number_word(w)) out.emplace_back(w);
        return out;
    }();
    return words;
}

}  // namespace claimcheck
