// Drafting: candidates from the data, tried in one run, ranked statement by statement.
#include "engine/draft/draft.hpp"

#include "engine/articles/words.hpp"
#include "engine/core/deadline.hpp"
#include "engine/draft/aggregates.hpp"
#include "engine/draft/data.hpp"
#include "engine/draft/hint_template.hpp"
#include "engine/extract/skeleton.hpp"
#include "engine/lang/loader.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

// Candidates tried per hint check: enough for the right one to be among them when the text
// names it, few enough that a 300-figure data file stays fast.
constexpr std::size_t candidates_kept = 48;

// The relevance (tenths) at which the words name a figure plainly enough for a fail no known
// mistake explains to be drafted ("Hundreds ... in the Thames Valley": the Thames Valley's
// figure, two rare words next to it); and, lower, for a figure the data says is missing.
constexpr int named_plainly = 120;
constexpr int named_missing = 100;
// How far (tenths) the words must favour such a fail over any candidate of other figures.
constexpr int singling = 15;
constexpr int loose_narrower = 30;
constexpr int hardly_named = 15;  // below this relevance a match in a wide interval is all but unnamed

std::string header_for(const std::vector<std::string>& data, const fs::path& as_if) {
    std::string out;
    const fs::path dir = fs::absolute(as_if).parent_path();
    for (const auto& d : data)
        out += "use " + claims_string(fs::absolute(d).lexically_normal().lexically_relative(dir).generic_string()) + "\n";
    return out + "use house-style\n";
}

// A slip of a digit or a part given for the whole "explains" a fail of almost any figure
// against almost any number: among hundreds of candidates, one will match that way by chance.
bool weak(DiagnosisCode code) {
    switch (code) {
    case DiagnosisCode::transposed_digits:
    case DiagnosisCode::wrong_digit:
    case DiagnosisCode::misplaced_point:
    case DiagnosisCode::part_as_whole: return true;
    default: return false;
    }
}

// A verdict that holds, or a fail a known mistake explains exactly, counts for a candidate,
// the more the narrower the printed figure (a mistake that turns 170 into "2" explains
// nothing). A missing figure counts against it, and any other fail more: it wins only where
// the words name its figures plainly.
// A part given for the whole is no chance match where the words name the total part by part.
int verdict_points(const Proposal& p) {
    const Trial& t = p.trial;
    const bool strong = t.diagnosis && (!weak(*t.diagnosis) || (*t.diagnosis == DiagnosisCode::part_as_whole &&
                                                                p.candidate.total_named));
    switch (t.verdict) {
    case Verdict::pass: return 20 + t.specificity;
    case Verdict::warn: return 15 + t.specificity;
    case Verdict::fail:
        return strong && t.specificity >= 30 ? 15 + t.specificity : -60;
    case Verdict::unverifiable: return -60;
    default: return -60;
    }
}

bool explained(const Proposal& p) { return verdict_points(p) > 0; }

// Arithmetic across quantities held to a vague figure ("more than 100", "a quarter"): many
// such land in its interval by chance, so the words must point to them more plainly, the more
// the vaguer the figure. The relevance (with continuity and agreement) they need.
int loose_needs(const Proposal& p) {
    const auto& groups = p.candidate.groups;
    const bool across = std::adjacent_find(groups.begin(), groups.end(), std::not_equal_to<>()) != groups.end();
    return !across ? 0 : p.trial.specificity <= 15 ? 60 : p.trial.specificity <= 30 ? loose_narrower : 0;
}

// A share of more than the whole is a part and a whole the wrong way round.
bool impossible(const Proposal& p) {
    return p.candidate.check.starts_with("share(") && p.trial.value && *p.trial.value > 1;
}

// Whether one check's subject is written inside another's, both with the same test:
// "sum(t.a) is 402" inside "sum(t.a) + sum(t.b) is 402".
bool within(const std::string& part, const std::string& whole) {
    const std::size_t test = part.rfind(" is ");
    if (test == std::string::npos || !whole.ends_with(std::string_view(part).substr(test))) return false;
    return whole.find(std::string_view(part).substr(0, test)) < whole.size() - (part.size() - test);
}

struct Pending {
    std::size_t article, statement;
    Candidate candidate;
    std::size_t check;  // index into the checks tried
};

