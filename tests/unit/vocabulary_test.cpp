// rules/house-style.claims: what each vague word of the house style passes, warns on and fails.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace claimcheck;
using claimcheck::test::house_style_line;
using claimcheck::test::check_one;
using claimcheck::test::Checked;
using claimcheck::test::claim;
using claimcheck::test::Project;
using claimcheck::test::rendered;
using claimcheck::test::verdict_of;

namespace {

// The verdict on a count x stated with `phrase`.
Verdict count_is(const std::string& x, const std::string& phrase) {
    return verdict_of("let x = " + x, "x is " + phrase);
}

// The verdict on a percentage p stated with `phrase`.
Verdict percent_is(const std::string& p, const std::string& phrase) {
    return verdict_of("let p = " + p + "%", "p is " + phrase);
}

// The verdict on a change from 100 to `to` stated with `phrase`.
Verdict change_is(const std::string& to, const std::string& phrase) {
    return verdict_of("let a = 100\nlet b = " + to, "change(a, b) is " + phrase);
}


}  // namespace

TEST_CASE("hundreds means at least 200 and under 1,000", "[vocabulary]") {
    CHECK(count_is("183", "hundreds") == Verdict::fail);  // Thames Valley
    CHECK(count_is("199", "hundreds") == Verdict::fail);
    CHECK(count_is("200", "hundreds") == Verdict::pass);
    CHECK(count_is("241", "hundreds") == Verdict::pass);  // West Midlands
    CHECK(count_is("999", "hundreds") == Verdict::pass);
    CHECK(count_is("999.5", "hundreds") == Verdict::pass);  // the unrounded value is tested
    CHECK(count_is("1,000", "hundreds") == Verdict::fail);
}

TEST_CASE("dozens means at least 24 and under 100", "[vocabulary]") {
    CHECK(count_is("23", "dozens") == Verdict::fail);
    CHECK(count_is("24", "dozens") == Verdict::pass);
    CHECK(count_is("53", "dozens") == Verdict::pass);  // Cambridgeshire
    CHECK(count_is("99", "dozens") == Verdict::pass);
    CHECK(count_is("100", "dozens") == Verdict::fail);
}

TEST_CASE("thousands and millions", "[vocabulary]") {
    CHECK(count_is("1,999", "thousands") == Verdict::fail);
    CHECK(count_is("2,000", "thousands") == Verdict::pass);
    CHECK(count_is("5,653", "thousands") == Verdict::pass);
    CHECK(count_is("999,999", "thousands") == Verdict::pass);
    CHECK(count_is("1,000,000", "thousands") == Verdict::fail);
    CHECK(count_is("1,999,999", "millions") == Verdict::fail);
    CHECK(count_is("2,000,000", "millions") == Verdict::pass);
}

TEST_CASE("nearly 100: from 90 up to, not reaching, 100", "[vocabulary]") {
    CHECK(count_is("89", "nearly 100") == Verdict::fail);
    CHECK(count_is("89.99", "nearly 100") == Verdict::fail);
    CHECK(count_is("90", "nearly 100") == Verdict::pass);
    CHECK(count_is("99.9", "nearly 100") == Verdict::pass);
    CHECK(count_is("100", "nearly 100") == Verdict::warn);  // reaching N holds only loosely
    CHECK(count_is("101", "nearly 100") == Verdict::fail);
    CHECK(count_is("95", "almost 100") == Verdict::pass);
    CHECK(count_is("100", "almost 100") == Verdict::warn);
    CHECK(count_is("95", "nearly a hundred") == Verdict::pass);
}

TEST_CASE("about N: within 5%, loosely within 10%", "[vocabulary]") {
    CHECK(count_is("95", "about 100") == Verdict::pass);
    CHECK(count_is("105", "about 100") == Verdict::pass);
    CHECK(count_is("94", "about 100") == Verdict::warn);
    CHECK(count_is("110", "about 100") == Verdict::warn);
    CHECK(count_is("89", "about 100") == Verdict::fail);
    CHECK(count_is("111", "about 100") == Verdict::fail);
    CHECK(count_is("5,653", "around 5,600") == Verdict::pass);
    CHECK(count_is("5,653", "roughly 5,600") == Verdict::pass);
}

