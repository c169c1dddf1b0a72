// Completion items from the scope, the function registries (builtins, aggregates, ranks) and the vocabulary.
#include "engine/lsp/completion.hpp"

#include "engine/lang/builtins.hpp"
#include "engine/lang/ranks.hpp"
#include "engine/lsp/symbols.hpp"

#include <set>

namespace claimcheck::lsp {

namespace {

nlohmann::json item(const std::string& label, CompletionKind kind, const std::string& detail) {
    return {{"label", label}, {"kind", static_cast<int>(kind)}, {"detail", detail}};
}

// "more than N" is typed as "more than": the number is the writer's.
std::string without_n(const std::string& phrase) {
    std::string out;
    for (const auto& word : phrase_words(phrase))
        if (word != "N") out += (out.empty() ? "" : " ") + word;
    return out;
}

}  // namespace

nlohmann::json completion(const DocumentCheck& analysis) {
    nlohmann::json items = nlohmann::json::array();
    std::set<std::string> functions;
    for (const auto& builtin : builtins()) {
        nlohmann::json entry = item(std::string(builtin.name), CompletionKind::function, std::string(builtin.signature));
        entry["documentation"] = std::string(builtin.summary);
        items.push_back(std::move(entry));
        functions.insert(std::string(builtin.name));
    }
    // The functions read by name elsewhere: a table's aggregates, and the ranks of a grouped one.
    for (Aggregate aggregate : all_aggregates)
        if (functions.insert(aggregate_name(aggregate)).second)
            items.push_back(item(aggregate_name(aggregate), CompletionKind::function, "an aggregate of a table's rows"));
    for (Pick pick : all_picks)
        if (functions.insert(pick_name(pick)).second)
            items.push_back(item(pick_name(pick), CompletionKind::function, "a rank of a grouped aggregate's keys"));
    const Module* module = analysis.module();
    if (module && analysis.scopes) {
        const Scope& scope = analysis.scopes->at(module);
        for (const auto& name : scope.names()) {
            const LetBinding* let = scope.name(name);
            items.push_back(item(name, CompletionKind::variable,
                                 let ? std::string(let->module->source.text_of(*let->let)) : std::string("figure")));
        }
        for (const TableBinding* table : analysis.scopes->tables()) {
            if (scope.table(table->table->name.text) != table) continue;  // another file's, out of this one's sight
            items.push_back(item(table->table->name.text, CompletionKind::structure, "table from \"" + table->table->file + "\""));
            for (const auto& column : table->table->columns)
                items.push_back(item(table->table->name.text + "." + column.name.text, CompletionKind::field,
                                     std::string(table->module->source.text_of(column))));
        }
        for (const auto& [key, definition] : scope.vocabulary()) {
            nlohmann::json entry = item(definition->phrase, CompletionKind::keyword, "defined at " + definition->where());
            entry["insertText"] = without_n(definition->phrase);
            entry["filterText"] = without_n(definition->phrase);
            items.push_back(std::move(entry));
        }
    }
    return {{"isIncomplete", false}, {"items", items}};
}

}  // namespace claimcheck::lsp
