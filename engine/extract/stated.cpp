// What a mention states, written as a check would write it after `is`: its sort and its words.
#include "engine/extract/stated.hpp"

#include "engine/articles/figures.hpp"
#include "engine/articles/mention_words.hpp"
#include "engine/articles/number_words.hpp"
#include "engine/articles/words.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace claimcheck {

namespace {

std::vector<std::string> texts(const std::vector<Word>& ws) {
    std::vector<std::string> out;
    for (const Word& w : ws) out.push_back(w.text);
    return out;
}

// The words as the rules write a phrase: "a dozen", "two thirds" for "two-thirds".
std::string phrase_of(const std::vector<Word>& ws) {
    std::string out;
    for (const Word& w : ws) out += (out.empty() ? "" : " ") + w.text;
    return out;
}

// A number in words as a check writes it: the house style's own word (numbers.claims
// defines one to twenty and the tens by name), else digits.
std::optional<Stated> in_words(const std::vector<Word>& ws, const Vocabulary& vocabulary) {
    Stated s;
    if (std::string words = phrase_of(ws); vocabulary.has(WordShape::count, words)) {
        s.text = words;
        s.vocabulary = true;
        return s;
    }
    if (auto v = cardinal_value(texts(ws))) {
        s.text = std::to_string(*v);
        return s;
    }
    return std::nullopt;
}

// "Fifteen per cent": the number in words, then its unit; kept in words when the house
// style has the word ("eight per cent"), as a check may write it.
std::optional<Stated> percent_in_words(const std::vector<Word>& ws, const Vocabulary& vocabulary) {
    for (std::size_t n = ws.size() - 1; n > 0; --n) {
        std::string rest;
        for (std::size_t k = n; k < ws.size(); ++k) rest += (rest.empty() ? "" : " ") + ws[k].text;
        if (rest != "per cent" && rest != "percent" && rest != "points" && rest != "percentage points") continue;
        const std::vector<Word> number(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(n));
        auto v = cardinal_value(texts(number));
        if (!v) continue;  // "seven percentage points": "points" alone leaves "seven percentage"
        const std::string words = phrase_of(number);
        const bool word = vocabulary.has(WordShape::count, words);
        return Stated{rest.find("point") != std::string::npos ? Sort::points : Sort::percent,
                      (word ? words : std::to_string(*v)) + " " + rest, "", "", word, true};
    }
    return std::nullopt;
}

// A figure and what follows it: "5,653", "44 per cent", "£2.3bn", "21st".
std::optional<Stated> figure(std::string_view mention) {
    std::optional<Figure> f = read_figure(mention);
    if (!f) return std::nullopt;
    std::string rest = lower(one_line(mention.substr(f->end)));
    if (!rest.empty() && rest != "%" && rest != "per cent" && rest != "percent" && rest != "points" &&
        rest != "percentage points")
        return std::nullopt;  // "1 in 10" is no figure
    Stated s;
    s.currency = f->currency;
    if (rest.empty()) {
        s.sort = f->ordinal ? Sort::ordinal : Sort::count;
        s.text = f->literal;
    } else {
        s.sort = rest.find("point") != std::string::npos ? Sort::points : Sort::percent;
        s.text = f->literal + (rest == "%" ? "" : " ") + rest;
    }
    return s;
}

// "one in five", "1 in 10", "four out of five": the house style's "one in N", "four out of N";
// "2 in 3" as the share it is.
std::optional<Stated> in_every(const std::vector<Word>& ws, const Vocabulary& vocabulary) {
    auto in = std::find_if(ws.begin(), ws.end(), [](const Word& w) { return w.text == "in" || w.text == "out"; });
    if (in == ws.begin() || in == ws.end() || in + 1 == ws.end()) return std::nullopt;
    const bool out_of = in->text == "out";
    if (out_of && (in + 2 == ws.end() || (in + 1)->text != "of")) return std::nullopt;
    std::vector<Word> part(ws.begin(), in), whole(in + (out_of ? 2 : 1), ws.end());
    auto number = [](const std::vector<Word>& p) -> std::optional<std::string> {
        if (p.size() == 1 && is_digit(p.front().text[0])) return p.front().text;
        if (auto v = cardinal_value(texts(p))) return std::to_string(*v);
        return std::nullopt;
    };
    std::optional<std::string> n = number(part), m = number(whole);
    if (!n || !m) return std::nullopt;
    Stated s{Sort::share, "", "", "", false, true};
    std::string whole_text = whole.size() == 1 ? whole.front().text : *m;
    const std::string part_text = *n == "1" ? "one" : phrase_of(part);  // "1 in 10": "one in 10"
    if (const std::string per = part_text + (out_of ? " out of" : " in"); vocabulary.has(WordShape::per, per)) {
        s.text = per + " " + whole_text;
        s.vocabulary = true;
    } else {
        s.text = "(" + *n + "00% / " + *m + ")";
    }
    return s;
}

// A quantity without approximator: "44 per cent", "a third", "ten", "5,653", "doubled".
Stated plain(std::string_view mention, const Vocabulary& vocabulary) {
    if (auto s = figure(mention)) return *s;
    std::string phrase = lower(one_line(mention));
    std::vector<Word> ws = words_in(mention, 0, mention.size(), true);
    Stated s;
    s.text = phrase;
    const std::string words = phrase_of(ws);  // two-thirds: "two thirds"
    if (vocabulary.has(WordShape::fraction, words)) {
        s.text = words;
        s.sort = Sort::fraction;
        s.vocabulary = true;
        return s;
    }
    if (auto every = in_every(ws, vocabulary)) return *every;
    if (vocabulary.has(WordShape::change, words) || change_verb(phrase)) {
        s.sort = Sort::change;
        s.vocabulary = s.known = vocabulary.has(WordShape::change, words);
        return s;
    }
    if (vocabulary.has(WordShape::ratio, words)) return {Sort::ratio, words, "", "", true, true};
    if (ws.size() == 1)
        if (auto v = ordinal_value(ws.front().text)) return {Sort::ordinal, std::to_string(*v), "", "", false, true};
    if (auto w = in_words(ws, vocabulary)) return *w;
    if (!ws.empty())
        if (auto p = percent_in_words(ws, vocabulary)) return *p;
    s.known = false;
    return s;
}

// "3:1" as the ratio it states: 3 times; "3:2" 1.5 times; "2:3" 0.67 times.
Stated ratio(std::string_view mention) {
    std::size_t colon = mention.find(':');
    std::optional<Figure> a = read_figure(mention.substr(0, colon));
    std::optional<Figure> b = colon == std::string_view::npos ? std::nullopt : read_figure(mention.substr(colon + 1));
    auto whole = [](const std::optional<Figure>& f) {
        return f && f->literal.find_first_not_of("0123456789,") == std::string::npos;
    };
    Stated s{Sort::ratio, lower(one_line(mention)), "", "", false, false};
    if (!whole(a) || !whole(b)) return s;
    // Sides over a billion are left unsaid, and stop being read before they overflow.
    auto value = [](const std::string& t) -> std::optional<long long> {
        long long v = 0;
        for (char c : t)
            if (is_digit(c) && (v = v * 10 + (c - '0')) > 1000000000) return std::nullopt;
        return v;
    };
    std::optional<long long> left = value(a->literal), right = value(b->literal);
    if (!left || !right || *right == 0) return s;
    long long x = *left, y = *right;
    bool exact = x * 1000 % y == 0;
    long long places = exact ? 1000 : 100, scaled = exact ? x * 1000 / y : (x * 200 + y) / (2 * y);
    std::string text = std::to_string(scaled / places);
    std::string fraction = std::to_string(places + scaled % places).substr(1);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    s.text = text + (fraction.empty() ? "" : "." + fraction) + " times";
    s.known = true;
    return s;
}

// "5-4" and "12-15": both numbers, as the claims language writes them.
Stated two_numbers(const Mention& m) {
    Sort sort = m.kind == MentionKind::score ? Sort::pair : Sort::range;
    std::string_view t = m.text;
    std::size_t cut = t.find_first_of("-\xE2", 1);  // a hyphen or an en dash; not a leading minus
    std::size_t second = cut == std::string_view::npos ? cut : t.find_first_of("0123456789", cut);
    std::optional<Stated> a = figure(t.substr(0, cut));
    std::optional<Stated> b = second == std::string_view::npos ? std::nullopt : figure(t.substr(second));
    if (!a || !b) return {sort, lower(one_line(t)), "", "", false, false};
    Stated s{sort, a->text, b->text, a->currency, false, true};
    if (b->sort == Sort::percent) {  // "12-15%": both are percentages
        s.sort = Sort::range;
        s.text += b->text.substr(b->text.find_first_not_of("0123456789,.-"));
    }
    return s;
}

// Where what follows `w` begins, when ws begins with w and goes on: past the spaces after its
// last word, so a currency sign before the next ("around £12,700") stays with the number.
std::optional<std::size_t> after(std::string_view text, const std::vector<Word>& ws, const VocabularyWord& w) {
    const std::size_t skip = w.words.size();
    if (ws.size() <= skip || !std::equal(w.words.begin(), w.words.end(), ws.begin(),
                                         [](const std::string& a, const Word& b) { return a == b.text; }))
        return std::nullopt;
    return text.find_first_not_of(" \t\r\n", ws[skip - 1].end);
}

Stated vague(const Mention& m, const Vocabulary& vocabulary) {
    std::string phrase = lower(one_line(m.text));
    std::vector<Word> ws = words_in(m.text, 0, m.text.size());
    for (const VocabularyWord* head : vocabulary.of(WordShape::head))  // longest first: "just over" before "over"
        if (std::optional<std::size_t> rest = after(m.text, ws, *head)) {
            Stated s = plain(std::string_view(m.text).substr(*rest), vocabulary);
            s.text = head->text() + " " + s.text;
            s.vocabulary = true;
            if (s.sort == Sort::ordinal) s.sort = Sort::count;
            return s;
        }
    Stated s;  // a plural: "hundreds"
    s.text = phrase;
    s.vocabulary = vocabulary.has(WordShape::alone, phrase_of(ws));
    s.known = s.vocabulary;
    return s;
}

// "the second highest": place 2 from the top; "the lowest": place 1 from the bottom.
Stated rank(const Mention& m) {
    Stated s{Sort::rank, "1", "top", "", false, true};
    for (const Word& w : words_in(m.text, 0, m.text.size())) {
        if (auto v = ordinal_value(w.text)) s.text = std::to_string(*v);
        if (is_digit(w.text[0])) s.text = w.text.substr(0, w.text.find_first_not_of("0123456789"));  // "3rd"
        if (among(mention_words::bottom_superlatives, w.text)) s.second = "bottom";
    }
    return s;
}

// "three-years-old", "aged twenty-one": the number in it.
Stated age(const Mention& m, const Vocabulary& vocabulary) {
    std::vector<Word> ws = words_in(m.text, 0, m.text.size(), true);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (is_digit(ws[i].text[0])) {
            Stated s = plain(std::string_view(m.text).substr(ws[i].begin, ws[i].end - ws[i].begin), vocabulary);
            s.sort = Sort::age;
            return s;
        }
        if (!cardinal_word(ws[i].text)) continue;
        std::size_t end = i + 1;
        for (std::size_t j = i + 1; j <= ws.size(); ++j)
            if (cardinal_value(texts({ws.begin() + static_cast<std::ptrdiff_t>(i), ws.begin() + static_cast<std::ptrdiff_t>(j)})))
                end = j;
        Stated s = in_words({ws.begin() + static_cast<std::ptrdiff_t>(i), ws.begin() + static_cast<std::ptrdiff_t>(end)},
                            vocabulary)
                       .value_or(Stated{Sort::age, ws[i].text, "", "", false, false});
        s.sort = Sort::age;
        return s;
    }
    return {Sort::age, lower(one_line(m.text)), "", "", false, false};
}

}  // namespace

