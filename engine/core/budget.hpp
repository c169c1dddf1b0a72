#pragma once
// The run's memory budget (--max-memory) for what its inputs cost together: every
// file read whole (claims files, articles) and what is built from it (an article's
// quote index, its mentions) is charged here, before it is built, by one RAII
// Charge that gives the bytes back when what it paid for is freed. A charge that
// would go over throws LimitExceeded naming the file and the flag, so the run stops
// with exit 2 before the memory is taken. A command installs its budget for as
// long as it runs (Budget::Scope), as it does its deadline; with none installed
// (a unit test, say), charges are free.
#include "engine/core/limits.hpp"

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck {

class Budget {
public:
    explicit Budget(std::uint64_t bytes) : limit_(bytes) {}
    explicit Budget(const Limits& limits) : Budget(limits.max_memory) {}
    Budget(const Budget&) = delete;
    Budget& operator=(const Budget&) = delete;

    std::uint64_t limit() const { return limit_; }
    std::uint64_t used() const { return used_.load(); }

    // Takes `bytes` if they fit; false, taking nothing, if not.
    bool take(std::uint64_t bytes);
    void give_back(std::uint64_t bytes) { used_.fetch_sub(bytes); }
    // Throws LimitExceeded: "stopped DOING: it needs 160 MiB, and the run's inputs would
    // then take 2.1 GiB of memory, over its limit of 2 GiB; --max-memory raises it".
    [[noreturn]] void refuse(std::uint64_t bytes, std::string_view doing) const;

    // Makes `budget` the one charges go to until the scope ends; scopes nest.
    class Scope {
    public:
        explicit Scope(Budget& budget);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Budget* previous_;
    };

private:
    std::uint64_t limit_;
    std::atomic<std::uint64_t> used_{0};
};

// The installed budget, or null.
Budget* installed_budget();

// Bytes held against the installed budget, given back when the charge ends.
class Charge {
public:
    Charge() = default;  // nothing held
    // Holds `bytes`, or throws LimitExceeded when the budget cannot (Budget::refuse).
    Charge(std::uint64_t bytes, std::string_view doing);
    template <typename Describe>
    static Charge with(std::uint64_t bytes, Describe&& describe);  // `describe` built only when refused
    Charge(Charge&& other) noexcept;
    Charge& operator=(Charge&& other) noexcept;
    Charge(const Charge&) = delete;
    Charge& operator=(const Charge&) = delete;
    ~Charge();

    std::uint64_t bytes() const { return bytes_; }

private:
    Charge(Budget* budget, std::uint64_t bytes) : budget_(budget), bytes_(bytes) {}
    void release();

    Budget* budget_ = nullptr;
    std::uint64_t bytes_ = 0;
};

template <typename Describe>
Charge Charge::with(std::uint64_t bytes, Describe&& describe) {
    Budget* budget = installed_budget();
    if (!budget) return {};
    if (!budget->take(bytes)) budget->refuse(bytes, describe());
    return Charge(budget, bytes);
}

// Holds `bytes` until the budget itself ends, for what stays until the report is
// written (a claims file once parsed, an article's text); throws as Charge does.
void charge_for_run(std::uint64_t bytes, std::string_view doing);
template <typename Describe>
void charge_for_run_with(std::uint64_t bytes, Describe&& describe) {  // `describe` built only when refused
    Budget* budget = installed_budget();
    if (budget && !budget->take(bytes)) budget->refuse(bytes, describe());
}

// What inputs cost in memory for each byte read, as measured (docs/hardening.md):
// a claims file parsed, its names bound and its figures worked out (70 times its size
// for a file of one-line lets); an article's text as kept, shown and located, with the
// numbers it mentions listed; and its quote index while its quotes are found.
constexpr std::uint64_t claims_file_cost = 64;
constexpr std::uint64_t article_cost = 4;
constexpr std::uint64_t article_index_cost = 6;
// One name a file sees, bound in its scope: a map entry with its key.
constexpr std::uint64_t bound_name_cost = 128;
// One number an article mentions, as found (56 bytes) and as reported (112), with its text:
// an article of digits mentions a number every two bytes.
constexpr std::uint64_t mention_cost = 192;

// A size as a person reads it: "37 bytes", "512 KiB", "1.5 GiB".
std::string shown_bytes(std::uint64_t bytes);

}  // namespace claimcheck
