#pragma once
// The progress line on stderr, for work that takes more than a second (a large table's
// scan): "claimcheck: scanning crimes.csv 412 MiB / 1.0 GiB", rewritten in place and
// erased when the work ends. Only on a terminal: never in a pipe, a file or CI's log.
#include "engine/core/progress.hpp"

#include <chrono>
#include <mutex>
#include <optional>
#include <string>

namespace claimcheck::cli {

class ProgressLine : public Progress {
public:
    ProgressLine();  // installed only when stderr is a terminal
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;
    ~ProgressLine() override;

    void advanced(std::string_view what, std::uint64_t done, std::uint64_t total, Unit unit) override;
    void finished(std::string_view what) override;

private:
    void erase();

    using Clock = std::chrono::steady_clock;
    std::mutex mutex_;  // the scan's workers all tell it
    std::string what_;  // the work under way
    Clock::time_point started_, drawn_;
    bool shown_ = false;
    Clock::duration after_;  // how long work goes on before it gets a line
    std::optional<Progress::Scope> installed_;
};

}  // namespace claimcheck::cli
