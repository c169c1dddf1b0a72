// The article scanner: each number an article mentions, however written, with its kind.
#include "engine/articles/mentions.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/articles/figures.hpp"
#include "engine/articles/mention_words.hpp"
#include "engine/articles/number_words.hpp"
#include "engine/articles/tokens.hpp"
#include "engine/articles/words.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace claimcheck {

namespace {

using namespace mention_words;

struct Match {
    std::size_t end;
    MentionKind kind;
};

// The digits' value, held at 10^17 (so v * 10 + 9 fits): it only tells clock
// times and scores apart, and must not overflow on a long run of digits.
long long part_value(std::string_view part) {
    constexpr long long cap = 100'000'000'000'000'000;
    long long v = 0;
    for (char c : part)
        if (is_digit(c)) v = std::min(cap, v * 10 + (c - '0'));
    return v;
}

class Scanner {
public:
    Scanner(std::string_view text, const Vocabulary& vocabulary, std::string_view article)
        : text_(text), article_(article), tokens_(text), heads_(vocabulary.of(WordShape::head)),
          alone_(vocabulary.of(WordShape::alone)), fractions_(vocabulary.of(WordShape::fraction)),
          changes_(vocabulary.of(WordShape::change)), counts_(vocabulary.of(WordShape::count)),
          directions_(vocabulary.of(WordShape::direction)), ratios_(vocabulary.of(WordShape::ratio)),
          multiples_(vocabulary.of(WordShape::multiple)) {
        for (const VocabularyWord* m : vocabulary.of(WordShape::multiple))
            if (std::find(multiples_after_.begin(), multiples_after_.end(), m->after.front()) == multiples_after_.end())
                multiples_after_.push_back(m->after.front());
    }

    std::vector<Mention> scan() const {
        std::vector<Mention> out;
        std::size_t steps = 0;
        for (std::size_t i = 0; has(i);) {
            if (++steps % 1024 == 0) checkpoint_with([&] { return "while finding the numbers in " + std::string(article_); });
            tokens_.forget_before(i < lookbehind ? 0 : i - lookbehind);
            std::optional<Match> m = match(i);
            if (m && !one_phrase(token(i).begin, token(m->end - 1).end)) m.reset();
            if (!m) {
                ++i;
                continue;
            }
            Span span{token(i).begin, token(m->end - 1).end};
            out.push_back({span, m->kind, std::string(text_.substr(span.begin, span.end - span.begin))});
            if (out.size() % charged_at_once == 0)
                charge_for_run_with(charged_at_once * mention_cost,
                                    [&] { return "finding the numbers in " + std::string(article_); });
            i = m->end;
        }
        return out;
    }

private:
    // ---- single tokens ------------------------------------------------------

    static constexpr std::size_t lookbehind = 2;  // "the vote was 5-4": two words back
    static constexpr std::size_t charged_at_once = 4096;  // mentions charged to --max-memory together
    bool has(std::size_t i) const { return tokens_.at(i) != nullptr; }
    const Token& token(std::size_t i) const { return *tokens_.at(i); }