// Scores and orders one statement's proposals. `neighbours`: the groups of the figures the
// statements around it rest on, once for each; `elsewhere`: checks drafted for the same
// words in the run's other articles, once for each. A candidate that merely lands in the interval never wins on that
// alone: the text must point to it, and an unexplained fail or a missing figure must be
// what the words name.
void rank(DraftedStatement& s, const std::multiset<std::string>& neighbours, const std::set<std::string>& before,
          const std::multiset<std::string>& elsewhere) {
    // "a quarter of them": a share of what a statement before counted, or none.
    auto whole_counted_before = [&](const Proposal& p) {
        return std::any_of(p.candidate.wholes.begin(), p.candidate.wholes.end(),
                           [&](const std::string& g) { return before.count(g) > 0; });
    };
    auto of_before = [&](const Proposal& p) { return !s.whole_before || whole_counted_before(p); };
    // Words that name some figure plainly outweigh a match in a wide interval by figures they
    // hardly name: "more than 100 households housed outside the borough" is not the 1,104
    // households helped, however well 1,104 fits. A narrow match (538 exactly) is no chance.
    // The plainest named a figure the statement could be about: one within a factor of two of
    // the number, or one the data lacks (1.2 complaints a day is nothing "39,000 passengers"
    // could mean). Any figure named plainly still outweighs a match the words hardly name at all.
    const Proposal *plainest = nullptr, *plainest_of_all = nullptr;
    for (const Proposal& p : s.ranked) {
        if ((p.trial.near_miss || p.trial.verdict == Verdict::unverifiable || explained(p)) &&
            (!plainest || p.candidate.relevance > plainest->candidate.relevance))
            plainest = &p;
        if (!plainest_of_all || p.candidate.relevance > plainest_of_all->candidate.relevance) plainest_of_all = &p;
    }
    auto shadowed_by = [&](const Proposal& p, const Proposal* named_one, int below) {
        if (!named_one || named_one->candidate.relevance < named_plainly || p.trial.specificity > 30 ||
            p.candidate.relevance >= below)
            return false;
        const auto& named = named_one->candidate.groups;  // arithmetic on the named figure is what it names
        return std::none_of(p.candidate.groups.begin(), p.candidate.groups.end(), [&](const std::string& g) {
            return std::find(named.begin(), named.end(), g) != named.end();
        });
    };
    // A figure the data lacks, named more plainly than the figures of arithmetic that lands in a
    // wide interval, is what the words are about: "as many as 8% of bookings are resold" is the
    // missing share resold, not 24 weeks over 309 centres, however near 8% that lands. A figure
    // alone that lands there is no such chance ("more than 50 ... in Cambridgeshire": its 53).
    const Proposal* missing = nullptr;
    for (const Proposal& p : s.ranked)
        if (p.trial.verdict == Verdict::unverifiable && p.candidate.operations == 0 &&
            (!missing || p.candidate.relevance > missing->candidate.relevance))
            missing = &p;
    auto overshadowed = [&](const Proposal& p) {
        return shadowed_by(p, plainest, plainest ? (plainest->candidate.relevance + 1) / 2 : 0) ||
               shadowed_by(p, plainest_of_all, hardly_named) ||
               (p.candidate.operations > 0 && shadowed_by(p, missing, missing ? missing->candidate.relevance : 0));
    };
    // A fail nothing explains must be what the words single out: no candidate of other figures
    // comes near it in relevance ("conceded 20 league goals": goals for, or against?).
    auto singled_out = [&](const Proposal& p) {
        return std::none_of(s.ranked.begin(), s.ranked.end(), [&](const Proposal& q) {
            return q.candidate.relevance + singling > p.candidate.relevance &&
                   std::none_of(q.candidate.groups.begin(), q.candidate.groups.end(), [&](const std::string& g) {
                       return std::find(p.candidate.groups.begin(), p.candidate.groups.end(), g) != p.candidate.groups.end();
                   });
        });
    };
    for (Proposal& p : s.ranked) {
        const std::set<std::string> groups(p.candidate.groups.begin(), p.candidate.groups.end());
        int continuity = 0;
        for (const auto& g : groups) continuity = std::max(continuity, 10 * static_cast<int>(neighbours.count(g)));
        const int agreement = std::min<int>(30, 10 * static_cast<int>(elsewhere.count(p.candidate.check)));
        // "296 of the new homes ..., or 22% of the total": the words point back to the part and
        // the whole the statements before counted, as plainly as if they named them.
        const bool all_before = std::all_of(groups.begin(), groups.end(), [&](const std::string& g) { return before.count(g) > 0; });
        const int pointed_back = s.whole_before && all_before ? loose_narrower : 0;
        const int relevance = p.candidate.relevance;
        p.score = relevance - 5 * p.candidate.operations + verdict_points(p) + continuity + agreement;
        // A slip of a digit or the point (£23.1m for £2.31m) explains a fail when the words name the figure plainly.
        const bool slip = p.trial.diagnosis && weak(*p.trial.diagnosis);
        p.eligible = !impossible(p) && p.trial.verdict != Verdict::error && of_before(p) &&
                     (explained(p) ? relevance + continuity + agreement + pointed_back > loose_needs(p) &&
                                                                  !overshadowed(p)
                      : p.trial.verdict == Verdict::fail ? (p.trial.near_miss || slip) && relevance >= named_plainly &&
                                                               singled_out(p)
                                                         : relevance >= named_missing);
    }
    // A total the words name part by part, or by what the table counts, is the total, not one
    // of its parts alone: a part's check is written inside the total's.
    for (const Proposal& total : s.ranked)
        if (total.eligible && total.candidate.total_named && total.trial.diagnosis == DiagnosisCode::part_as_whole)
            for (Proposal& p : s.ranked)
                if (&p != &total && p.candidate.groups.size() == 1 && within(p.candidate.check, total.candidate.check))
                    p.eligible = false;
    // The other way round, a narrow match the words point to is no chance: a figure the words
    // name that misses the printed number does not win over one that gives it exactly.
    const bool matched = std::any_of(s.ranked.begin(), s.ranked.end(), [](const Proposal& p) {
        return p.eligible && explained(p) && p.trial.specificity >= 80;
    });
    if (matched)
        for (Proposal& p : s.ranked)
            if (!explained(p) && p.trial.verdict == Verdict::fail) p.eligible = false;
    std::stable_sort(s.ranked.begin(), s.ranked.end(), [](const Proposal& a, const Proposal& b) {
        if (a.eligible != b.eligible) return a.eligible;
        return a.score != b.score ? a.score > b.score : a.candidate.check < b.candidate.check;
    });
    s.drafted = !s.ranked.empty() && s.ranked.front().eligible;
    s.tie = s.drafted && s.ranked.size() > 1 && s.ranked[1].eligible && s.ranked[0].score == s.ranked[1].score &&
            s.ranked[0].trial.verdict != s.ranked[1].trial.verdict;
    s.reason.clear();
    if (s.drafted) return;
    const bool unknown_word = s.claim.checks.empty() || s.claim.checks.front().find("<number>") != std::string::npos;
    s.reason = !s.ranked.empty() ? "no figure's words match \"" + s.claim.what + "\""
               : unknown_word    ? s.claim.about
                                 : "no figure in the data for \"" + s.claim.what + "\"";
}

