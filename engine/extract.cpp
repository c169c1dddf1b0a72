#include "extract.hpp"

#include "grammar/keyword.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace claimcheck {

namespace {

// ---- characters and words ----------------------------------------------------

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }  // as fold() reads it
bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool alnum(char c) { return letter(c) || digit(c); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Runs of white space as one space: a quote sits on one line, and find_quote reads
// any run of white space as one space, so the quote still matches across a line break.
std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (!space(c)) out += c;
        else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

struct Word {
    std::size_t begin;
    std::size_t end;
    std::string text;  // lower case
};

// Words (letters, with inner hyphens and apostrophes: "internet-related") and numbers in [begin, end);
// split at hyphens too when asked ("three-years-old").
std::vector<Word> words_in(std::string_view t, std::size_t begin, std::size_t end, bool split_hyphens = false) {
    std::vector<Word> out;
    for (std::size_t i = begin; i < end;) {
        if (!alnum(t[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && (alnum(t[j]) || (((t[j] == '-' && !split_hyphens) || t[j] == '\'') && j + 1 < end && alnum(t[j + 1]))))
            ++j;
        out.push_back({i, j, lower(t.substr(i, j - i))});
        i = j;
    }
    return out;
}

// ---- where clauses and sentences end ------------------------------------------

enum class Level { clause, sentence, line };

struct Break {
    std::size_t begin;
    std::size_t end;
    Level level;
};

struct Region {
    std::size_t begin;
    std::size_t end;
};

constexpr std::array<std::string_view, 20> abbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "approx", "fig", "gov", "sgt", "insp", "supt",
    "det", "cllr", "rev", "e.g", "i.e"};

// Closing quotes and brackets may follow a sentence's full stop: ."  .)  .’
std::size_t past_closers(std::string_view t, std::size_t i) {
    for (;;) {
        if (i < t.size() && std::string_view("\"')]").find(t[i]) != std::string_view::npos)
            ++i;
        else if (t.substr(i, 3) == "\u2019" || t.substr(i, 3) == "\u201D")
            i += 3;
        else
            return i;
    }
}

// . ! ? end a sentence when white space (or the end) follows: not 15.5, not "No. 10".
bool sentence_end(std::string_view t, std::size_t i) {
    if (t[i] != '.' && t[i] != '!' && t[i] != '?') return false;
    std::size_t after = past_closers(t, i + 1);
    if (after < t.size() && !space(t[after])) return false;
    if (t[i] == '.') {
        std::size_t b = i;
        while (b > 0 && (letter(t[b - 1]) || t[b - 1] == '.')) --b;
        if (b < i && (b == 0 || !alnum(t[b - 1])) && among(abbreviations, lower(t.substr(b, i - b)))) return false;
    }
    return true;
}

// The length of a dash at t[i] ("-", "--", en or em dash), or 0.
std::size_t dash_at(std::string_view t, std::size_t i) {
    if (t.substr(i, 2) == "--") return 2;
    if (i < t.size() && t[i] == '-') return 1;
    if (t.substr(i, 3) == "\u2013" || t.substr(i, 3) == "\u2014") return 3;
    return 0;
}

// A line break ends a headline, a list item or a paragraph; a single one inside a
// sentence wrapped by hand (a letter, digit or comma before, a lower-case word after) does not.
bool wrapped(std::string_view t, std::size_t before, std::size_t after, int breaks) {
    if (breaks != 1 || before == 0 || after >= t.size()) return false;
    char prev = t[before - 1];
    return (alnum(prev) || prev == ',') && t[after] >= 'a' && t[after] <= 'z';
}

std::vector<Break> breaks_in(std::string_view t) {
    std::vector<Break> out;
    for (std::size_t i = 0; i < t.size();) {
        char c = t[i];
        if (c == '\n' || c == '\r') {
            std::size_t start = i;
            while (start > 0 && (t[start - 1] == ' ' || t[start - 1] == '\t')) --start;
            int breaks = 0;
            std::size_t j = i;
            for (; j < t.size() && space(t[j]); ++j)
                if (t[j] == '\n' || (t[j] == '\r' && (j + 1 >= t.size() || t[j + 1] != '\n'))) ++breaks;
            if (!wrapped(t, start, j, breaks)) out.push_back({i, j, Level::line});
            i = j;
        } else if (sentence_end(t, i)) {
            out.push_back({i, i + 1, Level::sentence});
            ++i;
        } else if (((c == ';' || c == ':') && (i + 1 == t.size() || space(t[i + 1]))) ||
                   std::string_view("()[]").find(c) != std::string_view::npos) {
            out.push_back({i, i + 1, Level::clause});
            ++i;
        } else if (std::size_t n = c == ' ' ? dash_at(t, i + 1) : 0; n > 0 && i + 1 + n < t.size() && space(t[i + 1 + n])) {
            out.push_back({i, i + 2 + n, Level::clause});  // " - ", " – ", " — "
            i += 2 + n;
        } else if (t.substr(i, 3) == "\u2014") {  // an em dash needs no spaces to set a clause apart
            out.push_back({i, i + 3, Level::clause});
            i += 3;
        } else {
            ++i;
        }
    }
    return out;
}

// The stretches between breaks of at least `level` that hold a letter or a digit, in order.
std::vector<Region> regions(std::string_view t, const std::vector<Break>& breaks, Level level) {
    std::vector<Region> out;
    std::size_t from = 0;
    auto add = [&](std::size_t to) {
        if (std::any_of(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to), alnum))
            out.push_back({from, to});
    };
    for (const Break& b : breaks) {
        if (b.level < level || b.begin < from) continue;
        add(b.begin);
        from = b.end;
    }
    add(t.size());
    return out;
}

// The index of the region holding the span.
std::size_t holding(const std::vector<Region>& rs, Span span) {
    for (std::size_t i = 0; i < rs.size(); ++i)
        if (rs[i].begin <= span.begin && span.end <= rs[i].end) return i;
    return rs.size();
}

constexpr std::array<std::string_view, 22> edge_junk = {
    " ", "\t", "\n", "\r", ",", ".", ";", ":", "!", "?", "\"", "'", "-", "*",
    "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u00A0", "\u2022"};

// Spaces and punctuation at the ends go; the mention itself stays whole.
Region trimmed(std::string_view t, Region r, Span keep) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view j : edge_junk)
            if (r.begin + j.size() <= keep.begin && t.substr(r.begin, j.size()) == j) {
                r.begin += j.size();
                again = true;
            }
    }
    for (bool again = true; again;) {
        again = false;
        for (std::string_view j : edge_junk)
            if (r.end >= keep.end + j.size() && t.substr(r.end - j.size(), j.size()) == j) {
                r.end -= j.size();
                again = true;
            }
    }
    return r;
}

