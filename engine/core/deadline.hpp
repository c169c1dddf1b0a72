#pragma once
// The run's wall-clock budget (--time-limit), checked cooperatively wherever work
// can grow with the input: every loop over claims, quotes, mentions, rows, files
// or terms calls checkpoint(). A command installs its deadline for as long as it
// runs (Deadline::Scope); checkpoint() then throws LimitExceeded once the time is
// up, naming what it was doing, so the run stops with exit 2 and no report.
// With no deadline installed (a unit test, say), checkpoint() never throws.
#include "engine/core/limits.hpp"

#include <algorithm>
#include <chrono>
#include <string>
#include <string_view>

namespace claimcheck {

class Deadline {
public:
    using Clock = std::chrono::steady_clock;
    Deadline(double seconds, Clock::time_point started);
    explicit Deadline(const Limits& limits) : Deadline(limits.time_limit, limits.started) {}

    bool passed() const { return Clock::now() >= end_; }
    // Seconds left (0 once passed): a limit to hand on to a server that works for the run.
    double seconds_left() const {
        return std::max(0.0, std::chrono::duration<double>(end_ - Clock::now()).count());
    }
    // Throws LimitExceeded: "stopped DOING: the run took longer than its limit of N s; --time-limit raises it".
    [[noreturn]] void stop(std::string_view doing) const;

    // Makes `deadline` the one checkpoint() consults until the scope ends; scopes nest.
    class Scope {
    public:
        explicit Scope(const Deadline& deadline);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const Deadline* previous_;
    };

private:
    double seconds_;
    Clock::time_point end_;
};

// The installed deadline, or null: for loops that must stop without throwing
// (worker threads), which then report where they stopped through stop().
const Deadline* installed_deadline();

// Throws LimitExceeded once the installed deadline has passed; `doing` is what
// stopped: "while locating quotes in a.txt". Cheap: one clock read.
void checkpoint(std::string_view doing);

// The same, when saying what was being done costs something to build: `describe`
// is called only when the run stops.
template <typename Describe>
void checkpoint_with(Describe&& describe) {
    const Deadline* deadline = installed_deadline();
    if (deadline && deadline->passed()) deadline->stop(describe());
}

// "while evaluating a.claims:12:9": what is done at a place of a claims file.
std::string at_place(std::string_view doing, const SourceFile& source, std::size_t offset);

// The same at a node of a claims file: "while evaluating a.claims:12:9", the place
// worked out only when the run stops.
void checkpoint_at(std::string_view doing, const SourceFile& source, std::size_t offset);
void checkpoint_at(std::string_view doing, const SourceFile& source, const Positioned auto& node) {
    checkpoint_with([&] { return at_place(doing, source, source.begin_of(node)); });
}

// What the run is doing at a node, for as long as this lives, for a checkpoint within
// it to say: figures first worked out while a failed check is diagnosed stop the run
// "while diagnosing the check at a.claims:30:3 (while evaluating a.claims:12:9)". The
// innermost one names the phase; each thread has its own.
class Doing {
public:
    Doing(std::string_view what, const SourceFile& source, std::size_t offset);
    Doing(std::string_view what, const SourceFile& source, const Positioned auto& node)
        : Doing(what, source, source.begin_of(node)) {}
    ~Doing();
    Doing(const Doing&) = delete;
    Doing& operator=(const Doing&) = delete;

    std::string describe() const;  // "while diagnosing the check at a.claims:30:3"

private:
    std::string_view what_;
    const SourceFile& source_;
    std::size_t offset_;
    const Doing* outer_;
};

}  // namespace claimcheck
