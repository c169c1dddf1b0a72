#pragma once
// How far long work has gone (a table's file scanned), told to whoever shows it: the
// engine prints nothing, the command line installs an observer that draws a line on a
// terminal. A command installs its observer for as long as it runs (Progress::Scope), as
// it does its deadline; with none installed (a test, output to a pipe) nothing is told.
#include <atomic>
#include <cstdint>
#include <string_view>

namespace claimcheck {

class Progress {
public:
    virtual ~Progress() = default;
    // `done` of `total` bytes of `what` (a file's path); from any thread, often.
    virtual void advanced(std::string_view what, std::uint64_t done, std::uint64_t total) = 0;
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
// this ends; the bytes done are counted here, from any number of threads.
class ProgressOf {
public:
    ProgressOf(std::string_view what, std::uint64_t total) : what_(what), total_(total), to_(installed_progress()) {}
    ~ProgressOf() {
        if (to_) to_->finished(what_);
    }
    ProgressOf(const ProgressOf&) = delete;
    ProgressOf& operator=(const ProgressOf&) = delete;

    void add(std::uint64_t bytes) {
        if (!to_) return;
        const std::uint64_t done = done_.fetch_add(bytes, std::memory_order_relaxed) + bytes;
        to_->advanced(what_, done < total_ ? done : total_, total_);
    }

private:
    std::string_view what_;
    std::uint64_t total_;
    Progress* to_;
    std::atomic<std::uint64_t> done_{0};
};

}  // namespace claimcheck
