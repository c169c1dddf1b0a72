// Drafting a skeleton from an article: a claim per number, with its quote and suggested checks.
#include "engine/extract/extract.hpp"
#include "engine/core/deadline.hpp"

#include "grammar/keyword.hpp"
#include "engine/core/deadline.hpp"
#include "engine/extract/hints.hpp"
#include "engine/articles/quoting.hpp"
#include "engine/extract/stated.hpp"
#include "engine/articles/words.hpp"

namespace claimcheck {

namespace {

// An age that groups people ("under-18s", "aged ten and under") describes who was
// counted; an age stated of someone ("as young as three", "five years old") is a claim.
bool age_group(const Mention& m) {
    std::string p = lower(one_line(m.text));
    return p.starts_with("under") || p.starts_with("over") || p.ends_with("and under") || p.ends_with("and over") ||
           p.ends_with("olds");
}

// "2.3 homes for every thousand", "30 per 100,000": the scale a rate is counted per, not a number claimed.
bool scale_of_rate(std::string_view text, const Mention& m) {
    // The words just before: "per" or "every" (a few characters, however long the article).
    const std::size_t from = m.span.begin > 16 ? m.span.begin - 16 : 0;
    std::string before = lower(text.substr(from, m.span.begin - from));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    const bool at_start = from == 0;
    if (!before.ends_with(" per") && !before.ends_with(" every") && !(at_start && (before == "per" || before == "every")))
        return false;
    std::string n = lower(one_line(m.text));
    std::erase(n, ',');
    if (n.starts_with("a ")) n.erase(0, 2);
    const bool power_of_ten = n.size() >= 3 && n[0] == '1' && n.find_first_not_of('0', 1) == std::string::npos;
    return power_of_ten || n == "hundred" || n == "thousand" || n == "million";
}

bool claimed(std::string_view text, const Mention& m) {
    if (scale_of_rate(text, m)) return false;
    return is_quantity(m.kind) || (m.kind == MentionKind::age && !age_group(m));
}

// A claim id from the mention: 5,653 -> n5653, 44% -> n44_pct, more than a third -> more_than_a_third,
// -3 -> minus_3; at most about 40 characters, however long the number.
std::string slug(std::string_view mention) {
    std::string out;
    for (std::size_t i = 0; i < mention.size() && out.size() < 40; ++i) {
        char c = mention[i];
        if (c == '-' && out.empty() && i + 1 < mention.size() && is_digit(mention[i + 1])) {
            out = "minus_";
            continue;
        }
        if (c == ',' && i > 0 && is_digit(mention[i - 1]) && i + 1 < mention.size() && is_digit(mention[i + 1]))
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
    if (is_digit(out.front())) out = "n" + out;  // a name starts with a letter
    if (out == "in" || parser::is_reserved(out)) out += "_claim";
    return out;
}

class Drafter {
public:
    Drafter(std::string_view text, const std::string& path, SkeletonLimits& limits, const Vocabulary& vocabulary)
        : text_(text), source_(path, std::string(text)), mentions_(find_mentions(text, vocabulary, path)),
          quoting_(text), limits_(limits), vocabulary_(vocabulary) {}

    ArticleDraft draft(std::string_view name) const {
        // Too many claims for `check` to read: said before any is drafted.
        std::size_t claims = 0;
        for (const Mention& m : mentions_)
            if (claimed(text_, m) && ++claims > limits_.claims)
                throw LimitExceeded(diagnose(source_, m.span.begin,
                                             over_limit("this number would be claim " + std::to_string(claims) +
                                                            " of the skeleton",
                                                        limits_.claims, "--max-claims")));
        limits_.claims -= claims;
        ArticleDraft out;
        out.name = name;
        // Where the next claimed quantity begins, for each mention: words past it are that one's.
        std::vector<std::size_t> next(mentions_.size(), std::string_view::npos);
        for (std::size_t i = mentions_.size(); i-- > 1;)
            next[i - 1] = claimed(text_, mentions_[i]) ? mentions_[i].span.begin : next[i];
        ForwardLocator locator(source_);  // mentions come in order: a long line is walked once
        for (std::size_t i = 0; i < mentions_.size(); ++i) {
            if (i % 1024 == 0) checkpoint_with([&] { return "while drafting claims from " + source_.path(); });
            const Mention& m = mentions_[i];
            checkpoint_with([&] { return "while drafting claims from " + std::string(name); });
            Location at = locator.at(m.span.begin);
            if (claimed(text_, m))
                out.claims.push_back(claim(m, at, next[i]));
            else
                out.set_apart.push_back({m, at});
        }
        return out;
    }

private:
    DraftClaim claim(const Mention& m, Location at, std::size_t next_quantity) const {
        DraftClaim d;
        d.id = slug(m.text);
        d.mention = m;
        d.mention.text = one_line(m.text);
        d.at = at;
        Quote q = quoting_.around(m.span);
        d.quote = q.text;
        d.occurrences = q.occurrences;
        // A quote is written as a string `check` reads (one that is not unique, as a comment).
        if (const std::size_t written = claims_string(q.text).size() - 2; q.occurrences == 1 && written > limits_.token)
            throw LimitExceeded(diagnose(source_, m.span.begin,
                                         over_limit("the quote for this number would be " + std::to_string(written) +
                                                        " characters",
                                                    limits_.token, "--max-token")));
        Hint h = hint(text_, d.mention, q.span, next_quantity, stated(m, vocabulary_), vocabulary_);
        d.what = std::move(h.what);
        d.about = std::move(h.about);
        d.checks = std::move(h.checks);
        return d;
    }

    std::string_view text_;
    SourceFile source_;
    // Found before the quotes are indexed: finding the numbers is the bulk of the work, so a
    // run out of time on a huge article says so whatever the machine's load.
    std::vector<Mention> mentions_;  // in order, disjoint
    Quoting quoting_;
    SkeletonLimits& limits_;
    const Vocabulary& vocabulary_;
};

}  // namespace

ArticleDraft extract(std::string_view name, std::string_view text, const Vocabulary& vocabulary,
                     SkeletonLimits& limits, const std::string& path) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // as SourceFile drops it
    return Drafter(text, path, limits, vocabulary).draft(name);
}

ArticleDraft extract(std::string_view name, std::string_view text, const Vocabulary& vocabulary) {
    SkeletonLimits none{SIZE_MAX, SIZE_MAX};
    return extract(name, text, vocabulary, none, std::string(name));
}

}  // namespace claimcheck
