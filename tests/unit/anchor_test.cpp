// engine/pipeline/anchor: each claim's quote found once in its article, and the numbers no claim covers.
#include "engine/pipeline/anchor.hpp"

#include "support.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <iostream>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

const char* article = "Kent\xE2\x80\x99s figure has shot up by 573%, from 63 in 2015/16.\n"
                      "Hundreds of offences were recorded. Hundreds of offences, again.\n";

struct Anchored {
    Report report;
    std::vector<Diagnostic> errors;  // articles that cannot be read
};

// The claims checked and anchored as the check command does it, the quote of `rise` replaced.
Anchored anchor_all(const Project& project, const std::string& quote, ArticleOptions options = {}) {
    claimcheck::test::Checked checked = project.check();
    REQUIRE(checked.ok());
    for (auto& claim : checked.report.claims)
        if (claim.id == "rise") claim.quote = quote;
    if (options.root.empty()) options.root = project.dir().path();
    auto errors = anchor_quotes(checked.report, checked.program, options, claimcheck::test::house_words());
    return {std::move(checked.report), std::move(errors)};
}

Report anchored(const Project& project, const std::string& quote, ArticleOptions options = {}) {
    Anchored a = anchor_all(project, quote, std::move(options));
    INFO(claimcheck::test::rendered(a.errors));
    REQUIRE(a.errors.empty());
    return a.report;
}

// The one error of a run whose article cannot be read, rendered.
std::string refused(const Project& project, const std::string& quote, ArticleOptions options = {}) {
    Anchored a = anchor_all(project, quote, std::move(options));
    INFO(claimcheck::test::rendered(a.errors));
    REQUIRE(a.errors.size() == 1);
    return a.errors[0].render();
}

Project kent(const std::string& article_name = "kent.txt") {
    Project p;
    p.file("main.claims", "let a = 63\nlet b = 361\n\nclaim rise in \"" + article_name +
                              "\":\n  check change(a, b) is 473%\n\nclaim base in \"kent.txt\":\n  quote \"from 63\"\n  check a == 63\n");
    p.file("kent.txt", article);
    return p;
}

const ClaimReport& claim(const Report& r, const std::string& id) {
    for (const auto& c : r.claims)
        if (c.id == id) return c;
    FAIL("no claim " << id);
    throw std::logic_error("unreachable");
}

std::vector<std::string> unchecked(const ArticleReport& a) {
    std::vector<std::string> out;
    for (const auto& m : a.quantities)
        if (m.claims.empty()) out.push_back(m.text + "@" + std::to_string(m.at.line) + ":" + std::to_string(m.at.column));
    return out;
}

}  // namespace

TEST_CASE("a quote found once anchors its claim at line and column", "[anchor]") {
    Report r = anchored(kent(), "has shot up by 573%");
    const ClaimReport& rise = claim(r, "rise");
    CHECK(rise.verdict == Verdict::pass);
    REQUIRE(rise.anchor);
    CHECK(rise.anchor_at.line == 1);
    CHECK(rise.anchor_at.column == 15);  // the curly apostrophe in Kent’s is one character, not three bytes
    CHECK(r.articles.size() == 1);       // both claims are in the one article
    CHECK(r.articles[0].claims.size() == 2);
}

TEST_CASE("typography differs between quote and article, and still matches", "[anchor]") {
    Report r = anchored(kent(), "Kent's figure has  shot up by 573%");
    CHECK(claim(r, "rise").anchor.has_value());
}

TEST_CASE("a quote the article does not contain makes its claim an error", "[anchor]") {
    Report r = anchored(kent(), "has shot up by 473%");
    const ClaimReport& rise = claim(r, "rise");
    CHECK(rise.verdict == Verdict::error);
    REQUIRE(rise.quote_issue);
    CHECK(rise.quote_issue->error);
    CHECK(rise.quote_issue->message.find("the quote is not in") != std::string::npos);
    CHECK(rise.quote_issue->at.line == 4);  // where the quote is written; the claim is at line 4 too, no quote line
    CHECK(full_message(rise).find("the quote is not in") == 0);
    CHECK_FALSE(rise.anchor);
}

