#pragma once
// The limits a command runs under: the flags that set them, each held to a range
// (a value outside it, or no number at all: nan, inf, -1, 2^64, is refused with one
// plain line and exit 2 before anything is read), and, for as long as the command
// runs, its deadline, its memory budget and a backstop under the budget.
#include "engine/core/budget.hpp"
#include "engine/core/deadline.hpp"
#include "engine/core/limits.hpp"

#include <CLI/CLI.hpp>

#include <string>

namespace claimcheck::cli {

// The limits of check, test and explain, under the "Limits" heading of --help.
void add_limit_options(CLI::App* command, Limits& limits);

// The limits of extract: what it reads (--max-file-size), its time and its memory.
void add_extract_limit_options(CLI::App* command, Limits& limits);

// The limits of fmt: what one claims file may hold, its size, the run's time and memory.
void add_fmt_limit_options(CLI::App* command, Limits& limits);

// The deadline, the memory budget and the address-space backstop, installed while it lives.
class RunLimits {
public:
    explicit RunLimits(const Limits& limits);
    RunLimits(const RunLimits&) = delete;
    RunLimits& operator=(const RunLimits&) = delete;

private:
    Deadline deadline_;
    Deadline::Scope deadline_scope_;
    Budget budget_;
    Budget::Scope budget_scope_;
};

// What a run that ran out of memory anyway (std::bad_alloc) is told: a limit, not a bug.
Diagnostic out_of_memory(const Limits& limits);

}  // namespace claimcheck::cli
