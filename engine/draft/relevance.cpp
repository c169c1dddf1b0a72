// Word overlap between an article's statement and the data's figures, for ranking drafts.
#include "engine/draft/relevance.hpp"

#include "engine/articles/mention_words.hpp"
#include "engine/articles/words.hpp"
#include "engine/draft/stem.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

namespace claimcheck {

namespace {

// Words that say nothing of what a figure counts; words of time are read as periods instead.
constexpr std::array<std::string_view, 60> common_words = {
    "the",   "a",     "an",    "of",   "in",     "on",     "at",    "by",       "for",    "from",   "with",  "to",
    "and",   "or",    "but",   "that", "which",  "who",    "was",   "were",     "is",     "are",    "be",    "been",
    "has",   "have",  "had",   "it",   "its",    "this",   "these", "those",    "as",     "than",   "more",  "per",
    "cent",  "there", "their", "they", "said",   "say",    "also",  "not",      "no",     "up",     "down",  "figure",
    "year",  "month", "week",  "day",  "annual", "annually", "last", "previous", "past",  "latest", "over",  "since"};

// Whether a stem is one of a common word's.
bool common(const std::string& stemmed) {
    static const std::set<std::string> stems = [] {
        std::set<std::string> out;
        for (std::string_view w : common_words) out.insert(stem(w));
        return out;
    }();
    return stems.count(stemmed) > 0;
}

constexpr std::array<std::string_view, 10> sum_words = {"total", "combined", "altogether", "together", "in all",
                                                        "overall", "both", "including", "taking", "two years"};
constexpr std::array<std::string_view, 24> difference_words = {
    "more",  "fewer",   "less",    "higher",  "lower", "above",    "below",   "over",
    "under", "short",   "gap",     "difference", "extra", "increase", "rise", "rose",
    "fell",  "fall",    "up",      "down",    "surplus", "deficit", "budget", "overspend"};
constexpr std::array<std::string_view, 13> quotient_words = {
    "per", "each", "average", "averaging", "averaged", "every", "ratio", "times", "a head", "mean", "for every",
    "apiece", "works out"};

// Whether `text` (lowercase) has one of the words, as whole words.
template <std::size_t N>
bool says(std::string_view text, const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
            const bool starts = at == 0 || !alnum(text[at - 1]);
            const std::size_t after = at + w.size();
            const bool ends = after >= text.size() || !alnum(text[after]);
            if (starts && ends) return true;
        }
    return false;
}

constexpr std::array<std::string_view, 8> level_words = {"to", "at", "was", "is", "were", "are", "reached", "of"};

// The word just before `at` (lowercase), not before `begin`.
std::string last_word_before(std::string_view article, std::size_t begin, std::size_t at) {
    std::size_t end = at;
    while (end > begin && !alnum(article[end - 1])) --end;
    std::size_t start = end;
    while (start > begin && alnum(article[start - 1])) --start;
    std::string word = lower(article.substr(start, end - start));
    return word;
}

// Content words within this many of a statement are next to it.
constexpr std::size_t near_words = 8;
constexpr std::size_t whole_words = 3;  // the words after "of" that name a share's whole


bool capital(char ch) { return std::isupper(static_cast<unsigned char>(ch)) != 0; }

// "december" or "dec": a month's name or its first three letters.
bool month_named(std::string_view name) {
    for (std::string_view m : mention_words::month_names())
        if (name == m || (name.size() == 3 && m.starts_with(name))) return true;
    return false;
}

// Runs of capitalised words in [begin, end) ("the Valley Line route": "Valley Line"), nearest
// to the mention first; a lone common word ("The", at the start of a sentence) is no name.
std::vector<std::string> names_in(std::string_view article, std::size_t begin, std::size_t end, Span mention) {
    std::vector<std::pair<std::size_t, std::string>> found;  // distance, name
    std::size_t i = begin;
    while (i < end) {
        if (!capital(article[i]) || (i > begin && alnum(article[i - 1]))) {
            ++i;
            continue;
        }
        std::size_t start = i, stop = i;
        while (i < end && capital(article[i])) {
            while (i < end && (alnum(article[i]) || article[i] == '\'')) ++i;
            stop = i;
            if (i + 1 < end && article[i] == ' ' && capital(article[i + 1])) ++i;
            else break;
        }
        // A common word before a name is not part of it: "The Coast Line" is "Coast Line".
        // One capitalised word opening a sentence may be any word ("Across all 24 matches").
        const bool opens = start == begin || (start >= 2 && (article[start - 2] == '.' || article[start - 2] == '\n' ||
                                                             article[start - 1] == '\n'));
        std::string name(article.substr(start, stop - start));
        if (opens && name.find(' ') == std::string::npos) {
            if (i == start) ++i;
            continue;
        }
        for (std::size_t space = name.find(' '); space != std::string::npos; space = name.find(' ')) {
            if (!common(stem(lower(std::string_view(name).substr(0, space))))) break;
            name.erase(0, space + 1);
        }
        const std::string lowered = lower(name);
        // A lone common word, or a month ("December": a period, not a name).
        const bool lone_common = name.find(' ') == std::string::npos && (common(stem(lowered)) || month_named(lowered));
        const std::size_t distance = start > mention.end ? start - mention.end : mention.begin > stop ? mention.begin - stop : 0;
        if (!lone_common) found.emplace_back(distance, std::move(name));
        if (i == start) ++i;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (auto& [distance, name] : found)
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
    return out;
}

// "in December", "Dec 2023", "February 2024": months as a period names them, with a year
// when one follows.
std::vector<std::pair<std::string, int>> months_in(std::string_view sentence) {
    std::vector<std::pair<std::string, int>> out;
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = 0; i <= sentence.size(); ++i) {
        if (i < sentence.size() && alnum(sentence[i])) {
            word += lower(sentence[i]);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    for (std::size_t w = 0; w < words.size(); ++w)
        for (std::string_view m : mention_words::month_names()) {
            // "May" alone is as often a verb: only with a year.
            const bool year = w + 1 < words.size() && words[w + 1].size() == 4 && is_digit(words[w + 1][0]);
            if ((words[w] == m || (words[w].size() == 3 && m.starts_with(words[w]) && m != "may")) && (m != "may" || year)) {
                std::string abbreviation(m.substr(0, 3));
                abbreviation[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(abbreviation[0])));
                out.emplace_back(abbreviation, year ? std::stoi(words[w + 1]) : 0);
            }
        }
    return out;
}

// The unit of a span of time as a name abbreviates it: "hours", "hrs", "hr" and "h" are "hour";
// any letters of a duration word in order from its first ("wk", "mth"), but not "m" alone (£5m).
std::optional<std::string_view> duration_unit(std::string_view letters) {
    if (letters.size() > 1 && letters.back() == 's') letters.remove_suffix(1);  // "hrs", "wks"
    if (letters.empty() || letters == "m") return std::nullopt;
    for (std::string_view d : mention_words::durations) {
        if (d.ends_with('s') || d.front() != letters.front()) continue;  // the singular names the unit
        std::size_t k = 0;
        const bool in_order = std::all_of(letters.begin(), letters.end(), [&](char c) {
            k = d.find(c, k);
            return k++ != std::string_view::npos;
        });
        if (in_order) return d;
    }
    return std::nullopt;
}

// A span of time written with its number ("12 hours", "12-hour", "a 4h wait", a name's "over_12h",
// "18wks") as one word, "12hour", so that the words and a figure's name meet on it: the number
// alone says nothing, the unit alone little. `w` is the lower-cased run text[start, end).
std::optional<std::string> span_of_time(std::string_view text, std::size_t start, std::size_t end, const std::string& w) {
    if (start > 1 && (text[start - 1] == ',' || text[start - 1] == '.') && is_digit(text[start - 2]))
        return std::nullopt;  // part of 1,204 or 2.5
    std::size_t n = 0;
    while (n < w.size() && is_digit(w[n])) ++n;
    if (n == 0 || n > 3) return std::nullopt;
    if (n < w.size()) {  // "12h", "18wks"
        const auto unit = duration_unit(std::string_view(w).substr(n));
        return unit ? std::optional<std::string>(w.substr(0, n) + std::string(*unit)) : std::nullopt;
    }
    std::size_t next = end;  // "12 hours", "12-hour", "12 hrs"
    if (next < text.size() && (text[next] == ' ' || text[next] == '-')) ++next;
    std::size_t stop = next;
    while (stop < text.size() && alnum(text[stop])) ++stop;
    const std::string letters = lower(text.substr(next, stop - next));
    const auto unit = next == end ? std::nullopt : duration_unit(letters);
    return unit ? std::optional<std::string>(w + std::string(*unit)) : std::nullopt;
}

}  // namespace

std::vector<ContentWord> content_words(std::string_view text) {
    std::vector<ContentWord> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!alnum(text[i])) {
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < text.size() && alnum(text[i])) ++i;
        std::string w = lower(text.substr(start, i - start));
        if (auto span = span_of_time(text, start, i, w)) out.push_back({std::move(*span), start});
        if (w.size() > 2 && w.starts_with("fy") && is_digit(w[2])) w.erase(0, 2);
        // A financial year: 2016/17, 2016-17 or 2016_17 is one word.
        if (w.size() == 4 && std::all_of(w.begin(), w.end(), is_digit) && i + 2 < text.size() &&
            (text[i] == '/' || text[i] == '-' || text[i] == '_') && is_digit(text[i + 1]) && is_digit(text[i + 2]) &&
            (i + 3 >= text.size() || !alnum(text[i + 3]))) {
            w += "/" + std::string(text.substr(i + 1, 2));
            i += 3;
        }
        // A number says what a figure is only as a year: "5,653" in a comment is no description.
        const bool digits = std::all_of(w.begin(), w.end(), is_digit);
        if (digits && (w.size() != 4 || w < "1900" || w > "2100")) continue;
        w = stem(w);
        if (!common(w)) out.push_back({std::move(w), start});
    }
    return out;
}

