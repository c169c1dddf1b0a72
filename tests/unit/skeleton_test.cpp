// engine/extract/skeleton: the .claims file written for drafted claims.
#include "engine/pipeline/anchor.hpp"
#include "engine/extract/extract.hpp"
#include "engine/extract/skeleton.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

using V = std::vector<std::string>;

DraftClaim draft_claim(const std::string& id, const std::string& quote = "Sales rose 10%") {
    DraftClaim c;
    c.id = id;
    c.mention = {{11, 14}, MentionKind::percent, "10%"};
    c.at = {1, 12};
    c.quote = quote;
    c.what = "10%";
    c.about = "a percentage, here a change";
    c.checks = {"change(<before>, <after>) is 10%"};
    return c;
}

ArticleDraft article(const std::string& name, std::vector<DraftClaim> claims) {
    return {name, std::move(claims), {}};
}

// The claim ids a rendered skeleton declares, in order.
V declared_ids(const std::string& skeleton) {
    V out;
    std::regex claim_line("^claim (\\S+) in ");
    std::istringstream lines(skeleton);
    for (std::string line; std::getline(lines, line);)
        if (std::smatch m; std::regex_search(line, m, claim_line)) out.push_back(m[1]);
    return out;
}

bool has(const std::string& skeleton, const std::string& part) { return skeleton.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a claim is written with its quote, what it states and its checks as comments", "[skeleton]") {
    std::string skeleton = render_skeleton({article("a.txt", {draft_claim("n10_pct")})});
    CHECK(has(skeleton, "\nclaim n10_pct in \"a.txt\":\n"
                        "  quote \"Sales rose 10%\"\n"
                        "  # \"10%\" (1:12): a percentage, here a change\n"
                        "  # check change(<before>, <after>) is 10%\n"));
}

TEST_CASE("the skeleton has a header, use house-style and a count per article", "[skeleton]") {
    std::string skeleton = render_skeleton(
        {article("a.txt", {draft_claim("a"), draft_claim("b")}), article("b.txt", {}), article("c.txt", {draft_claim("c")})});
    CHECK(skeleton.rfind("# Drafted by `claimcheck extract` from a.txt, b.txt, c.txt\n", 0) == 0);
    CHECK(has(skeleton, "\nuse house-style\n"));
    CHECK(has(skeleton, "\n# a.txt: 2 numeric statements\n"));
    CHECK(has(skeleton, "\n# b.txt: 0 numeric statements\n"));
    CHECK(has(skeleton, "\n# c.txt: 1 numeric statement\n"));
    CHECK_FALSE(has(skeleton, "\ncheck "));
    CHECK_FALSE(has(skeleton, "\n  check "));
}

TEST_CASE("a long list of names is wrapped into comment lines of about 100 columns", "[skeleton]") {
    std::vector<ArticleDraft> drafts;
    for (int i = 0; i < 12; ++i) drafts.push_back(article("article-number-" + std::to_string(i) + ".txt", {}));
    std::string skeleton = render_skeleton(drafts);
    std::istringstream lines(skeleton);
    std::string first, second;
    std::getline(lines, first);
    std::getline(lines, second);
    CHECK(first.rfind("# Drafted by `claimcheck extract` from article-number-0.txt,", 0) == 0);
    CHECK(first.size() <= 100);
    CHECK(second.rfind("#   article-number-", 0) == 0);
    CHECK(has(skeleton, "article-number-11.txt\n# One claim per number found"));
}

TEST_CASE("ids are made unique across the skeleton", "[skeleton]") {
    std::string skeleton = render_skeleton({article("a.txt", {draft_claim("n15"), draft_claim("n15"), draft_claim("n15_2")}),
                                            article("b.txt", {draft_claim("n15")})});
    V declared = declared_ids(skeleton);
    CHECK(declared == V{"n15", "n15_2", "n15_2_2", "n15_3"});
    CHECK(std::set<std::string>(declared.begin(), declared.end()).size() == declared.size());
}

TEST_CASE("a quote not found exactly once is written as a comment, saying why", "[skeleton]") {
    DraftClaim c = draft_claim("n10_pct");
    c.occurrences = 3;
    std::string skeleton = render_skeleton({article("a.txt", {c})});
    CHECK(has(skeleton, "\nclaim n10_pct in \"a.txt\":\n  # quote \"Sales rose 10%\" (the article has it 3 times)\n"));
    CHECK(has(skeleton, "\n# 1 claim below has its quote as a comment (\"# quote\"): the article does not have\n"));
    CHECK_FALSE(has(skeleton, "\n  quote "));
    c.occurrences = 0;
    CHECK(has(render_skeleton({article("a.txt", {c, c})}), "(check would not find it: it starts or ends inside a word)"));
    CHECK(has(render_skeleton({article("a.txt", {c, c})}), "\n# 2 claims below have their quotes as a comment"));
    std::string unique = render_skeleton({article("a.txt", {draft_claim("n10_pct")})});
    CHECK(has(unique, "\n  quote \"Sales rose 10%\"\n"));
    CHECK_FALSE(has(unique, "as a comment"));
}

