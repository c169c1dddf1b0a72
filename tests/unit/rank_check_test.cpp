// engine/pipeline/rank_check: verdicts on top(...) and bottom(...) compared with a key, ties, and what reports show.
#include "engine/pipeline/checker.hpp"
#include "engine/report/writers.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace claimcheck;

namespace {

// n by ward: Riverside 41, Hillside 41, Oakfield 30, Eastgate 2.
Report wards(const std::string& checks) {
    test::Project p;
    p.file("w.csv", "ward,age,n\nRiverside,13,20\nRiverside,14,21\nHillside,13,41\nOakfield,13,30\nEastgate,15,2\n");
    p.file("main.claims", "table w from \"w.csv\":\n  column ward text\n  column age integer\n  column n integer\n"
                          "let worst = missing \"not published\"\nclaim c in \"a.txt\":\n" + checks);
    return test::checked(p, {"main.claims"});
}

const CheckReport& first(const Report& r) { return r.claims.at(0).checks.at(0); }

}  // namespace

TEST_CASE("rank_check: the one key at the rank passes, another fails", "[rank_check]") {
    Report r = wards("  check top(sum(w.n by w.ward), 3) == \"Oakfield\"\n"
                     "  check bottom(sum(w.n by w.ward)) == \"Oakfield\"\n"
                     "  check bottom(sum(w.n by w.ward)) != \"Oakfield\"\n");
    const auto& checks = r.claims.at(0).checks;
    CHECK(checks[0].verdict == Verdict::pass);
    CHECK(checks[0].reading == "the third highest");
    CHECK(checks[0].keys == std::vector<std::string>{"Oakfield"});
    CHECK(checks[0].actual == Rational(30));
    CHECK(checks[0].actual_text == "Oakfield, 30");
    CHECK(checks[1].verdict == Verdict::fail);
    CHECK(checks[1].message == "the lowest is Eastgate, 2; the second lowest is Oakfield, 30");
    CHECK(checks[2].verdict == Verdict::pass);
}

TEST_CASE("rank_check: a tie is a warn when the key named is in it, a fail when it is not", "[rank_check]") {
    Report r = wards("  check top(sum(w.n by w.ward)) == \"Riverside\"\n"
                     "  check top(sum(w.n by w.ward), 2) == \"Hillside\"\n"
                     "  check top(sum(w.n by w.ward)) == \"Oakfield\"\n"
                     "  check top(sum(w.n by w.ward)) != \"Riverside\"\n"
                     "  check top(sum(w.n by w.ward)) != \"Oakfield\"\n");
    const auto& checks = r.claims.at(0).checks;
    CHECK(checks[0].verdict == Verdict::warn);
    CHECK(checks[0].message == "Hillside and Riverside tie for the highest, 41 each");
    CHECK(checks[0].keys == std::vector<std::string>{"Hillside", "Riverside"});
    CHECK(checks[0].actual_text == "Hillside and Riverside, 41 each");
    CHECK(checks[1].verdict == Verdict::warn);
    CHECK(checks[1].reading == "the second highest");
    CHECK(checks[2].verdict == Verdict::fail);
    CHECK(checks[2].message == "Hillside and Riverside tie for the highest, 41 each; the third highest is Oakfield, 30");
    CHECK(checks[3].verdict == Verdict::warn);
    CHECK(checks[4].verdict == Verdict::pass);
}

TEST_CASE("rank_check: a key no group has is named so, and a key in a lower tie with its tie", "[rank_check]") {
    Report r = wards("  check bottom(sum(w.n by w.ward)) == \"Riversid\"\n"
                     "  check bottom(sum(w.n by w.ward)) == \"Hillside\"\n"
                     "  check top(count(w by w.age), 2) == 16\n");
    const auto& checks = r.claims.at(0).checks;
    CHECK(checks[0].verdict == Verdict::fail);
    CHECK(checks[0].message == "the lowest is Eastgate, 2; no group of w.ward is Riversid");
    CHECK(checks[1].message == "the lowest is Eastgate, 2; Hillside and Riverside tie for the third lowest, 41 each");
    CHECK(checks[2].message == "14 and 15 tie for the second highest, 1 each; no group of w.age is 16");
}