// Occurrences of the quote as find_quote counts them, with the article folded once.
std::size_t occurrences(const Folded& article, std::string_view quote) {
    std::string needle = fold(quote).text;
    while (!needle.empty() && needle.front() == ' ') needle.erase(0, 1);
    while (!needle.empty() && needle.back() == ' ') needle.pop_back();
    if (needle.empty()) return 0;
    std::size_t n = 0;
    for (std::size_t at = article.text.find(needle); at != std::string::npos; at = article.text.find(needle, at + 1)) ++n;
    return n;
}

// ---- what a mention says ----------------------------------------------------------

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
constexpr std::array<std::string_view, 17> change_words = {
    "rise", "rose", "risen", "rising", "increase", "increased", "up", "fall", "fell", "fallen", "drop",
    "dropped", "down", "decrease", "decreased", "jump", "jumped"};
constexpr std::array<std::string_view, 9> more_change_words = {"grew", "grown", "growth", "soared", "climbed",
                                                               "cut", "decline", "declined", "shot"};

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

enum class Sort { count, percent, points, ratio, fraction, ordinal, age };

// What the mention states, as a check would write it after `is`.
struct Stated {
    Sort sort = Sort::count;
    std::string text;  // "5,653", "44 per cent", "more than a third", "hundreds"
    bool vocabulary = false;
    bool known = true;  // false: a word the house style does not define ("scores")
};

