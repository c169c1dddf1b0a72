#pragma once
// What a name at the cursor stands for, where it is declared and where it is used:
// figures (`let`), tables and their columns, and vocabulary phrases (`define`, in the
// rules or the newsroom's own files). Lookups go through the file's own scope, so a
// name resolves as the checker resolves it.
#include "engine/lsp/workspace.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::lsp {

enum class SymbolKind { figure, table, column, phrase };

struct Symbol {
    SymbolKind kind = SymbolKind::figure;
    std::string name;           // "kent.2015_16", "crimes", "crimes.force", or a phrase's key: "more than"
    std::size_t begin = 0;      // where it is written under the cursor, in the document's bytes
    std::size_t end = 0;
    const Module* module = nullptr;  // the file that declares it
    const ast::Let* let = nullptr;
    const ast::TableDecl* table = nullptr;
    const ast::ColumnDecl* column = nullptr;
    const Definition* definition = nullptr;
    std::vector<std::string> words;  // a phrase's words written together (its longest run without N)
};

// A span of a file, in bytes.
struct Place {
    std::string path;
    std::size_t begin = 0;
    std::size_t end = 0;
};

// A word of code: a name, a keyword or a number, outside strings and comments.
struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::vector<Word> code_words(std::string_view text);

// A phrase as its words, N among them where the number goes: "N times more" -> {"N", "times", "more"}.
std::vector<std::string> phrase_words(const std::string& phrase);

// The symbol at `offset` of `text` (the document the analysis checked, perhaps since edited).
std::optional<Symbol> symbol_at(const DocumentCheck& analysis, std::string_view text, std::size_t offset);

// Where it is declared: the let's name, the table's or column's name, the define.
Place declaration_of(const Symbol& symbol);

// Every place it is written in `files` (path -> text), its declaration among them, in path order.
std::vector<Place> references(const Symbol& symbol, const std::map<std::string, std::string>& files);

}  // namespace claimcheck::lsp
