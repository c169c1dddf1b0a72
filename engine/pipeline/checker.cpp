// Every claim of the target files checked, each check judged and explained: the verdicts, the
// diagnoses and suggested wordings of a run, or the full working of one claim for explain.
#include "engine/pipeline/checker.hpp"

#include "engine/core/progress.hpp"

#include "engine/advice/conflicts.hpp"
#include "engine/core/deadline.hpp"
#include "engine/advice/diagnose.hpp"
#include "engine/advice/grid.hpp"
#include "engine/lang/arithmetic.hpp"
#include "engine/lang/judge.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lang/meaning.hpp"
#include "engine/lang/quantity.hpp"
#include "engine/lang/shape.hpp"
#include "engine/lang/vocabulary.hpp"
#include "engine/core/shown.hpp"
#include "engine/advice/suggest.hpp"
#include "engine/pipeline/prepare.hpp"
#include "engine/pipeline/rank_check.hpp"

#include <algorithm>
#include <tuple>

namespace claimcheck {

namespace {

// "check change(a, b) is 44%" -> "change(a, b) is 44%"
std::string without_keyword(const std::string& text) {
    std::size_t start = text.find_first_not_of(" \t", 5);  // after the keyword
    return start == std::string::npos ? text : text.substr(start);
}

// Every vocabulary definition a reading rests on: the phrase's, then those of the words inside it.
std::vector<const Definition*> applied_definitions(const Meaning& meaning) {
    std::vector<const Definition*> out;
    if (meaning.definition) out.push_back(meaning.definition);
    out.insert(out.end(), meaning.inner.begin(), meaning.inner.end());
    return out;
}

class Runner {
public:
    Runner(const Scopes& scopes, const Analysis& analysis, const Limits& limits, Wordings wordings = Wordings::suggested)
        : scopes_(scopes), evaluator_(scopes, analysis.typed, limits), meanings_(evaluator_), diagnoser_(evaluator_),
          suggester_(evaluator_, meanings_),
          plans_(analysis.plans), wordings_(wordings) {}

    // A claim an apply made: named for the instance, placed at the apply, its checks where the template has them.
    ClaimReport instance_claim(const Module& instance, const ast::Claim& c) {
        const Origin& origin = *instance.origin;
        ClaimReport report = claim(instance, c);
        const ast::Apply& apply = *origin.apply;
        report.template_at = report.file + ":" + std::to_string(report.at.line);
        report.id = origin.instance + "." + c.id.text;
        report.file = origin.into->source.path();
        report.at = origin.into->source.locate(apply);
        report.quote_written_at = report.at;  // the quote is written in the template's file, not this one
        if (apply.article) report.article = *apply.article;  // the apply's expect lines are in the claim (instances.cpp)
        return report;
    }

    ClaimReport claim(const Module& module, const ast::Claim& c) {
        ClaimReport report;
        report.id = c.id.text;
        report.file = module.source.path();
        report.at = module.source.locate(c);
        report.quote_written_at = report.at;  // until a quote line is seen
        report.article = c.article;
        for (const auto& item : c.items) {
            if (const auto* quote = boost::get<ast::Quote>(&item.get()); quote && report.quote.empty()) {
                report.quote = quote->text;
                report.quote_written_at = module.source.locate(*quote);
            }
            if (const auto* expect = boost::get<ast::Expect>(&item.get()))
                std::tie(report.expected, report.expect_at) = std::pair(expect->verdict, module.source.locate(*expect));
            report.last_line = boost::apply_visitor([&](const auto& node) { return module.source.locate(node).line; }, item.get());
            if (const auto* note = boost::get<ast::Note>(&item.get())) report.notes.push_back(note->text);
            if (const auto* check = boost::get<ast::Check>(&item.get())) {
                report.checks.push_back(this->check(module, *check));
                weaken_for_skipped_rows(report.checks.back());
                remember(module, c, *check, report.checks.back());
            }
        }
        if (report.checks.empty()) {
            report.verdict = Verdict::unverifiable;
            report.message = "no check is written for this claim";
        } else {
            report.verdict = Verdict::pass;
            for (const auto& check : report.checks) report.verdict = worse(report.verdict, check.verdict);
        }
        return report;
    }

    const std::vector<StatedQuantity>& statements() const { return stated_; }
    Vocabulary vocabulary(const Program& program) { return program_vocabulary(program, meanings_); }

    std::vector<Conflict> differing_definitions(const Program& program) {
        return definitions_differing(program, evaluator_);
    }

