#pragma once
// How much one run may take on. Each limit has a default generous for any real
// newsroom file, a flag to change it, and a clear error when it is reached: the
// run stops with exit status 2 and no report, never a crash or a half report.
#include "engine/core/diagnostic.hpp"
#include "engine/core/exact.hpp"

#include <chrono>
#include <cstdint>
#include <exception>
#include <string>

namespace claimcheck {

struct ParseLimits {
    std::size_t max_depth = 200;     // brackets, and minus signs in a row, open at once
    std::size_t max_token = 10000;   // characters in a name, a number or a quoted string
    std::size_t max_digits = 1000;   // digits in one number
};

// "a number of 1,200 digits, over the limit of 1000; --max-digits raises it": every limit's message.
std::string over_limit(const std::string& what, std::uintmax_t limit, const std::string& flag);

struct Limits {
    ParseLimits parse;                           // nesting depth, token and number length
    std::uintmax_t max_file_bytes = 16u << 20;  // one claims file or article (tables are streamed)
    std::size_t max_bits = 100000;               // numerator and denominator of one exact value, together
    std::size_t max_claims = 100000;             // claims in one run
    std::size_t max_distinct = 1000000;          // groups of a `by`, values of a distinct or mode, in one table query
    std::size_t max_use_depth = 64;              // files using files using files
    double time_limit = 600;                     // seconds of wall-clock time, from `started` (see deadline.hpp)
    std::uint64_t max_memory = std::uint64_t{2} << 30;  // bytes the inputs may cost together (see budget.hpp)
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// A limit reached: what stops the run, with the place it was reached where there is one.
struct LimitExceeded : std::exception {
    explicit LimitExceeded(Diagnostic d) : diagnostic(std::move(d)) {}
    const char* what() const noexcept override { return diagnostic.message.c_str(); }
    Diagnostic diagnostic;
};

// The bits of x's numerator and denominator together.
std::size_t bits_of(const Rational& x);

}  // namespace claimcheck