    bool word(std::size_t i, std::string_view w) const {
        return has(i) && token(i).type == Token::Type::word && token(i).text == w;
    }
    bool words(std::size_t i, std::initializer_list<std::string_view> ws) const {
        for (auto w : ws)
            if (!word(i++, w)) return false;
        return true;
    }
    bool words(std::size_t i, const std::vector<std::string>& ws) const {
        for (const auto& w : ws)
            if (!word(i++, w)) return false;
        return true;
    }
    // The words of a list that may start at token i: none unless it is a word.
    const std::vector<const VocabularyWord*>& starting(std::size_t i, const WordsByFirst& list) const {
        static const std::vector<const VocabularyWord*> none;
        return has(i) && token(i).type == Token::Type::word ? list.starting(token(i).text) : none;
    }
    std::optional<std::size_t> vocabulary_at(std::size_t i, const WordsByFirst& list) const {
        for (const VocabularyWord* w : starting(i, list))
            if (words(i, w->words)) return i + w->words.size();
        return std::nullopt;
    }
    template <std::size_t N>
    bool word_among(std::size_t i, const std::array<std::string_view, N>& list) const {
        return has(i) && token(i).type == Token::Type::word && among(list, token(i).text);
    }
    bool number(std::size_t i) const { return has(i) && token(i).type == Token::Type::number; }
    bool plain_number(std::size_t i) const { return number(i) && token(i).joint == 0; }  // no date or time separators
    bool cardinal(std::size_t i) const {
        return has(i) && token(i).type == Token::Type::word && cardinal_word(token(i).text);
    }
    bool month(std::size_t i) const { return word_among(i, months); }
    bool year_text(std::string_view t) const {
        if (t.size() != 4 || !is_digit(t[0])) return false;
        long long y = part_value(t);
        return y >= 1900 && y <= 2099;
    }
    bool year(std::size_t i) const { return plain_number(i) && year_text(token(i).text); }
    // Whether text[begin, end) can be one phrase: words read across a control character or a
    // byte that was not UTF-8 (U+FFFD) are not words the writer put together ("up\x01 7").
    bool one_phrase(std::size_t begin, std::size_t end) const {
        for (std::size_t k = begin; k < end; ++k) {
            if (control(text_[k])) return false;
            if (text_.substr(k, 3) == "\xEF\xBF\xBD") return false;
        }
        return true;
    }
    // Nothing but white space, or one hyphen, between two tokens: "twenty-one", "a hundred".
    bool joined(std::size_t i) const {
        std::string_view gap = text_.substr(token(i - 1).end, token(i).begin - token(i - 1).end);
        if (gap == "-") return true;
        for (char c : gap)
            if (!space(c)) return false;
        return !gap.empty();
    }

    // ---- quantities ---------------------------------------------------------

    // "1.5m", "0.5 million", "15k": a multiplier read with the figure.
    std::size_t multiplied(std::size_t i) const {
        if (!has(i + 1) || token(i + 1).type != Token::Type::word) return i + 1;
        if (letter(token(i).text.back())) return i + 1;  // 1st
        bool attached = token(i + 1).begin == token(i).end;
        if (!attached && !joined(i + 1)) return i + 1;
        std::string_view w = text_.substr(token(i + 1).begin, token(i + 1).end - token(i + 1).begin);
        return multiplier_power(w, attached) > 0 ? i + 2 : i + 1;
    }

    // "twenty-one", "a hundred and twenty", "five thousand": the longest run of words that is one number.
    std::optional<std::size_t> cardinal_end(std::size_t i) const {
        // "a" begins a number only before a number word ("a hundred"): the common "a" is let go
        // here, with no run built (an article of nothing but "a a a ..." is read in linear time).
        if (word(i, "a") && !(cardinal(i + 1) && joined(i + 1))) return std::nullopt;
        std::vector<std::string> run;
        std::optional<std::size_t> end;
        for (std::size_t j = i; has(j) && j < i + 12; ++j) {
            bool fits = cardinal(j) || (j == i && word(j, "a")) || (j > i && word(j, "and"));
            if (!fits || (j > i && !joined(j))) break;
            run.push_back(token(j).text);
            if (cardinal_value(run)) end = j + 1;
        }
        return end;
    }

    std::optional<std::size_t> percent_end(std::size_t i) const {
        if (has(i) && token(i).type == Token::Type::percent) return i + 1;
        if (words(i, {"per", "cent"})) return i + 2;
        if (word(i, "percent")) return i + 1;
        if (words(i, {"percentage", "points"})) return i + 2;
        if (word(i, "points")) return i + 1;
        return std::nullopt;
    }

    // "one in five", "1 in 10", "four out of five": the second not a year, nor followed by a span of time.
    std::optional<std::size_t> in_every(std::size_t i) const {
        bool first = (plain_number(i) && !year(i)) || cardinal(i);
        const std::size_t of = word(i + 1, "in") ? i + 2 : words(i + 1, {"out", "of"}) ? i + 3 : i;
        if (!first || of == i) return std::nullopt;
        std::size_t end = plain_number(of) && !year(of) ? of + 1 : cardinal_end(of).value_or(i);
        if (end == i || word_among(end, durations)) return std::nullopt;
        return end;
    }

    // The house style's fractions ("a third", "two thirds"), or "one in five".
    std::optional<std::size_t> fraction(std::size_t i) const {
        if (auto end = vocabulary_at(i, fractions_)) return end;
        return in_every(i);
    }

