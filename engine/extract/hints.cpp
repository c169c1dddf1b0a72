// The check suggested for each drafted claim: its function, unit and placeholders.
#include "engine/extract/hints.hpp"

#include "engine/articles/mention_words.hpp"
#include "engine/articles/words.hpp"
#include "engine/core/currency.hpp"

#include <algorithm>
#include <array>

namespace claimcheck {

namespace {

// "an amount in pounds" for "£": the currency's name, as type errors name it.
std::string amount_in(std::string_view sign) {
    for (const CurrencySign& c : currency_signs)
        if (c.sign == sign) return "an amount in " + std::string(c.name);
    return "a count";
}

struct Around {
    std::string_view text;
    const Mention& m;
    Span quote;
    std::size_t own_end;  // words up to here describe the mention

    std::vector<Word> words_between(std::size_t begin, std::size_t end) const {
        return words_in(text, begin, std::max(begin, end));
    }
};

// "passed 90,000": the figure crossed, "more than " before it; else nothing.
std::string crossed(const Around& a) {
    // The word just before: a few characters back, however long the quote.
    const std::size_t from = std::max(a.quote.begin, a.m.span.begin > 24 ? a.m.span.begin - 24 : 0);
    std::vector<Word> before = a.words_between(from, a.m.span.begin);
    return !before.empty() && among(mention_words::threshold_verbs, before.back().text) ? "more than " : "";
}

// "15 ... a day": per_day. "in a year" is a span, not a rate.
std::string rate(const Around& a) {
    std::vector<Word> ws = a.words_between(a.m.span.end, a.own_end);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        bool per = ws[i].text == "a" || ws[i].text == "an" || ws[i].text == "per" || ws[i].text == "each" ||
                   ws[i].text == "every";
        bool span = i > 0 && among(std::array<std::string_view, 8>{"in", "over", "within", "for", "the", "last",
                                                                     "past", "than"},
                                   ws[i - 1].text);
        for (std::string_view unit : {"day", "week", "month", "year"})
            if (per && !span && ws[i + 1].text == unit) return std::string(unit);
    }
    // "On an average day, buses carried 39,000": the period before the number, in its sentence.
    const std::size_t from = std::max(a.quote.begin, a.m.span.begin > 80 ? a.m.span.begin - 80 : 0);
    std::vector<Word> before = a.words_between(from, a.m.span.begin);
    for (std::size_t i = 0; i + 1 < before.size(); ++i)
        if (among(std::array<std::string_view, 5>{"average", "typical", "each", "every", "ordinary"}, before[i].text))
            for (std::string_view unit : {"day", "week", "month", "year"})
                if (before[i + 1].text == unit) return std::string(unit);
    return "";
}

// "5.9 crimes for every thousand people", "30 per 100,000", "£12 per head": the function of the
// rate per so many people (per_1000, per_100000, per_head); else nothing.
std::string per_people(const Around& a) {
    std::vector<Word> ws = a.words_between(a.m.span.end, a.own_end);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i].text != "per" && ws[i].text != "every") continue;
        std::string scale = ws[i + 1].text;
        if (is_digit(scale[0])) {  // "100,000" as written, separators and all
            scale.clear();
            for (std::size_t k = ws[i + 1].begin; k < a.text.size() && (is_digit(a.text[k]) || a.text[k] == ','); ++k)
                if (a.text[k] != ',') scale += a.text[k];
        }
        if (scale == "thousand" || scale == "1000") return "per_1000";
        if (scale == "100000") return "per_100000";
        if (scale == "head" || scale == "person" || scale == "capita") return "per_head";
    }
    return "";
}

