#pragma once
// Shared helpers for the tests of engine/draft: a data file in a temporary project, loaded as
// `draft` loads it (through a drafted file's `use`), and a one-paragraph article's context.
#include "support.hpp"
#include "engine/draft/data.hpp"
#include "engine/draft/relevance.hpp"
#include "engine/pipeline/pipeline.hpp"

#include <string>

namespace claimcheck::test {

inline PipelineOptions draft_options(const Project& p) {
    PipelineOptions o;
    o.rules_dir = rules_dir();
    o.root = p.dir().path();
    return o;
}

// The figures and tables of data.claims, as draft reads them; `sampled`: with the values of the
// tables' text columns, as draft samples them.
inline Data data_of(const Project& p, bool sampled = false) {
    LoadResult loaded = load_text(p.dir().path() / "drafted.claims", "use \"data.claims\"\nuse house-style\n",
                                  load_options(draft_options(p)));
    INFO(rendered(loaded.errors));
    REQUIRE(loaded.errors.empty());
    Data data = read_data(loaded.program);
    if (sampled) sample_tables(data, loaded.program, table_options(draft_options(p)));
    return data;
}

// The context of the first occurrence of `number` in `article`, with no statement around it.
inline Context context_at(std::string_view article, std::string_view number) {
    const std::size_t at = article.find(number);
    REQUIRE(at != std::string_view::npos);
    return context_of(article, {at, at + number.size()}, {0, article.size()});
}

}  // namespace claimcheck::test