TEST_CASE("an unedited skeleton of an article repeating a sentence checks as unverifiable", "[skeleton]") {
    std::string text;
    for (int i = 0; i < 5; ++i) text += "Crime rose by 50%.\n";
    Project project;
    project.file("rep.txt", text);
    project.file("main.claims", render_skeleton({extract("rep.txt", text, claimcheck::test::house_words())}));
    test::Checked result = project.check();
    INFO(project.text("main.claims"));
    REQUIRE(result.ok());
    REQUIRE(anchor_quotes(result.report, result.program, ArticleOptions{}, claimcheck::test::house_words()).empty());
    REQUIRE(result.report.claims.size() == 5);
    for (const auto& c : result.report.claims) {
        INFO(c.id);
        CHECK(c.verdict == Verdict::unverifiable);
        CHECK_FALSE(c.quote_issue);
    }
}

TEST_CASE("dates, spans of time and age groups set apart are listed with where they are", "[skeleton]") {
    ArticleDraft d = article("a.txt", {});
    d.set_apart = {{{{3, 10}, MentionKind::date, "2016/17"}, {1, 4}},
                   {{{32, 46}, MentionKind::date, "over 12\nmonths"}, {1, 33}}};
    // Past 100 columns the list goes on, indented, on the next comment line.
    CHECK(has(render_skeleton({d}), "\n# dates, spans of time, age groups and scales of rates set apart: \"2016/17\" (1:4),\n"
                                    "#   \"over 12 months\" (1:33)\n"));
}

TEST_CASE("quotes and names are escaped as claims strings", "[skeleton]") {
    CHECK(claims_string("say \"44%\" \\ x") == "\"say \\\"44%\\\" \\\\ x\"");
    std::string skeleton =
        render_skeleton({article("a \"b\".txt", {draft_claim("n53", "He said \"53 crimes\\offences\" were <script>x</script>")})});
    CHECK(has(skeleton, "claim n53 in \"a \\\"b\\\".txt\":"));
    CHECK(has(skeleton, "quote \"He said \\\"53 crimes\\\\offences\\\" were <script>x</script>\""));
}

TEST_CASE("an unedited skeleton checks as unverifiable, every quote anchored once", "[skeleton]") {
    std::string text = "Police recorded 5,653 crimes, a rise by more than a third (44 per cent).\n"
                       "\u201CIt is \"bad\" \\ worse, 15 a day\u201D, said the chief.\n"
                       "The youngest was just three-years-old. Sales rose 10%. It was a record. Sales rose 10%.\n";
    Project project;
    project.file("a.txt", text);
    project.file("main.claims", render_skeleton({extract("a.txt", text, claimcheck::test::house_words())}));
    test::Checked result = project.check();
    INFO(project.text("main.claims"));
    INFO(test::rendered(result.diagnostics()));
    REQUIRE(result.ok());
    REQUIRE(anchor_quotes(result.report, result.program, ArticleOptions{}, claimcheck::test::house_words()).empty());
    REQUIRE(result.report.claims.size() == 7);
    for (const auto& c : result.report.claims) {
        INFO(c.id << ": " << c.message);
        CHECK(c.verdict == Verdict::unverifiable);
        CHECK(c.anchor.has_value());
    }
    REQUIRE(result.report.articles.size() == 1);
    CHECK(result.report.articles[0].unchecked() == 0);
}

TEST_CASE("the suggested checks are valid claims once the placeholders are filled", "[skeleton]") {
    std::string text = "Police recorded 5,653 crimes, a rise by more than a third (44 per cent), an average of "
                       "15 a day. Hundreds of crimes. Three forces. The youngest was five years old. "
                       "It was 1.45 times as many. Costs doubled; the vote was 5-4 and 12-15 seats changed; "
                       "the ratio was 3:1 and 0.5 million people came.";
    std::string skeleton = render_skeleton({extract("a.txt", text, claimcheck::test::house_words())});
    std::string filled;
    std::istringstream lines(skeleton);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  # check ", 0) == 0) line = "  check " + line.substr(10);
        filled += line + "\n";
    }
    for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"<count>", "after"}, {"<before>", "before"}, {"<after>", "after"}, {"<part>", "before"},
             {"<whole>", "after"}, {"<youngest age>", "youngest"}, {"<first>", "after"}, {"<second>", "before"}})
        for (std::size_t at; (at = filled.find(from)) != std::string::npos;) filled.replace(at, from.size(), to);
    filled += "let before = 3,903 during FY2015/16\nlet after = 5,653 during FY2016/17\nlet youngest = missing \"no data\"\n";
    Project project;
    project.file("main.claims", filled);
    test::Checked result = project.check();
    INFO(filled);
    INFO(test::rendered(result.diagnostics()));
    REQUIRE(result.ok());
    CHECK(claimcheck::test::claim(result.report, "n5653").verdict == Verdict::pass);
    CHECK(claimcheck::test::claim(result.report, "more_than_a_third").verdict == Verdict::pass);
    CHECK(claimcheck::test::claim(result.report, "n44_per_cent").verdict == Verdict::warn);
    CHECK(claimcheck::test::claim(result.report, "n15").verdict == Verdict::pass);
    CHECK(claimcheck::test::claim(result.report, "five_years_old").verdict == Verdict::unverifiable);
    CHECK(claimcheck::test::claim(result.report, "doubled").verdict == Verdict::fail);  // 44.8% is no doubling
    CHECK(claimcheck::test::claim(result.report, "n12_15").checks.size() == 2);
    CHECK(claimcheck::test::claim(result.report, "n5_4").checks.size() == 2);
    CHECK(claimcheck::test::claim(result.report, "n3_1").checks.size() == 1);
    CHECK(claimcheck::test::claim(result.report, "n0_5_million").checks.size() == 1);
}