TEST_CASE("a quote found twice is an error naming both places", "[anchor]") {
    Report r = anchored(kent(), "Hundreds of offences");
    const ClaimReport& rise = claim(r, "rise");
    CHECK(rise.verdict == Verdict::error);
    REQUIRE(rise.quote_issue);
    CHECK(rise.quote_issue->message.find("2 times (at 2:1, 2:37)") != std::string::npos);
}

TEST_CASE("a quote found many times is counted in full; the first few places are named", "[anchor]") {
    Project p = kent();
    std::string many;
    for (int i = 0; i < 200; ++i) many += "Up by 5%. ";
    p.file("kent.txt", many + "\n" + article);
    Report r = anchored(p, "Up by 5%");
    const ClaimReport& rise = claim(r, "rise");
    CHECK(rise.verdict == Verdict::error);
    REQUIRE(rise.quote_issue);
    CHECK(rise.quote_issue->message ==
          "the quote is in " + (p.dir().path() / "kent.txt").string() +
              " 200 times (first at 1:1, 1:11, 1:21, 1:31, 1:41); quote more of the sentence so it is found once");
}

TEST_CASE("a quote far along a long line is placed at its line and column", "[anchor]") {
    Project p = kent();
    std::string line;
    for (int i = 0; i < 3000; ++i) line += "caf\u00e9 ";  // 6 bytes, 5 characters each
    p.file("kent.txt", line + "Up by 5%.\n" + article);
    Report r = anchored(p, "Up by 5%");
    const ClaimReport& rise = claim(r, "rise");
    REQUIRE(rise.anchor);
    CHECK(rise.anchor->begin == 18000);
    CHECK(rise.anchor_at.line == 1);
    CHECK(rise.anchor_at.column == 15001);
    CHECK(claim(r, "base").anchor_at.line == 2);
}

TEST_CASE("each claim's quote covers the numbers inside it, nested and overlapping quotes too", "[anchor]") {
    Project p;
    p.file("main.claims", "let a = 1\n"
                          "claim outer in \"t.txt\":\n  quote \"rose 5% to 12 and 7\"\n  check a == 1\n"
                          "claim inner in \"t.txt\":\n  quote \"5% to 12\"\n  check a == 1\n"
                          "claim tail in \"t.txt\":\n  quote \"and 7 then 9\"\n  check a == 1\n");
    p.file("t.txt", "It rose 5% to 12 and 7 then 9 and 3.");
    auto checked = p.check();
    REQUIRE(checked.ok());
    Report r = checked.report;
    CHECK(anchor_quotes(r, checked.program, ArticleOptions{{}, p.dir().path()}, claimcheck::test::house_words()).empty());
    REQUIRE(r.articles.size() == 1);
    const auto& q = r.articles[0].quantities;
    REQUIRE(q.size() == 5);
    CHECK(q[0].claims == std::vector<std::size_t>{0, 1});  // 5%
    CHECK(q[1].claims == std::vector<std::size_t>{0, 1});  // 12
    CHECK(q[2].claims == std::vector<std::size_t>{0, 2});  // 7
    CHECK(q[3].claims == std::vector<std::size_t>{2});     // 9
    CHECK(q[4].claims.empty());                            // 3
}

TEST_CASE("numbers no quote covers are unchecked; dates are set apart", "[anchor]") {
    Report r = anchored(kent(), "has shot up by 573%");
    REQUIRE(r.articles.size() == 1);
    const ArticleReport& a = r.articles[0];
    CHECK(unchecked(a) == std::vector<std::string>{"Hundreds@2:1", "Hundreds@2:37"});
    CHECK(a.unchecked() == 2);
    REQUIRE(a.dates_and_ages.size() == 1);
    CHECK(a.dates_and_ages[0].text == "2015/16");
    REQUIRE(a.quantities.size() == 4);
    CHECK(a.quantities[0].text == "up by 573%");
    CHECK(a.quantities[1].text == "63");
    CHECK(a.quantities[1].claims == std::vector<std::size_t>{1});  // the base claim's quote covers it
}

