#pragma once
// Files as claimcheck reads them. A path is resolved the way the kernel resolves
// it (each symbolic link followed before the `..` after it), so whether it leaves
// the project is judged on the file that would be opened, and that resolved path
// is what is opened. Every input is opened without blocking and refused unless it
// is a regular file, so a FIFO or a device can neither hang a run nor feed it.
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <variant>
#include <vector>

namespace claimcheck {

// Why a name gives no file that can be read.
enum class FileProblem {
    missing,            // no such file
    dangling_link,      // a symbolic link to nothing
    link_loop,          // more symbolic links than the kernel follows (40): a loop
    not_a_directory,    // a file where the path needs a directory
    permission_denied,  // a directory may not be searched, or the file may not be read
    directory,
    fifo,
    device,
    socket,
    too_big,      // over the size limit
    changed,      // replaced while it was being opened
    read_failed,  // an error of the system's: `detail` says which
    outside,      // outside the directory a name may not leave (see refusal)
};

struct FileError {
    FileProblem problem;
    std::string detail;  // the link and where it points; the size and the limit; the system's words

    // "is a FIFO (a named pipe), not a regular file", for "cannot read NAME: ..."
    std::string message() const;
};

// A path as the kernel resolves it.
struct ResolvedPath {
    // Absolute, with every symbolic link followed and every `.` and `..` applied: the
    // file the kernel opens. Past a component that is missing, the rest as written.
    std::filesystem::path path;
    std::optional<FileError> error;  // missing, dangling_link, link_loop, not_a_directory, permission_denied
    mode_t type = 0;                 // S_IFREG, S_IFDIR, ... when the path exists
    int links = 0;                   // symbolic links followed on the way

    // Why it cannot be read as a file, before it is opened: `error`, or what it is if no regular file.
    std::optional<FileError> problem() const;
};

ResolvedPath resolve(const std::filesystem::path& path);

// Whether a resolved path lies inside a resolved directory (or is that directory).
bool inside(const std::filesystem::path& resolved, const std::filesystem::path& resolved_root);

// The directory a name written in a claims file may not leave.
struct Confinement {
    std::filesystem::path root;      // resolved
    std::string kind = "project";    // or "rules", for messages
    bool allow_outside = false;
};

struct Refusal {
    FileProblem problem;
    std::string message;  // the whole message, for the line that names the file
};

// Why a name written in a claims file (`named`, which is `path` from the working
// directory, resolved as `where`) may not be read, or nothing: a loop of links first,
// then a place outside the directory (`"r/../etc/passwd" is outside the project
// directory (.): through symbolic links it is /etc/passwd; --allow-outside permits it`),
// then what keeps it from being read (`cannot read data/t.csv: is a FIFO ...`).
std::optional<Refusal> refusal(const std::string& named, const std::filesystem::path& path, const ResolvedPath& where,
                               const Confinement& within);

// An input that could not be read: "read failed: Input/output error", or what opening it said.
struct ReadFailed : std::runtime_error {
    explicit ReadFailed(int error);  // a read's errno
    explicit ReadFailed(const std::string& why) : std::runtime_error(why) {}
    int error = 0;
};

// A regular file open for reading, closed when it goes.
class InputFile {
public:
    InputFile(InputFile&& other) noexcept : fd_(other.fd_), size_(other.size_) { other.fd_ = -1; }
    InputFile& operator=(InputFile&& other) noexcept;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    std::uint64_t size() const { return size_; }
    // Up to n bytes at offset into out, as many as the file has there. Throws ReadFailed.
    std::size_t read_at(std::uint64_t offset, char* out, std::size_t n) const;
    // The whole file, or too_big when it holds more than max_bytes, or read_failed.
    std::variant<std::string, FileError> read_all(std::uintmax_t max_bytes) const;

private:
    friend std::variant<InputFile, FileError> open_resolved(const std::filesystem::path& resolved);
    InputFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

// Opens a path that resolve() gave, following no symbolic link (one put there since is
// refused as `changed`), without blocking: anything but a regular file is refused
// unopened, so a device is never opened and a FIFO never waited on.
std::variant<InputFile, FileError> open_resolved(const std::filesystem::path& resolved);

// open_resolved() then InputFile::read_all().
std::variant<std::string, FileError> read_resolved(const std::filesystem::path& resolved, std::uintmax_t max_bytes);

// resolve() then open_resolved(): for inputs named on the command line.
std::variant<InputFile, FileError> open_input(const std::filesystem::path& path);

// The whole of an input the command line names, as text, or why not.
std::variant<std::string, FileError> read_input(const std::filesystem::path& path, std::uintmax_t max_bytes);

// The path with `.` dropped and each `..` folded into the name before it, unless that
// name is a symbolic link (the kernel's `..` then goes where the link leads, and the
// folded path would name another file): short, and still naming the file opened.
std::filesystem::path tidy(const std::filesystem::path& path);

// Paths as the user would write them (tidy): relative to the working directory when
// inside it, otherwise absolute.
std::string display_path(const std::filesystem::path& path);

// `given` when set; else the working directory when `target` is inside it, else
// the target's own directory (the target, when it is a directory); resolved.
std::filesystem::path project_root(const std::filesystem::path& target, const std::filesystem::path& given);

// Every file named *.claims under dir, in the byte order of their paths (directory order
// varies between machines); links to directories are not followed. `problem` says why
// the search stopped short.
std::vector<std::filesystem::path> claims_files_in(const std::filesystem::path& dir, std::error_code& problem);

}  // namespace claimcheck
