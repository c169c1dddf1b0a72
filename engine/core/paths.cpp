// Paths resolved as the kernel resolves them, and inputs opened without blocking.
#include "engine/core/paths.hpp"

#include "engine/core/limits.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <vector>

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

constexpr int max_links = 40;  // the kernel's MAXSYMLINKS: more is ELOOP

// One component still to resolve, and the link whose target it came from (-1: the path as given).
struct Part {
    std::string name;
    int link = -1;
};

struct Link {
    fs::path at;         // where the link is, resolved
    std::string target;  // what it says, as written
};

std::string shown(const Link& link) { return display_path(link.at) + " -> " + link.target; }

// What the system said, as a problem with the file.
FileError system_error(int error) {
    switch (error) {
        case ENOENT: return {FileProblem::missing, ""};
        case EACCES:
        case EPERM: return {FileProblem::permission_denied, ""};
        case ENXIO: return {FileProblem::socket, ""};  // what open() says of a socket
        case ELOOP: return {FileProblem::changed, ""};  // a link where resolve() found none
        default: return {FileProblem::read_failed, std::strerror(error)};
    }
}

// Anything but a regular file, as the problem it is.
std::optional<FileError> not_regular(mode_t type) {
    switch (type & S_IFMT) {
        case S_IFREG: return std::nullopt;
        case S_IFDIR: return FileError{FileProblem::directory, ""};
        case S_IFIFO: return FileError{FileProblem::fifo, ""};
        case S_IFCHR: return FileError{FileProblem::device, "character"};
        case S_IFBLK: return FileError{FileProblem::device, "block"};
        case S_IFSOCK: return FileError{FileProblem::socket, ""};
        case S_IFLNK: return FileError{FileProblem::changed, ""};
        default: return FileError{FileProblem::read_failed, "not a regular file"};
    }
}

// `at`, then the parts not resolved, as written: where the kernel stopped, and what was left.
fs::path with_rest(fs::path at, const Part& part, const std::deque<Part>& rest) {
    at /= part.name;
    for (const auto& p : rest) at /= p.name;
    return at.lexically_normal();
}

// Opens for reading, following no symbolic link anywhere in the path (RESOLVE_NO_SYMLINKS),
// and without waiting for a FIFO's writer. Kernels before 5.6 have no openat2: there
// only the last component is held to be no link.
int open_no_links(const char* path) {
    constexpr int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    open_how how{};
    how.flags = flags;
    how.resolve = RESOLVE_NO_SYMLINKS;
    const long fd = ::syscall(SYS_openat2, AT_FDCWD, path, &how, sizeof how);
    if (fd >= 0 || (errno != ENOSYS && errno != EPERM)) return static_cast<int>(fd);
    return ::open(path, flags | O_NOFOLLOW);
}

}  // namespace

std::string FileError::message() const {
    switch (problem) {
        case FileProblem::missing: return "no such file";
        case FileProblem::dangling_link: return "a symbolic link to nothing (" + detail + ")";
        case FileProblem::link_loop:
            return "symbolic links in a loop (" + detail + "; more than " + std::to_string(max_links) + " followed)";
        case FileProblem::not_a_directory: return "a path through a file (" + detail + " is not a directory)";
        case FileProblem::permission_denied: return "permission denied" + (detail.empty() ? "" : " (" + detail + ")");
        case FileProblem::directory: return "is a directory, not a file";
        case FileProblem::fifo: return "is a FIFO (a named pipe), not a regular file";
        case FileProblem::device: return "is a " + detail + " device, not a regular file";
        case FileProblem::socket: return "is a socket, not a regular file";
        case FileProblem::too_big: return detail;
        case FileProblem::changed: return "was replaced while it was being opened";
        case FileProblem::read_failed: return "read failed: " + detail;
        case FileProblem::outside: return detail;
    }
    return detail;
}

std::optional<FileError> ResolvedPath::problem() const {
    if (error) return error;
    return not_regular(type);
}