TEST_CASE("an article that is not there is a note, unless --articles named where it should be", "[anchor]") {
    Project p = kent("elsewhere.txt");
    Report r = anchored(p, "has shot up by 573%");
    CHECK(claim(r, "rise").verdict == Verdict::pass);
    REQUIRE(r.articles.size() == 2);
    CHECK_FALSE(r.articles[0].found());
    CHECK(r.articles[0].name == "elsewhere.txt");
    const ClaimReport& rise = claim(r, "rise");
    REQUIRE(rise.quote_issue);  // a note at the claim: its quote was not located
    CHECK_FALSE(rise.quote_issue->error);
    CHECK(rise.quote_issue->message.find("quote not located: article \"elsewhere.txt\" not found beside the claims file (in ") == 0);
    CHECK(rise.quote_issue->message.find("use --articles DIR") != std::string::npos);
    CHECK(full_message(rise).empty());  // a note is no error: the claim's own message is unchanged
    CHECK_FALSE(claim(r, "base").quote_issue);

    Report given = anchored(p, "has shot up by 573%", {p.dir().path(), {}, false});
    CHECK(claim(given, "rise").verdict == Verdict::error);
    CHECK(claim(given, "rise").quote_issue->message.find("is not in") != std::string::npos);
    CHECK(claim(given, "base").verdict == Verdict::pass);  // found in the directory given
}

TEST_CASE("an article name may not leave the project unless allowed: an error at the claim naming it", "[anchor]") {
    Project p = kent("../kent.txt");
    const std::string error = refused(p, "has shot up by 573%");
    CHECK(error.find(p.path("main.claims") + ":4:1: error: \"../kent.txt\" is outside the project directory (") == 0);
    CHECK(error.find("--allow-outside permits it\n  claim rise in \"../kent.txt\":\n  ^\n") != std::string::npos);

    Anchored allowed = anchor_all(p, "has shot up by 573%", {{}, p.dir().path(), true});
    CHECK(allowed.errors.empty());  // not found there, and the note says so
    CHECK(full_message(claim(allowed.report, "rise")).find("is outside") == std::string::npos);
}

TEST_CASE("an article name followed through a link, then `..`, is judged where the kernel goes", "[anchor]") {
    Project p = kent("lnk/../kent.txt");
    claimcheck::test::TempDir outside;  // lnk -> OUTSIDE/sub: lnk/.. is OUTSIDE, not the project
    outside.write("kent.txt", article);
    outside.write("sub/x", "");
    std::filesystem::create_symlink(outside.path() / "sub", p.dir().path() / "lnk");
    const std::string error = refused(p, "has shot up by 573%");
    CHECK(error.find("\"lnk/../kent.txt\" is outside the project directory (") != std::string::npos);
    CHECK(error.find(": through symbolic links it is " + outside.file("kent.txt") + ";") != std::string::npos);
}

TEST_CASE("an article that cannot be read says permission denied", "[anchor]") {
    Project p = kent();
    std::filesystem::permissions(p.dir().path() / "kent.txt", std::filesystem::perms::none);
    if (::geteuid() == 0) {
        std::cout << "anchor_test: running as root, where chmod 000 does not stop a read; "
                     "the permission-denied assertion is skipped\n";
    } else {
        CHECK(refused(p, "has shot up by 573%").find("cannot read " + p.path("kent.txt") + ": permission denied\n") !=
              std::string::npos);
    }
    std::filesystem::permissions(p.dir().path() / "kent.txt", std::filesystem::perms::owner_all);
}

