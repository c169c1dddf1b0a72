// engine/lang/loader: reading inputs, following `use`, cycles, missing files and directory order.
#include "engine/lang/loader.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace claimcheck;
using claimcheck::test::Project;
using claimcheck::test::rendered;

namespace {

std::vector<std::string> paths(const Program& program) {
    std::vector<std::string> out;
    for (const auto& m : program.modules) out.push_back(m->source.path());
    return out;
}

const Module* find(const Program& program, const std::string& path) {
    for (const auto& m : program.modules)
        if (m->source.path() == path) return m.get();
    return nullptr;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

TEST_CASE("a single file loads as a target with its text and tree", "[loader]") {
    Project p;
    p.file("main.claims", "let a = 1\n");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    REQUIRE(r.errors.empty());
    REQUIRE(r.program.modules.size() == 1);
    const Module& m = *r.program.modules[0];
    CHECK(m.target);
    CHECK(m.source.path() == p.path("main.claims"));
    CHECK(m.source.text() == "let a = 1\n");
    CHECK(m.ast.size() == 1);
    CHECK(r.program.targets().size() == 1);
}

TEST_CASE("use is resolved relative to the file that says it", "[loader]") {
    Project p;
    p.file("articles/main.claims", "use \"data/counts.claims\"\n");
    p.file("articles/data/counts.claims", "use \"../shared.claims\"\nlet a = 1\n");
    p.file("articles/shared.claims", "let b = 2\n");
    p.file("shared.claims", "this file must not be read\n");
    LoadResult r = p.load({"articles/main.claims"});
    INFO(rendered(r.errors));
    REQUIRE(r.errors.empty());
    CHECK(paths(r.program) == std::vector<std::string>{p.path("articles/main.claims"),
                                                       p.path("articles/data/counts.claims"),
                                                       p.path("articles/shared.claims")});
    const Module* main = find(r.program, p.path("articles/main.claims"));
    const Module* counts = find(r.program, p.path("articles/data/counts.claims"));
    REQUIRE(main);
    REQUIRE(counts);
    REQUIRE(main->uses.size() == 1);
    CHECK(main->uses[0] == counts);
    CHECK(main->target);
    CHECK_FALSE(counts->target);  // used, not checked
}

TEST_CASE("use of a rules name reads it from the rules directory", "[loader]") {
    Project p;
    p.file("main.claims", "use house-style\n");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    REQUIRE(r.errors.empty());
    REQUIRE(r.program.modules.size() == 3);  // main, house-style, and the numbers it uses
    CHECK(ends_with(r.program.modules[1]->source.path(), "rules/house-style.claims"));
    CHECK(ends_with(r.program.modules[2]->source.path(), "rules/numbers.claims"));
    CHECK(r.program.targets().size() == 1);
}

TEST_CASE("a rules name that does not exist is an error at the use", "[loader]") {
    Project p;
    p.file("main.claims", "let a = 1\n  use nonesuch\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message,
               Catch::StartsWith("cannot read ") && Catch::EndsWith("rules/nonesuch.claims: no such file"));
    CHECK(r.errors[0].path == p.path("main.claims"));
    CHECK(r.errors[0].at.line == 2);
    CHECK(r.errors[0].at.column == 3);
}

TEST_CASE("a used file that does not exist is an error at the use", "[loader]") {
    Project p;
    p.file("main.claims", "let a = 1\nuse \"nope.claims\"\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "cannot read " + p.path("nope.claims") + ": no such file");
    CHECK(r.errors[0].at.line == 2);
    CHECK(r.errors[0].at.column == 1);
    CHECK(r.errors[0].source_line == "use \"nope.claims\"");
}

TEST_CASE("with no rules directory, a use by name says where the command line looked", "[loader]") {
    Project p;
    p.file("main.claims", "let a = 1\nuse house-style\nuse \"other.claims\"\n");
    p.file("other.claims", "let b = 2\n");
    LoadResult r = load({p.path("main.claims")}, LoadOptions{{}, p.dir().path(), false, {}, {"looked here", "set one so"}});
    REQUIRE(r.errors.size() == 1);  // a use by path is read as ever
    CHECK(r.errors[0].message == "no rules directory to read house-style.claims from");
    CHECK(r.errors[0].at.line == 2);
    CHECK(r.errors[0].notes == std::vector<std::string>{"looked here", "set one so"});
}

TEST_CASE("an input that does not exist is an error about the whole input", "[loader]") {
    Project p;
    std::string absent = p.path("absent.claims");
    LoadResult r = load({absent}, LoadOptions{claimcheck::test::rules_dir(), {}, false});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == absent);
    CHECK(r.errors[0].message == "no such file or directory");
    CHECK(r.errors[0].at.line == 0);
    CHECK(r.program.modules.empty());
}

TEST_CASE("a use cycle is reported with its chain", "[loader]") {
    Project p;
    p.file("a.claims", "use \"b.claims\"\n");
    p.file("b.claims", "let x = 1\nuse \"c.claims\"\n");
    p.file("c.claims", "use \"a.claims\"\n");
    LoadResult r = p.load({"a.claims"});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "use cycle: " + p.path("a.claims") + " uses " + p.path("b.claims") + " uses " +
                                     p.path("c.claims") + " uses " + p.path("a.claims"));
    CHECK(r.errors[0].path == p.path("c.claims"));
    CHECK(r.errors[0].at.line == 1);
}

TEST_CASE("a file that uses itself is a cycle", "[loader]") {
    Project p;
    p.file("main.claims", "use \"main.claims\"\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "use cycle: " + p.path("main.claims") + " uses " + p.path("main.claims"));
}

TEST_CASE("a file used twice, by different spellings, is loaded once", "[loader]") {
    Project p;
    p.file("counts.claims", "let a = 1\n");
    p.file("sub/other.claims", "use \"../counts.claims\"\n");
    p.file("main.claims", "use \"counts.claims\"\nuse \"./sub/other.claims\"\nuse \"sub/../counts.claims\"\n");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    REQUIRE(r.errors.empty());
    CHECK(r.program.modules.size() == 3);
    const Module* main = find(r.program, p.path("main.claims"));
    REQUIRE(main);
    REQUIRE(main->uses.size() == 3);
    CHECK(main->uses[0] == main->uses[2]);
}

TEST_CASE("a diamond of uses is not a cycle", "[loader]") {
    Project p;
    p.file("counts.claims", "let a = 1\n");
    p.file("left.claims", "use \"counts.claims\"\n");
    p.file("right.claims", "use \"counts.claims\"\n");
    p.file("main.claims", "use \"left.claims\"\nuse \"right.claims\"\n");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    CHECK(r.errors.empty());
    CHECK(r.program.modules.size() == 4);
}

TEST_CASE("directory inputs load every .claims file below them in name order", "[loader]") {
    Project p;
    p.file("suite/b.claims", "let b = 1\n");
    p.file("suite/a.claims", "let a = 1\n");
    p.file("suite/c/d.claims", "let d = 1\n");
    p.file("suite/notes.txt", "not claims\n");
    p.file("suite/z.claims.bak", "not claims either\n");
    LoadResult r = p.load({"suite"});
    INFO(rendered(r.errors));
    REQUIRE(r.errors.empty());
    CHECK(paths(r.program) == std::vector<std::string>{p.path("suite/a.claims"), p.path("suite/b.claims"),
                                                       p.path("suite/c/d.claims")});
    for (const auto& m : r.program.modules) CHECK(m->target);
}

TEST_CASE("a file in a directory that another uses is still a target", "[loader]") {
    Project p;
    p.file("suite/a.claims", "use \"z.claims\"\n");
    p.file("suite/z.claims", "let z = 1\n");
    LoadResult r = p.load({"suite"});
    REQUIRE(r.errors.empty());
    REQUIRE(r.program.modules.size() == 2);
    CHECK(r.program.targets().size() == 2);
}

TEST_CASE("a parse error is returned as a positioned diagnostic", "[loader]") {
    Project p;
    p.file("main.claims", "let a = 1\nlet = 2\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == p.path("main.claims"));
    CHECK(r.errors[0].at.line == 2);
}

TEST_CASE("loading the same inputs twice gives the same program order", "[loader]") {
    Project p;
    p.file("suite/b.claims", "use \"../shared.claims\"\n");
    p.file("suite/a.claims", "use house-style\n");
    p.file("shared.claims", "let s = 1\n");
    LoadResult first = p.load({"suite"});
    LoadResult second = p.load({"suite"});
    REQUIRE(first.errors.empty());
    CHECK(paths(first.program) == paths(second.program));
}

TEST_CASE("a used directory is an error at the use, not an empty file", "[loader]") {
    Project p;
    p.file("main.claims", "use \"sub\"\n").file("sub/a.claims", "let a = 1\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "cannot read " + p.path("sub") + ": is a directory, not a file");
    CHECK(r.errors[0].at.line == 1);
}

TEST_CASE("a claims file that is not UTF-8 text is refused where it stops being text", "[loader]") {
    for (const auto& [text, column, message] :
         std::vector<std::tuple<std::string, int, std::string>>{
             {std::string("let a = 1\nlet b\0 = 2\n", 22), 6, "a NUL byte (0x00): a claims file is text"},
             {"let a = 1\nlet \x1b[31mb = 2\n", 5, "a control character (0x1B): a claims file is text"},
             {"let a = 1\nlet caf\xC3 = 2\n", 8, "invalid UTF-8: a claims file is UTF-8 text"},
             {"let a = 1\nlet b = \xE0\x80\x80\n", 9, "invalid UTF-8: a claims file is UTF-8 text"}}) {
        Project p;
        p.file("main.claims", text);
        LoadResult r = p.load();
        INFO(rendered(r.errors));
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == message);
        CHECK(r.errors[0].at.line == 2);
        CHECK(r.errors[0].at.column == column);
    }
}

TEST_CASE("tabs, CRLF and a BOM are text", "[loader]") {
    Project p;
    p.file("main.claims", "\xEF\xBB\xBFlet a = 1\r\nlet b =\t2\r\n");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    CHECK(r.errors.empty());
}

TEST_CASE("a file over the size limit is refused before it is read", "[loader]") {
    Project p;
    p.file("main.claims", "use \"big.claims\"\n").file("big.claims", "let a = 1\n" + std::string(990, '#') + "\n");
    Limits limits;
    limits.max_file_bytes = 1000;  // big.claims is 1001 bytes; main.claims is well under
    LoadResult r = p.load({"main.claims"}, limits);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "cannot read " + p.path("big.claims") +
                                     ": is 1001 bytes, over the limit of 1000; --max-file-size raises it");
    limits.max_file_bytes = 1001;
    CHECK(p.load({"main.claims"}, limits).errors.empty());
}

TEST_CASE("files using files are followed as deep as the limit allows", "[loader]") {
    Project p;
    p.file("main.claims", "use \"f1.claims\"\n");
    for (int i = 1; i <= 4; ++i)
        p.file("f" + std::to_string(i) + ".claims", i < 4 ? "use \"f" + std::to_string(i + 1) + ".claims\"\n" : "let a = 1\n");
    Limits limits;
    limits.max_use_depth = 5;  // main and f1 to f4: five files open at once
    CHECK(p.load({"main.claims"}, limits).errors.empty());
    limits.max_use_depth = 4;
    LoadResult r = p.load({"main.claims"}, limits);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == p.path("f3.claims"));
    CHECK(r.errors[0].message == "files using files 5 deep, over the limit of 4; --max-use-depth raises it");
}

TEST_CASE("use follows a link before the `..` after it, as the kernel does", "[loader]") {
    Project p;
    claimcheck::test::TempDir outside;  // sub -> OUTSIDE/deep: sub/.. is OUTSIDE, not the project
    outside.write("deep/x", "");
    outside.write("counts.claims", "let c = 1\n");
    std::filesystem::create_symlink(outside.path() / "deep", p.dir().path() / "sub");
    p.file("main.claims", "use \"sub/../counts.claims\"\n").file("counts.claims", "let c = 2\n");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "\"sub/../counts.claims\" is outside the project directory (" + p.dir().path().string() +
                                     "): through symbolic links it is " + outside.file("counts.claims") +
                                     "; --allow-outside permits it");