// What is counted: the words after the figure up to a preposition, a verb form or punctuation.
std::string counted(const Around& a) {
    static constexpr std::array<std::string_view, 30> stops = {
        "in",  "on",   "at",  "by",   "for",  "from", "with", "against", "to",    "of",
        "over", "under", "across", "during", "since", "between", "among", "per", "a", "an",
        "the", "and",  "or",  "but",  "that", "which", "who",  "were",   "was",   "had"};
    std::vector<Word> ws = a.words_between(a.m.span.end, a.own_end);
    std::size_t i = 0;
    std::string out;
    if (!ws.empty() && ws[0].text == "of" && a.m.kind != MentionKind::figure) {  // "hundreds of offences"
        out = "of";
        i = 1;
    }
    std::size_t from = i < ws.size() ? ws[i].begin : 0;
    for (std::size_t n = 0; i < ws.size() && n < 4; ++i, ++n) {
        const Word& w = ws[i];
        bool verb = w.text.find('-') == std::string::npos && w.text.size() > 4 &&
                    (w.text.ends_with("ed") || w.text.ends_with("ing"));
        if (among(stops, w.text) || verb || is_digit(w.text[0])) break;
        std::string_view gap = a.text.substr(from, w.begin - from);
        if (n > 0 && one_line(gap).find_first_not_of(' ') != std::string::npos) break;  // punctuation
        out += (out.empty() ? "" : " ") + std::string(a.text.substr(w.begin, w.end - w.begin));
        from = w.end;
    }
    return out == "of" ? "" : out;
}

// The house style's shortest phrase for a fall ("down N"), to write a fall the article words
// as a verb ("fell 12%") as one: "" when it has none.
std::string fall_phrase(const Vocabulary& vocabulary) {
    std::string out;
    for (const VocabularyWord* d : vocabulary.of(WordShape::direction))  // longest first: the last is shortest
        if (d->falls) out = d->text();
    return out;
}

// A percentage after a word of change is a change, written as a fall after a word of falling
// ("fell 12%": down 12%); "44% of" is a share, whatever came before; else either.
std::vector<std::string> percent_checks(const Around& a, const std::string& is, const Vocabulary& vocabulary) {
    std::string share = "share(<part>, <whole>) is " + is;
    std::vector<Word> after = a.words_between(a.m.span.end, a.quote.end);
    if (!after.empty() && after[0].text == "of") return {share};
    std::vector<Word> before = a.words_between(a.quote.begin, a.m.span.begin);
    // "fell to 12%", "from 12%": a level, not the size of the fall.
    const bool level = !before.empty() && (before.back().text == "to" || before.back().text == "from");
    for (std::size_t i = before.size(), n = 0; i-- > 0 && n < 8; ++n) {
        if (among(mention_words::rise_words, before[i].text)) return {"change(<before>, <after>) is " + is};
        if (among(mention_words::fall_words, before[i].text)) {
            const std::string fall = level ? "" : fall_phrase(vocabulary);
            return {"change(<before>, <after>) is " + (fall.empty() ? is : fall + " " + is)};
        }
    }
    return {"change(<before>, <after>) is " + is, share};
}

std::string age_placeholder(const Around& a) {
    std::string p = lower(a.m.text);
    std::string before = lower(a.text.substr(a.quote.begin, a.m.span.begin - a.quote.begin));
    if (p.find("most common") != std::string::npos) return "<most common age>";
    if (p.find("young") != std::string::npos || before.find("youngest") != std::string::npos) return "<youngest age>";
    if (p.find("old as") != std::string::npos || before.find("oldest") != std::string::npos) return "<oldest age>";
    return "<age>";
}

// "12-15%" is a range of shares; "12-15 seats" of counts.
std::string range_subject(const Stated& s) {
    return s.text.find('%') != std::string::npos || s.text.find("per") != std::string::npos ? "share(<part>, <whole>)"
                                                                                             : "<count>";
}

}  // namespace

