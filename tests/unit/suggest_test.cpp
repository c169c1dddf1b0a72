// engine/advice/suggest: wordings offered for a fail or warn, each re-checked here in the same file and required to pass.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::check_one;
using claimcheck::test::check_one_rechecked;
using claimcheck::test::Checked;
using claimcheck::test::claim;
using claimcheck::test::Project;
using claimcheck::test::rendered;
using claimcheck::test::require_suggestions_pass;
using claimcheck::test::wordings;

namespace {

const std::string kent = "let kent.2015_16 = 63 during FY2015/16\nlet kent.2016_17 = 361 during FY2016/17";
const std::string ew = "let ew.2015_16 = 3,903 during FY2015/16\nlet ew.2016_17 = 5,653 during FY2016/17";
const std::string lincs = "let l15 = 112 during FY2015/16\nlet l16 = 58 during FY2016/17";

bool offers(const CheckReport& c, const std::string& wording) {
    auto all = wordings(c);
    return std::find(all.begin(), all.end(), wording) != all.end();
}

const Suggestion& suggestion(const CheckReport& c, const std::string& wording) {
    for (const auto& s : c.suggestions)
        if (s.wording == wording) return s;
    FAIL("no suggestion " << wording);
    return c.suggestions.front();
}

}  // namespace

TEST_CASE("Kent: a rise of 473%, and nearly six times as many", "[suggest]") {
    CheckReport c = check_one_rechecked(kent, "change(kent.2015_16, kent.2016_17) is 573%");
    INFO(Catch::Detail::stringify(wordings(c)));
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "a rise of 473%");
    CHECK(c.suggestions[0].check == "change(kent.2015_16, kent.2016_17) is 473%");
    REQUIRE(offers(c, "nearly six times as many"));
    CHECK(suggestion(c, "nearly six times as many").check == "ratio(kent.2016_17, kent.2015_16) is nearly six");
}

TEST_CASE("times-as-many wordings come only with the ratio-as-increase diagnosis", "[suggest]") {
    // 83% is the wrong-base mistake: the rise is restated, no ratio offered.
    CheckReport c = check_one_rechecked(kent, "change(kent.2015_16, kent.2016_17) is 83%");
    CHECK(wordings(c) == std::vector<std::string>{"a rise of 473%"});
}

TEST_CASE("44 per cent becomes a rise of 45 per cent, keeping the writer's words", "[suggest]") {
    CheckReport c = check_one_rechecked(ew, "change(ew.2015_16, ew.2016_17) is 44 per cent");
    CHECK(c.verdict == Verdict::warn);
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "a rise of 45 per cent");
    CHECK(c.suggestions[0].check == "change(ew.2015_16, ew.2016_17) is 45 per cent");
}

TEST_CASE("44% becomes a rise of 45%", "[suggest]") {
    CheckReport c = check_one_rechecked(ew, "change(ew.2015_16, ew.2016_17) is 44%");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "a rise of 45%");
    CHECK(c.suggestions[0].check == "change(ew.2015_16, ew.2016_17) is 45%");
}

TEST_CASE("a fall is worded as a fall", "[suggest]") {
    // 112 -> 58 is -48.21%.
    CheckReport c = check_one_rechecked(lincs, "change(l15, l16) is -40%");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "a fall of 48%");
    CHECK(c.suggestions[0].check == "change(l15, l16) is -48%");
}

TEST_CASE("no change is worded as no change", "[suggest]") {
    CheckReport c = check_one_rechecked("let a = 5", "change(a, a) is 5%");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "no change");
}

TEST_CASE("Thames Valley's 183 is nearly 200, or more than 180, not hundreds", "[suggest]") {
    CheckReport c = check_one_rechecked("let tv = 183 during FY2016/17", "tv is hundreds");
    CHECK(c.verdict == Verdict::fail);
    INFO(Catch::Detail::stringify(wordings(c)));
    REQUIRE(c.suggestions.size() >= 2);
    CHECK(c.suggestions[0].wording == "nearly 200");
    CHECK(c.suggestions[0].check == "tv is nearly 200");
    CHECK(offers(c, "more than 180"));
    CHECK_FALSE(offers(c, "hundreds"));
}

TEST_CASE("70 offences are dozens before any figure", "[suggest]") {
    CheckReport c = check_one_rechecked("let lincs = 70", "lincs is hundreds");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "dozens");
    CHECK(c.suggestions[0].check == "lincs is dozens");
}