    // A number however written, with its percent: what an approximator or an age applies to.
    std::optional<Match> quantity(std::size_t i) const {
        // "twice as many" before "half" alone; a word alone only as a comparison ("twice as high", "twice the rate"), not "said it twice"
        if (auto end = vocabulary_at(i, ratios_); end && (*end - i > 1 || word_among(*end, comparison_after)))
            return Match{*end, MentionKind::words};
        // A count the house style defines ("a dozen"); a figure ("1") never starts one. Before the
        // fraction or number it starts with when longer: "half a million", not "half".
        const std::optional<std::size_t> count =
            has(i) && token(i).type == Token::Type::word ? vocabulary_at(i, counts_) : std::nullopt;
        if (count && *count > fraction(i).value_or(i) && *count > cardinal_end(i).value_or(i))
            return Match{*count, MentionKind::words};
        if (auto end = fraction(i)) return Match{*end, MentionKind::words};
        if (plain_number(i)) {
            std::size_t end = multiplied(i);
            if (auto p = percent_end(end)) return Match{*p, MentionKind::percent};
            return Match{end, MentionKind::figure};
        }
        if (auto end = cardinal_end(i)) {
            if (auto p = percent_end(*end)) return Match{*p, MentionKind::percent};
            return Match{*end, MentionKind::words};
        }
        if (count) return Match{*count, MentionKind::words};
        if (auto end = vocabulary_at(i, changes_); end && !(i > 0 && word_among(i - 1, not_before_change)))
            return Match{*end, MentionKind::words};  // "Incidents double", not "a double murder"
        if (word_among(i, change_verbs)) return Match{i + 1, MentionKind::words};
        return std::nullopt;
    }
    std::optional<std::size_t> quantity_end(std::size_t i) const {
        if (auto q = quantity(i)) return q->end;
        return std::nullopt;
    }

    // ---- what a mention is --------------------------------------------------

    std::optional<Match> match(std::size_t i) const {
        if (auto end = date(i)) return Match{*end, MentionKind::date};
        if (auto end = age(i)) return Match{*end, MentionKind::age};
        if (auto m = duration(i)) return m;
        if (auto end = multiple(i)) return Match{*end, MentionKind::multiple};
        if (auto end = approximate(i)) return Match{*end, MentionKind::vague};
        if (auto m = directed(i)) return m;
        if (auto end = vague(i)) return Match{*end, MentionKind::vague};
        if (auto end = rank(i)) return Match{*end, MentionKind::rank};
        if (auto q = quantity(i)) return q;
        if (auto m = joined_numbers(i)) return m;
        if (word_among(i, ordinals)) return Match{i + 1, MentionKind::words};
        return std::nullopt;
    }

    std::optional<std::size_t> vague(std::size_t i) const {
        if (word_among(i, plural_counts) && word(i + 1, "of") && word_among(i + 2, plural_scales)) return i + 3;
        if (auto end = vocabulary_at(i, alone_)) return end;  // "hundreds"
        if (word_among(i, undefined_plurals)) return i + 1;
        if (words(i, {"a", "handful"})) return i + 2;
        return std::nullopt;
    }

    // A rank: "the highest", "the second worst-affected" (and its hyphened word), "3rd largest"; not "highest".
    std::optional<std::size_t> rank(std::size_t i) const {
        const std::size_t from = word(i, "the") ? i + 1 : i;
        const bool ordinal = word_among(from, ordinals) || (number(from) && letter(token(from).text.back()));
        const std::size_t j = ordinal ? from + 1 : from;
        if ((from == i && !ordinal) || !(word_among(j, top_superlatives) || word_among(j, bottom_superlatives)))
            return std::nullopt;
        const bool hyphened = has(j + 1) && token(j + 1).type == Token::Type::word && text_[token(j).end] == '-';
        return hyphened ? j + 2 : j + 1;
    }

