// The run's installed progress observer (see progress.hpp).
#include "engine/core/progress.hpp"

namespace claimcheck {

namespace {
std::atomic<Progress*> current{nullptr};
}

Progress::Scope::Scope(Progress& progress) : previous_(current.exchange(&progress)) {}

Progress::Scope::~Scope() { current.store(previous_); }

Progress* installed_progress() { return current.load(std::memory_order_relaxed); }

}  // namespace claimcheck