TEST_CASE("just over and just under", "[vocabulary]") {
    CHECK(count_is("2,543", "just over 2,500") == Verdict::pass);  // ONS style
    CHECK(count_is("2,500", "just over 2,500") == Verdict::fail);
    CHECK(count_is("2,700", "just over 2,500") == Verdict::warn);
    CHECK(count_is("2,800", "just over 2,500") == Verdict::fail);
    CHECK(count_is("2,450", "just under 2,500") == Verdict::pass);
    CHECK(count_is("2,500", "just under 2,500") == Verdict::fail);
}

TEST_CASE("more than, over, above are strict, at least is not", "[vocabulary]") {
    CHECK(count_is("5,653", "more than 5,600") == Verdict::pass);
    CHECK(count_is("5,653", "over 5,600") == Verdict::pass);
    CHECK(count_is("53", "more than 50") == Verdict::pass);
    CHECK(count_is("50", "more than 50") == Verdict::fail);
    CHECK(count_is("50", "over 50") == Verdict::fail);
    CHECK(count_is("50", "above 50") == Verdict::fail);
    CHECK(count_is("50.001", "over 50") == Verdict::pass);
    CHECK(count_is("50", "at least 50") == Verdict::pass);
    CHECK(count_is("49.999", "at least 50") == Verdict::fail);
}

TEST_CASE("under, fewer than, less than are strict, at most and up to are not", "[vocabulary]") {
    CHECK(count_is("49", "under 50") == Verdict::pass);
    CHECK(count_is("50", "under 50") == Verdict::fail);
    CHECK(count_is("50", "fewer than 50") == Verdict::fail);
    CHECK(count_is("50", "less than 50") == Verdict::fail);
    CHECK(count_is("50", "below 50") == Verdict::fail);
    CHECK(count_is("50", "at most 50") == Verdict::pass);
    CHECK(count_is("50", "up to 50") == Verdict::pass);
    CHECK(count_is("51", "up to 50") == Verdict::fail);
}

TEST_CASE("comparisons take percentages too", "[vocabulary]") {
    CHECK(percent_is("44.84", "more than 40%") == Verdict::pass);
    CHECK(percent_is("40", "more than 40%") == Verdict::fail);
    CHECK(percent_is("95", "nearly 100%") == Verdict::pass);
}

TEST_CASE("more than a third uses the exact third", "[vocabulary]") {
    std::string lets = "let a = 3,903\nlet b = 5,653";
    CHECK(verdict_of(lets, "change(a, b) is more than a third") == Verdict::pass);
    CHECK(verdict_of("let a = 1\nlet b = 3", "share(a, b) is more than a third") == Verdict::fail);
    CHECK(verdict_of("let a = 1\nlet b = 3", "share(a, b) is at least a third") == Verdict::pass);
    CHECK(percent_is("33.34", "more than a third") == Verdict::pass);
    CHECK(percent_is("33.33", "more than a third") == Verdict::fail);
}

TEST_CASE("a bare third holds within 1 point, loosely within 3", "[vocabulary]") {
    CHECK(verdict_of("let a = 1\nlet b = 3", "share(a, b) is a third") == Verdict::pass);
    CHECK(percent_is("34", "a third") == Verdict::pass);
    CHECK(percent_is("32.5", "a third") == Verdict::pass);
    CHECK(percent_is("35", "a third") == Verdict::warn);
    CHECK(percent_is("31", "a third") == Verdict::warn);
    CHECK(percent_is("36.5", "a third") == Verdict::fail);
    CHECK(percent_is("30", "a third") == Verdict::fail);
    CHECK(percent_is("66", "two thirds") == Verdict::pass);
}

TEST_CASE("a half: within 1 point passes, within 3 warns, beyond fails", "[vocabulary]") {
    CHECK(percent_is("50", "a half") == Verdict::pass);
    CHECK(percent_is("51", "a half") == Verdict::pass);  // the boundary is in
    CHECK(percent_is("49", "a half") == Verdict::pass);
    CHECK(percent_is("51.01", "a half") == Verdict::warn);
    CHECK(percent_is("53", "a half") == Verdict::warn);
    CHECK(percent_is("47", "a half") == Verdict::warn);
    CHECK(percent_is("53.01", "a half") == Verdict::fail);
    CHECK(percent_is("46", "a half") == Verdict::fail);
    CHECK(percent_is("50", "half") == Verdict::pass);
    CHECK(percent_is("25.5", "a quarter") == Verdict::pass);
    CHECK(percent_is("76", "three quarters") == Verdict::pass);
    CHECK(percent_is("22", "a fifth") == Verdict::warn);
    CHECK(percent_is("10", "a tenth") == Verdict::pass);
}