TEST_CASE("a count stated as 38 for 39 is restated as 39", "[suggest]") {
    CheckReport c = check_one_rechecked("let forces = 39", "forces is 38");
    CHECK(wordings(c) == std::vector<std::string>{"39"});
    CHECK(c.suggestions[0].check == "forces is 39");
}

TEST_CASE("grouped digits stay grouped", "[suggest]") {
    CheckReport plain = check_one_rechecked(ew, "ew.2016_17 is 5,600");
    REQUIRE_FALSE(plain.suggestions.empty());
    CHECK(plain.suggestions[0].wording == "5,653");
    CHECK(plain.suggestions[0].check == "ew.2016_17 is 5,653");

    CheckReport ungrouped = check_one_rechecked(ew, "ew.2016_17 is 5600");
    REQUIRE_FALSE(ungrouped.suggestions.empty());
    CHECK(ungrouped.suggestions[0].wording == "5653");
}

TEST_CASE("an amount of money is restated with its sign and magnitude", "[suggest]") {
    const std::string budget = "let budget = £3,412,000";
    CheckReport figure = check_one_rechecked(budget, "budget is £3.5m");
    CHECK(wordings(figure) == std::vector<std::string>{"£3.4m"});
    CHECK(figure.suggestions[0].check == "budget is £3.4m");
    CheckReport phrase = check_one_rechecked(budget, "budget is about £3.2m");
    REQUIRE_FALSE(phrase.suggestions.empty());
    CHECK(phrase.suggestions[0].wording == "about £3.4m");
    CHECK(wordings(check_one_rechecked("let fee = £12.50", "fee is £12.40")) == std::vector<std::string>{"£12.50"});
}

TEST_CASE("a rounding rule is kept: to the nearest 100", "[suggest]") {
    CheckReport c = check_one_rechecked(ew, "ew.2016_17 is 5,600 to the nearest 100");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "5,700 to the nearest 100");
    CHECK(c.suggestions[0].check == "ew.2016_17 is 5,700 to the nearest 100");
}

TEST_CASE("a rounding rule is kept: to 1 dp", "[suggest]") {
    // 5,653 / 365 = 15.4877 a day.
    CheckReport c = check_one_rechecked(ew, "per_day(ew.2016_17) is 15.2 to 1 dp");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "15.5 to 1 dp");
    CHECK(c.suggestions[0].check == "per_day(ew.2016_17) is 15.5 to 1 dp");
}

TEST_CASE("the stated number's decimal places are kept", "[suggest]") {
    CheckReport c = check_one_rechecked(ew, "per_day(ew.2016_17) is 15.45");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "15.49");
}

TEST_CASE("any_share(19) is 40% suggests 37% and 42%", "[suggest]") {
    CheckReport c = check_one_rechecked("", "any_share(19) is 40%");
    CHECK(c.verdict == Verdict::fail);
    CHECK(wordings(c) == std::vector<std::string>{"37%", "42%"});
    CHECK(c.suggestions[0].check == "any_share(19) is 37%");
    CHECK(c.suggestions[1].check == "any_share(19) is 42%");
}

TEST_CASE("any_share(19) is 36% warns, is named truncated, and is restated as 37%", "[suggest]") {
    CheckReport c = check_one_rechecked("", "any_share(19) is 36%");
    CHECK(c.verdict == Verdict::warn);
    CHECK(c.diagnosis == DiagnosisCode::truncated);
    CHECK(c.explanation == "36.84% was cut to 36% instead of rounded; rounded, it is 37%");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "37%");  // the value the lenient reading took, rounded
}

TEST_CASE("a granularity check keeps its rounding rule: 36% truncated or 42% truncated", "[suggest]") {
    CheckReport c = check_one_rechecked("", "any_share(19) is 40% truncated");
    CHECK(c.verdict == Verdict::fail);
    CHECK(c.diagnosis == DiagnosisCode::granularity);
    CHECK(wordings(c) == std::vector<std::string>{"36% truncated", "42% truncated"});
    CHECK(wordings(check_one_rechecked("", "any_share(19) is 40% within 1 point")) ==
          std::vector<std::string>{"37% within 1 point", "42% within 1 point"});
}

TEST_CASE("a granularity check with a phrase or a relation still gets a wording that holds", "[suggest]") {
    CheckReport about = check_one_rechecked("", "any_share(19) is about 40%");
    CHECK(about.verdict == Verdict::warn);
    CHECK_FALSE(about.suggestions.empty());
    CheckReport over = check_one_rechecked("", "any_share(19) > 100%");
    CHECK(over.verdict == Verdict::fail);
    REQUIRE(over.suggestions.size() == 1);
    CHECK(over.suggestions[0].check == "any_share(19) == 100%");
}