    // The other way: deeper by a link, then out by `..`, lexically outside and in fact inside.
    Project q;
    q.file("lib/deep/x", "").file("counts.claims", "let c = 2\n").file("main.claims", "use \"in/../../counts.claims\"\n");
    std::filesystem::create_symlink("lib/deep", q.dir().path() / "in");
    LoadResult inside = q.load();
    INFO(rendered(inside.errors));
    CHECK(inside.errors.empty());
    CHECK(paths(inside.program) == std::vector<std::string>{q.path("main.claims"),
                                                               q.dir().path().string() + "/in/../../counts.claims"});
}

TEST_CASE("one file reached by two names is loaded once", "[loader]") {
    Project p;
    p.file("main.claims", "use \"counts.claims\"\nuse \"alias.claims\"\n").file("counts.claims", "let c = 1\n");
    std::filesystem::create_symlink("counts.claims", p.dir().path() / "alias.claims");
    LoadResult r = p.load();
    INFO(rendered(r.errors));
    CHECK(r.errors.empty());
    CHECK(r.program.modules.size() == 2);
}

TEST_CASE("a used FIFO, loop or dangling link is an error at the use, at once", "[loader]") {
    Project p;
    p.file("main.claims", "use \"pipe.claims\"\nuse \"loop.claims\"\nuse \"gone.claims\"\n");
    REQUIRE(::mkfifo((p.dir().path() / "pipe.claims").c_str(), 0644) == 0);
    std::filesystem::create_symlink("loop.claims", p.dir().path() / "loop.claims");
    std::filesystem::create_symlink("nowhere.claims", p.dir().path() / "gone.claims");
    LoadResult r = p.load();
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].message == "cannot read " + p.path("pipe.claims") + ": is a FIFO (a named pipe), not a regular file");
    CHECK(r.errors[1].message.starts_with("cannot read " + p.path("loop.claims") + ": symbolic links in a loop ("));
    CHECK(r.errors[2].message == "cannot read " + p.path("gone.claims") + ": a symbolic link to nothing (" +
                                     p.path("gone.claims") + " -> nowhere.claims)");
    for (int i = 0; i < 3; ++i) CHECK(r.errors[static_cast<std::size_t>(i)].at.line == i + 1);
}

