// engine/extract: skeleton claims drafted from an article (quotes, ids, suggested checks).
#include "engine/anchor.hpp"
#include "engine/extract.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace claimcheck;
using claimcheck::test::Project;

namespace {

using V = std::vector<std::string>;

V quotes(const ArticleDraft& d) {
    V out;
    for (const auto& c : d.claims) out.push_back(c.quote);
    return out;
}

V ids(const ArticleDraft& d) {
    V out;
    for (const auto& c : d.claims) out.push_back(c.id);
    return out;
}

const DraftClaim& drafted(const ArticleDraft& d, const std::string& mention) {
    for (const auto& c : d.claims)
        if (c.mention.text == mention) return c;
    throw std::runtime_error("no claim for " + mention);
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

}  // namespace

TEST_CASE("a quote is the clause around the number", "[extract]") {
    ArticleDraft d = extract("a.txt", "Police recorded 3,903 offences; crime rose by 44% (up from 2015/16) in all.\n");
    CHECK(quotes(d) == V{"Police recorded 3,903 offences", "crime rose by 44%"});
}

TEST_CASE("a decimal point and an abbreviation do not end a sentence", "[extract]") {
    ArticleDraft d = extract("a.txt", "The rate was 15.5 a day in the city. No. 10 said 40 staff left. Then 7 more.");
    CHECK(quotes(d) == V{"The rate was 15.5 a day in the city", "No. 10 said 40 staff left",
                         "No. 10 said 40 staff left", "Then 7 more"});
}

TEST_CASE("spaced dashes and line breaks bound a clause; a hand-wrapped line does not", "[extract]") {
    ArticleDraft d = extract("a.txt",
                             "Over 50 crimes in the county\n"
                             "Police said 53 crimes were - in their words - a worry, and 12 were\n"
                             "solved.");
    CHECK(quotes(d) == V{"Over 50 crimes in the county", "Police said 53 crimes were",
                         "a worry, and 12 were solved"});
}

TEST_CASE("a clause that is only the number is widened to its sentence", "[extract]") {
    ArticleDraft d = extract("a.txt", "Crime has risen by more than a third - 44% - since then. It fell (8%) later.");
    CHECK(quotes(d) == V{"Crime has risen by more than a third",
                         "Crime has risen by more than a third - 44% - since then", "It fell (8%) later"});
}

TEST_CASE("a quote found more than once is widened until it is found once", "[extract]") {
    SECTION("to the sentence") {
        ArticleDraft d = extract("a.txt", "Sales rose 10%: the figures show it. Sales rose 10%: the figures were wrong.");
        CHECK(quotes(d) == V{"Sales rose 10%: the figures show it", "Sales rose 10%: the figures were wrong"});
    }
    SECTION("to the sentence and the next, or the one before at the end") {
        ArticleDraft d = extract("a.txt", "Sales rose 10%. It was a record. Sales rose 10%.");
        CHECK(quotes(d) == V{"Sales rose 10%. It was a record", "It was a record. Sales rose 10%"});
    }
    SECTION("else the sentence, flagged") {
        std::string text = "Sales rose 10%. Sales rose 10%. Sales rose 10%.";
        ArticleDraft d = extract("a.txt", text);
        REQUIRE(d.claims.size() == 3);
        const DraftClaim& middle = d.claims[1];
        CHECK(middle.quote == "Sales rose 10%");
        CHECK(middle.occurrences == 3);
        CHECK(render_skeleton({d}).find("# this sentence occurs 3 times in the article: quote more to make it unique") !=
              std::string::npos);
    }
    SECTION("counted as find_quote counts them, typography folded") {
        std::string text = "\u201CSales rose 10%\u201D, they said. \"Sales rose 10%\", we said.\n";
        ArticleDraft d = extract("a.txt", text);
        for (const auto& c : d.claims) {
            INFO(c.quote);
            CHECK(find_quote(text, c.quote).size() == c.occurrences);
            CHECK(c.occurrences == 1);
        }
    }
}

TEST_CASE("ids are slugs of the number, unique across the skeleton", "[extract]") {
    ArticleDraft d = extract("a.txt", "It shot up by 573%. There were 5,653 crimes. It rose by more than a third. "
                                      "Up 44 per cent. Then 15 more, and 15 again, and 15.2 tonnes.");
    CHECK(ids(d) == V{"n573_pct", "n5653", "more_than_a_third", "n44_per_cent", "n15", "n15", "n15_2"});
    ArticleDraft other = extract("b.txt", "Another 15 were found.");
    std::string skeleton = render_skeleton({d, other});
    V declared = declared_ids(skeleton);
    CHECK(declared == V{"n573_pct", "n5653", "more_than_a_third", "n44_per_cent", "n15", "n15_2", "n15_2_2", "n15_3"});
    CHECK(std::set<std::string>(declared.begin(), declared.end()).size() == declared.size());
}

TEST_CASE("quotes and names are escaped as claims strings", "[extract]") {
    CHECK(claims_string("say \"44%\" \\ x") == "\"say \\\"44%\\\" \\\\ x\"");
    ArticleDraft d = extract("a \"b\".txt", "He said \"53 crimes\\offences\" were <script>x</script> recorded.");
    std::string skeleton = render_skeleton({d});
    CHECK(skeleton.find("claim n53 in \"a \\\"b\\\".txt\":") != std::string::npos);
    CHECK(skeleton.find("quote \"He said \\\"53 crimes\\\\offences\\\" were <script>x</script> recorded\"") !=
          std::string::npos);
}

TEST_CASE("a quote across a line break is written on one line", "[extract]") {
    ArticleDraft d = extract("a.txt", "Police in the county recorded 53\ncrimes, up from 12.\r\n");
    REQUIRE(d.claims.size() == 2);
    CHECK(d.claims[0].quote == "Police in the county recorded 53 crimes, up from 12");
    CHECK(find_quote("Police in the county recorded 53\ncrimes, up from 12.\r\n", d.claims[0].quote).size() == 1);
}

TEST_CASE("the suggested check names the function and the unit", "[extract]") {
    ArticleDraft d = extract("a.txt",
                             "Police record an average of 15 crimes against children a day. "
                             "There were 53 crimes in a year. Kent saw 4 a week. "
                             "It has shot up by 573%. Some 44% of pupils agreed. A figure (12%) alone. "
                             "Hundreds of child sex offences were recorded. Scores of people came. "
                             "It rose 3 percentage points. It was 5.73 times as many. Twenty-five officers came. "
                             "Three officers left. This is the second year.");
    CHECK(drafted(d, "15").checks == V{"per_day(<count>) is 15"});
    CHECK(drafted(d, "15").about == "a rate per day");
    CHECK(drafted(d, "53").checks == V{"<count> is 53"});
    CHECK(drafted(d, "53").what == "53 crimes");
    CHECK(drafted(d, "4").checks == V{"per_week(<count>) is 4"});
    CHECK(drafted(d, "573%").checks == V{"change(<before>, <after>) is 573%"});
    CHECK(drafted(d, "44%").checks == V{"share(<part>, <whole>) is 44%"});
    CHECK(drafted(d, "12%").checks == V{"change(<before>, <after>) is 12%", "share(<part>, <whole>) is 12%"});
    CHECK(drafted(d, "Hundreds").checks == V{"<count> is hundreds"});
    CHECK(drafted(d, "Hundreds").what == "Hundreds of child sex offences");
    CHECK(drafted(d, "Scores").checks == V{"<count> is <number>"});
    CHECK(drafted(d, "3 percentage points").checks == V{"points(<before>, <after>) is 3 percentage points"});
    CHECK(drafted(d, "5.73").checks == V{"ratio(<after>, <before>) is 5.73 times"});
    CHECK(drafted(d, "Twenty-five").checks == V{"<count> is 25"});
    CHECK(drafted(d, "Three").checks == V{"<count> is three"});
    CHECK(drafted(d, "second").checks == V{"<count> is 2"});
}

TEST_CASE("numbers in several words are one claim", "[extract]") {
    ArticleDraft d = extract("a.txt", "Some twenty-five thousand people came, and two hundred and five left; "
                                      "five and six stayed.");
    CHECK(ids(d) == V{"twenty_five_thousand", "two_hundred_and_five", "five", "six"});
    CHECK(drafted(d, "twenty-five thousand").checks == V{"<count> is 25000"});
    CHECK(drafted(d, "two hundred and five").checks == V{"<count> is 205"});
}

TEST_CASE("vague words keep their approximator and number as the house style writes them", "[extract]") {
    ArticleDraft d = extract("a.txt", "More than 50 crimes. It rose by more than a third. Nearly 100 victims. "
                                      "Over 5,600 crimes. Dozens of cases.");
    CHECK(drafted(d, "More than 50").checks == V{"<count> is more than 50"});
    CHECK(drafted(d, "more than a third").checks == V{"change(<before>, <after>) is more than a third"});
    CHECK(drafted(d, "Nearly 100").checks == V{"<count> is nearly 100"});
    CHECK(drafted(d, "Over 5,600").checks == V{"<count> is over 5,600"});
    CHECK(drafted(d, "Dozens").checks == V{"<count> is dozens"});
}

TEST_CASE("dates, spans of time and age groups are set apart; an age stated of someone is a claim", "[extract]") {
    ArticleDraft d = extract("a.txt", "In 2016/17 there were 58 crimes over 12 months against under-18s, "
                                      "on 1 June 2017. The youngest victim was five years old.");
    V claimed;
    for (const auto& c : d.claims) claimed.push_back(c.mention.text);
    CHECK(claimed == V{"58", "five years old"});
    V apart;
    for (const auto& s : d.set_apart) apart.push_back(s.mention.text);
    CHECK(apart == V{"2016/17", "over 12 months", "under-18s", "1 June 2017"});
    CHECK(drafted(d, "five years old").checks == V{"<youngest age> is five"});
    std::string skeleton = render_skeleton({d});
    CHECK(skeleton.find("# dates, spans of time and age groups set apart: \"2016/17\" (1:4), \"over 12 months\" (1:33),") !=
          std::string::npos);
}

TEST_CASE("line and column of each number, after a byte order mark", "[extract]") {
    ArticleDraft d = extract("a.txt", "\xEF\xBB\xBFHeadline\nThere were \u201C53\u201D crimes.");
    REQUIRE(d.claims.size() == 1);
    CHECK(d.claims[0].at.line == 2);
    CHECK(d.claims[0].at.column == 13);
    CHECK(d.claims[0].mention.span.begin == 23);  // after the mark, the line and the opening quote
}

TEST_CASE("the skeleton has a header, use house-style and a count per article", "[extract]") {
    std::string skeleton = render_skeleton({extract("a.txt", "53 crimes and 12 more."), extract("b.txt", "None.")});
    CHECK(skeleton.rfind("# Drafted by `claimcheck extract` from a.txt, b.txt\n", 0) == 0);
    CHECK(skeleton.find("\nuse house-style\n") != std::string::npos);
    CHECK(skeleton.find("\n# a.txt: 2 numeric statements\n") != std::string::npos);
    CHECK(skeleton.find("\n# b.txt: 0 numeric statements\n") != std::string::npos);
    CHECK(skeleton.find("\ncheck ") == std::string::npos);
    CHECK(skeleton.find("\n  check ") == std::string::npos);
}

TEST_CASE("an unedited skeleton checks as unverifiable, every quote anchored once", "[extract]") {
    std::string article = "Police recorded 5,653 crimes, a rise by more than a third (44 per cent).\n"
                          "\u201CIt is \"bad\" \\ worse, 15 a day\u201D, said the chief.\n"
                          "The youngest was just three-years-old. Sales rose 10%. It was a record. Sales rose 10%.\n";
    Project project;
    project.file("a.txt", article);
    project.file("main.claims", render_skeleton({extract("a.txt", article)}));
    test::Checked result = project.check();
    INFO(project.text("main.claims"));
    INFO(test::rendered(result.diagnostics()));
    REQUIRE(result.ok());
    anchor_quotes(result.report, ArticleOptions{});
    REQUIRE(result.report.claims.size() == 7);
    for (const auto& c : result.report.claims) {
        INFO(c.id << ": " << c.message);
        CHECK(c.verdict == Verdict::unverifiable);
        CHECK(c.anchor.has_value());
    }
    REQUIRE(result.report.articles.size() == 1);
    CHECK(result.report.articles[0].unchecked() == 0);
}

TEST_CASE("the suggested checks are valid claims once the placeholders are filled", "[extract]") {
    std::string article = "Police recorded 5,653 crimes, a rise by more than a third (44 per cent), an average of "
                          "15 a day. Hundreds of crimes. Three forces. The youngest was five years old. "
                          "It was 1.45 times as many.";
    std::string skeleton = render_skeleton({extract("a.txt", article)});
    std::string filled;
    std::istringstream lines(skeleton);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  # check ", 0) == 0) line = "  check " + line.substr(10);
        filled += line + "\n";
    }
    for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"<count>", "after"}, {"<before>", "before"}, {"<after>", "after"}, {"<part>", "before"},
             {"<whole>", "after"}, {"<youngest age>", "youngest"}})
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
}

TEST_CASE("every vocabulary word a suggestion may use is defined in the rules", "[extract]") {
    std::string rules;
    for (const char* file : {"house-style.claims", "numbers.claims"}) {
        std::ifstream in(claimcheck::test::rules_dir() / file);
        rules += std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    CHECK(suggested_vocabulary().size() >= 30);
    for (const auto& phrase : suggested_vocabulary()) {
        INFO(phrase);
        std::regex defined("(^|\n)define " + phrase + "( =|\n)");
        CHECK(std::regex_search(rules, defined));
    }
}
