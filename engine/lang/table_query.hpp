#pragma once
// An aggregate call as written (sum(crimes.count where crimes.force == "Kent"))
// made into a Query on the table's schema, or why it cannot be one.
#include "grammar/ast.hpp"
#include "engine/core/source.hpp"
#include "engine/lang/typed.hpp"
#include "engine/lang/written_period.hpp"
#include "engine/tables/table.hpp"

#include <optional>
#include <string>
#include <vector>
#include <variant>

namespace claimcheck {

struct CompiledQuery {
    Query query;
    std::optional<Period> period;  // the one period `where` keeps rows within, if any: per_day divides by it
    std::vector<FilterPart> parts;  // query.where's nodes as written, in filter_nodes order
};

struct QueryError {
    const boost::spirit::x3::position_tagged* where;
    std::string message;
};

std::variant<CompiledQuery, QueryError> compile_query(const ast::Call& call, const std::string& table,
                                                      const Schema& schema, const SourceFile& source);

}  // namespace claimcheck
