// Drawing the progress line: at most ten times a second, with a carriage return and an erase to the line's end.
#include "progress_line.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/inert.hpp"
#include "engine/core/paths.hpp"

#include <cstdlib>
#include <unistd.h>

namespace claimcheck::cli {

namespace {

void write_stderr(const std::string& text) {
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
        if (n <= 0) return;  // a terminal gone away: the line does not matter
        done += static_cast<std::size_t>(n);
    }
}

// A second, or CLAIMCHECK_PROGRESS_AFTER seconds (the tests make it 0 to see the line on a short scan).
std::chrono::steady_clock::duration delay() {
    const char* set = std::getenv("CLAIMCHECK_PROGRESS_AFTER");
    char* end = nullptr;
    const double seconds = set ? std::strtod(set, &end) : 1.0;
    if (!set || end == set || *end != '\0' || !(seconds >= 0 && seconds <= 3600)) return std::chrono::seconds(1);
    return std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(seconds));
}

}  // namespace

ProgressLine::ProgressLine() : after_(delay()) {
    if (::isatty(STDERR_FILENO)) installed_.emplace(*this);
}

ProgressLine::~ProgressLine() {
    const std::lock_guard lock(mutex_);
    erase();
}

void ProgressLine::erase() {
    if (shown_) write_stderr("\r\033[K");
    shown_ = false;
}

void ProgressLine::advanced(std::string_view what, std::uint64_t done, std::uint64_t total, Unit unit) {
    const std::lock_guard lock(mutex_);
    const Clock::time_point now = Clock::now();
    if (what != what_) {
        erase();
        what_ = what;
        started_ = now;
    }
    if (now - started_ < after_ || (shown_ && now - drawn_ < std::chrono::milliseconds(100))) return;
    write_stderr(unit == Unit::bytes ? "\rclaimcheck: scanning " + inert(display_path(std::filesystem::path(what_))) + " " +
                                           shown_bytes(done) + " / " + shown_bytes(total) + "\033[K"
                                     : "\rclaimcheck: checking claims " + std::to_string(done) + " / " +
                                           std::to_string(total) + "\033[K");
    shown_ = true;
    drawn_ = now;
}

void ProgressLine::finished(std::string_view what) {
    const std::lock_guard lock(mutex_);
    if (what != what_) return;
    erase();
    what_.clear();
}

}  // namespace claimcheck::cli
