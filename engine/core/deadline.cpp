// The run's installed deadline and the cooperative checkpoint (see deadline.hpp).
#include "engine/core/deadline.hpp"

#include <atomic>
#include <cstdio>

namespace claimcheck {

namespace {
// One run at a time per process; worker threads of a table scan read it too.
std::atomic<const Deadline*> current{nullptr};
// What the thread is doing (Doing), innermost first.
thread_local const Doing* innermost = nullptr;
}  // namespace

Deadline::Deadline(double seconds, Clock::time_point started)
    : seconds_(seconds),
      end_(started + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds))) {}

void Deadline::stop(std::string_view doing) const {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", seconds_);
    std::string where(doing);
    if (innermost) {
        std::string phase = innermost->describe();
        // The phase, and the place in it: never "diagnosing (while diagnosing)".
        where = phase.starts_with(where) ? phase : phase + " (" + where + ")";
    }
    throw LimitExceeded(Diagnostic{"claimcheck", {},
                                   "stopped " + where + ": the run took longer than its limit of " + limit +
                                       " s; --time-limit raises it",
                                   {}, {}});
}

Deadline::Scope::Scope(const Deadline& deadline) : previous_(current.exchange(&deadline)) {}

Deadline::Scope::~Scope() { current.store(previous_); }

const Deadline* installed_deadline() { return current.load(std::memory_order_relaxed); }

void checkpoint(std::string_view doing) {
    const Deadline* deadline = installed_deadline();
    if (deadline && deadline->passed()) deadline->stop(doing);
}

std::string at_place(std::string_view doing, const SourceFile& source, std::size_t offset) {
    const Location at = source.locate(offset);
    return std::string(doing) + " " + source.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

Doing::Doing(std::string_view what, const SourceFile& source, std::size_t offset)
    : what_(what), source_(source), offset_(offset), outer_(innermost) {
    innermost = this;
}

Doing::~Doing() { innermost = outer_; }

std::string Doing::describe() const { return at_place(what_, source_, offset_); }

void checkpoint_at(std::string_view doing, const SourceFile& source, std::size_t offset) {
    checkpoint_with([&] { return at_place(doing, source, offset); });
}

}  // namespace claimcheck