    // A pass that rests on a table read with --lenient, where malformed rows were skipped, is only a
    // warn; total rows kept out of the answers are said.
    void weaken_for_skipped_rows(CheckReport& r) {
        for (const TableInfo* table : evaluator_.take_tables_used()) {
            if (!table->result || table->result->skipped == 0) continue;
            std::string why = std::to_string(table->result->skipped) + " malformed rows of " + table->path +
                              " were skipped (--lenient)";
            r.message = r.message.empty() ? why : r.message + "; " + why;
            if (r.verdict == Verdict::pass) r.verdict = Verdict::warn;
        }
        for (const std::string& note : evaluator_.take_table_notes())
            r.message = r.message.empty() ? note : r.message + "; " + note;
    }

    // Explain the claims one apply made, each check in full.
    std::vector<Explanation> explain_instance(const Module& instance) {
        std::vector<Explanation> out;
        for (const auto& statement : instance.ast) {
            const auto& claim = boost::get<ast::Claim>(statement.get());
            Explanation e;
            e.claim = instance_claim(instance, claim);
            for (const auto& item : claim.items)
                if (const auto* check = boost::get<ast::Check>(&item.get())) e.checks.push_back(explain(instance, *check));
            out.push_back(std::move(e));
        }
        return out;
    }

    // Explain one check: the same verdict, plus the arithmetic and every reading.
    CheckExplanation explain(const Module& module, const ast::Check& c) {
        CheckExplanation out;
        Meaning meaning;
        Trace trace;
        out.report = check(module, c, &meaning, &trace);
        // Each value by the rule the verdict's is shown by, beside the same readings.
        for (const TraceStep& step : trace) {
            out.trace.push_back({step.kind == TraceStep::Kind::figure ? ExplainedStep::Kind::figure : ExplainedStep::Kind::step,
                                 step.depth, step.text,
                                 step.valueless     ? "no value"
                                 : step.value.grid  ? "every " + step.value.grid->of
                                 : step.value.range ? step.value.range->text(step.value.type.unit)
                                                    : shown_exact(step.value.number, step.value.type.unit, meaning),
                                 step.how, {}});
            for (const FilterTrace& f : step.filters)
                out.trace.back().filters.push_back({f.text, f.depth, f.rows, f.first, f.last});
        }
        out.readings.push_back({meaning.strict.description, meaning.strict.interval.text(out.report.interval_unit)});
        for (const auto& r : meaning.lenient)
            out.readings.push_back({r.description, r.interval.text(out.report.interval_unit)});
        for (const Definition* d : applied_definitions(meaning))
            out.definitions.push_back(std::string(d->module->source.text_of(*d->define)));
        return out;
    }

private:
    void remember(const Module& module, const ast::Claim& claim, const ast::Check& check, const CheckReport& r) {
        if (!r.interval || r.interval_negated || module.origin) return;  // instances of one template are no sources
        Statement statement{module.source.path(), r.at, claim.id.text, claim.article, r.claimed, r.verdict};
        stated_.push_back({quantity_key(check.subject, module, scopes_),
                           std::string(module.source.text_of(check.subject)), *r.interval, statement});
    }