ResolvedPath resolve(const fs::path& given) {
    ResolvedPath out;
    std::error_code ec;
    fs::path at = given.is_absolute() ? fs::path("/") : fs::current_path(ec);  // the working directory, physical
    if (ec || given.empty()) {
        out.path = fs::absolute(given, ec).lexically_normal();
        out.error = FileError{FileProblem::missing, ""};
        return out;
    }
    std::deque<Part> pending;
    for (const auto& part : given.relative_path()) pending.push_back({part.string(), -1});
    std::vector<Link> links;
    mode_t type = S_IFDIR;  // of `at`
    while (!pending.empty()) {
        Part part = std::move(pending.front());
        pending.pop_front();
        if (type != S_IFDIR) {  // a name after a file: "x.csv/..", even "x.csv/."
            out.error = FileError{FileProblem::not_a_directory, display_path(at)};
            out.path = with_rest(at, part, pending);
            return out;
        }
        if (part.name.empty() || part.name == ".") continue;
        if (part.name == "..") {  // after the links before it: the kernel's `..`, not the lexical one
            at = at.parent_path();
            continue;
        }
        const fs::path next = at / part.name;
        struct stat info {};
        if (::lstat(next.c_str(), &info) != 0) {
            const int error = errno;
            out.path = with_rest(at, part, pending);
            if (error == ENOENT && part.link >= 0)
                out.error = FileError{FileProblem::dangling_link, shown(links[static_cast<std::size_t>(part.link)])};
            else if (error == EACCES)
                out.error = FileError{FileProblem::permission_denied, "cannot search " + display_path(at)};
            else
                out.error = system_error(error);
            return out;
        }
        if (S_ISLNK(info.st_mode)) {
            const fs::path target = fs::read_symlink(next, ec);
            if (ec) {
                out.error = FileError{FileProblem::read_failed, ec.message()};
                out.path = with_rest(at, part, pending);
                return out;
            }
            links.push_back({next, target.string()});
            if (++out.links > max_links) {
                out.error = FileError{FileProblem::link_loop, shown(links.back())};
                out.path = with_rest(at, part, pending);
                return out;
            }
            // The target's parts come before the rest, resolved from the link's directory or from /.
            const int from = static_cast<int>(links.size() - 1);
            std::vector<Part> parts;
            for (const auto& p : target.relative_path()) parts.push_back({p.string(), from});
            pending.insert(pending.begin(), parts.begin(), parts.end());
            if (target.is_absolute()) at = "/";
            continue;
        }
        at = next;
        type = info.st_mode & S_IFMT;
    }
    out.path = at;
    out.type = type;
    return out;
}

bool inside(const fs::path& resolved, const fs::path& resolved_root) {
    const fs::path relative = resolved.lexically_relative(resolved_root);
    return !relative.empty() && *relative.begin() != "..";
}

std::optional<Refusal> refusal(const std::string& named, const fs::path& path, const ResolvedPath& where,
                               const Confinement& within) {
    const auto cannot_read = [&](const FileError& why) {
        return Refusal{why.problem, "cannot read " + display_path(path) + ": " + why.message()};
    };
    if (where.error && where.error->problem == FileProblem::link_loop) return cannot_read(*where.error);
    if (!within.allow_outside && !inside(where.path, within.root)) {
        std::string out = "\"" + named + "\" is outside the " + within.kind + " directory (" + display_path(within.root) + ")";
        if (where.links > 0) out += ": through symbolic links it is " + display_path(where.path);
        return Refusal{FileProblem::outside, out + "; --allow-outside permits it"};
    }
    if (auto why = where.problem()) return cannot_read(*why);
    return std::nullopt;
}

ReadFailed::ReadFailed(int e) : std::runtime_error(std::string("read failed: ") + std::strerror(e)), error(e) {}

InputFile& InputFile::operator=(InputFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = other.fd_;
        size_ = other.size_;
        other.fd_ = -1;
    }
    return *this;
}

InputFile::~InputFile() {
    if (fd_ >= 0) ::close(fd_);
}