TEST_CASE("an article that is a loop of links, a dangling link or a FIFO stops the run at the claim", "[anchor]") {
    Project loop = kent("a.txt");
    std::filesystem::create_symlink("b.txt", loop.dir().path() / "a.txt");
    std::filesystem::create_symlink("a.txt", loop.dir().path() / "b.txt");
    CHECK(refused(loop, "has shot up by 573%").find(":4:1: error: cannot read " + loop.path("a.txt") +
                                                    ": symbolic links in a loop (") != std::string::npos);

    Project dangling = kent("gone.txt");
    std::filesystem::create_symlink("nowhere.txt", dangling.dir().path() / "gone.txt");
    CHECK(refused(dangling, "has shot up by 573%").find("cannot read " + dangling.path("gone.txt") +
                                                        ": a symbolic link to nothing (") != std::string::npos);

    Project fifo = kent("pipe.txt");
    REQUIRE(::mkfifo((fifo.dir().path() / "pipe.txt").c_str(), 0644) == 0);
    CHECK(refused(fifo, "has shot up by 573%").find("cannot read " + fifo.path("pipe.txt") +
                                                    ": is a FIFO (a named pipe), not a regular file") != std::string::npos);
}

TEST_CASE("many claims in one article that cannot be read: one error, at the first", "[anchor]") {
    Project p = kent("pipe.txt");
    p.file("main.claims", "let a = 63\n\nclaim one in \"pipe.txt\":\n  quote \"63\"\n  check a == 63\n\n"
                          "claim two in \"pipe.txt\":\n  quote \"from 63\"\n  check a == 63\n");
    REQUIRE(::mkfifo((p.dir().path() / "pipe.txt").c_str(), 0644) == 0);
    CHECK(refused(p, "").find(":3:1: error: cannot read") != std::string::npos);
}

TEST_CASE("an article with invalid UTF-8 is read with the bytes replaced", "[anchor]") {
    Project p = kent();
    p.file("kent.txt", "Bad \xFF byte; has shot up by 573%.\n");
    Report r = anchored(p, "has shot up by 573%");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text.find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(claim(r, "rise").anchor_at.column == 13);  // the replacement character counts once
}

TEST_CASE("a quote found only inside a longer number or word is not found", "[anchor]") {
    Report r = anchored(kent(), "has shot up by 57");
    CHECK(claim(r, "rise").verdict == Verdict::error);
    Report word = anchored(kent(), "hot up by 573%");
    CHECK(claim(word, "rise").verdict == Verdict::error);
}

TEST_CASE("the note and the error sit at the quote line in the claims file", "[anchor]") {
    Project p;
    p.file("main.claims", "let a = 1\n\nclaim c in \"gone.txt\":\n  check a == 1\n  quote \"53 crimes\"\n");
    Report r = anchored(p, "");
    const ClaimReport& c = claim(r, "c");
    REQUIRE(c.quote_issue);
    CHECK(c.quote_issue->at.line == 5);
    CHECK(c.quote_issue->at.column == 3);
    CHECK(c.verdict == Verdict::pass);
}

TEST_CASE("an article name that is a directory is an error, with or without --articles", "[anchor]") {
    Project p = kent("sub");
    p.file("sub/x.txt", "not this\n");
    const std::string is_directory = "cannot read " + p.path("sub") + ": is a directory, not a file\n";
    CHECK(refused(p, "has shot up by 573%").find(is_directory) != std::string::npos);
    CHECK(refused(p, "has shot up by 573%", {p.dir().path(), {}, false}).find(is_directory) != std::string::npos);
}

TEST_CASE("a file by the name beside the claims file wins over a directory in --articles", "[anchor]") {
    Project p = kent();
    p.file("articles/kent.txt/x", "a directory named like the article\n");
    Report r = anchored(p, "has shot up by 573%", {p.dir().path() / "articles", {}, false});
    CHECK(claim(r, "rise").verdict == Verdict::pass);
}

TEST_CASE("an article over the size limit is not read: an error naming the limit", "[anchor]") {
    const std::size_t size = std::string(article).size();
    ArticleOptions exact;
    exact.max_bytes = size;
    CHECK(claim(anchored(kent(), "has shot up by 573%", exact), "rise").verdict == Verdict::pass);
    ArticleOptions under;
    under.max_bytes = size - 1;
    CHECK(refused(kent(), "has shot up by 573%", under)
              .find(": is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(size - 1) +
                    "; --max-file-size raises it\n") != std::string::npos);
}
