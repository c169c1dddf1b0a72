// The run's memory budget and the charges held against it (see budget.hpp).
#include "engine/core/budget.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>

namespace claimcheck {

namespace {
// One run at a time per process, as for the deadline.
std::atomic<Budget*> current{nullptr};
}  // namespace

Budget::Scope::Scope(Budget& budget) : previous_(current.exchange(&budget)) {}

Budget::Scope::~Scope() { current.store(previous_); }

Budget* installed_budget() { return current.load(std::memory_order_relaxed); }

std::string shown_bytes(std::uint64_t bytes) {
    constexpr const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double value = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < std::size(units)) value /= 1024, ++unit;
    // Rounded up, never down: a size shown is never less than it is. Whole ones as they are (2 GiB).
    const double tenths = std::ceil(value * 10);
    char text[32];
    if (std::fmod(tenths, 10) == 0 || value >= 100)
        std::snprintf(text, sizeof text, "%.0f %s", std::ceil(value), units[unit]);
    else
        std::snprintf(text, sizeof text, "%.1f %s", tenths / 10, units[unit]);
    return text;
}

bool Budget::take(std::uint64_t bytes) {
    std::uint64_t used = used_.load();
    do {
        if (bytes > limit_ || used > limit_ - bytes) return false;
    } while (!used_.compare_exchange_weak(used, used + bytes));
    return true;
}

void Budget::refuse(std::uint64_t bytes, std::string_view doing) const {
    const std::uint64_t used = used_.load();
    const std::uint64_t total = bytes > UINT64_MAX - used ? UINT64_MAX : used + bytes;
    std::string total_shown = shown_bytes(total), limit_shown = shown_bytes(limit_);
    if (total_shown == limit_shown)  // close enough to look the same rounded: tell them apart
        total_shown = std::to_string(total) + " bytes", limit_shown = std::to_string(limit_) + " bytes";
    throw LimitExceeded(Diagnostic{"claimcheck", {},
                                   "stopped " + std::string(doing) + ": it needs " + shown_bytes(bytes) +
                                       ", and the run's inputs would then take " + total_shown +
                                       " of memory, over its limit of " + limit_shown + "; --max-memory raises it",
                                   {}, {}});
}

Charge::Charge(std::uint64_t bytes, std::string_view doing) {
    Budget* budget = installed_budget();
    if (!budget) return;
    if (!budget->take(bytes)) budget->refuse(bytes, doing);
    budget_ = budget;
    bytes_ = bytes;
}

void charge_for_run(std::uint64_t bytes, std::string_view doing) {
    Budget* budget = installed_budget();
    if (budget && !budget->take(bytes)) budget->refuse(bytes, doing);
}

Charge::Charge(Charge&& other) noexcept : budget_(other.budget_), bytes_(other.bytes_) {
    other.budget_ = nullptr;
    other.bytes_ = 0;
}

Charge& Charge::operator=(Charge&& other) noexcept {
    if (this != &other) {
        release();
        budget_ = other.budget_;
        bytes_ = other.bytes_;
        other.budget_ = nullptr;
        other.bytes_ = 0;
    }
    return *this;
}

Charge::~Charge() { release(); }

void Charge::release() {
    if (budget_) budget_->give_back(bytes_);
    budget_ = nullptr;
    bytes_ = 0;
}

}  // namespace claimcheck