    // A number of two parts, "3:1", "5-4", "12-15": a ratio, a score, a range; or a date or time.
    std::optional<Match> joined_numbers(std::size_t i) const {
        if (!number(i) || token(i).joint == 0) return std::nullopt;
        const Token& t = token(i);
        if (t.joint == '/' || t.joint == 'x' || t.parts > 2) return Match{i + 1, MentionKind::date};  // 2015/16, 2017-06-01
        std::size_t cut = t.text.find_first_of(t.joint == ':' ? ":" : "-\xE2", 1);
        std::string_view a = std::string_view(t.text).substr(0, cut);
        std::string_view b = std::string_view(t.text).substr(t.text.find_first_of("0123456789", cut));
        if (t.joint == ':') {
            bool clock = b.size() == 2 && part_value(a) <= 23 && part_value(b) <= 59 && !(i > 0 && word(i - 1, "ratio"));
            return Match{i + 1, clock ? MentionKind::date : MentionKind::ratio};  // 11:20, 3:1
        }
        if (year_text(a)) return Match{i + 1, MentionKind::date};  // 2015-16, 2015-2017
        std::size_t end = percent_end(i + 1).value_or(i + 1);
        bool score = part_value(a) > part_value(b);
        for (std::size_t back = 1; back <= 2 && back <= i && !number(i - back); ++back)  // "the vote was 5-4"
            score = score || word_among(i - back, score_words);
        return Match{end, score ? MentionKind::score : MentionKind::range};
    }

    std::optional<std::size_t> date(std::size_t i) const {
        if (number(i) && token(i).text.size() <= 4 && month(i + 1) && year(i + 2)) return i + 3;  // 1st June 2017
        if (month(i) && number(i + 1)) {
            if (token(i).text == "fy") return i + 2;                                      // FY2016/17
            if (year(i + 1)) return i + 2;                                                  // June 2017
            if (token(i + 1).text.size() <= 4 && !year(i + 1)) return year(i + 2) ? i + 3 : i + 2;  // June 1
        }
        if (number(i) && (word(i + 1, "am") || word(i + 1, "pm"))) return i + 2;  // 9:50 pm
        if (year(i) && !percent_end(i + 1) && multiplied(i) == i + 1) return i + 1;
        return std::nullopt;
    }

    std::optional<std::size_t> age(std::size_t i) const {
        if (word(i, "aged") || word(i, "age")) {
            if (auto q = quantity_end(i + 1)) {
                std::size_t end = *q;
                if (word(end, "and") && (word(end + 1, "under") || word(end + 1, "over"))) end += 2;
                return end;
            }
        }
        if (words(i, {"as", "young", "as"}) || words(i, {"as", "old", "as"}))
            if (auto q = quantity_end(i + 3)) return q;
        std::optional<std::size_t> n = plain_number(i) ? std::optional<std::size_t>(i + 1) : cardinal_end(i);
        if (n) {
            std::size_t j = *n;
            if ((word(j, "years") || word(j, "year")) && (word(j + 1, "old") || word(j + 1, "olds"))) return j + 2;
            if (words(j, {"was", "the", "most", "common", "age"})) return j + 5;
        }
        if (word(i, "under") && number(i + 1) && has(i + 2) &&
            token(i + 1).end == token(i + 2).begin && word(i + 2, "s"))
            return i + 3;  // under-18s
        if (word(i, "under") && plain_number(i + 1) && word(i + 2, "year") && (word(i + 3, "olds") || word(i + 3, "old")))
            return i + 4;  // under 18-year-olds
        return std::nullopt;
    }

    // "12 months", "over two years": a span of time, not a count ("over" is not an approximator here).
    std::optional<Match> duration(std::size_t i) const {
        std::size_t from = word(i, "over") ? i + 1 : i;
        std::optional<std::size_t> end = plain_number(from) ? std::optional<std::size_t>(from + 1) : cardinal_end(from);
        if (!end || !word_among(*end, durations) || word(*end + 1, "old") || word(*end + 1, "olds"))
            return std::nullopt;
        // "the average wait was 14.2 weeks", "a stay of 14 months": a time measured, its number a figure.
        if (from == i && i > 0 && word_among(i - 1, measured_time)) return Match{*end, MentionKind::figure};
        return Match{*end + 1, MentionKind::date};
    }

    // "a rise of 12%", "down 3 points": the figure's own kind, the words with it.
    std::optional<Match> directed(std::size_t i) const {
        if (word(i, "up") && i > 0 && word_among(i - 1, forming_verbs)) return std::nullopt;
        for (const VocabularyWord* direction : starting(i, directions_))  // the house style's, longest first
            if (words(i, direction->words))
                if (auto q = quantity(i + direction->words.size())) return q;
        return std::nullopt;
    }