    // `seen` and `trace`, when given, receive the meaning used and the subject's arithmetic.
    CheckReport check(const Module& module, const ast::Check& c, Meaning* seen = nullptr, Trace* trace = nullptr) {
        const Doing checking("while checking", module.source, c);
        checkpoint("while checking");
        CheckReport report;
        report.text = without_keyword(evaluator_.source_text(module, c));
        report.file = module.source.path();
        report.at = module.source.locate(c);
        report.ends_at = module.source.locate(check_end(module.source, c));
        if (c.expect) std::tie(report.expected, report.expect_at) = std::pair(c.expect->verdict, module.source.locate(*c.expect));
        const auto* stated = boost::get<ast::Stated>(&c.test.get());
        report.claimed = stated ? evaluator_.source_text(module, *stated)
                                : evaluator_.source_text(module, boost::get<ast::Relation>(c.test.get()));
        try {
            evaluator_.trace_into(trace);
            if (!stated && (rank_checked(c) || !compared_figure(boost::get<ast::Relation>(c.test.get())))) {
                judge_rank(evaluator_, module, c, report);
                evaluator_.trace_into(nullptr);
                return report;
            }
            // A missing figure still leaves what was claimed, which other sources may contradict.
            std::optional<Value> actual;
            std::string missing;
            try {
                actual = evaluator_.expression(c.subject, module);
            } catch (const MissingFigure& figure) {
                missing = figure.what();
            }
            Meaning meaning = stated ? meanings_.stated(module, *stated, plans_.at(&c))
                                     : meanings_.relation(module, boost::get<ast::Relation>(c.test.get()));
            evaluator_.trace_into(nullptr);
            if (seen) *seen = meaning;
            report.reading = meaning.strict.description;
            report.interval = meaning.strict.interval;
            report.interval_negated = meaning.strict.negated;
            for (const Reading& r : meaning.readings) report.alternatives.push_back({r.description, r.interval});
            report.interval_unit = meaning.unit.dimension == Dimension::number && actual ? actual->type.unit : meaning.unit;
            for (const Definition* d : applied_definitions(meaning)) {
                report.definitions.push_back(d->phrase + " (" + d->where() + ")");
                report.definition += (report.definition.empty() ? "" : ", ") + report.definitions.back();
            }
            if (!actual) {
                report.verdict = Verdict::unverifiable;
                report.message = missing;
                return report;
            }
            if (actual->grid) {
                judge_grid(module, c, *actual->grid, actual->type.unit, meaning, report);
                return report;
            }
            Judgement judgement = actual->range ? judge(*actual->range, meaning) : judge(actual->number, meaning);
            report.verdict = judgement.verdict;
            report.actual = actual->number;
            report.actual_range = actual->range;
            report.actual_text = actual->range ? actual->range->text(actual->type.unit)
                                               : shown_value(actual->number, actual->type.unit, meaning, display_places(stated));
            report.actual_decimal = shown_decimal(actual->number, meaning);
            if (judgement.verdict == Verdict::warn) report.message = warn_message(judgement, report.interval_unit);
            if (judgement.verdict == Verdict::warn || judgement.verdict == Verdict::fail)
                explain_miss(module, c, *actual, meaning, judgement, report);
        } catch (const MissingFigure& missing) {
            evaluator_.trace_into(nullptr);
            report.verdict = Verdict::unverifiable;
            report.message = missing.what();
        } catch (const EvalError& failure) {
            evaluator_.trace_into(nullptr);
            report.verdict = Verdict::error;
            report.message = failure.what();
        }
        return report;
    }

    // A granularity check: some whole count must give a value the claim allows.
    void judge_grid(const Module& module, const ast::Check& c, const Grid& grid, Unit unit, const Meaning& meaning,
                    CheckReport& report) {
        report.interval_unit = unit;
        if (auto member = member_in(grid, meaning.strict.interval)) {
            report.verdict = Verdict::pass;
            show_member(*member, grid, unit, meaning, report);
            return;
        }
        // The possible values a wording may rest on: the one a lenient reading took, then those beside the strict one.
        std::vector<Rational> members;
        std::optional<Diagnosis> diagnosis;
        for (const auto& loose : meaning.lenient)
            if (auto member = member_in(grid, loose.interval)) {
                report.verdict = Verdict::warn;
                show_member(*member, grid, unit, meaning, report);
                report.message = "holds only under a lenient reading: " + loose.description + ", " +
                                 loose.interval.text(unit);
                members.push_back(*member);
                diagnosis = diagnoser_.diagnose(module, c.subject, Value{*member, Type{unit, std::nullopt}}, meaning,
                                                Judgement{Verdict::warn, &loose});
                break;
            }
        auto [below, above] = members_beside(grid, meaning.strict.interval);
        if (members.empty()) {
            report.verdict = Verdict::fail;
            std::string nearest;
            for (const auto& m : {below, above})
                if (m) nearest += (nearest.empty() ? "" : " and ") + member_text(grid, *m, unit, meaning);
            report.actual_text = "none possible";
            diagnosis = Diagnosis{DiagnosisCode::granularity, "no " + grid.of + " gives " + report.claimed +
                                                     (nearest.empty() ? "" : "; the nearest are " + nearest), 0};
        }
        if (diagnosis) {
            report.diagnosis = diagnosis->code;
            report.explanation = diagnosis->explanation;
        }
        for (const auto& m : {below, above})
            if (m && std::find(members.begin(), members.end(), *m) == members.end()) members.push_back(*m);
        if (wordings_ == Wordings::suggested) report.suggestions = suggester_.suggest_any(module, c, members, unit, meaning);
    }

    // The possible value a granularity check rests on, as the report shows it.
    static void show_member(const Rational& member, const Grid& grid, Unit unit, const Meaning& meaning,
                            CheckReport& report) {
        report.actual = member;
        report.actual_text = member_text(grid, member, unit, meaning);
        report.actual_decimal = shown_decimal(member, meaning);
    }

    // What went wrong and what would hold instead.
    void explain_miss(const Module& module, const ast::Check& c, const Value& actual, const Meaning& meaning,
                      const Judgement& judgement, CheckReport& report) {
        auto diagnosis = diagnoser_.diagnose(module, c.subject, actual, meaning, judgement);
        if (diagnosis) {
            report.diagnosis = diagnosis->code;
            report.explanation = diagnosis->explanation;
        }
        if (wordings_ == Wordings::suggested) report.suggestions = suggester_.suggest(module, c, actual, meaning, diagnosis);
    }

