#include "output.hpp"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace claimcheck::cli {

namespace fs = std::filesystem;

namespace {

// The temporary file being written, for the signal handler to remove: a run
// interrupted there leaves neither a half-written result nor the temporary.
char pending[4096] = "";

extern "C" void remove_pending(int signal) {
    if (pending[0] != '\0') ::unlink(pending);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class PendingFile {
public:
    explicit PendingFile(const fs::path& target) {
        std::string name = (target.parent_path() / ("." + target.filename().string() + ".claimcheck-XXXXXX")).string();
        if (name.size() >= sizeof pending) return;
        fd_ = ::mkstemp(name.data());
        if (fd_ < 0) return;
        std::memcpy(pending, name.c_str(), name.size() + 1);
        previous_int_ = std::signal(SIGINT, remove_pending);
        previous_term_ = std::signal(SIGTERM, remove_pending);
        previous_hup_ = std::signal(SIGHUP, remove_pending);
    }
    ~PendingFile() {
        if (fd_ >= 0) ::close(fd_);
        if (pending[0] != '\0') ::unlink(pending);
        pending[0] = '\0';
        if (previous_int_ != SIG_ERR) std::signal(SIGINT, previous_int_);
        if (previous_term_ != SIG_ERR) std::signal(SIGTERM, previous_term_);
        if (previous_hup_ != SIG_ERR) std::signal(SIGHUP, previous_hup_);
    }
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    // Writes everything, flushes it to disk and renames it over target.
    bool commit(const std::string& text, const fs::path& target) {
        if (fd_ < 0) return false;
        for (std::size_t done = 0; done < text.size();) {
            const ssize_t n = ::write(fd_, text.data() + done, text.size() - done);
            if (n < 0) return false;
            done += static_cast<std::size_t>(n);
        }
        if (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) return false;
        fd_ = -1;
        if (std::rename(pending, target.c_str()) != 0) return false;
        pending[0] = '\0';
        return true;
    }

private:
    int fd_ = -1;
    using Handler = void (*)(int);
    Handler previous_int_ = SIG_ERR, previous_term_ = SIG_ERR, previous_hup_ = SIG_ERR;
};

bool refuse(const OutputOptions& options, const std::string& why) {
    std::cerr << "claimcheck: --output " << options.path << ": " << why << "\n";
    return false;
}

}  // namespace

bool write_result(const OutputOptions& options, const std::string& text, const std::vector<std::string>& inputs) {
    if (options.path.empty()) {
        std::cout << text << std::flush;
        return static_cast<bool>(std::cout);
    }
    const fs::path target(options.path);
    std::error_code ec;
    for (const auto& input : inputs)
        if (fs::equivalent(target, input, ec))
            return refuse(options, "is one of the files this run reads (" + input + "); claimcheck never writes into its inputs");
    if (fs::is_directory(target, ec)) return refuse(options, "is a directory");
    if (fs::exists(target, ec) && !options.force) return refuse(options, "exists; --force replaces it");
    PendingFile file(target);
    if (!file.commit(text, target)) return refuse(options, std::string("cannot be written: ") + std::strerror(errno));
    return true;
}

}  // namespace claimcheck::cli