TEST_CASE("thousands separators from 1,000, unless the writer's own figure had none", "[suggest]") {
    CheckReport phrase = check_one_rechecked("let visits = 1,049", "visits is hundreds");
    CHECK(offers(phrase, "more than 1,000"));
    CheckReport ungrouped = check_one_rechecked("let visits = 1,049", "visits is about 2000");
    CHECK(offers(ungrouped, "about 1000"));
    CHECK_FALSE(offers(ungrouped, "about 1,000"));
    // A writer's 900 shows no style for four digits: the house style's separators.
    CHECK(wordings(check_one_rechecked("let visits = 1,049", "visits is 900")) == std::vector<std::string>{"1,049"});
}

TEST_CASE("a count gets whole numbers", "[suggest]") {
    CheckReport one = check_one_rechecked("let one = 1", "one is dozens");
    REQUIRE_FALSE(one.suggestions.empty());
    for (const auto& w : wordings(one)) CHECK(w.find('.') == std::string::npos);
    CHECK(offers(one, "about one"));
    // The writer's decimals do not make a whole count fractional: 361, not 361.0.
    CHECK(wordings(check_one_rechecked(kent, "kent.2016_17 is 361.1")) == std::vector<std::string>{"361"});
}

TEST_CASE("a ratio under two is written with a decimal, never '1 times'", "[suggest]") {
    // 5,653 / 3,903 = 1.448 times.
    CheckReport c = check_one_rechecked(ew, "ew.2016_17 / ew.2015_16 is 2 times");
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "1.4 times");
    CHECK(c.suggestions[0].check == "ew.2016_17 / ew.2015_16 is 1.4 times");
    CHECK(offers(c, "about 1.4 times"));
    CHECK(suggestion(c, "about 1.4 times").check == "ew.2016_17 / ew.2015_16 is about 1.4");
    CHECK_FALSE(offers(c, "1 times"));
}

TEST_CASE("a fall that no phrase fits is worded as a fall, rounded", "[suggest]") {
    // 112 -> 58 is -48.21%; the house style's fractions assume a rise.
    CheckReport c = check_one_rechecked(lincs, "change(l15, l16) is more than a third");
    CHECK(wordings(c) == std::vector<std::string>{"a fall of 48%"});
    CHECK(c.suggestions[0].check == "change(l15, l16) is -48%");
    CheckReport points = check_one_rechecked("let p = 40%\nlet q = 30%", "points(p, q) is more than 5 points");
    CHECK(wordings(points) == std::vector<std::string>{"a fall of 10 points"});
    CHECK(points.suggestions[0].check == "points(p, q) is -10 points");
}

TEST_CASE("the exact figure of a change is framed as a rise or a fall", "[suggest]") {
    CheckReport c = check_one_rechecked(lincs, "change(l15, l16) == -40%");
    REQUIRE(c.suggestions.size() == 1);
    CHECK(c.suggestions[0].wording == "a fall of 48.21%");
    CHECK(c.suggestions[0].check == "change(l15, l16) == -675% / 14");
}

TEST_CASE("an == relation is given the exact value", "[suggest]") {
    CheckReport sum = check_one_rechecked(lincs, "l15 + l16 == 171");
    CHECK(wordings(sum) == std::vector<std::string>{"170"});
    CHECK(sum.suggestions[0].check == "l15 + l16 == 170");

    CheckReport daily = check_one_rechecked(ew, "per_day(ew.2016_17) == 15");
    REQUIRE(daily.suggestions.size() == 1);
    CHECK(daily.suggestions[0].check == "per_day(ew.2016_17) == 5653 / 365");
}

TEST_CASE("no suggestion for a pass", "[suggest]") {
    CHECK(check_one(kent, "change(kent.2015_16, kent.2016_17) is 473%").suggestions.empty());
    CHECK(check_one("let tv = 183", "tv is more than 180").suggestions.empty());
}

TEST_CASE("a phrase that is too low is offered a phrase that holds", "[suggest]") {
    // 183 is not "nearly 180": it is over it.
    CheckReport c = check_one_rechecked("let tv = 183", "tv is nearly 180");
    CHECK(c.verdict == Verdict::fail);
    CHECK_FALSE(c.suggestions.empty());
}