    const Scopes& scopes_;
    Evaluator evaluator_;
    MeaningBuilder meanings_;
    Diagnoser diagnoser_;
    Suggester suggester_;
    const Plans& plans_;
    const Wordings wordings_;
    std::vector<StatedQuantity> stated_;
};

// The statement of type T a line falls in: its first line or any after it.
template <typename T>
const T* statement_at(const Module& module, int line) {
    for (const auto& statement : module.ast)
        if (const auto* node = boost::get<T>(&statement.get())) {
            int first = module.source.locate(*node).line;
            int last = module.source.locate(module.source.end_of(*node)).line;
            if (first <= line && line <= last) return node;
        }
    return nullptr;
}

}  // namespace

ExplainOutcome explain_line(const Program& program, const Module& module, int line, const TableOptions& tables,
                            const Limits& limits) {
    ExplainOutcome outcome;
    Prepared prepared = prepare(program, tables, limits, outcome.errors);
    if (!outcome.errors.empty()) return outcome;
    const Scopes& scopes = prepared.scopes;
    const Analysis& analysis = prepared.analysis;
    if (const auto* apply = statement_at<ast::Apply>(module, line)) {
        outcome.explanations = Runner(scopes, analysis, limits).explain_instance(*prepared.instances.made_by(*apply));
        return outcome;
    }
    const ast::Claim* claim = statement_at<ast::Claim>(module, line);
    if (!claim) return outcome;
    Runner runner(scopes, analysis, limits);
    Explanation explanation;
    explanation.claim = runner.claim(module, *claim);
    std::vector<const ast::Check*> checks;
    for (const auto& item : claim->items)
        if (const auto* check = boost::get<ast::Check>(&item.get())) checks.push_back(check);
    bool on_a_check = std::any_of(checks.begin(), checks.end(),
                                  [&](const ast::Check* c) { return module.source.locate(*c).line == line; });
    for (const ast::Check* check : checks)
        if (!on_a_check || module.source.locate(*check).line == line)
            explanation.checks.push_back(Runner(scopes, analysis, limits).explain(module, *check));
    outcome.explanations.push_back(std::move(explanation));
    return outcome;
}

CheckOutcome check_program(const Program& program, const TableOptions& tables, const Limits& limits, Wordings wordings) {
    CheckOutcome outcome;
    Prepared prepared = prepare(program, tables, limits, outcome.errors);
    if (!outcome.errors.empty()) return outcome;
    const Scopes& scopes = prepared.scopes;
    Runner runner(scopes, prepared.analysis, limits, wordings);
    std::uint64_t claims = 0;  // written and made by `apply`, for the progress line
    for (const Module* module : program.targets())
        for (const auto& statement : module->ast) {
            claims += boost::get<ast::Claim>(&statement.get()) != nullptr;
            if (const auto* apply = boost::get<ast::Apply>(&statement.get())) claims += prepared.instances.made_by(*apply)->ast.size();
        }
    ProgressOf progress("claims", claims, Progress::Unit::claims);
    // Before each claim: is there room and time for it?
    auto next_claim = [&](const Module& module, const boost::spirit::x3::position_tagged& at) {
        progress.add(1);
        if (outcome.report.claims.size() >= limits.max_claims)
            throw LimitExceeded(diagnose(module.source, at,
                                         over_limit("more claims than allowed", limits.max_claims, "--max-claims")));
        checkpoint_at("while checking", module.source, at);
    };
    for (const Module* module : program.targets())
        for (const auto& statement : module->ast) {
            if (const auto* claim = boost::get<ast::Claim>(&statement.get())) {
                next_claim(*module, *claim);
                outcome.report.claims.push_back(runner.claim(*module, *claim));
            }
            if (const auto* apply = boost::get<ast::Apply>(&statement.get())) {
                const Module& instance = *prepared.instances.made_by(*apply);
                for (const auto& made : instance.ast) {
                    next_claim(*module, *apply);
                    outcome.report.claims.push_back(runner.instance_claim(instance, boost::get<ast::Claim>(made.get())));
                }
            }
        }
    outcome.vocabulary = runner.vocabulary(program);
    outcome.report.conflicts = conflicts_among(runner.statements());
    for (auto& differing : runner.differing_definitions(program)) outcome.report.conflicts.push_back(differing);
    for (const auto& use : table_uses(scopes))
        outcome.report.tables.push_back({use.path, use.rows, use.skipped, use.bytes});
    return outcome;
}

}  // namespace claimcheck