// The initials of runs of content words said together ("free school meals": fsm), as words:
// data often names a figure by them. Runs of three or more letters; of two only when
// `two` (they come by chance too easily further away). A run does not cross punctuation.
void add_initials(std::string_view text, const std::vector<ContentWord>& words, std::size_t from, std::size_t to,
                  bool two, std::set<std::string>& into) {
    for (std::size_t i = from; i < to; ++i) {
        std::string initials(1, words[i].word[0]);
        for (std::size_t k = i + 1; k < to && initials.size() < 5; ++k) {
            const std::string_view between = text.substr(words[k - 1].begin, words[k].begin - words[k - 1].begin);
            if (between.find_first_of(",.;:()") != std::string_view::npos) break;
            initials += words[k].word[0];
            if (initials.size() >= 3 || two) into.insert(initials);
        }
    }
}

Context context_of(std::string_view article, Span mention, Span others) {
    auto ends_sentence = [&](std::size_t k) {
        char c = article[k];
        return ((c == '.' || c == '!' || c == '?') && (k + 1 >= article.size() || std::isspace(
                    static_cast<unsigned char>(article[k + 1])))) || (c == '\n' && k + 1 < article.size() && article[k + 1] == '\n');
    };
    std::size_t begin = std::min(mention.begin, article.size());
    while (begin > 0 && !ends_sentence(begin - 1)) --begin;
    std::size_t end = std::min(mention.end, article.size());
    while (end < article.size() && !ends_sentence(end)) ++end;
    std::size_t pbegin = article.rfind("\n\n", mention.begin);
    pbegin = pbegin == std::string_view::npos ? 0 : pbegin + 2;
    std::size_t pend = article.find("\n\n", mention.end);
    if (pend == std::string_view::npos) pend = article.size();
    std::size_t hbegin = article.find_first_not_of(" \t\r\n");
    std::size_t hend = hbegin == std::string_view::npos ? 0 : article.find('\n', hbegin);
    if (hend == std::string_view::npos) hend = article.size();

    Context c;
    std::string_view sentence = article.substr(begin, end - begin);
    const std::vector<ContentWord> words = content_words(sentence);
    // The statement's own words, and near_words either side of them within its part of the
    // sentence: a comma, a bracket or a dash ends what describes it.
    auto breaks = [&](std::size_t k) {
        char ch = article[k];
        return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')' ||
               (ch == '-' && k > 0 && k + 1 < article.size() && article[k - 1] == ' ' && article[k + 1] == ' ');
    };
    std::size_t part_begin = mention.begin;
    while (part_begin > begin && !breaks(part_begin - 1)) --part_begin;
    std::size_t part_end = mention.end;
    while (part_end < end && !breaks(part_end)) ++part_end;
    std::size_t first = words.size(), end_of = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t at = begin + words[i].begin;
        if (at >= mention.begin && first == words.size()) first = i;
        if (at < mention.end) end_of = i + 1;
    }
    first = std::min(first, end_of);
    first = first > near_words ? first - near_words : 0;
    const std::size_t last = std::min(words.size(), end_of + near_words);
    std::size_t near_from = words.size(), near_to = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::size_t at = begin + words[i].begin;
        const bool in_clause = at >= others.begin && at < others.end;
        const bool near = i >= first && i < last && at >= part_begin && at < part_end;
        (!in_clause ? c.sentence : near ? c.near : c.clause).insert(words[i].word);
        if (near) near_from = std::min(near_from, i), near_to = i + 1;
    }
    if (near_from < near_to) add_initials(sentence, words, near_from, near_to, true, c.near);
    add_initials(sentence, words, 0, words.size(), false, c.sentence);
    const std::string_view paragraph = article.substr(pbegin, pend - pbegin);
    const std::vector<ContentWord> paragraph_words = content_words(paragraph);
    add_initials(paragraph, paragraph_words, 0, paragraph_words.size(), false, c.paragraph);
    for (auto& w : paragraph_words) c.paragraph.insert(w.word);
    if (hbegin != std::string_view::npos)
        for (auto& w : content_words(article.substr(hbegin, hend - hbegin))) c.headline.insert(std::move(w.word));
    const std::string lowered = lower(sentence);
    for (std::string_view latest : {"last year", "this year", "past year", "12 months", "twelve months", "latest"}) {
        std::size_t at = lowered.find(latest);
        if (at != std::string::npos && lowered.rfind("previous", at) == std::string::npos) c.latest = true;
    }
    // Names of the sentence first, then of its paragraph ("It lost 308 trains" after "the Valley Line").
    c.names = names_in(article, begin, end, mention);
    for (auto& name : names_in(article, pbegin, pend, mention))
        if (std::find(c.names.begin(), c.names.end(), name) == c.names.end()) c.names.push_back(std::move(name));
    c.months = months_in(article.substr(begin, end - begin));
    // "a third of appeals", "17% of all incidents": the first words after "of" name the whole.
    std::size_t after = mention.end;
    while (after < part_end && article[after] == ' ') ++after;
    // "more than half of them": a pronoun points back, and says nothing of the whole here.
    const bool pronoun = [&] {
        std::string next = last_word_before(article, after + 3, std::min(part_end, article.find(' ', after + 3)));
        return next == "them" || next == "it" || next == "which" || next == "whom";
    }();
    if (article.substr(after, 3) == "of " && !pronoun) {
        auto whole = content_words(article.substr(after + 3, part_end - after - 3));
        for (std::size_t i = 0; i < whole.size() && i < whole_words; ++i) c.whole.insert(std::move(whole[i].word));
        // "of the total", "of these": what the statements before counted ("of those arrested" names it).
        c.whole_before = c.whole.empty() || c.whole == std::set<std::string>{"total"};
    }
    c.whole_before = c.whole_before || (article.substr(after, 3) == "of " && pronoun);
    const std::size_t clause_begin = std::max(begin, std::min(others.begin, mention.begin));
    const std::size_t clause_end = std::min(end, std::max(others.end, mention.end));
    const std::string clause = lower(article.substr(clause_begin, clause_end - clause_begin));
    c.sum = says(clause, sum_words);
    c.difference = says(clause, difference_words);
    c.quotient = says(clause, quotient_words);
    c.level = says(last_word_before(article, begin, mention.begin), level_words);
    for (std::string_view two : {"two years", "2 years"})
        if (lowered.find(two) != std::string::npos) c.two_periods = true;
    return c;
}