TEST_CASE("every suggestion for the seed-like claims passes", "[suggest]") {
    // A broad sweep: whatever is offered must hold in the same file.
    const std::string lets = kent + "\n" + ew + "\n" + lincs + "\nlet tv = 183\nlet p = 40%\nlet q = 50%";
    for (const char* check :
         {"change(kent.2015_16, kent.2016_17) is 573%", "change(kent.2015_16, kent.2016_17) is -473%",
          "change(ew.2015_16, ew.2016_17) is 43% truncated", "change(ew.2015_16, ew.2016_17) is 43%",
          "change(ew.2015_16, ew.2016_17) is 45% to 1 dp", "tv is thousands", "tv is dozens",
          "tv is about 150", "ew.2016_17 is nearly 5,000", "ew.2016_17 is hundreds", "points(p, q) is 25 points",
          "change(p, q) is 10%", "per_day(ew.2015_16) is 10.69", "l15 + l16 is 112",
          "kent.2016_17 is 360 within 0.5", "change(l15, l16) is more than halved", "per_day(ew.2016_17) is about 20",
          "change(ew.2015_16, ew.2016_17) is more than a half", "change(kent.2015_16, kent.2016_17) is tripled",
          "change(kent.2015_16, kent.2016_17) is doubled", "ew.2016_17 is millions", "l16 - ew.2016_17 is -5,000",
          "per_day(ew.2016_17) is 15.4 to 1 dp", "per_week(ew.2016_17) is nearly 100", "share(l16, l15 + l16) is one in five",
          "change(p, q) is a third", "points(p, q) is 12 points", "l15 / l16 is 3", "l15 + l16 == 171",
          "change(l15, l16) is -50% within 1 points", "ew.2016_17 is 5,640 to the nearest 10"}) {
        INFO(check);
        CheckReport c = check_one_rechecked(lets, check);
        CHECK(c.verdict != Verdict::pass);
    }
}

TEST_CASE("suggestions re-checked in a project with a shared counts file", "[suggest]") {
    Project p;
    p.file("counts.claims", kent + "\n");
    p.file("article.claims", "use \"counts.claims\"\nuse house-style\nclaim rise in \"002.txt\":\n"
                             "  check change(kent.2015_16, kent.2016_17) is 573%\n"
                             "claim many in \"002.txt\":\n  check kent.2016_17 is thousands\n");
    Checked r = p.check({"article.claims"});
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    for (const char* id : {"rise", "many"}) {
        const CheckReport& c = claim(r.report, id).checks.at(0);
        CHECK_FALSE(c.suggestions.empty());
        require_suggestions_pass(p, "article.claims", c);
    }
}

TEST_CASE("a newsroom's own words, defined in its own file, are offered", "[suggest]") {
    Project project;
    project.file("newsroom.claims", "use house-style\ndefine scads\n  means [120, 200)\ndefine a sixth = 100% / 6\n  means [it - 1%, it + 1%]\n");
    project.file("main.claims", "use \"newsroom.claims\"\nlet x = 150\nlet part = 33\nlet whole = 200\n"
                                "claim c in \"a.txt\":\n  check x is hundreds\n"
                                "claim d in \"a.txt\":\n  check share(part, whole) is a fifth\n");
    Report r = claimcheck::test::checked(project, {"main.claims"});
    const auto& scads = claim(r, "c").checks.at(0);
    INFO(Catch::Detail::stringify(wordings(scads)));
    CHECK(std::any_of(scads.suggestions.begin(), scads.suggestions.end(),
                      [](const Suggestion& s) { return s.check == "x is scads"; }));
    const auto& sixth = claim(r, "d").checks.at(0);
    INFO(Catch::Detail::stringify(wordings(sixth)));
    CHECK(std::any_of(sixth.suggestions.begin(), sixth.suggestions.end(),
                      [](const Suggestion& s) { return s.check.find("a sixth") != std::string::npos; }));
}

TEST_CASE("a newsroom's own word before a figure is offered, in the order its rules define it", "[suggest]") {
    Project project;
    // Defined first, so tried first; a reading with a floor, as suggestions need.
    project.file("newsroom.claims", "define upwards of N\n  means (N, inf)\nuse house-style\n");
    project.file("main.claims", "use \"newsroom.claims\"\nlet x = 183\nclaim c in \"a.txt\":\n  check x is hundreds\n");
    Report r = claimcheck::test::checked(project, {"main.claims"});
    const auto& c = claim(r, "c").checks.at(0);
    INFO(Catch::Detail::stringify(wordings(c)));
    require_suggestions_pass(project, "main.claims", c);
    CHECK(offers(c, "upwards of 180"));
    // "more than" reads as "upwards of" does: the first defined speaks for both.
    CHECK_FALSE(offers(c, "more than 180"));
}

