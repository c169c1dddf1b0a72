// engine/core/paths: names resolved as the kernel resolves them (links before `..`), the
// project they may not leave, and inputs opened without blocking, regular files only.
#include "engine/core/paths.hpp"

#include "support.hpp"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <iostream>

using namespace claimcheck;
using claimcheck::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A project and a directory beside it, outside it: tmp/project and tmp/outside.
struct Layout {
    TempDir tmp;
    fs::path project = tmp.path() / "project";
    fs::path outside = tmp.path() / "outside";
    Layout() {
        tmp.write("project/file.txt", "inside\n");
        tmp.write("project/sub/deep/x.txt", "deep\n");
        tmp.write("outside/secret.txt", "secret\n");
        tmp.write("outside/sub/y.txt", "y\n");
    }
    void link(const std::string& name, const fs::path& target) const { fs::create_symlink(target, tmp.path() / name); }
};

FileProblem problem_of(const ResolvedPath& r) {
    REQUIRE(r.error);
    return r.error->problem;
}

FileProblem refused(const std::variant<InputFile, FileError>& opened) {
    REQUIRE(std::holds_alternative<FileError>(opened));
    return std::get<FileError>(opened).problem;
}

const Confinement& in_project(const Layout& l) {
    static Confinement within;
    within = Confinement{l.project, "project", false};
    return within;
}

}  // namespace

TEST_CASE("a plain path resolves to itself, a regular file, no links followed", "[paths]") {
    Layout l;
    ResolvedPath r = resolve(l.project / "sub" / "." / "deep" / ".." / ".." / "file.txt");
    CHECK_FALSE(r.error);
    CHECK(r.path == l.project / "file.txt");
    CHECK(r.type == S_IFREG);
    CHECK(r.links == 0);
    CHECK_FALSE(r.problem());
    CHECK(resolve(l.project).type == S_IFDIR);
}

TEST_CASE("a symbolic link is followed before the `..` after it, as the kernel does", "[paths]") {
    Layout l;
    l.link("project/lnk", "../outside/sub");
    // Lexically project/lnk/../secret.txt is project/secret.txt; the kernel opens outside/secret.txt.
    ResolvedPath r = resolve(l.project / "lnk" / ".." / "secret.txt");
    CHECK_FALSE(r.error);
    CHECK(r.path == l.outside / "secret.txt");
    CHECK(r.links == 1);
    CHECK_FALSE(inside(r.path, l.project));
    auto why = refusal("lnk/../secret.txt", l.project / "lnk/../secret.txt", r, in_project(l));
    REQUIRE(why);
    CHECK(why->problem == FileProblem::outside);
    CHECK(why->message.find("\"lnk/../secret.txt\" is outside the project directory (") == 0);
    CHECK(why->message.find("): through symbolic links it is " + (l.outside / "secret.txt").string() +
                            "; --allow-outside permits it") != std::string::npos);
}

TEST_CASE("a link to / and `..` after it stay at /", "[paths]") {
    Layout l;
    l.link("project/r", "/");
    ResolvedPath r = resolve(l.project / "r" / ".." / "etc");
    CHECK(r.path == "/etc");
    CHECK_FALSE(inside(r.path, l.project));
    CHECK(resolve(l.project / "r").path == "/");
}

TEST_CASE("a chain of links is followed to its end", "[paths]") {
    Layout l;
    l.link("project/a", "b");
    l.link("project/b", "sub/c");
    l.link("project/sub/c", "deep/x.txt");
    ResolvedPath r = resolve(l.project / "a");
    CHECK_FALSE(r.error);
    CHECK(r.path == l.project / "sub" / "deep" / "x.txt");
    CHECK(r.links == 3);
    CHECK(r.type == S_IFREG);
}

TEST_CASE("a link into the project and `..` back out of it is judged where it ends", "[paths]") {
    Layout l;
    // Out and back in: the file opened is inside, though the way passes outside.
    l.link("project/out", "../outside");
    l.link("outside/back", "../project");
    ResolvedPath back = resolve(l.project / "out" / "back" / "file.txt");
    CHECK(back.path == l.project / "file.txt");
    CHECK(inside(back.path, l.project));
    // Deeper in by a link, then `..` twice: lexically outside the project, in fact inside it.
    l.link("project/in", "sub/deep");
    ResolvedPath up = resolve(l.project / "in" / ".." / ".." / "file.txt");
    CHECK(up.path == l.project / "file.txt");
    CHECK(inside(up.path, l.project));
    // In through a link, then out by `..` past the project's top.
    ResolvedPath leave = resolve(l.project / "in" / ".." / ".." / ".." / "outside" / "secret.txt");
    CHECK(leave.path == l.outside / "secret.txt");
    CHECK_FALSE(inside(leave.path, l.project));
}