// A hint's placeholders say what the statement is about ("<youngest age>"): their words
// count as the statement's own. The words of its number do not ("three times as many":
// "times" is the number, not "waiting times"): they say how much, not of what.
Context with_placeholder_words(Context context, const std::string& hint) {
    if (const auto t = read_template(hint))
        for (const auto& w : content_words(t->test)) context.near.erase(w.word);
    for (std::size_t open = hint.find('<'); open != std::string::npos; open = hint.find('<', open + 1)) {
        std::size_t close = hint.find('>', open);
        if (close == std::string::npos) break;
        for (auto& w : content_words(std::string_view(hint).substr(open + 1, close - open - 1)))
            context.near.insert(std::move(w.word));
    }
    return context;
}

// Each figure's exact value, from the engine, for candidates to be tried nearest the printed
// number first.
std::vector<Diagnostic> value_figures(Data& data, const std::string& header, const fs::path& as_if,
                                      const PipelineOptions& options) {
    std::vector<std::string> checks;
    for (const DataFigure& f : data.figures) checks.push_back(f.name + " is 0");
    TrialOutcome valued = try_checks(header, checks, as_if, options);
    for (std::size_t i = 0; i < data.figures.size() && valued.errors.empty(); ++i)
        if (valued.trials[i]) data.figures[i].value = valued.trials[i]->value;
    return valued.errors;
}

std::string words_key(const DraftClaim& c) { return lower(one_line(c.mention.text)); }

// The groups of the figures each statement's drafted check rests on.
using Choices = std::vector<std::vector<std::set<std::string>>>;

Choices choices_of(const std::vector<DraftedArticle>& articles) {
    Choices out;
    for (const auto& article : articles) {
        auto& groups = out.emplace_back();
        for (const auto& s : article.statements) {
            auto& g = groups.emplace_back();
            if (s.drafted) g.insert(s.ranked.front().candidate.groups.begin(), s.ranked.front().candidate.groups.end());
        }
    }
    return out;
}