TEST_CASE("one in five is 20% within a tenth of it", "[vocabulary]") {
    CHECK(percent_is("20", "one in five") == Verdict::pass);
    CHECK(percent_is("18", "one in five") == Verdict::pass);
    CHECK(percent_is("22", "one in five") == Verdict::pass);
    CHECK(percent_is("17", "one in five") == Verdict::warn);
    CHECK(percent_is("24", "one in five") == Verdict::warn);
    CHECK(percent_is("25", "one in five") == Verdict::fail);
    CHECK(percent_is("15", "one in five") == Verdict::fail);
    CHECK(percent_is("10", "one in ten") == Verdict::pass);
    CHECK(percent_is("25", "one in 4") == Verdict::pass);
}

TEST_CASE("one in five and a fifth differ on purpose: a share within a point, a frequency within a tenth", "[vocabulary]") {
    CHECK(percent_is("21.5", "a fifth") == Verdict::warn);
    CHECK(percent_is("21.5", "one in five") == Verdict::pass);
    // "one in 100" within a tenth of 1%, not within a point of it (0% to 2%).
    CHECK(percent_is("1.05", "one in 100") == Verdict::pass);
    CHECK(percent_is("1.5", "one in 100") == Verdict::fail);
}

TEST_CASE("doubled: the ratio rounds to 2.0 on either side of 2, loosely to within 5%", "[vocabulary]") {
    CHECK(change_is("189", "doubled") == Verdict::fail);
    CHECK(change_is("190", "doubled") == Verdict::warn);
    CHECK(change_is("194", "doubled") == Verdict::warn);
    CHECK(change_is("195", "doubled") == Verdict::pass);
    CHECK(change_is("196", "doubled") == Verdict::pass);  // x1.96 is doubled
    CHECK(change_is("200", "doubled") == Verdict::pass);
    CHECK(change_is("204", "doubled") == Verdict::pass);
    CHECK(change_is("205", "doubled") == Verdict::warn);
    CHECK(change_is("209", "doubled") == Verdict::warn);  // x2.09 only loosely
    CHECK(change_is("210", "doubled") == Verdict::fail);
    CHECK(change_is("299", "doubled") == Verdict::fail);  // "more than doubled" is the word
}

TEST_CASE("nearly doubled and more than doubled compose", "[vocabulary]") {
    CHECK(change_is("189", "nearly doubled") == Verdict::fail);
    CHECK(change_is("190", "nearly doubled") == Verdict::pass);
    CHECK(change_is("199", "nearly doubled") == Verdict::pass);
    CHECK(change_is("200", "nearly doubled") == Verdict::warn);
    CHECK(change_is("201", "nearly doubled") == Verdict::fail);
    CHECK(change_is("200", "more than doubled") == Verdict::fail);
    CHECK(change_is("201", "more than doubled") == Verdict::pass);
    CHECK(change_is("1,000", "more than doubled") == Verdict::pass);
}

TEST_CASE("no change and unchanged: a change that rounds to 0%, loosely within a point", "[vocabulary]") {
    CHECK(change_is("100", "no change") == Verdict::pass);
    CHECK(change_is("100.49", "no change") == Verdict::pass);
    CHECK(change_is("99.51", "unchanged") == Verdict::pass);
    CHECK(change_is("100.5", "unchanged") == Verdict::warn);  // 0.5% rounds to 1%
    CHECK(change_is("99.1", "no change") == Verdict::warn);
    CHECK(change_is("101", "no change") == Verdict::fail);
    CHECK(change_is("99", "unchanged") == Verdict::fail);
}

