#include "engine/articles/quoting.hpp"

#include "engine/articles/words.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

// A sentence longer than this is quoted in part, and two sentences are tried together
// only when they are no longer than twice this.
constexpr std::size_t long_sentence = 300;
// In a long sentence: words either side of the number at first (fewer at a comma), and
// the most a quote widens to before it is left as it is, not unique.
constexpr std::size_t words_around = 6;
constexpr std::size_t most_words = 40;

std::size_t length(Span s) { return s.end - s.begin; }

// Words here are runs of anything but white space, so a window never cuts a number or a
// word in two; trimmed() takes punctuation off its ends.
std::size_t word_begin_before(std::string_view t, std::size_t at, std::size_t floor) {
    while (at > floor && space(t[at - 1])) --at;
    while (at > floor && !space(t[at - 1])) --at;
    return at;
}

std::size_t word_end_after(std::string_view t, std::size_t at, std::size_t ceiling) {
    while (at < ceiling && space(t[at])) ++at;
    while (at < ceiling && !space(t[at])) ++at;
    return at;
}

// A comma or semicolon that ends a piece of a sentence: one a space follows, not 5,653.
bool piece_end_before(std::string_view t, std::size_t at) {
    return at > 0 && (t[at - 1] == ',' || t[at - 1] == ';');
}

bool piece_begin_before(std::string_view t, std::size_t at, std::size_t floor) {
    std::size_t b = at;
    while (b > floor && space(t[b - 1])) --b;
    return b < at && piece_end_before(t, b);
}

}  // namespace

Quoting::Quoting(std::string_view text) : text_(text), divided_(divide(text)), index_(text) {}

std::size_t Quoting::occurrences(std::string_view quote, std::size_t enough) const {
    return index_.count(quote, enough);
}

Quote Quoting::quoted(Span r, Span keep) const {
    r = trimmed(text_, r, keep);
    return {r, one_line(text_.substr(r.begin, length(r))), 0};
}

// A stretch that is nothing but the number ("(44 per cent)") tells the reader nothing.
// (What trimmed() takes off its ends holds no letter, so the stretch is not trimmed first.)
bool Quoting::has_words(Span r, Span mention) const {
    return letters(r.begin, mention.begin) || letters(mention.end, r.end);
}

std::string_view::const_iterator Quoting::at(std::size_t i) const {
    return text_.begin() + static_cast<std::ptrdiff_t>(i);
}

bool Quoting::letters(std::size_t begin, std::size_t end) const {
    return begin < end && std::any_of(at(begin), at(end), letter);
}

// The clause (when it has words), the sentence, then the sentence and the next (or the
// one before, at the end) when the two are not long.
std::vector<Span> Quoting::sentence_tries(std::size_t s, Span mention) const {
    const std::vector<Span>& sentences = divided_.sentences;
    std::vector<Span> tries;
    if (std::size_t c = holding(divided_.clauses, mention); c < divided_.clauses.size())
        if (has_words(divided_.clauses[c], mention)) tries.push_back(divided_.clauses[c]);
    tries.push_back(sentences[s]);
    Span two{};
    if (s + 1 < sentences.size())
        two = {sentences[s].begin, sentences[s + 1].end};
    else if (s > 0)
        two = {sentences[s - 1].begin, sentences[s].end};
    // Not across a control character between them: a quote holding one could not be written.
    if (length(two) > 0 && length(two) <= 2 * long_sentence && std::none_of(at(two.begin), at(two.end), control))
        tries.push_back(two);
    return tries;
}

// In a long sentence: a few words either side of the number, within its clause and not
// past a comma; then one more word at a time, after and before in turn.
std::vector<Span> Quoting::window_tries(Span sentence, Span mention) const {
    Span bounds = sentence;
    if (std::size_t c = holding(divided_.clauses, mention); c < divided_.clauses.size()) bounds = divided_.clauses[c];
    Span w = mention;
    for (std::size_t k = 0; k < words_around && !piece_begin_before(text_, w.begin, bounds.begin); ++k)
        w.begin = word_begin_before(text_, w.begin, bounds.begin);
    for (std::size_t k = 0; k < words_around && !piece_end_before(text_, w.end); ++k)
        w.end = word_end_after(text_, w.end, bounds.end);
    std::vector<Span> tries;
    bool worded = has_words(w, mention);  // and so is every wider window: only the words added are looked at
    for (std::size_t k = 0; k < most_words; ++k) {
        if (worded) tries.push_back(w);
        Span wider = w;
        if (k % 2 == 0 || w.begin == sentence.begin) wider.end = word_end_after(text_, w.end, sentence.end);
        if (wider.end == w.end) wider.begin = word_begin_before(text_, w.begin, sentence.begin);
        if (wider.begin == w.begin && wider.end == w.end) break;  // the whole sentence
        worded = worded || letters(wider.begin, w.begin) || letters(w.end, wider.end);
        w = wider;
    }
    if (tries.empty()) tries.push_back(w);
    return tries;
}

// The first try the article holds once; failing that the first, with the times it occurs.
bool Quoting::once(const Quote& quote, std::optional<std::size_t> sentence) const {
    if (!sentence) return occurrences(quote.text, 2) == 1;
    if (unique_in_ != sentence) {
        unique_.clear();
        unique_in_ = sentence;
    }
    auto [at, added] = unique_.try_emplace({quote.span.begin, quote.span.end}, false);
    if (added) at->second = occurrences(quote.text, 2) == 1;
    return at->second;
}

// Each try holds the one before it, so one that occurs once is followed only by ones that
// do: the first is found by halving, in a few counts rather than one a try (a window may
// widen forty times, around every number of a long sentence).
Quote Quoting::first_unique(const std::vector<Span>& tries, Span mention, std::optional<std::size_t> sentence) const {
    std::size_t low = 0, high = tries.size();
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (once(quoted(tries[mid], mention), sentence))
            high = mid;
        else
            low = mid + 1;
    }
    if (low < tries.size()) {
        Quote q = quoted(tries[low], mention);
        q.occurrences = 1;
        return q;
    }
    Quote q = quoted(tries.front(), mention);
    auto known = repeated_.find(q.text);
    if (known == repeated_.end()) known = repeated_.emplace(q.text, occurrences(q.text)).first;
    q.occurrences = known->second;
    return q;
}

Quote Quoting::around(Span mention) const {
    const std::vector<Span>& sentences = divided_.sentences;
    std::size_t s = holding(sentences, mention);
    if (s == sentences.size()) return first_unique({mention}, mention, std::nullopt);
    if (length(sentences[s]) > long_sentence) return first_unique(window_tries(sentences[s], mention), mention, std::nullopt);
    return first_unique(sentence_tries(s, mention), mention, s);
}

}  // namespace claimcheck
