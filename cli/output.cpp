#include "output.hpp"

#include "engine/core/paths.hpp"
#include "engine/core/inert.hpp"

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

enum class Placed { done, exists, not_regular, failed };

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

    // Writes everything with the permissions given and flushes it to disk.
    bool write(const std::string& text, mode_t mode = 0644) {
        if (fd_ < 0) return false;
        for (std::size_t done = 0; done < text.size();) {
            const ssize_t n = ::write(fd_, text.data() + done, text.size() - done);
            if (n < 0) return false;
            done += static_cast<std::size_t>(n);
        }
        if (::fchmod(fd_, mode) != 0 || ::fsync(fd_) != 0 || ::close(fd_) != 0) return false;
        fd_ = -1;
        return true;
    }

    // Puts the written file at target: only where nothing is, or (with `replace`) over a
    // regular file. What is at target is judged as it is swapped out, atomically, so
    // a device or a FIFO put there since it was looked at is put back, not replaced.
    Placed place(const fs::path& target, bool replace) {
        if (replace) {
            if (::renameat2(AT_FDCWD, pending, AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
                struct stat old {};
                if (::lstat(pending, &old) == 0 && !S_ISREG(old.st_mode)) {
                    ::renameat2(AT_FDCWD, pending, AT_FDCWD, target.c_str(), RENAME_EXCHANGE);  // put it back
                    return Placed::not_regular;
                }
                return done();  // the old file, now under the temporary name, goes with it
            }
            if (errno == EINVAL || errno == ENOSYS)  // a file system that cannot swap: replace
                return std::rename(pending, target.c_str()) == 0 ? done() : Placed::failed;
            if (errno != ENOENT) return Placed::failed;
        }
        if (::renameat2(AT_FDCWD, pending, AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0) return done();
        if (errno == EINVAL || errno == ENOSYS) {  // no RENAME_NOREPLACE here: link, which never replaces
            if (::link(pending, target.c_str()) != 0) return errno == EEXIST ? Placed::exists : Placed::failed;
            return done();
        }
        return errno == EEXIST ? Placed::exists : Placed::failed;
    }

private:
    Placed done() {
        ::unlink(pending);  // after a swap, the old file; after a link, the other name; else nothing
        pending[0] = '\0';
        return Placed::done;
    }

    int fd_ = -1;
    using Handler = void (*)(int);
    Handler previous_int_ = SIG_ERR, previous_term_ = SIG_ERR, previous_hup_ = SIG_ERR;
};

bool refuse(const OutputOptions& options, const std::string& why) {
    std::cerr << "claimcheck: " << options.name << " " << inert(options.path) << ": " << inert(why) << "\n";
    return false;
}

const std::string only_regular = "; --output replaces only a regular file";

}  // namespace

bool write_result(const OutputOptions& options, const std::string& text, const std::vector<std::string>& inputs) {
    if (options.path.empty()) {
        std::cout << text << std::flush;
        return static_cast<bool>(std::cout);
    }
    // What a write would replace: through a symbolic link, the file it points to, and the link stays.
    const ResolvedPath target = resolve(options.path);
    const bool exists = !target.error;
    if (target.error && target.error->problem != FileProblem::missing) return refuse(options, target.error->message());
    std::error_code ec;
    for (const auto& input : inputs)
        if (fs::equivalent(target.path, input, ec))
            return refuse(options, "is one of the files this run reads (" + input + "); claimcheck never writes into its inputs");
    if (auto why = target.problem(); exists && why) return refuse(options, why->message() + only_regular);
    if (exists && !options.force) return refuse(options, options.exists);
    PendingFile file(target.path);  // beside the file it replaces, on the same file system
    if (!file.write(text)) return refuse(options, std::string("cannot be written: ") + std::strerror(errno));
    switch (file.place(target.path, options.force)) {
        case Placed::done: return true;
        case Placed::exists: return refuse(options, options.exists);
        case Placed::not_regular: return refuse(options, "is no longer a regular file" + only_regular);
        case Placed::failed: break;
    }
    return refuse(options, std::string("cannot be written: ") + std::strerror(errno));
}

bool replace_file(const std::string& path, const std::string& text) {
    const OutputOptions options{path, true};
    const ResolvedPath target = resolve(path);
    if (target.error) return refuse(options, target.error->message());
    if (auto why = target.problem()) return refuse(options, why->message() + only_regular);
    struct stat old {};
    const mode_t mode = ::stat(target.path.c_str(), &old) == 0 ? old.st_mode & 07777 : 0644;  // kept as they were
    PendingFile file(target.path);
    if (!file.write(text, mode)) return refuse(options, std::string("cannot be written: ") + std::strerror(errno));
    if (file.place(target.path, true) == Placed::done) return true;
    return refuse(options, std::string("cannot be written: ") + std::strerror(errno));
}

}  // namespace claimcheck::cli
