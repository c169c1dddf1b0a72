#pragma once
// How far long work has gone (a table's file scanned, a run's claims checked), told to whoever shows it: the
// engine prints nothing, the command line installs an observer that draws a line on a
// terminal. A command installs its observer for as long as it runs (Progress::Scope), as
// it does its deadline; with none installed (a test, output to a pipe) nothing is told.
#include <atomic>
#include <cstdint>
#include <string_view>

namespace claimcheck {

class Progress {
public:
    enum class Unit { bytes, claims };  // a file's bytes scanned (`what` its path), or claims checked
    virtual ~Progress() = default;
    // `done` of `total` units of `what`; from any thread, often.
    virtual void advanced(std::string_view what, std::uint64_t done, std::uint64_t total, Unit unit) = 0;
    // The work on `what` is over, however it ended.
    virtual void finished(std::string_view what) = 0;

    // Makes `progress` the one told until the scope ends; scopes nest.
    class Scope {
    public:
        explicit Scope(Progress& progress);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Progress* previous_;
    };
};

Progress* installed_progress();

// Tells the installed observer about work on `what` as it goes, and that it is over when
// this ends; the units done are counted here, from any number of threads.
class ProgressOf {
public:
    ProgressOf(std::string_view what, std::uint64_t total, Progress::Unit unit = Progress::Unit::bytes)
        : what_(what), total_(total), unit_(unit), to_(installed_progress()) {}
    ~ProgressOf() {
        if (to_) to_->finished(what_);
    }
    ProgressOf(const ProgressOf&) = delete;
    ProgressOf& operator=(const ProgressOf&) = delete;

    void add(std::uint64_t units) {
        if (!to_) return;
        const std::uint64_t done = done_.fetch_add(units, std::memory_order_relaxed) + units;
        to_->advanced(what_, done < total_ ? done : total_, total_, unit_);
    }

private:
    std::string_view what_;
    std::uint64_t total_;
    Progress::Unit unit_;
    Progress* to_;
    std::atomic<std::uint64_t> done_{0};
};

}  // namespace claimcheck
