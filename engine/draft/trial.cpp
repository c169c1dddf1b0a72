// Running candidate checks through the whole engine, dropping the ones it refuses.
#include "engine/draft/trial.hpp"

#include "engine/lang/loader.hpp"
#include "engine/pipeline/checker.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

struct Batch {
    std::string text;
    std::map<int, std::size_t> check_at_line;  // the line each candidate's claim starts on, and its check's
    std::vector<std::size_t> order;            // the candidates written, in claim order
};

int lines_in(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

Batch batch_of(const std::string& header, const std::vector<std::string>& checks, const std::vector<bool>& dropped) {
    Batch b;
    b.text = header;
    int line = lines_in(header) + 1;
    for (std::size_t i = 0; i < checks.size(); ++i) {
        if (dropped[i]) continue;
        b.text += "claim c" + std::to_string(i) + " in \"candidates\":\n  quote \"c" + std::to_string(i) + "\"\n  check " + checks[i] + "\n";
        for (int k = 0; k < 3; ++k) b.check_at_line[line + k] = i;
        b.order.push_back(i);
        line += 3;
    }
    return b;
}

// Drops the candidates the errors point at; false when an error is elsewhere (in the data).
bool drop_refused(const std::vector<Diagnostic>& errors, const std::string& path, const Batch& batch,
                  std::vector<bool>& dropped) {
    bool all_ours = true;
    for (const Diagnostic& e : errors) {
        auto at = batch.check_at_line.find(e.at.line);
        if (e.path == path && at != batch.check_at_line.end()) dropped[at->second] = true;
        else all_ours = false;
    }
    return all_ours;
}

int specificity(const CheckReport& c) {
    if (!c.interval || !c.interval->low || !c.interval->high) return 15;
    const Rational low = c.interval->low->value, high = c.interval->high->value;
    const Rational size = std::max(abs(low), abs(high));
    if (size == 0) return 15;
    const Rational width = (high - low) / size;
    return width <= Rational(1, 500) ? 200 : width <= Rational(1, 50) ? 80 : width <= Rational(1, 10) ? 30 : 15;
}

bool near_miss(const CheckReport& c) {
    if (!c.actual || !c.interval) return false;
    const Rational x = abs(*c.actual);
    const bool above_low = !c.interval->low || x * 2 >= abs(c.interval->low->value);
    const bool below_high = !c.interval->high || x <= abs(c.interval->high->value) * 2;
    return above_low && below_high;
}

}  // namespace

TrialOutcome try_checks(const std::string& header, const std::vector<std::string>& checks,
                        const std::filesystem::path& as_if, const PipelineOptions& options) {
    TrialOutcome out;
    out.trials.resize(checks.size());
    std::vector<bool> dropped(checks.size(), false);
    Limits limits = options.limits;
    limits.max_claims = std::max(limits.max_claims, checks.size() + 1);
    LoadOptions load{options.rules_dir, options.root, options.allow_outside, limits};
    // Each round drops what the language refused; a parse error names one line at a time.
    for (std::size_t round = 0; round <= checks.size(); ++round) {
        Batch batch = batch_of(header, checks, dropped);
        LoadResult loaded = load_text(as_if, batch.text, load);
        std::vector<Diagnostic> errors = std::move(loaded.errors);
        CheckOutcome checked;
        if (errors.empty()) {
            checked = check_program(loaded.program, table_options(options), limits, Wordings::left_out);
            errors = std::move(checked.errors);
        }
        if (!errors.empty()) {
            const std::string path = loaded.program.modules.empty() ? as_if.lexically_normal().string()
                                                                     : loaded.program.modules.front()->source.path();
            if (!drop_refused(errors, path, batch, dropped)) {
                out.errors = std::move(errors);
                return out;
            }
            continue;
        }
        const auto& claims = checked.report.claims;
        for (std::size_t k = 0; k < claims.size() && k < batch.order.size(); ++k) {
            if (claims[k].checks.empty()) continue;
            const CheckReport& c = claims[k].checks.front();
            out.trials[batch.order[k]] = Trial{c.verdict, c.diagnosis, c.actual_text, specificity(c), c.actual, near_miss(c)};
        }
        return out;
    }
    return out;
}

}  // namespace claimcheck