std::size_t InputFile::read_at(std::uint64_t offset, char* out, std::size_t n) const {
    std::size_t done = 0;
    while (done < n) {
        const ssize_t got = ::pread(fd_, out + done, n - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw ReadFailed(errno);
        if (got == 0) break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

std::variant<std::string, FileError> InputFile::read_all(std::uintmax_t max_bytes) const {
    auto too_big = [&](const std::string& size) {
        return FileError{FileProblem::too_big, over_limit("is " + size + " bytes", max_bytes, "--max-file-size")};
    };
    if (size_ > max_bytes) return too_big(std::to_string(size_));
    // The size is a hint: a file may grow while it is read, and /proc files say 0.
    const std::uintmax_t cap = max_bytes < UINTMAX_MAX ? max_bytes + 1 : max_bytes;
    // One byte more than the size, so the end is found without growing the buffer: a string
    // grown to find it keeps its capacity, and thousands of small files would each hold 64 KiB.
    std::string text(static_cast<std::size_t>(std::min<std::uintmax_t>(cap, size_ + 1)), '\0');
    std::size_t got = 0;
    try {
        for (;;) {
            if (got == text.size()) {
                if (got > max_bytes) return too_big("more than " + std::to_string(max_bytes));
                text.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(cap, std::max<std::size_t>(2 * got, 1 << 16))));
            }
            const std::size_t n = read_at(got, text.data() + got, text.size() - got);
            got += n;
            if (got < text.size()) break;  // a short read: the end of the file
        }
    } catch (const ReadFailed& e) {
        return FileError{FileProblem::read_failed, std::strerror(e.error)};
    }
    text.resize(got);
    if (text.capacity() > got + got / 4 + 4096) text.shrink_to_fit();  // a file that grew, or said 0 (/proc)
    return text;
}

std::variant<InputFile, FileError> open_resolved(const fs::path& resolved) {
    struct stat info {};
    if (::lstat(resolved.c_str(), &info) != 0) return system_error(errno);
    if (auto bad = not_regular(info.st_mode)) return *bad;  // a device is never opened, a FIFO never waited on
    const int fd = open_no_links(resolved.c_str());
    if (fd < 0) return system_error(errno);
    InputFile file(fd, 0);  // closed on every return below but the last
    if (::fstat(fd, &info) != 0) return system_error(errno);
    if (auto bad = not_regular(info.st_mode)) return *bad;  // replaced since the lstat
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) return system_error(errno);
    file.size_ = static_cast<std::uint64_t>(info.st_size);
    return file;
}

std::variant<InputFile, FileError> open_input(const fs::path& path) {
    const ResolvedPath resolved = resolve(path);
    if (auto why = resolved.problem()) return *why;
    return open_resolved(resolved.path);
}

std::variant<std::string, FileError> read_resolved(const fs::path& resolved, std::uintmax_t max_bytes) {
    auto opened = open_resolved(resolved);
    if (auto* why = std::get_if<FileError>(&opened)) return *why;
    return std::get<InputFile>(opened).read_all(max_bytes);
}

std::variant<std::string, FileError> read_input(const fs::path& path, std::uintmax_t max_bytes) {
    const ResolvedPath resolved = resolve(path);
    if (auto why = resolved.problem()) return *why;
    return read_resolved(resolved.path, max_bytes);
}

fs::path tidy(const fs::path& path) {
    fs::path out = path.root_path();
    for (const auto& part : path.relative_path()) {
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            struct stat info {};
            if (out.has_relative_path() && out.filename() != ".." &&
                (::lstat(out.c_str(), &info) != 0 || !S_ISLNK(info.st_mode))) {
                out = out.parent_path();
                continue;
            }
            if (out.has_root_directory() && !out.has_relative_path()) continue;  // /.. is /
        }
        out /= part;
    }
    return out.empty() ? fs::path(".") : out;
}

std::string display_path(const fs::path& path) {
    std::error_code ec;
    fs::path absolute = tidy(fs::absolute(path, ec));
    fs::path relative = absolute.lexically_relative(fs::current_path(ec));
    bool inside = !relative.empty() && *relative.begin() != "..";
    return (inside ? relative : absolute).generic_string();
}

fs::path project_root(const fs::path& target, const fs::path& given) {
    if (!given.empty()) return resolve(given).path;
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    const ResolvedPath resolved = resolve(target);
    if (inside(resolved.path, cwd)) return cwd;
    return resolved.type == S_IFDIR ? resolved.path : resolved.path.parent_path();
}

std::vector<fs::path> claims_files_in(const fs::path& dir, std::error_code& problem) {
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(dir, problem), end; !problem && it != end; it.increment(problem)) {
        std::error_code ec;
        if (it->path().extension() == ".claims" && !fs::is_directory(it->symlink_status(ec)))
            files.push_back(it->path());  // whatever it is: its reader says why it cannot be read
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace claimcheck
