// What other sources say about a disputed quantity, as the report shows it.
#include "engine/report/elsewhere.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;

TEST_CASE("Elsewhere: what other sources say, each value once, bounded", "[elsewhere]") {
    Conflict conflict{"forces", {}, false};
    auto add = [&](const std::string& article, const std::string& claimed) {
        conflict.statements.push_back(
            Statement{"f.claims", {static_cast<int>(conflict.statements.size() + 1), 3}, "c", article, claimed,
                      Verdict::pass, true});
    };
    add("a.txt", "38");
    add("b.txt", "39");
    add("c.txt", "39");
    add("a.txt", "39");
    add("b.txt", "39");  // a repeat of b.txt's 39: counted once
    Elsewhere elsewhere(conflict);
    SaidElsewhere to_a = elsewhere.other_than(conflict.statements[0]);
    REQUIRE(to_a.values.size() == 1);  // a.txt's own 38 is no other source's
    CHECK(to_a.values[0].claimed == "39");
    CHECK(to_a.values[0].sources == std::vector<std::string>{"b.txt", "c.txt"});
    CHECK(to_a.values[0].more_sources == 0);
    SaidElsewhere to_b = elsewhere.other_than(conflict.statements[1]);
    REQUIRE(to_b.values.size() == 2);
    CHECK(to_b.values[0].sources == std::vector<std::string>{"a.txt"});
    CHECK(to_b.values[1].sources == std::vector<std::string>{"c.txt", "a.txt"});

    // Many sources and many values: a few shown, the rest counted.
    Conflict many{"forces", {}, false};
    for (int i = 0; i < 40; ++i)
        many.statements.push_back(Statement{"f.claims", {i + 1, 3}, "c", "s" + std::to_string(i) + ".txt",
                                            i < 20 ? "39" : std::to_string(100 + i), Verdict::pass, true});
    // Values only one source states, ahead of the rest: skipped for that source.
    Elsewhere lots(many);
    SaidElsewhere said = lots.other_than(many.statements[0]);
    REQUIRE(said.values.size() == Elsewhere::most_values);
    CHECK(said.values[0].claimed == "39");
    CHECK(said.values[0].sources.size() == Elsewhere::most_sources);
    CHECK(said.values[0].more_sources == 19 - Elsewhere::most_sources);
    CHECK(said.values[1].claimed == "120");
    CHECK(said.more_values == 20 - (Elsewhere::most_values - 1));
    SaidElsewhere from_last = lots.other_than(many.statements[39]);
    CHECK(from_last.values[0].more_sources == 20 - Elsewhere::most_sources);
    CHECK(from_last.more_values == 19 - (Elsewhere::most_values - 1));
}

TEST_CASE("Elsewhere skips a long run of values only the asking source states", "[elsewhere]") {
    Conflict conflict{"q", {}, false};
    for (int i = 0; i < 1000; ++i)
        conflict.statements.push_back(Statement{"f.claims", {i + 1, 3}, "c", "own.txt", std::to_string(i), Verdict::pass, true});
    conflict.statements.push_back(Statement{"f.claims", {1001, 3}, "c", "other.txt", "7", Verdict::pass, true});
    conflict.statements.push_back(Statement{"f.claims", {1002, 3}, "c", "own.txt", "x", Verdict::pass, true});
    conflict.statements.push_back(Statement{"f.claims", {1003, 3}, "c", "third.txt", "y", Verdict::pass, true});
    Elsewhere elsewhere(conflict);
    SaidElsewhere said = elsewhere.other_than(conflict.statements[0]);
    REQUIRE(said.values.size() == 2);
    CHECK(said.values[0].claimed == "7");  // "7" is also said by own.txt: shown, with other.txt only
    CHECK(said.values[0].sources == std::vector<std::string>{"other.txt"});
    CHECK(said.values[1].claimed == "y");
    CHECK(said.more_values == 0);
}