TEST_CASE("rank_check: number keys compare by value", "[rank_check]") {
    Report r = wards("  check top(count(w by w.age)) == 13\n  check top(count(w by w.age)) == 13.0\n"
                     "  check bottom(sum(w.n by w.age), 2) == 14\n");
    for (const auto& c : r.claims.at(0).checks) CHECK(c.verdict == Verdict::pass);
    CHECK(r.claims.at(0).checks[2].message.empty());
}

TEST_CASE("rank_check: missing data is unverifiable, a rank past the groups an error", "[rank_check]") {
    Report r = wards("  check worst == \"Riverside\"\n  check top(sum(w.n by w.age)) == worst\n");
    for (const auto& c : r.claims.at(0).checks) {
        CHECK(c.verdict == Verdict::unverifiable);
        CHECK_THAT(c.message, Catch::StartsWith("worst is missing from the data"));
    }
    r = wards("  check bottom(sum(w.n by w.ward), 5) == \"Riverside\"\n");
    CHECK(first(r).verdict == Verdict::error);
    CHECK_THAT(first(r).message, Catch::StartsWith("bottom: rank 5 asked of 4 groups of w.ward ("));
}

TEST_CASE("rank_check: a wording that holds, with the check that says it", "[rank_check][suggest]") {
    Report r = wards("  check bottom(sum(w.n by w.ward)) == \"Oakfield\"\n"
                     "  check top(sum(w.n by w.ward), 2) == \"Oakfield\"\n"
                     "  check top(mean(w.n by w.age)) == 14\n"
                     "  check bottom(sum(w.n by w.ward), 3) == \"Riverside\"\n"
                     "  check top(sum(w.n by w.ward), 3) == \"Oakfield\"\n");
    const auto& checks = r.claims.at(0).checks;
    REQUIRE(checks[0].suggestions.size() == 1);
    CHECK(checks[0].suggestions[0].wording == "Eastgate is the lowest");
    CHECK(checks[0].suggestions[0].check == "bottom(sum(w.n by w.ward)) == \"Eastgate\"");
    REQUIRE(checks[1].suggestions.size() == 1);
    CHECK(checks[1].suggestions[0].wording == "Hillside and Riverside tie for the highest, 41 each");
    CHECK(checks[1].suggestions[0].check == "max(sum(w.n by w.ward)) == 41");
    // ages: 13 has the mean (20 + 41 + 30) / 3, 14 has 21
    REQUIRE(checks[2].suggestions.size() == 1);
    CHECK(checks[2].suggestions[0].wording == "13 is the highest");
    CHECK(checks[2].suggestions[0].check == "top(mean(w.n by w.age)) == 13");
    CHECK(checks[3].verdict == Verdict::warn);
    CHECK(checks[3].suggestions.empty());  // a tie below the bottom: no check says it yet
    CHECK(checks[4].suggestions.empty());  // a pass
}

TEST_CASE("rank_check: a != that fails suggests the key that holds the rank", "[rank_check][suggest]") {
    Report r = wards("  check top(mean(w.n by w.ward)) != \"Hillside\"\n");
    // Hillside 41, Riverside (20 + 21) / 2: no tie; != fails, and the suggestion names Hillside
    REQUIRE(first(r).suggestions.size() == 1);
    CHECK(first(r).suggestions[0].check == "top(mean(w.n by w.ward)) == \"Hillside\"");
}

TEST_CASE("rank_check: the keys in the JSON and text reports", "[rank_check][json]") {
    Report r = wards("  check top(sum(w.n by w.ward)) == \"Riverside\"\n");
    std::ostringstream json;
    report::write_json(json, r, "test");
    const auto actual = nlohmann::json::parse(json.str())["claims"][0]["checks"][0]["actual"];
    CHECK(actual["keys"] == nlohmann::json::array({"Hillside", "Riverside"}));
    CHECK(actual["exact"] == "41");
    CHECK(actual["display"] == "Hillside and Riverside, 41 each");
    std::ostringstream text;
    report::write_text(text, r, report::Style{});
    CHECK_THAT(text.str(), Catch::Contains("claimed == \"Riverside\" for the highest, actual Hillside and Riverside, 41 each"));
    std::ostringstream junit;
    report::write_junit(junit, r);
    CHECK_THAT(junit.str(), Catch::Contains("claimed == &quot;Riverside&quot; for the highest, actual Hillside and Riverside"));
    std::ostringstream html;
    report::write_html(html, r, "test");
    CHECK_THAT(html.str(), Catch::Contains("<dt>Read as</dt><dd>the highest</dd>"));
}
