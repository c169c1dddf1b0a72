// Names and phrases at a place, their declarations and their uses, found through the file's scope.
#include "engine/lsp/symbols.hpp"

#include "engine/articles/words.hpp"

#include <algorithm>
#include <cctype>

namespace claimcheck::lsp {

namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; }


std::string_view text_of(std::string_view text, const Word& word) { return text.substr(word.begin, word.end - word.begin); }

// A phrase's longest run of words without N: what is written together wherever it is used.
std::vector<std::string> run_of(const std::string& key) {
    std::vector<std::string> best, run;
    for (const auto& word : phrase_words(key)) {
        if (word == "N") run.clear();
        else run.push_back(word);
        if (run.size() > best.size()) best = run;
    }
    return best;
}

// Whether the words from `first` on spell `run`, each followed by nothing but spaces.
bool spells(std::string_view text, const std::vector<Word>& words, std::size_t first, const std::vector<std::string>& run) {
    if (first + run.size() > words.size()) return false;
    for (std::size_t i = 0; i < run.size(); ++i) {
        if (lower(text_of(text, words[first + i])) != run[i]) return false;
        if (i > 0) {
            const std::string_view between = text.substr(words[first + i - 1].end, words[first + i].begin - words[first + i - 1].end);
            if (between.find_first_not_of(" \t") != std::string_view::npos) return false;
        }
    }
    return true;
}

std::optional<Symbol> name_at(const Scope& scope, std::string_view text, const Word& word) {
    std::string name(text_of(text, word));
    while (!name.empty() && name.back() == '.') name.pop_back();
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return std::nullopt;
    Symbol out;
    out.name = name;
    out.begin = word.begin;
    out.end = word.begin + name.size();
    if (const LetBinding* let = scope.name(name)) {
        out.kind = SymbolKind::figure;
        out.module = let->module;
        out.let = let->let;
        return out;
    }
    const std::size_t dot = name.find('.');
    const TableBinding* table = scope.table(name.substr(0, dot));
    if (!table) return std::nullopt;
    out.module = table->module;
    out.table = table->table;
    out.kind = SymbolKind::table;
    if (dot == std::string::npos) return out;
    for (const auto& column : table->table->columns)
        if (column.name.text == name.substr(dot + 1)) {
            out.kind = SymbolKind::column;
            out.column = &column;
            return out;
        }
    return std::nullopt;
}

}  // namespace

std::vector<std::string> phrase_words(const std::string& phrase) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start < phrase.size();) {
        const std::size_t space = std::min(phrase.find(' ', start), phrase.size());
        if (space > start) out.push_back(phrase.substr(start, space - start));
        start = space + 1;
    }
    return out;
}

std::vector<Word> code_words(std::string_view text) {
    std::vector<Word> out;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '#') {  // a comment, to the end of its line
            while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
        } else if (c == '"') {  // a string, with its escapes
            for (++i; i < text.size() && text[i] != '"' && text[i] != '\n'; ++i)
                if (text[i] == '\\') ++i;
            ++i;
        } else if (name_char(c)) {
            const std::size_t begin = i;
            while (i < text.size() && name_char(text[i])) ++i;
            out.push_back({begin, i});
        } else {
            ++i;
        }
    }
    return out;
}

std::optional<Symbol> symbol_at(const DocumentCheck& analysis, std::string_view text, std::size_t offset) {
    const Module* module = analysis.module();
    if (!module || !analysis.scopes) return std::nullopt;
    const Scope& scope = analysis.scopes->at(module);
    const std::vector<Word> words = code_words(text);
    const auto under = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.begin <= offset && offset <= w.end; });
    if (under == words.end()) return std::nullopt;
    if (auto named = name_at(scope, text, *under)) return named;
    // A phrase: the longest visible definition whose words, written together, cover the cursor.
    std::optional<Symbol> best;
    const auto at = static_cast<std::size_t>(under - words.begin());
    for (const auto& [key, definition] : scope.vocabulary()) {
        const std::vector<std::string> run = run_of(key);
        if (run.empty() || (best && best->words.size() >= run.size())) continue;
        for (std::size_t first = at + 1 >= run.size() ? at + 1 - run.size() : 0; first <= at; ++first) {
            if (!spells(text, words, first, run)) continue;
            Symbol found;
            found.kind = SymbolKind::phrase;
            found.name = key;
            found.begin = words[first].begin;
            found.end = words[first + run.size() - 1].end;
            found.module = definition->module;
            found.definition = definition;
            found.words = run;
            best = found;
            break;
        }
    }
    return best;
}

Place declaration_of(const Symbol& symbol) {
    const SourceFile& source = symbol.module->source;
    const auto span = [&](const auto& node) { return Place{source.path(), source.begin_of(node), source.end_of(node)}; };
    switch (symbol.kind) {
    case SymbolKind::figure: return span(symbol.let->name);
    case SymbolKind::table: return span(symbol.table->name);
    case SymbolKind::column: return span(symbol.column->name);
    case SymbolKind::phrase: {
        // The define's first line: `define more than N`, without the meanings under it.
        const std::size_t begin = source.begin_of(*symbol.definition->define);
        const std::size_t end = std::min(source.text().find_first_of("\r\n", begin), source.end_of(*symbol.definition->define));
        return {source.path(), begin, end};
    }
    }
    return {source.path(), 0, 0};
}

std::vector<Place> references(const Symbol& symbol, const std::map<std::string, std::string>& files) {
    std::vector<Place> out;
    for (const auto& [path, text] : files) {
        const std::vector<Word> words = code_words(text);
        const bool declares_column = symbol.kind == SymbolKind::column && same_file(symbol.module->source.path(), path);
        for (std::size_t i = 0; i < words.size(); ++i) {
            std::string_view word = text_of(text, words[i]);
            if (symbol.kind == SymbolKind::phrase) {
                if (spells(text, words, i, symbol.words))
                    out.push_back({path, words[i].begin, words[i + symbol.words.size() - 1].end});
                continue;
            }
            while (!word.empty() && word.back() == '.') word.remove_suffix(1);
            const bool column_of_table = symbol.kind == SymbolKind::table && word.size() > symbol.name.size() &&
                                         word.substr(0, symbol.name.size() + 1) == symbol.name + ".";
            if (word == symbol.name || column_of_table)
                out.push_back({path, words[i].begin, words[i].begin + (column_of_table ? symbol.name.size() : word.size())});
            else if (declares_column && words[i].begin == symbol.module->source.begin_of(symbol.column->name))
                out.push_back({path, words[i].begin, words[i].end});  // the column's own declaration, by its short name
        }
    }
    return out;
}

}  // namespace claimcheck::lsp