TEST_CASE("links in a loop are a loop, never a missing file", "[paths]") {
    Layout l;
    l.link("project/a", "b");
    l.link("project/b", "a");
    l.link("project/self", "self");
    ResolvedPath r = resolve(l.project / "a");
    CHECK(problem_of(r) == FileProblem::link_loop);
    CHECK(r.error->message().find("symbolic links in a loop (") == 0);
    CHECK(r.error->message().find("; more than 40 followed)") != std::string::npos);
    CHECK(problem_of(resolve(l.project / "self" / "x.txt")) == FileProblem::link_loop);
    // A loop is refused as one even when its name would also leave the project.
    auto why = refusal("a", l.project / "a", r, Confinement{l.project / "sub", "project", false});
    REQUIRE(why);
    CHECK(why->problem == FileProblem::link_loop);
}

TEST_CASE("the kernel's 40 links are followed, the 41st is a loop", "[paths]") {
    Layout l;
    for (int i = 0; i < 41; ++i) l.link("project/l" + std::to_string(i), i == 40 ? "file.txt" : "l" + std::to_string(i + 1));
    ResolvedPath forty = resolve(l.project / "l1");
    CHECK_FALSE(forty.error);
    CHECK(forty.links == 40);
    CHECK(problem_of(resolve(l.project / "l0")) == FileProblem::link_loop);
    // The kernel agrees: open() follows the same 40 and refuses the 41st.
    CHECK(::access((l.project / "l1").c_str(), R_OK) == 0);
    CHECK(::access((l.project / "l0").c_str(), R_OK) != 0);
    CHECK(errno == ELOOP);
}

TEST_CASE("a dangling link is named with where it points; a missing name is missing", "[paths]") {
    Layout l;
    l.link("project/gone", "nowhere/x.txt");
    l.link("project/to_sub", "sub");
    ResolvedPath r = resolve(l.project / "gone");
    CHECK(problem_of(r) == FileProblem::dangling_link);
    CHECK(r.error->message() == "a symbolic link to nothing (" + display_path(l.project / "gone") + " -> nowhere/x.txt)");
    CHECK(r.path == l.project / "nowhere" / "x.txt");
    // The link is sound; the file after it is not there.
    CHECK(problem_of(resolve(l.project / "to_sub" / "missing.txt")) == FileProblem::missing);
    CHECK(problem_of(resolve(l.project / "missing.txt")) == FileProblem::missing);
    CHECK(problem_of(resolve("")) == FileProblem::missing);
}

TEST_CASE("a file used as a directory is no directory", "[paths]") {
    Layout l;
    ResolvedPath r = resolve(l.project / "file.txt" / "x");
    CHECK(problem_of(r) == FileProblem::not_a_directory);
    CHECK(r.error->message() == "a path through a file (" + display_path(l.project / "file.txt") + " is not a directory)");
    CHECK(problem_of(resolve(l.project / "file.txt" / ".")) == FileProblem::not_a_directory);
}

TEST_CASE("inside: the directory itself and what is under it, never a sibling sharing a prefix", "[paths]") {
    CHECK(inside("/a/b", "/a/b"));
    CHECK(inside("/a/b/c/d", "/a/b"));
    CHECK_FALSE(inside("/a/bc", "/a/b"));
    CHECK_FALSE(inside("/a", "/a/b"));
    CHECK(inside("/etc", "/"));
}

TEST_CASE("refusal: outside before missing, so nothing outside is probed; allowed, the problem itself", "[paths]") {
    Layout l;
    const fs::path name = l.project / ".." / "outside" / "nothing.txt";
    ResolvedPath r = resolve(name);
    auto why = refusal("../outside/nothing.txt", name, r, in_project(l));
    REQUIRE(why);
    CHECK(why->problem == FileProblem::outside);
    CHECK(why->message.find("through symbolic links") == std::string::npos);  // none was followed
    auto allowed = refusal("../outside/nothing.txt", name, r, Confinement{l.project, "project", true});
    REQUIRE(allowed);
    CHECK(allowed->problem == FileProblem::missing);
    CHECK(allowed->message == "cannot read " + display_path(name) + ": no such file");
    CHECK_FALSE(refusal("file.txt", l.project / "file.txt", resolve(l.project / "file.txt"), in_project(l)));
}

TEST_CASE("open_resolved: a FIFO is refused at once, never waited on", "[paths]") {
    Layout l;
    const fs::path fifo = l.project / "pipe.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    const auto started = std::chrono::steady_clock::now();
    CHECK(refused(open_input(fifo)) == FileProblem::fifo);
    CHECK(refused(open_resolved(fifo)) == FileProblem::fifo);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));  // no writer: open() would block
    CHECK(FileError{FileProblem::fifo, ""}.message() == "is a FIFO (a named pipe), not a regular file");
    auto read = read_input(fifo, 100);
    REQUIRE(std::holds_alternative<FileError>(read));
}

