// engine/core/deadline: the run's wall-clock budget, installed for a run and checked cooperatively.
#include "engine/core/deadline.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace claimcheck;

namespace {
std::string stop_message(std::string_view doing) {
    try {
        checkpoint(doing);
    } catch (const LimitExceeded& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("deadline: with none installed, checkpoint never stops", "[deadline]") {
    REQUIRE(installed_deadline() == nullptr);
    CHECK_NOTHROW(checkpoint("anywhere"));
}

TEST_CASE("deadline: checkpoint passes within the budget and stops the run after it", "[deadline]") {
    const Deadline generous(60, Deadline::Clock::now());
    {
        Deadline::Scope running(generous);
        CHECK_FALSE(generous.passed());
        CHECK_NOTHROW(checkpoint("at a.claims:3"));
        const Deadline short_one(0.001, Deadline::Clock::now());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        {
            Deadline::Scope inner(short_one);  // scopes nest: the innermost is consulted
            CHECK(short_one.passed());
            CHECK(stop_message("at a.claims:3") ==
                  "stopped at a.claims:3: the run took longer than its limit of 0.001 s; --time-limit raises it");
            bool described = false;
            CHECK_THROWS_AS(checkpoint_with([&] {
                                described = true;
                                return std::string("while reading b.csv");
                            }),
                            LimitExceeded);
            CHECK(described);
        }
        CHECK(installed_deadline() == &generous);  // restored when the inner scope ended
        bool described = false;
        checkpoint_with([&] {
            described = true;
            return std::string("never built in time");
        });
        CHECK_FALSE(described);  // the text is built only when the run stops
    }
    CHECK(installed_deadline() == nullptr);
}

TEST_CASE("deadline: worker threads see the installed deadline", "[deadline]") {
    const Deadline past(0.001, Deadline::Clock::now() - std::chrono::seconds(1));
    Deadline::Scope running(past);
    bool seen = false;
    std::thread worker([&] { seen = installed_deadline() == &past && past.passed(); });
    worker.join();
    CHECK(seen);
}

namespace {
// A parsed node as engine/core sees one: the two indexes the parser records (no Spirit needed).
struct Node {
    int id_first = -1;
    int id_last = -1;
};
}  // namespace

TEST_CASE("deadline: a checkpoint at a node names its file, line and column", "[deadline]") {
    SourceFile source("a.claims", "let a = 1\nlet b = a + 2\n");
    source.set_positions({18, 23});  // "a + 2"
    Node node;
    node.id_first = 0;
    node.id_last = 1;
    CHECK_NOTHROW(checkpoint_at("while evaluating", source, node));  // no deadline: never stops
    const Deadline past(0.001, Deadline::Clock::now() - std::chrono::seconds(1));
    Deadline::Scope running(past);
    try {
        checkpoint_at("while evaluating", source, node);
        FAIL("the run should have stopped");
    } catch (const LimitExceeded& e) {
        CHECK(std::string(e.what()) ==
              "stopped while evaluating a.claims:2:9: the run took longer than its limit of 0.001 s; --time-limit raises it");
    }
}

TEST_CASE("deadline: a checkpoint inside a Doing names the innermost phase, then the place", "[deadline]") {
    SourceFile source("a.claims", "let a = 1\nlet b = a + 2\n");
    source.set_positions({8, 9, 18, 23});  // "1", "a + 2"
    Node one, sum;
    one.id_first = 0, one.id_last = 1;
    sum.id_first = 2, sum.id_last = 3;
    const Deadline past(0.001, Deadline::Clock::now() - std::chrono::seconds(1));
    Deadline::Scope running(past);
    const std::string late = ": the run took longer than its limit of 0.001 s; --time-limit raises it";
    {
        const Doing checking("while checking", source, sum);
        CHECK(stop_message("while evaluating") == "stopped while checking a.claims:2:9 (while evaluating)" + late);
        {
            const Doing diagnosing("while diagnosing the check at", source, sum);
            try {
                checkpoint_at("while evaluating", source, one);
                FAIL("the run should have stopped");
            } catch (const LimitExceeded& e) {
                CHECK(std::string(e.what()) ==
                      "stopped while diagnosing the check at a.claims:2:9 (while evaluating a.claims:1:9)" + late);
            }
            // the phase itself: said once
            CHECK(stop_message("while diagnosing") == "stopped while diagnosing the check at a.claims:2:9" + late);
        }
        CHECK(stop_message("while checking") == "stopped while checking a.claims:2:9" + late);
    }
    CHECK(stop_message("while writing the report") == "stopped while writing the report" + late);
}
