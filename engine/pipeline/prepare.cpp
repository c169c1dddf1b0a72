// Binding, expansion, type checking and table scans, in pipeline order, before any claim is checked.
#include "engine/pipeline/prepare.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

void dedupe(std::vector<Diagnostic>& errors) {
    sort_diagnostics(errors);
    errors.erase(std::unique(errors.begin(), errors.end(),
                             [](const Diagnostic& a, const Diagnostic& b) { return a.render() == b.render(); }),
                 errors.end());
}

}  // namespace

Prepared prepare(const Program& program, const TableOptions& tables, const Limits& limits,
                 std::vector<Diagnostic>& errors) {
    Prepared out;
    out.scopes = bind(program, errors);
    read_schemas(program, out.scopes, tables, errors);
    out.instances = expand(program, out.scopes, errors);
    out.analysis = analyze(program, out.instances, out.scopes, errors, limits.parse.max_depth);
    if (errors.empty()) scan_tables(out.scopes, out.analysis.typed.scans, tables, errors);
    dedupe(errors);
    return out;
}

}  // namespace claimcheck