Hint hint(std::string_view text, const Mention& m, Span quote, std::size_t next_quantity, Stated s,
          const Vocabulary& vocabulary) {
    Around a{text, m, quote, std::min(quote.end, next_quantity)};
    Hint h;
    std::vector<Word> after = a.words_between(m.span.end, quote.end);
    if (s.sort == Sort::count && !after.empty() && after.front().text == "times") {
        s.sort = Sort::ratio;  // "5.73 times"
        s.text += " times";
    }
    std::string noun = s.sort == Sort::count ? counted(a) : "";
    h.what = m.text + (noun.empty() ? "" : " " + noun);
    std::string in_house_words = s.vocabulary ? ", in house-style words" : "";
    const std::string& is = s.text;
    switch (s.sort) {
    case Sort::count: {
        // "£2.3bn" is money, and a check states it with its sign, as the article does.
        const std::string figure = s.currency.empty() ? "<count>" : "<amount>";
        // The sign before the number, after any words of the house style: "around £12,700".
        std::string money = is;
        money.insert(std::min(money.find_first_of("0123456789"), money.size()), s.currency);
        if (std::string unit = rate(a); !unit.empty()) {
            h.about = "a rate per " + unit + in_house_words;
            h.checks = {"per_" + unit + "(" + figure + ") is " + money};
        } else if (std::string per = per_people(a); !per.empty()) {
            h.about = std::string(per == "per_head" ? "a rate per person" : per == "per_1000" ? "a rate per 1,000 people"
                                                                                               : "a rate per 100,000 people") +
                      in_house_words;
            h.checks = {per + "(" + figure + ", <population>) is " + money};
        } else {
            h.about = amount_in(s.currency) + in_house_words;
            h.checks = {figure + " is " + (s.vocabulary ? "" : crossed(a)) + money};
        }
        break;
    }
    case Sort::change:
        h.about = "a change" + in_house_words;
        h.checks = {"change(<before>, <after>) is " + is};
        break;
    case Sort::pair:
        h.about = "two counts (a score or a vote)";
        h.checks = {"<first> is " + is, "<second> is " + s.second};
        break;
    case Sort::range:
        h.about = "a range";
        h.checks = {range_subject(s) + " >= " + is, range_subject(s) + " <= " + s.second};
        break;
    case Sort::percent:
    case Sort::fraction:
        h.checks = percent_checks(a, is, vocabulary);
        h.about = h.checks.size() > 1                   ? "a percentage (a change or a share)"
                  : h.checks[0].starts_with("share")  ? "a percentage, here a share"
                  : h.checks[0].ends_with(" is " + is) ? "a percentage, here a change"
                                                        : "a percentage, here a fall";
        h.about += in_house_words;
        break;
    case Sort::share:
        h.about = "a share" + in_house_words;
        h.checks = {"share(<part>, <whole>) is " + is};
        break;
    case Sort::rank: {
        // "the second highest": the key at rank 2 from the top, as top(..., 2) names it.
        h.about = "a rank, " + (is == "1" ? std::string("the ") : "place " + is + " from the ") + s.second;
        h.checks = {s.second + "(<values by group>" + (is == "1" ? "" : ", " + is) + ") == <group>"};
        break;
    }
    case Sort::points:
        h.about = "a difference in percentage points";
        h.checks = {"points(<before>, <after>) is " + is};
        break;
    case Sort::ratio:
        h.about = "a ratio" + in_house_words;
        h.checks = {m.kind == MentionKind::ratio ? "ratio(<first>, <second>) is " + is : "ratio(<after>, <before>) is " + is};
        break;
    case Sort::ordinal:
        h.about = "an ordinal";
        h.checks = {"<position> is " + is};
        break;
    case Sort::age:
        h.about = "an age (no age data? let it be missing \"why\": the claim stays unverifiable)";
        h.checks = {age_placeholder(a) + " is " + is};
        break;
    }
    if (!s.known) {
        h.about = "\"" + s.text + "\" is not in the house style: define it there, or check a number";
        h.checks = {"<count> is <number>"};
    }
    return h;
}

}  // namespace claimcheck
