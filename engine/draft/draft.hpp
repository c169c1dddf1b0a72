#pragma once
// claimcheck draft: the checks written from the article and the data. For each statement
// extract finds, candidates are made from the data (engine/draft/candidates.hpp), tried by
// the engine (engine/draft/trial.hpp) and ranked by what the text says of their figures,
// by their verdict, by continuity with the statements before it, by simplicity and by
// agreement across the articles of the run. Nothing here reads articles or writes files:
// cli/draft_command.cpp does.
#include "engine/core/diagnostic.hpp"
#include "engine/extract/draft.hpp"
#include "engine/draft/candidates.hpp"
#include "engine/draft/trial.hpp"
#include "engine/pipeline/pipeline.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck {

struct Proposal {
    Candidate candidate;  // the check line, its figures, and what the words around it say of them
    Trial trial;          // what `check` gives it
    int score = 0;        // tenths: relevance, verdict, continuity, simplicity and agreement together
    bool eligible = false;  // the text points to it, not only its value: it may be drafted
};

struct DraftedStatement {
    DraftClaim claim;                // the statement as extract found it, with its quote
    std::vector<Proposal> ranked;    // best first
    bool drafted = false;            // ranked.front() is the claim's check
    bool tie = false;                // the runner-up scores the same with another verdict
    std::string reason;              // when nothing is drafted: why
    bool whole_before = false;       // Context::whole_before: a share of it is of what a statement before counted
};

struct DraftedArticle {
    ArticleDraft extracted;
    std::vector<DraftedStatement> statements;
};

struct DraftOutcome {
    std::vector<DraftedArticle> articles;
    std::string header;  // the drafted file's `use` lines
    std::vector<Diagnostic> errors;  // the data could not be read
};

// `texts[i]` is the text `articles[i]` was extracted from; `data` the data files as named,
// `as_if` where the drafted file will be written (its `use`s are relative to it).
DraftOutcome draft(std::vector<ArticleDraft> articles, const std::vector<std::string>& texts,
                   const std::vector<std::string>& data, const std::filesystem::path& as_if,
                   const PipelineOptions& options);

}  // namespace claimcheck