// A quantity without approximator: "44 per cent", "a third", "ten", "5,653".
Stated plain(std::string_view mention, const std::vector<Word>& ws) {
    Stated s;
    std::string phrase = lower(one_line(mention));
    if (!ws.empty() && digit(ws.front().text[0])) {
        std::size_t n = 0;
        while (n < mention.size() && (digit(mention[n]) || mention[n] == ',' || mention[n] == '.')) ++n;
        std::string rest = lower(one_line(mention.substr(n)));
        std::string number = literal(mention.substr(0, n)).value_or(std::string(mention.substr(0, n)));
        bool ordinal = ws.front().text.size() > 2 && letter(ws.front().text.back());  // 1st, 2nd
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

// An age that groups people ("under-18s", "aged ten and under") describes who was
// counted; an age stated of someone ("as young as three", "five years old") is a claim.
bool age_group(const Mention& m) {
    std::string p = lower(one_line(m.text));
    return p.starts_with("under") || p.starts_with("over") || p.ends_with("and under") || p.ends_with("and over") ||
           p.ends_with("olds");
}

bool claimed(const Mention& m) { return is_quantity(m.kind) || (m.kind == MentionKind::age && !age_group(m)); }

// ---- drafting a claim ------------------------------------------------------------

class Drafter {
public:
    explicit Drafter(std::string_view text) : text_(text), source_("", std::string(text)), folded_(fold(text)) {
        std::vector<Break> breaks = breaks_in(text);
        clauses_ = regions(text, breaks, Level::clause);
        sentences_ = regions(text, breaks, Level::sentence);
        mentions_ = merged(find_mentions(text));
    }

    ArticleDraft draft(std::string_view name) {
        ArticleDraft out;
        out.name = name;
        for (const Mention& m : mentions_) {
            Location at = source_.locate(m.span.begin);
            if (claimed(m))
                out.claims.push_back(claim(m, at));
            else
                out.set_apart.push_back({m, at});
        }
        return out;
    }

private:
    // "twenty-five", "two hundred": the mention finder sees a number per word; a reader sees one.
    std::vector<Mention> merged(std::vector<Mention> ms) const {
        std::vector<Mention> out;
        for (Mention& m : ms) {
            if (!out.empty() && cardinal(out.back()) && cardinal(m)) {
                std::string gap = lower(text_.substr(out.back().span.end, m.span.begin - out.back().span.end));
                std::string before = lower(out.back().text);
                bool hundreds = before.ends_with("hundred") || before.ends_with("thousand");  // not "five and six"
                if (gap == " " || gap == "-" || (gap == " and " && hundreds)) {
                    out.back().span.end = m.span.end;
                    out.back().text = std::string(text_.substr(out.back().span.begin, m.span.end - out.back().span.begin));
                    continue;
                }
            }
            out.push_back(std::move(m));
        }
        return out;
    }
    static bool cardinal(const Mention& m) {
        std::vector<Word> ws = words_in(m.text, 0, m.text.size(), true);
        return m.kind == MentionKind::words && words_value(ws).has_value() &&
               std::all_of(ws.begin(), ws.end(), [](const Word& w) {
                   return among(cardinals, w.text) || w.text == "thousand" || w.text == "and";
               });
    }

    struct Quoted {
        Region region;
        std::string text;
        std::size_t count;
    };

    Quoted quoted(Region r, Span keep) const {
        r = trimmed(text_, r, keep);
        std::string q = one_line(text_.substr(r.begin, r.end - r.begin));
        return {r, q, occurrences(folded_, q)};
    }

    // The clause; if the article holds it more than once, the sentence, then the sentence
    // and the next (or the one before, at the end); failing that the sentence, flagged.
    Quoted quote_for(const Mention& m) const {
        std::vector<Region> tries;
        std::size_t c = holding(clauses_, m.span);
        if (c < clauses_.size()) {
            Region r = trimmed(text_, clauses_[c], m.span);
            // A clause that is nothing but the number ("(44 per cent)") tells the reader nothing.
            bool words = std::any_of(text_.begin() + static_cast<std::ptrdiff_t>(r.begin),
                                     text_.begin() + static_cast<std::ptrdiff_t>(m.span.begin), letter) ||
                         std::any_of(text_.begin() + static_cast<std::ptrdiff_t>(m.span.end),
                                     text_.begin() + static_cast<std::ptrdiff_t>(r.end), letter);
            if (words) tries.push_back(clauses_[c]);
        }
        std::size_t s = holding(sentences_, m.span);
        if (s == sentences_.size()) return quoted({m.span.begin, m.span.end}, m.span);
        tries.push_back(sentences_[s]);
        if (s + 1 < sentences_.size())
            tries.push_back({sentences_[s].begin, sentences_[s + 1].end});
        else if (s > 0)
            tries.push_back({sentences_[s - 1].begin, sentences_[s].end});
        for (const Region& r : tries)
            if (Quoted q = quoted(r, m.span); q.count == 1) return q;
        return quoted(sentences_[s], m.span);
    }

    DraftClaim claim(const Mention& m, Location at) const {
        DraftClaim d;
        d.id = slug(m.text);
        d.mention = m;
        d.mention.text = one_line(m.text);
        d.at = at;
        Quoted q = quote_for(m);
        d.quote = q.text;
        d.quote_span = {q.region.begin, q.region.end};
        d.occurrences = q.count;
        suggest(d, q.region, stated(m));
        return d;
    }

    static std::string slug(std::string_view mention) {
        std::string out;
        for (std::size_t i = 0; i < mention.size(); ++i) {
            char c = mention[i];
            if (c == ',' && i > 0 && digit(mention[i - 1]) && i + 1 < mention.size() && digit(mention[i + 1]))
                continue;  // 5,653 -> 5653
            if (alnum(c)) {
                out += lower(std::string_view(&c, 1));
                continue;
            }
            if (!out.empty() && out.back() != '_') out += '_';
            if (c == '%') out += "pct_";
        }
        while (!out.empty() && out.back() == '_') out.pop_back();
        if (out.empty()) out = "number";
        if (digit(out.front())) out = "n" + out;  // a name starts with a letter
        if (out == "in" || parser::is_reserved(out)) out += "_claim";
        return out;
    }

    // ---- the suggested check ----

    std::vector<Word> words_between(std::size_t begin, std::size_t end) const {
        return words_in(text_, begin, std::max(begin, end));
    }

    // The next quantity after the mention, within the quote: words past it are its own.
    std::size_t next_mention(const Mention& m, std::size_t limit) const {
        for (const Mention& other : mentions_)
            if (other.span.begin >= m.span.end && claimed(other)) return std::min(limit, other.span.begin);
        return limit;
    }

    // "15 ... a day": per_day. "in a year" is a span, not a rate.
    std::string rate(const Mention& m, Region quote) const {
        std::vector<Word> ws = words_between(m.span.end, next_mention(m, quote.end));
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            bool per = ws[i].text == "a" || ws[i].text == "an" || ws[i].text == "per" || ws[i].text == "each" ||
                       ws[i].text == "every";
            bool span = i > 0 && among(std::array<std::string_view, 8>{"in", "over", "within", "for", "the", "last",
                                                                         "past", "than"},
                                       ws[i - 1].text);
            for (std::string_view unit : {"day", "week", "month", "year"})
                if (per && !span && ws[i + 1].text == unit) return std::string(unit);
        }
        return "";
    }

    // What is counted: the words after the figure up to a preposition, a verb form or punctuation.
    std::string counted(const Mention& m, Region quote) const {
        static constexpr std::array<std::string_view, 30> stops = {
            "in",  "on",   "at",  "by",   "for",  "from", "with", "against", "to",    "of",
            "over", "under", "across", "during", "since", "between", "among", "per", "a", "an",
            "the", "and",  "or",  "but",  "that", "which", "who",  "were",   "was",   "had"};
        std::size_t end = next_mention(m, quote.end);
        std::vector<Word> ws = words_between(m.span.end, end);
        std::size_t i = 0;
        std::string out;
        if (!ws.empty() && ws[0].text == "of" && m.kind != MentionKind::figure) {  // "hundreds of offences"
            out = "of";
            i = 1;
        }
        std::size_t from = i < ws.size() ? ws[i].begin : 0;
        for (std::size_t n = 0; i < ws.size() && n < 4; ++i, ++n) {
            const Word& w = ws[i];
            bool verb = w.text.find('-') == std::string::npos && w.text.size() > 4 &&
                        (w.text.ends_with("ed") || w.text.ends_with("ing"));
            if (among(stops, w.text) || verb || digit(w.text[0])) break;
            std::string_view gap = text_.substr(from, w.begin - from);
            if (n > 0 && one_line(gap).find_first_not_of(' ') != std::string::npos) break;  // punctuation
            out += (out.empty() ? "" : " ") + std::string(text_.substr(w.begin, w.end - w.begin));
            from = w.end;
        }
        return out == "of" ? "" : out;
    }

    // A percentage after a word of change is a change; "44% of" is a share; else either.
    std::vector<std::string> percent_checks(const Mention& m, Region quote, const std::string& is) const {
        std::string change = "change(<before>, <after>) is " + is;
        std::string share = "share(<part>, <whole>) is " + is;
        std::vector<Word> after = words_between(m.span.end, quote.end);
        if (!after.empty() && after[0].text == "of") return {share};
        std::vector<Word> before = words_between(quote.begin, m.span.begin);
        for (std::size_t i = before.size(), n = 0; i-- > 0 && n < 8; ++n)
            if (among(change_words, before[i].text) || among(more_change_words, before[i].text)) return {change};
        return {change, share};
    }

    std::string age_placeholder(const Mention& m, Region quote) const {
        std::string p = lower(m.text);
        std::string before = lower(text_.substr(quote.begin, m.span.begin - quote.begin));
        if (p.find("most common") != std::string::npos) return "<most common age>";
        if (p.find("young") != std::string::npos || before.find("youngest") != std::string::npos) return "<youngest age>";
        if (p.find("old as") != std::string::npos || before.find("oldest") != std::string::npos) return "<oldest age>";
        return "<age>";
    }

    void suggest(DraftClaim& d, Region quote, Stated s) const {
        const Mention& m = d.mention;
        std::vector<Word> after = words_between(m.span.end, quote.end);
        if (s.sort == Sort::count && !after.empty() && after.front().text == "times") {
            s.sort = Sort::ratio;  // "5.73 times"
            s.text += " times";
        }
        std::string noun = s.sort == Sort::count ? counted(m, quote) : "";
        d.what = m.text + (noun.empty() ? "" : " " + noun);
        std::string vocabulary = s.vocabulary ? ", in house-style words" : "";
        const std::string& is = s.text;
        switch (s.sort) {
        case Sort::count:
            if (std::string unit = rate(m, quote); !unit.empty()) {
                d.about = "a rate per " + unit + vocabulary;
                d.checks = {"per_" + unit + "(<count>) is " + is};
            } else {
                d.about = "a count" + vocabulary;
                d.checks = {"<count> is " + is};
            }
            break;
        case Sort::percent:
        case Sort::fraction:
            d.checks = percent_checks(m, quote, is);
            d.about = d.checks.size() > 1                   ? "a percentage (a change or a share)"
                      : d.checks[0].starts_with("change") ? "a percentage, here a change"
                                                            : "a percentage, here a share";
            d.about += vocabulary;
            break;
        case Sort::points:
            d.about = "a difference in percentage points";
            d.checks = {"points(<before>, <after>) is " + is};
            break;
        case Sort::ratio:
            d.about = "a ratio";
            d.checks = {"ratio(<after>, <before>) is " + is};
            break;
        case Sort::ordinal:
            d.about = "an ordinal";
            d.checks = {"<count> is " + is};
            break;
        case Sort::age:
            d.about = "an age (no age data? let it be missing \"why\": the claim stays unverifiable)";
            d.checks = {age_placeholder(m, quote) + " is " + is};
            break;
        }
        if (!s.known) {
            d.about = "\"" + s.text + "\" is not in the house style: define it there, or check a number";
            d.checks = {"<count> is <number>"};
        }
    }

    std::string_view text_;
    SourceFile source_;
    Folded folded_;
    std::vector<Region> clauses_;
    std::vector<Region> sentences_;
    std::vector<Mention> mentions_;
};

// ---- the .claims file ----------------------------------------------------------------

// Comment lines of at most about 100 columns: "# head item, item, ..." with continuations indented.
void wrapped_comment(std::string& out, const std::string& head, const std::vector<std::string>& items) {
    std::string line = "# " + head;
    for (std::size_t i = 0; i < items.size(); ++i) {
        std::string item = items[i] + (i + 1 < items.size() ? "," : "");
        if (line.size() + 1 + item.size() > 100 && line.size() > 4) {
            out += line + "\n";
            line = "#  ";
        }
        line += " " + item;
    }
    out += line + "\n";
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ArticleDraft extract(std::string_view name, std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // as SourceFile drops it
    return Drafter(text).draft(name);
}

std::string claims_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string render_skeleton(std::vector<ArticleDraft> drafts) {
    std::set<std::string> used;
    for (auto& article : drafts)
        for (auto& claim : article.claims) {
            std::string id = claim.id;
            for (int k = 2; used.count(id) > 0; ++k) id = claim.id + "_" + std::to_string(k);
            used.insert(id);
            claim.id = id;
        }

    std::string out;
    std::vector<std::string> names;
    for (const auto& article : drafts) names.push_back(article.name);
    wrapped_comment(out, "Drafted by `claimcheck extract` from", names);
    out += "# One claim per number found, quoted as the article has it. To check a claim, write the\n"
           "# figures it rests on (let NAME = VALUE during PERIOD, or let NAME = missing \"why\"), then\n"
           "# make one of its \"# check\" lines a check with each <placeholder> replaced. Until then\n"
           "# `claimcheck check` reports the claim unverifiable: a claim without a check never passes.\n"
           "use house-style\n";
    for (const auto& article : drafts) {
        out += "\n# " + article.name + ": " + plural(article.claims.size(), "numeric statement", "numeric statements") + "\n";
        std::vector<std::string> apart;
        for (const auto& s : article.set_apart)
            apart.push_back(claims_string(one_line(s.mention.text)) + " (" + std::to_string(s.at.line) + ":" +
                            std::to_string(s.at.column) + ")");
        if (!apart.empty()) wrapped_comment(out, "dates, spans of time and age groups set apart:", apart);
        for (const auto& claim : article.claims) {
            out += "\nclaim " + claim.id + " in " + claims_string(article.name) + ":\n";
            out += "  quote " + claims_string(claim.quote) + "\n";
            if (claim.occurrences != 1)
                out += "  # this sentence occurs " + std::to_string(claim.occurrences) +
                       " times in the article: quote more to make it unique\n";
            out += "  # " + claims_string(claim.what) + " (" + std::to_string(claim.at.line) + ":" +
                   std::to_string(claim.at.column) + "): " + claim.about + "\n";
            for (const auto& check : claim.checks) out += "  # check " + check + "\n";
        }
    }
    return out;
}

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