TEST_CASE("tripled and halved", "[vocabulary]") {
    CHECK(change_is("289", "tripled") == Verdict::fail);
    CHECK(change_is("290", "tripled") == Verdict::warn);
    CHECK(change_is("295", "tripled") == Verdict::pass);
    CHECK(change_is("300", "tripled") == Verdict::pass);
    CHECK(change_is("304", "tripled") == Verdict::pass);
    CHECK(change_is("305", "tripled") == Verdict::warn);
    CHECK(change_is("310", "tripled") == Verdict::fail);
    CHECK(change_is("50", "halved") == Verdict::pass);
    CHECK(change_is("46", "halved") == Verdict::pass);
    CHECK(change_is("54", "halved") == Verdict::pass);
    CHECK(change_is("45", "halved") == Verdict::pass);  // -55%: the ratio 0.45 rounds to 0.5
    CHECK(change_is("55", "halved") == Verdict::warn);  // -45%: 0.55 rounds away, to 0.6
    CHECK(change_is("40", "halved") == Verdict::warn);
    CHECK(change_is("39", "halved") == Verdict::fail);
    CHECK(change_is("60", "halved") == Verdict::fail);
}

TEST_CASE("spelled numbers mean exactly their value", "[vocabulary]") {
    CHECK(count_is("3", "three") == Verdict::pass);
    CHECK(count_is("4", "three") == Verdict::fail);
    CHECK(count_is("3.4", "three") == Verdict::fail);  // a word states no rounding
    CHECK(count_is("13", "thirteen") == Verdict::pass);
    CHECK(count_is("12", "a dozen") == Verdict::pass);
    CHECK(count_is("1,000", "a thousand") == Verdict::pass);
    CHECK(count_is("1,000,000", "a million") == Verdict::pass);
}

TEST_CASE("the report names the house-style definition used", "[vocabulary]") {
    CheckReport r = check_one("let x = 241", "x is hundreds");
    int line = house_style_line("define hundreds");
    CHECK_THAT(r.definition, Catch::StartsWith("hundreds (") &&
                                 Catch::EndsWith("rules/house-style.claims:" + std::to_string(line) + ")"));
    CHECK(r.interval->text(r.interval_unit) == "[200, 1,000)");
    r = check_one("let x = 95", "x is nearly 100");
    CHECK_THAT(r.definition, Catch::StartsWith("nearly N ("));
}

TEST_CASE("a file's own definition overrides the house style, and the report says so", "[vocabulary]") {
    Project p;
    p.file("main.claims", "use house-style\n\ndefine hundreds\n  means [100, 1,000)\n\nlet tv = 183\n"
                          "claim tv in \"003.txt\":\n  check tv is hundreds\n");
    Checked r = p.check();
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    const CheckReport& k = claim(r.report, "tv").checks.at(0);
    CHECK(k.verdict == Verdict::pass);
    CHECK(k.definition == "hundreds (" + p.path("main.claims") + ":3)");
}

TEST_CASE("an override in a used newsroom file beats an earlier use of the house style", "[vocabulary]") {
    Project p;
    p.file("newsroom.claims", "define hundreds\n  means [100, 1,000)\n");
    p.file("main.claims", "use house-style\nuse \"newsroom.claims\"\nlet tv = 183\n"
                          "claim tv in \"003.txt\":\n  check tv is hundreds\n  check tv is more than 150\n");
    Checked r = p.check();
    INFO(rendered(r.diagnostics()));
    REQUIRE(r.ok());
    const ClaimReport& c = claim(r.report, "tv");
    CHECK(c.checks.at(0).verdict == Verdict::pass);
    CHECK(c.checks.at(0).definition == "hundreds (" + p.path("newsroom.claims") + ":1)");
    CHECK(c.checks.at(1).verdict == Verdict::pass);  // the rest of the house style is still there
    CHECK_THAT(c.checks.at(1).definition, Catch::Contains("house-style.claims"));
}

TEST_CASE("a later use of the house style wins over an earlier override", "[vocabulary]") {
    Project p;
    p.file("newsroom.claims", "define hundreds\n  means [100, 1,000)\n");
    p.file("main.claims", "use \"newsroom.claims\"\nuse house-style\nlet tv = 183\n"
                          "claim tv in \"003.txt\":\n  check tv is hundreds\n");
    Checked r = p.check();
    REQUIRE(r.ok());
    CHECK(claim(r.report, "tv").checks.at(0).verdict == Verdict::fail);
}