Stated stated(const Mention& m, const Vocabulary& vocabulary) {
    // "a rise of 12%": the figure as stated, with its direction; a percentage so given is a change.
    // A vague mention begins with a head, which the scanner tried first ("up to 50" is no "up").
    const std::vector<Word> ws = words_in(m.text, 0, m.text.size());
    for (const VocabularyWord* direction : vocabulary.of(WordShape::direction))  // longest first
        if (std::optional<std::size_t> rest = m.kind == MentionKind::vague ? std::nullopt : after(m.text, ws, *direction)) {
            Mention figure = m;
            figure.text = m.text.substr(*rest);
            Stated s = stated(figure, vocabulary);
            s.text = direction->text() + " " + s.text;
            s.vocabulary = true;
            if (s.sort == Sort::percent) s.sort = Sort::change;
            return s;
        }
    switch (m.kind) {
    case MentionKind::vague: return vague(m, vocabulary);
    case MentionKind::age: return age(m, vocabulary);
    case MentionKind::ratio: return ratio(m.text);
    case MentionKind::rank: return rank(m);
    case MentionKind::multiple: return {Sort::change, lower(one_line(m.text)), "", "", true, true};  // "five times more"
    case MentionKind::score:
    case MentionKind::range: return two_numbers(m);
    default: return plain(m.text, vocabulary);
    }
}

}  // namespace claimcheck
