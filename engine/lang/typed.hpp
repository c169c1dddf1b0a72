#pragma once
// What the type checker found, handed on to the stages after it (as cel-cpp's
// checker hands on a checked AST): the static type of each expression node, and
// the scan plan, every aggregate's query on its table. The table scan reads the
// plan and the evaluator reads both; neither works them out again.
#include "engine/lang/value.hpp"
#include "engine/tables/table.hpp"
#include "grammar/ast.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace claimcheck {

struct TableInfo;

// One node of a query's filter as written, for explain: "counts.area == \"Kent\"".
struct FilterPart {
    std::string text;
    int depth = 0;  // 0: the whole condition; each part one deeper than the one it is in
};

// The queries asked of one table, all answered by its one scan.
struct TableQueries {
    std::vector<Query> queries;
    std::vector<std::vector<FilterPart>> parts;     // each query's filter nodes, as filter_nodes orders them
    std::map<const ast::Call*, std::size_t> index;  // each aggregate call's query
};

struct Typed {
    // Keyed by node: ast::Call, ast::Period, ast::Let (the figure), and, only where each differs from
    // the type before it, ast::Operation (the chain up to and with it) and ast::Expr (the whole chain,
    // a total's period spanning its terms): a + a + ... of a million terms keeps none. Every aggregate
    // and period has its type; the other nodes of a vocabulary definition have none, for their types
    // follow each use's N.
    std::unordered_map<const boost::spirit::x3::position_tagged*, Type> types;
    std::map<const TableInfo*, TableQueries> scans;

    const Type& of(const boost::spirit::x3::position_tagged& node) const { return types.at(&node); }
    // The type of a chain after this operation, or of the whole chain: the type before unless it changed.
    const Type& after(const boost::spirit::x3::position_tagged& node, const Type& before) const {
        const auto found = types.find(&node);
        return found == types.end() ? before : found->second;
    }
};

}  // namespace claimcheck
