// The limit flags with their ranges, and the limits installed while a command runs.
#include "run_limits.hpp"

#include "sanitized.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string_view>
#include <system_error>

#include <sys/resource.h>
#include <unistd.h>


namespace claimcheck::cli {

namespace {

const std::string group = "Limits";
constexpr std::uint64_t KiB = 1024, MiB = KiB << 10, GiB = MiB << 10, TiB = GiB << 10;

// The ranges: each flag's least and greatest value, and why the greatest.
// A file read whole (claims file, article) is at most 1 GiB: offsets into one are
// 32-bit, and its indexes cost several times its size. A name, number or quote
// cannot be longer than the file holding it.
constexpr std::uint64_t most_file_bytes = GiB;
// Brackets nest on the stack: the command's stack grows with the square of the depth.
constexpr std::uint64_t most_depth = 1000;
// An exact value of 2^30 bits is 128 MiB: past that one number outgrows any budget.
constexpr std::uint64_t most_bits = GiB;
// 10^8 claims would take far more memory than any budget holds: a larger count is a typo.
constexpr std::uint64_t most_claims = 100'000'000;
// Files using files are loaded recursively, about 2 KiB of stack a level.
constexpr std::uint64_t most_use_depth = 10'000;
// A day: a run longer than that is a hang, and the deadline's clock stays far from overflowing.
constexpr double most_seconds = 86400;
// What inputs may cost together: at least 1 MiB (any input at all needs some), at most
// 1 TiB (more memory than any machine claimcheck runs on; a larger value is a typo).
constexpr std::uint64_t least_memory = MiB, most_memory = TiB;

// "16M" for 16777216: sizes in --help as they may be written.
std::string size_text(std::uint64_t bytes) {
    constexpr std::pair<std::uint64_t, char> units[] = {{TiB, 'T'}, {GiB, 'G'}, {MiB, 'M'}, {KiB, 'K'}};
    for (const auto& [unit, letter] : units)
        if (bytes >= unit && bytes % unit == 0) return std::to_string(bytes / unit) + letter;
    return std::to_string(bytes);
}

// A whole number, all of it digits (no sign, no space), that fits in 64 bits.
std::optional<std::uint64_t> whole(std::string_view text) {
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// Integers from `least` to `most`; the value is left as written.
CLI::Validator whole_number(std::uint64_t least, std::uint64_t most) {
    return CLI::Validator(
        [least, most](std::string& text) -> std::string {
            auto value = whole(text);
            if (value && *value >= least && *value <= most) return "";
            return "\"" + text + "\" is not a whole number from " + std::to_string(least) + " to " +
                   std::to_string(most);
        },
        "");
}

// Bytes, written plainly or with K, M, G or T (1024-based): "512M". Rewritten as plain bytes.
CLI::Validator size_in_bytes(std::uint64_t least, std::uint64_t most) {
    return CLI::Validator(
        [least, most](std::string& text) -> std::string {
            std::string_view digits = text;
            std::uint64_t unit = 1;
            if (!digits.empty()) {
                switch (digits.back()) {
                case 'K': unit = KiB; break;
                case 'M': unit = MiB; break;
                case 'G': unit = GiB; break;
                case 'T': unit = TiB; break;
                default: break;
                }
                if (unit > 1) digits.remove_suffix(1);
            }
            auto value = whole(digits);
            if (value && *value <= most / unit && *value * unit >= least) {
                text = std::to_string(*value * unit);
                return "";
            }
            return "\"" + text + "\" is not a size from " + size_text(least) + " to " + size_text(most) +
                   " (bytes, or with K, M, G or T: 512M)";
        },
        "");
}

// Seconds above 0 and at most `most`: never nan or infinite.
CLI::Validator seconds(double most) {
    return CLI::Validator(
        [most](std::string& text) -> std::string {
            double value = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (!text.empty() && ec == std::errc() && end == text.data() + text.size() && std::isfinite(value) &&
                value > 0 && value <= most)
                return "";
            char most_text[32];
            std::snprintf(most_text, sizeof most_text, "%g", most);
            return "\"" + text + "\" is not a number of seconds above 0 and at most " + most_text + " (a day)";
        },
        "");
}

void add_count(CLI::App* command, const std::string& flag, std::size_t& value, std::uint64_t least, std::uint64_t most,
               const std::string& what) {
    static_assert(sizeof(std::size_t) == sizeof(std::uint64_t));
    command->add_option(flag, value, what + " (" + std::to_string(least) + " to " + std::to_string(most) + ")")
        ->check(whole_number(least, most))->type_name("N")->capture_default_str()->group(group);
}

void add_size(CLI::App* command, const std::string& flag, std::uint64_t& value, std::uint64_t least,
              std::uint64_t most, const std::string& what) {
    command->add_option(flag, value,
                        what + " (" + size_text(least) + " to " + size_text(most) + "; K, M, G, T: 1024-based)")
        ->transform(size_in_bytes(least, most))->type_name("BYTES")->default_str(size_text(value))->group(group);
}

void add_file_size(CLI::App* command, Limits& limits) {
    add_size(command, "--max-file-size", limits.max_file_bytes, 1, most_file_bytes,
             "bytes in one claims file or article");
}

void add_time_and_memory(CLI::App* command, Limits& limits) {
    char most_text[32];
    std::snprintf(most_text, sizeof most_text, "%g", most_seconds);
    command->add_option("--time-limit", limits.time_limit,
                        std::string("seconds the whole run may take (above 0, at most ") + most_text + ")")
        ->check(seconds(most_seconds))->type_name("SECONDS")->capture_default_str()->group(group);
    add_size(command, "--max-memory", limits.max_memory, least_memory, most_memory,
             "memory the inputs may take together: files read and their indexes");
}

}  // namespace

void add_fmt_limit_options(CLI::App* command, Limits& limits) {
    add_count(command, "--max-depth", limits.parse.max_depth, 1, most_depth, "brackets nested inside each other");
    add_count(command, "--max-token", limits.parse.max_token, 1, most_file_bytes,
              "characters in one name, number or quoted string");
    add_count(command, "--max-digits", limits.parse.max_digits, 1, most_file_bytes, "digits in one number");
    add_file_size(command, limits);
    add_time_and_memory(command, limits);
}

void add_limit_options(CLI::App* command, Limits& limits) {
    add_count(command, "--max-depth", limits.parse.max_depth, 1, most_depth,
              "brackets nested inside each other, and figures defined through figures");
    add_count(command, "--max-token", limits.parse.max_token, 1, most_file_bytes,
              "characters in one name, number or quoted string");
    add_count(command, "--max-digits", limits.parse.max_digits, 1, most_file_bytes, "digits in one number");
    add_file_size(command, limits);
    add_count(command, "--max-bits", limits.max_bits, 1, most_bits, "bits in one exact value (numerator and denominator)");
    add_count(command, "--max-claims", limits.max_claims, 1, most_claims, "claims in one run");
    add_count(command, "--max-distinct", limits.max_distinct, 1, most_claims,
              "groups of a `by`, or values of a distinct or mode, in one table query");
    add_count(command, "--max-use-depth", limits.max_use_depth, 1, most_use_depth, "files using files, nested");
    add_time_and_memory(command, limits);
}

void add_extract_limit_options(CLI::App* command, Limits& limits) {
    add_file_size(command, limits);
    // What the skeleton may hold, so that `check` can read it.
    add_count(command, "--max-claims", limits.max_claims, 1, most_claims, "claims in the skeleton");
    add_count(command, "--max-token", limits.parse.max_token, 1, most_file_bytes, "characters in one quote of the skeleton");
    add_time_and_memory(command, limits);
}

namespace {

#ifndef CLAIMCHECK_ASAN
// The address space the process has mapped now, the command's deep stack included.
std::uint64_t mapped_now() {
    std::ifstream statm("/proc/self/statm");
    std::uint64_t pages = 0;
    statm >> pages;
    return pages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}
#endif

// A backstop under the budget. Charges are made where inputs are read, from what
// each costs; should memory still run out (what no charge covers: a huge exact
// value, a long report), allocation fails with std::bad_alloc, reported as this
// limit with exit 2, before the machine swaps or the kernel kills the run. The cap
// is what is mapped now (the stack included) plus the budget plus headroom for
// what is not charged (malloc reserves 64 MiB of address space per thread). Not
// under AddressSanitizer, which reserves terabytes of address space for its shadow.
void cap_address_space(std::uint64_t budget) {
#ifndef CLAIMCHECK_ASAN
    constexpr std::uint64_t headroom = GiB;
    rlimit now{};
    if (::getrlimit(RLIMIT_AS, &now) != 0) return;
    const std::uint64_t mapped = mapped_now();
    if (mapped == 0) return;  // no /proc: no backstop
    std::uint64_t cap = mapped + budget + headroom;
    if (now.rlim_max != RLIM_INFINITY && cap > now.rlim_max) cap = now.rlim_max;
    if (now.rlim_cur != RLIM_INFINITY && cap > now.rlim_cur) return;  // already held tighter
    rlimit capped{static_cast<rlim_t>(cap), now.rlim_max};
    ::setrlimit(RLIMIT_AS, &capped);
#else
    (void)budget;
#endif
}

}  // namespace

RunLimits::RunLimits(const Limits& limits)
    : deadline_(limits), deadline_scope_(deadline_), budget_(limits), budget_scope_(budget_) {
    cap_address_space(limits.max_memory);
}

Diagnostic out_of_memory(const Limits& limits) {
    return Diagnostic{"claimcheck", {},
                      "stopped: out of memory; --max-memory (" + shown_bytes(limits.max_memory) +
                          ") sets what the run's inputs may take",
                      {}, {}};
}

}  // namespace claimcheck::cli