// Ranks every statement, article by article in order. The first time, a statement's
// neighbours are the two drafted before it; after that (`before` given), the two on each side
// as the pass before drafted them. `drafted_for` maps a statement's words to the checks
// drafted for them, by article, in the pass before.
void rank_all(std::vector<DraftedArticle>& articles, const Choices& before,
              const std::map<std::string, std::multimap<std::size_t, std::string>>& drafted_for) {
    for (std::size_t a = 0; a < articles.size(); ++a) {
        auto& statements = articles[a].statements;
        std::vector<std::set<std::string>> chosen(statements.size());
        for (std::size_t i = 0; i < statements.size(); ++i) {
            DraftedStatement& s = statements[i];
            checkpoint_with([&] { return "while ranking drafts for " + articles[a].extracted.name; });
            std::multiset<std::string> neighbours;
            std::set<std::string> earlier;  // what the two statements before it rest on
            for (std::size_t j = i >= 2 ? i - 2 : 0; j < std::min(statements.size(), i + 3); ++j) {
                if (j == i || (before.empty() && j > i)) continue;
                const auto& groups = before.empty() ? chosen[j] : before[a][j];
                neighbours.insert(groups.begin(), groups.end());
                if (j < i) earlier.insert(groups.begin(), groups.end());
            }
            std::multiset<std::string> elsewhere;
            if (auto it = drafted_for.find(words_key(s.claim)); it != drafted_for.end())
                for (const auto& [article, check] : it->second)
                    if (article != a) elsewhere.insert(check);
            rank(s, neighbours, earlier, elsewhere);
            if (s.drafted) chosen[i].insert(s.ranked.front().candidate.groups.begin(), s.ranked.front().candidate.groups.end());
        }
    }
}

}  // namespace

DraftOutcome draft(std::vector<ArticleDraft> articles, const std::vector<std::string>& texts,
                   const std::vector<std::string>& data_files, const fs::path& as_if, const PipelineOptions& options) {
    DraftOutcome out;
    out.header = header_for(data_files, as_if);
    LoadResult loaded = load_text(as_if, out.header, load_options(options));
    if (!loaded.errors.empty()) {
        out.errors = std::move(loaded.errors);
        return out;
    }
    Data data = read_data(loaded.program);
    sample_tables(data, loaded.program, table_options(options));
    if (auto errors = value_figures(data, out.header, as_if, options); !errors.empty()) {
        out.errors = std::move(errors);
        return out;
    }
    const Relevance relevance(data);

    std::vector<std::string> checks;
    std::map<std::string, std::size_t> tried;  // a check written once, however many statements it fits
    std::vector<Pending> pending;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        DraftedArticle drafted;
        drafted.extracted = std::move(articles[a]);
        const auto& claims = drafted.extracted.claims;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            const DraftClaim& claim = claims[i];
            checkpoint_with([&] { return "while drafting checks for " + drafted.extracted.name; });
            // A rank ("the worst month") names no figure: the words beside it still describe the figures near it.
            auto figure = [&](std::size_t k) { return claims[k].mention.kind != MentionKind::rank; };
            std::size_t before = i, after = i + 1;
            while (before > 0 && !figure(before - 1)) --before;
            while (after < claims.size() && !figure(after)) ++after;
            const Span others{before > 0 ? claims[before - 1].mention.span.end : 0,
                              after < claims.size() ? claims[after].mention.span.begin : texts[a].size()};
            Context around = context_of(texts[a], claim.mention.span, others);
            around.rank = std::any_of(claim.checks.begin(), claim.checks.end(), [](const std::string& c) {
                return c.starts_with("top(") || c.starts_with("bottom(");
            });
            const std::vector<DataFigure> table_aggregates = aggregates(data, around);
            std::set<std::string> seen;  // two hint checks may give the same candidate
            for (const std::string& hint : claim.checks)
                for (Candidate& c : candidates(hint, data, table_aggregates, relevance,
                                              with_placeholder_words(around, hint), candidates_kept)) {
                    if (!seen.insert(c.check).second) continue;
                    auto [it, fresh] = tried.try_emplace(c.check, checks.size());
                    if (fresh) checks.push_back(c.check);
                    pending.push_back({a, drafted.statements.size(), std::move(c), it->second});
                }
            // Only a share is "of them": "7,204 of them were for children" is a count.
            const bool share = std::any_of(claim.checks.begin(), claim.checks.end(),
                                           [](const std::string& c) { return c.starts_with("share("); });
            drafted.statements.push_back(DraftedStatement{claim, {}, false, false, {}, share && around.whole_before});
        }
        out.articles.push_back(std::move(drafted));
    }

    TrialOutcome trials = try_checks(out.header, checks, as_if, options);
    if (!trials.errors.empty()) {
        out.errors = std::move(trials.errors);
        return out;
    }
    for (Pending& p : pending)
        if (const auto& trial = trials.trials[p.check])
            out.articles[p.article].statements[p.statement].ranked.push_back({std::move(p.candidate), *trial, 0});

    // Twice: the second time, the statements after each count for it as those before did, and
    // so does a check drafted for the same words in another article.
    rank_all(out.articles, {}, {});
    std::map<std::string, std::multimap<std::size_t, std::string>> drafted_for;
    for (std::size_t a = 0; a < out.articles.size(); ++a)
        for (const DraftedStatement& s : out.articles[a].statements)
            if (s.drafted) drafted_for[words_key(s.claim)].emplace(a, s.ranked.front().candidate.check);
    rank_all(out.articles, choices_of(out.articles), drafted_for);
    return out;
}

}  // namespace claimcheck