TEST_CASE("synonyms are offered once, and a word without a floor never", "[suggest]") {
    CheckReport c = check_one_rechecked("let x = 183", "x is hundreds");
    auto all = wordings(c);
    INFO(Catch::Detail::stringify(all));
    for (const std::string& wording : all) {
        // "over", "above", "at least" read as "more than" does; "almost", as "nearly"; "around", as "about".
        for (const char* synonym : {"over ", "above ", "at least ", "almost ", "around ", "roughly "})
            CHECK(wording.rfind(synonym, 0) != 0);
        // "fewer than 200" is as true of 3: it says nothing of how many there were.
        for (const char* ceiling : {"fewer than ", "less than ", "under ", "below ", "at most ", "up to "})
            CHECK(wording.rfind(ceiling, 0) != 0);
    }
    CHECK(offers(c, "nearly 200"));
}

TEST_CASE("idiomatic suggestions: a share is never doubled", "[suggest]") {
    CheckReport c = check_one_rechecked("let a = 95\nlet b = 100", "share(a, b) is a half");
    INFO(Catch::Detail::stringify(wordings(c)));
    for (const auto& w : wordings(c)) CHECK(w.find("doubled") == std::string::npos);
    // A change still is.
    CheckReport rise = check_one_rechecked("let a = 100\nlet b = 195", "change(a, b) is tripled");
    INFO(Catch::Detail::stringify(wordings(rise)));
    CHECK(offers(rise, "nearly doubled"));
    // Its present tense ("Incidents double") is read in a claim, but the past tense, defined first, is suggested.
    CHECK_FALSE(offers(rise, "nearly double"));
}

TEST_CASE("idiomatic suggestions: nearly 100 for exactly 100 is 100", "[suggest]") {
    CheckReport c = check_one_rechecked("let x = 100", "x is nearly 100");
    INFO(Catch::Detail::stringify(wordings(c)));
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording == "100");
    CHECK_FALSE(offers(c, "nearly 110"));
}

TEST_CASE("idiomatic suggestions: a near figure before a rounder, vaguer one", "[suggest]") {
    CheckReport c = check_one_rechecked("let x = 359", "x is nearly 300");
    auto all = wordings(c);
    INFO(Catch::Detail::stringify(all));
    auto at = [&](const std::string& w) { return std::find(all.begin(), all.end(), w) - all.begin(); };
    REQUIRE(offers(c, "nearly 360"));
    CHECK(at("nearly 360") < at("more than 300"));
}

TEST_CASE("idiomatic suggestions: a claim with a figure gets figures before words alone", "[suggest]") {
    CheckReport c = check_one_rechecked("let x = 70", "x is nearly 100");
    INFO(Catch::Detail::stringify(wordings(c)));
    REQUIRE_FALSE(c.suggestions.empty());
    CHECK(c.suggestions[0].wording != "dozens");
    // Never a figure less round than the truth: "nearly 71" for 70.
    CHECK_FALSE(offers(c, "nearly 71"));
}

TEST_CASE("idiomatic suggestions: a word for a change takes no hedge and no head that says no more than it", "[suggest]") {
    for (const char* to : {"196", "199", "201", "204", "215", "290"}) {
        CheckReport c = check_one_rechecked(std::string("let a = 100\nlet b = ") + to, "change(a, b) is halved");
        INFO(to << ": " << Catch::Detail::stringify(wordings(c)));
        for (const auto& w : wordings(c))
            for (const char* odd : {"about doubled", "around doubled", "roughly doubled", "just under doubled",
                                    "just over doubled", "about tripled", "just under tripled"})
                CHECK(w.find(odd) == std::string::npos);
    }
    CheckReport more = check_one_rechecked("let a = 100\nlet b = 215", "change(a, b) is halved");
    INFO(Catch::Detail::stringify(wordings(more)));
    CHECK(offers(more, "more than doubled"));
}

TEST_CASE("a ratio stated in words is suggested in so many times", "[suggest]") {
    CheckReport c = check_one_rechecked("let a = 100\nlet b = 230", "ratio(b, a) is about two");
    INFO(Catch::Detail::stringify(wordings(c)));
    REQUIRE_FALSE(c.suggestions.empty());
    for (const auto& w : wordings(c)) CHECK(w.size() > 6);
    CHECK(offers(c, "more than two times"));
}