    // "five times more", "a fivefold rise": the words before the number, the number, the words
    // after; of the house style's multiples, the one that reaches furthest.
    std::optional<std::size_t> multiple(std::size_t i) const {
        // Most places have no "times" or "fold" within reach: let them go before reading a number.
        // The next such word ahead is kept, so each token is looked at once as the scan moves on.
        if (!next_after_ || *next_after_ < i) {
            next_after_.reset();
            for (std::size_t& k = looked_to_ = std::max(looked_to_, i); k < i + multiple_reach && has(k); ++k)
                if (after_number(k)) {
                    next_after_ = k;
                    break;
                }
        }
        if (!next_after_ || *next_after_ >= i + multiple_reach) return std::nullopt;
        std::optional<std::size_t> best;
        // Where a number starting at i + k ends, worked out once for every multiple that asks: this
        // runs at every token of the article.
        std::array<std::optional<std::optional<std::size_t>>, 4> number_ends;
        auto number_end = [&](std::size_t n) {
            auto& known = number_ends[std::min<std::size_t>(n - i, number_ends.size() - 1)];
            if (!known || n - i >= number_ends.size() - 1)
                known = plain_number(n) ? std::optional<std::size_t>(n + 1) : cardinal_end(n);
            return *known;
        };
        for (const auto* list : {&starting(i, multiples_), &multiples_.unstarted()})
            for (const VocabularyWord* m : *list) {
                if (!words(i, m->words)) continue;
                const std::size_t n = i + m->words.size();
                const bool folded = m->after.front() == "fold" && fold_joined(n);  // "fivefold" is "five" "fold"
                const std::optional<std::size_t> number = folded ? std::optional<std::size_t>(n + 1) : number_end(n);
                if (!number) continue;
                std::size_t end = *number;
                auto after = m->after.begin() + (folded ? 1 : 0);
                while (after != m->after.end() && word(end, *after)) ++after, ++end;
                if (after == m->after.end() && (!best || end > *best)) best = end;
            }
        return best;
    }
    bool after_number(std::size_t k) const {  // "times", "fold", or a number and fold in one: "fivefold"
        return token(k).type == Token::Type::word &&
               (fold_joined(k) || std::find(multiples_after_.begin(), multiples_after_.end(), token(k).text) !=
                                      multiples_after_.end());
    }
    bool fold_joined(std::size_t i) const { return has(i) && token(i).type == Token::Type::word && folded_number(token(i).text); }

    std::optional<std::size_t> approximate(std::size_t i) const {
        for (const VocabularyWord* head : starting(i, heads_))  // "more than", "nearly": the house style's, longest first
            if (words(i, head->words))
                if (auto q = quantity_end(i + head->words.size())) return q;
        return std::nullopt;
    }

    std::string_view text_;
    std::string_view article_;         // its name, for where a run stopped
    mutable TokenWindow tokens_;
    // The house style's words, each list longest first.
    WordsByFirst heads_, alone_, fractions_, changes_, counts_, directions_, ratios_, multiples_;
    std::vector<std::string> multiples_after_;  // the first word after a multiple's number: "times", "fold"
    static constexpr std::size_t multiple_reach = 10;  // words before N, N in words, the first word after
    mutable std::optional<std::size_t> next_after_;  // the next of those first words ahead, once found
    mutable std::size_t looked_to_ = 0;             // tokens before this have been looked at for one
};

}  // namespace

const char* kind_name(MentionKind kind) {  // in MentionKind's order
    static constexpr std::array<const char*, 11> names = {"figure", "percent", "words", "vague", "ratio", "multiple",
                                                          "score",  "range",   "date",  "age",   "rank"};
    return names[static_cast<std::size_t>(kind)];
}

bool is_quantity(MentionKind kind) { return kind != MentionKind::date && kind != MentionKind::age; }

bool change_verb(std::string_view word) { return among(change_verbs, word); }

std::vector<Mention> find_mentions(std::string_view text, const Vocabulary& vocabulary, std::string_view article) {
    return Scanner(text, vocabulary, article).scan();
}

}  // namespace claimcheck