TEST_CASE("open_resolved: directories, devices and sockets are refused, each named", "[paths]") {
    Layout l;
    CHECK(refused(open_input(l.project)) == FileProblem::directory);
    auto device = open_input("/dev/null");
    CHECK(refused(device) == FileProblem::device);
    CHECK(std::get<FileError>(device).message() == "is a character device, not a regular file");
    const fs::path socket_path = l.project / "s.sock";
    const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(s >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(socket_path.string().size() < sizeof address.sun_path);
    std::strcpy(address.sun_path, socket_path.c_str());
    REQUIRE(::bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    CHECK(refused(open_input(socket_path)) == FileProblem::socket);
    ::close(s);
}

TEST_CASE("open_resolved follows no link: one put into a resolved path is refused", "[paths]") {
    Layout l;
    l.link("project/lnk", "file.txt");
    CHECK(std::holds_alternative<InputFile>(open_input(l.project / "lnk")));  // resolved first: fine
    CHECK(refused(open_resolved(l.project / "lnk")) == FileProblem::changed);
    l.link("project/dir", "sub");
    CHECK(refused(open_resolved(l.project / "dir" / "deep" / "x.txt")) == FileProblem::changed);
}

TEST_CASE("read_all: the whole file up to the limit, and the limit named past it", "[paths]") {
    Layout l;
    auto text = read_input(l.project / "file.txt", 7);
    REQUIRE(std::holds_alternative<std::string>(text));
    CHECK(std::get<std::string>(text) == "inside\n");
    // Its buffer is its size: thousands of small files used by one another must not each hold 64 KiB.
    CHECK(std::get<std::string>(read_input(l.project / "file.txt", 1 << 20)).capacity() < 64);
    auto status_small = read_input("/proc/self/status", 1 << 20);
    REQUIRE(std::holds_alternative<std::string>(status_small));
    CHECK(std::get<std::string>(status_small).capacity() < std::get<std::string>(status_small).size() + 8192);
    auto over = read_input(l.project / "file.txt", 6);
    REQUIRE(std::holds_alternative<FileError>(over));
    CHECK(std::get<FileError>(over).problem == FileProblem::too_big);
    CHECK(std::get<FileError>(over).message() == "is 7 bytes, over the limit of 6; --max-file-size raises it");
    // A file that says it is empty and is not (/proc) is read to its end, within the limit.
    auto status = read_input("/proc/self/status", 1 << 20);
    REQUIRE(std::holds_alternative<std::string>(status));
    CHECK(std::get<std::string>(status).find("Name:") == 0);
    auto capped = read_input("/proc/self/status", 10);
    REQUIRE(std::holds_alternative<FileError>(capped));
    CHECK(std::get<FileError>(capped).message() == "is more than 10 bytes, over the limit of 10; --max-file-size raises it");
}

TEST_CASE("an unreadable file is permission denied", "[paths]") {
    Layout l;
    const fs::path locked = l.project / "file.txt";
    fs::permissions(locked, fs::perms::none);
    if (::geteuid() == 0) {  // root reads it all the same
        std::cout << "paths_test: running as root, where chmod 000 does not stop a read; "
                     "the permission-denied assertions are skipped\n";
        CHECK(std::holds_alternative<InputFile>(open_input(locked)));
    } else {
        auto opened = open_input(locked);
        CHECK(refused(opened) == FileProblem::permission_denied);
        CHECK(std::get<FileError>(opened).message() == "permission denied");
    }
    fs::permissions(locked, fs::perms::owner_all);
}

TEST_CASE("project_root: --root, else the working directory when inside it, else the target's directory", "[paths]") {
    Layout l;
    CHECK(project_root(l.project / "file.txt", l.outside) == l.outside);
    CHECK(project_root(l.project / "file.txt", {}) == l.project);  // the temporary directory is not the working one
    CHECK(project_root(l.project / "sub", {}) == l.project / "sub");
    CHECK(project_root("CMakeLists.txt", {}) == fs::current_path());
}

TEST_CASE("tidy: `.` dropped, `..` folded, except after a link, where folding would name another file", "[paths]") {
    CHECK(tidy("a/./b/../c") == "a/c");
    CHECK(tidy("a/../../x") == "../x");
    CHECK(tidy("../shared/seeds/") == "../shared/seeds");
    CHECK(tidy("/..") == "/");
    CHECK(tidy("/a/../..") == "/");
    CHECK(tidy("") == ".");
    CHECK(tidy("a/..") == ".");
    Layout l;
    l.link("project/r", "/");
    CHECK(tidy(l.project / "r" / ".." / "etc" / "passwd") == l.project / "r" / ".." / "etc" / "passwd");
    CHECK(tidy(l.project / "sub" / "deep" / ".." / "x") == l.project / "sub" / "x");
    CHECK(display_path(l.project / "r" / ".." / "etc") == (l.project / "r" / ".." / "etc").generic_string());
}
