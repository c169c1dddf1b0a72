// Hover text: declarations as written, the check's reading, and explain's arithmetic.
#include "engine/lsp/hover.hpp"

#include "engine/core/deadline.hpp"
#include "engine/core/paths.hpp"
#include "engine/lsp/positions.hpp"
#include "engine/lsp/symbols.hpp"
#include "engine/pipeline/checker.hpp"
#include "engine/report/writers.hpp"

#include <sstream>

namespace claimcheck::lsp {

namespace {

std::string where(const Module& module, std::size_t offset) {
    return display_path(module.source.path()) + ":" + std::to_string(module.source.locate(offset).line);
}

std::string block(std::string_view code, std::string_view language) {
    return "```" + std::string(language) + "\n" + std::string(code) + "\n```\n";
}

// The claim of the report written over `line` (1-based) of the file checked.
const ClaimReport* claim_over(const DocumentCheck& analysis, int line) {
    if (!analysis.report) return nullptr;
    for (const auto& claim : analysis.report->claims)
        if (same_file(claim.file, analysis.path) && claim.at.line <= line && line <= claim.last_line) return &claim;
    return nullptr;
}

std::string declared(const Symbol& symbol) {
    const Module& module = *symbol.module;
    const SourceFile& source = module.source;
    switch (symbol.kind) {
    case SymbolKind::figure: {
        std::string out = "**" + symbol.name + "** (figure)\n\n" + block(source.text_of(*symbol.let), "claims") +
                          "defined at " + where(module, source.begin_of(*symbol.let));
        if (const ast::SourceDecl* from = declared_source(module, *symbol.let)) out += "\n\nsource: " + from->description;
        return out;
    }
    case SymbolKind::table:
        return "**" + symbol.name + "** (table from \"" + symbol.table->file + "\")\n\ndeclared at " +
               where(module, source.begin_of(*symbol.table));
    case SymbolKind::column:
        return "**" + symbol.name + "** (column)\n\n" + block(source.text_of(*symbol.column), "claims") + "declared at " +
               where(module, source.begin_of(*symbol.column));
    case SymbolKind::phrase:
        return "**" + symbol.definition->phrase + "** (vocabulary)\n\n" +
               block(source.text_of(*symbol.definition->define), "claims") + "defined at " + symbol.definition->where();
    }
    return "";
}

// The check written on `line` (1-based), if the report has one there.
const CheckReport* check_on(const ClaimReport& claim, int line) {
    for (const auto& check : claim.checks)
        if (check.at.line == line) return &check;
    return nullptr;
}

std::string explained(const DocumentCheck& analysis, int line, const PipelineOptions& options) {
    Limits limits = options.limits;
    limits.started = Deadline::Clock::now();
    const Deadline deadline(limits);
    const Deadline::Scope in_time(deadline);
    Budget budget(limits);
    const Budget::Scope in_budget(budget);
    TableOptions tables = table_options(options);
    tables.scan.filter_rows = true;  // the rows each part of a `where` held for, as explain shows them
    ExplainOutcome outcome;
    try {
        outcome = explain_line(analysis.program, *analysis.module(), line, tables, limits);
    } catch (const LimitExceeded& limit) {
        return limit.diagnostic.message;
    }
    std::ostringstream out;
    for (const auto& explanation : outcome.explanations) report::write_explanation(out, explanation);
    return out.str();
}

}  // namespace

nlohmann::json hover(const DocumentCheck& analysis, std::string_view text, std::size_t offset, const PipelineOptions& options) {
    const LineIndex index(text);
    const int line = index.at(offset).line + 1;
    const ClaimReport* claim = claim_over(analysis, line);
    std::string value;
    std::optional<Range> range;
    if (auto symbol = symbol_at(analysis, text, offset)) {
        value = declared(*symbol);
        range = Range{index.at(symbol->begin), index.at(symbol->end)};
        const CheckReport* check = claim ? check_on(*claim, line) : nullptr;
        if (symbol->kind == SymbolKind::phrase && check && check->interval)
            value += "\n\nhere: claimed " + check->claimed + " = " + report::interval_text(*check) +
                     (check->actual_text.empty() ? "" : ", actual " + check->actual_text);
    } else if (claim && analysis.module() && analysis.report) {
        const std::string steps = explained(analysis, line, options);
        if (!steps.empty()) value = block(steps, "text");
    }
    if (value.empty()) return nullptr;
    nlohmann::json out = {{"contents", {{"kind", "markdown"}, {"value", value}}}};
    if (range) out["range"] = to_json(*range);
    return out;
}

}  // namespace claimcheck::lsp