TEST_CASE("a directory searched: every *.claims entry is read or refused, none skipped in silence", "[loader]") {
    Project p;
    p.file("dir/a.claims", "let a = 1\n");
    REQUIRE(::mkfifo((p.dir().path() / "dir" / "b.claims").c_str(), 0644) == 0);
    std::filesystem::create_symlink("missing.claims", p.dir().path() / "dir" / "c.claims");
    std::filesystem::create_symlink("/etc/passwd", p.dir().path() / "dir" / "d.claims");
    const std::string bad = p.dir().path() / "dir" / "\x1b[2J.claims";
    std::ofstream(bad) << "let e = 1\n";
    LoadResult r = claimcheck::load({p.path("dir")}, LoadOptions{claimcheck::test::rules_dir(), p.dir().path(), false, {}});
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].message == "cannot read " + p.path("dir/b.claims") + ": is a FIFO (a named pipe), not a regular file");
    CHECK(r.errors[1].message.starts_with("cannot read " + p.path("dir/c.claims") + ": a symbolic link to nothing"));
    CHECK(r.errors[2].message.starts_with("\"" + p.path("dir/d.claims") + "\" is outside the project directory"));
    CHECK(find(r.program, bad));  // its name reaches messages as it is; Diagnostic::render makes it inert
}