Relevance::Relevance(const Data& data) {
    // A label or comment on one period of a quantity describes its other periods too.
    std::map<std::string, std::set<std::string>> group_words;
    for (const DataFigure& f : data.figures)
        for (auto& w : content_words(f.words)) group_words[f.group].insert(std::move(w.word));
    std::map<std::string, int> figures_with;
    for (const DataFigure& f : data.figures) {
        std::set<std::string> words = group_words[f.group];
        for (auto& w : content_words(f.period)) words.insert(std::move(w.word));
        for (const auto& w : words) ++figures_with[w];
        words_.push_back(std::move(words));
    }
    const int n = static_cast<int>(data.figures.size());
    for (const auto& [word, df] : figures_with)
        weight_[word] = df == 1 ? 3 : df * 4 > n ? 1 : df * 8 > n ? 2 : 3;  // one figure's own word is rare
}

namespace {

int score_of(const std::set<std::string>& words, const std::map<std::string, int>& weights, const Context& context) {
    int total = 0, widest = 0;
    for (const auto& w : words) {
        auto known = weights.find(w);
        const int weight = known == weights.end() ? 3 : known->second;
        const int points = context.near.count(w)     ? 30
                           : context.clause.count(w) ? 15
                           : context.sentence.count(w) || context.paragraph.count(w) || context.headline.count(w) ? 5
                                                     : 0;
        // Words most figures share say only that the figure counts the same kind of thing:
        // together they count as one, or a long label would outweigh a name.
        if (weight == 1) widest = std::max(widest, points);
        else total += points * weight;
    }
    return total + widest;
}

}  // namespace

int Relevance::score(std::size_t figure, const Context& context) const {
    return score_of(words_[figure], weight_, context);
}

int Relevance::score(std::string_view words, const Context& context) const {
    std::set<std::string> set;
    for (auto& w : content_words(words)) set.insert(std::move(w.word));
    return score_of(set, weight_, context);
}

}  // namespace claimcheck
