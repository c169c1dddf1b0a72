#include "engine/pipeline/explain_at.hpp"

#include "engine/core/inert.hpp"
#include "engine/lang/applies.hpp"
#include "engine/pipeline/checker.hpp"

#include <filesystem>
#include <optional>
#include <utility>

namespace claimcheck {

namespace {

// Lines of the file, by its own line ends (LF, CRLF or CR): a last line without one counts.
int lines_in(const SourceFile& source) {
    const std::string& text = source.text();
    const int last = source.locate(text.size()).line;
    return text.empty() || text.back() == '\n' || text.back() == '\r' ? last - 1 : last;
}

// "; the nearest are the claim at line 5 and the apply at line 9": what the reader may have meant.
std::string nearest_claims(const Module& module, int line) {
    std::optional<std::pair<int, std::string>> before, after;
    for (const auto& statement : module.ast) {
        std::optional<std::pair<int, std::string>> found;
        if (const auto* claim = boost::get<ast::Claim>(&statement.get()))
            found = {{module.source.locate(*claim).line, "the claim at line "}};
        if (const auto* apply = boost::get<ast::Apply>(&statement.get()))
            found = {{module.source.locate(*apply).line, "the apply at line "}};
        if (!found) continue;
        if (found->first < line) before = found;
        if (found->first > line && !after) after = found;
    }
    std::vector<std::string> near;
    for (const auto& found : {before, after})
        if (found) near.push_back(found->second + std::to_string(found->first));
    if (near.empty()) return "; the file makes no claim and applies no template";
    return near.size() == 1 ? "; the nearest is " + near[0] : "; the nearest are " + near[0] + " and " + near[1];
}

// A template's line makes no claim: say which applies make its claims. They are
// looked for in the template file's directory, where a newsroom keeps them.
std::string applies_instead(const PipelineOptions& options, const Module& module, const ast::Template& t, int line) {
    std::string out = "line " + std::to_string(line) + " of " + inert(module.source.path()) + " is inside template " +
                      t.name.text + ", which makes claims only where it is applied";
    const std::filesystem::path directory = std::filesystem::path(module.source.path()).parent_path();
    const std::string where = directory.empty() ? "." : directory.string();
    LoadResult around = load({where}, load_options(options));
    const std::vector<std::string> applies = applies_of(around.program, module.source.path(), t.name.text);
    if (applies.empty()) return out + "; no file in " + inert(where) + " applies it";
    out += "; explain one of its applies instead:";
    for (const auto& at : applies) out += "\n  claimcheck explain " + inert(at);
    return out;
}

}  // namespace

ExplainAtOutcome explain_at(const std::string& file, const std::string& digits, const PipelineOptions& options) {
    ExplainAtOutcome out;
    LoadResult loaded = load({file}, load_options(options));
    if (!loaded.errors.empty()) {
        out.errors = std::move(loaded.errors);
        return out;
    }
    const Module& module = *loaded.program.targets().front();
    const int lines = lines_in(module.source);
    // More digits than any file's lines have: past the end, however many there are.
    if (digits.size() > 9 || std::stoi(digits) > lines) {
        out.nothing_here = "explain: line " + digits + " is past the end of " + inert(file) + ", which has " +
                           std::to_string(lines) + (lines == 1 ? " line" : " lines");
        return out;
    }
    const int line = std::stoi(digits);
    ExplainOutcome explained;
    TableOptions tables = table_options(options);
    tables.scan.filter_rows = true;  // the rows each part of each `where` held for, in the same one scan
    try {
        explained = explain_line(loaded.program, module, line, tables, options.limits);
    } catch (const LimitExceeded& limit) {
        out.errors.push_back(limit.diagnostic);
        return out;
    }
    out.errors = std::move(explained.errors);
    out.explanations = std::move(explained.explanations);
    if (!out.errors.empty() || !out.explanations.empty()) return out;
    if (const ast::Template* t = template_at(module, line))
        out.nothing_here = applies_instead(options, module, *t, line);
    else
        out.nothing_here = "no claim or apply at " + inert(file) + ":" + std::to_string(line) + nearest_claims(module, line);
    return out;
}

}  // namespace claimcheck
