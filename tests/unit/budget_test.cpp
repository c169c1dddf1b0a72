// engine/core/budget: the run's memory budget, installed for a run, charged by what inputs cost.
#include "engine/core/budget.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
std::string refusal(std::uint64_t bytes, std::string_view doing) {
    try {
        Charge charge(bytes, doing);
    } catch (const LimitExceeded& e) {
        return e.what();
    }
    return "";
}
}  // namespace

TEST_CASE("budget: with none installed, charges are free", "[budget]") {
    REQUIRE(installed_budget() == nullptr);
    Charge charge(UINT64_MAX, "reading everything");
    CHECK(charge.bytes() == 0);
}

TEST_CASE("budget: charges are held until they end, and refused past the limit", "[budget]") {
    Budget budget(1000);
    Budget::Scope installed(budget);
    {
        Charge a(600, "reading a.txt");
        CHECK(budget.used() == 600);
        Charge b(400, "reading b.txt");  // exactly the limit: allowed
        CHECK(budget.used() == 1000);
        CHECK(refusal(1, "reading c.txt") ==
              "stopped reading c.txt: it needs 1 byte, and the run's inputs would then take 1001 bytes of memory, "
              "over its limit of 1000 bytes; --max-memory raises it");
        CHECK(budget.used() == 1000);  // a refused charge takes nothing
    }
    CHECK(budget.used() == 0);  // given back when the charges ended
    CHECK(refusal(UINT64_MAX, "reading z.txt").find("over its limit of 1000 bytes") != std::string::npos);
    CHECK(budget.used() == 0);
}

TEST_CASE("budget: a charge moved keeps its bytes once", "[budget]") {
    Budget budget(100);
    Budget::Scope installed(budget);
    Charge kept;
    {
        Charge a(60, "reading a.txt");
        kept = std::move(a);
    }
    CHECK(budget.used() == 60);
    Charge b(40, "reading b.txt");
    kept = std::move(b);  // the 60 are given back, the 40 kept
    CHECK(budget.used() == 40);
    CHECK_THROWS_AS(Charge(61, "reading c.txt"), LimitExceeded);
    CHECK(Charge(60, "reading c.txt").bytes() == 60);
}

TEST_CASE("budget: the description of a refused charge is built only when refused", "[budget]") {
    Budget budget(100);
    Budget::Scope installed(budget);
    int built = 0;
    auto describe = [&] {
        ++built;
        return std::string("indexing a.txt");
    };
    { Charge fits = Charge::with(100, describe); }
    CHECK(built == 0);
    CHECK_THROWS_AS(Charge::with(101, describe), LimitExceeded);
    CHECK(built == 1);
}

TEST_CASE("budget: scopes nest and restore the budget before them", "[budget]") {
    Budget outer(10), inner(20);
    {
        Budget::Scope a(outer);
        {
            Budget::Scope b(inner);
            CHECK(installed_budget() == &inner);
        }
        CHECK(installed_budget() == &outer);
    }
    CHECK(installed_budget() == nullptr);
}

TEST_CASE("budget: sizes are shown rounded up, never less than they are", "[budget]") {
    CHECK(shown_bytes(0) == "0 bytes");
    CHECK(shown_bytes(1) == "1 byte");
    CHECK(shown_bytes(1023) == "1023 bytes");
    CHECK(shown_bytes(1024) == "1 KiB");
    CHECK(shown_bytes(1536) == "1.5 KiB");
    CHECK(shown_bytes(1025) == "1.1 KiB");
    CHECK(shown_bytes(std::uint64_t{2} << 30) == "2 GiB");
    CHECK(shown_bytes((std::uint64_t{2} << 30) + 1) == "2.1 GiB");
    CHECK(shown_bytes(std::uint64_t{160} << 20) == "160 MiB");
    CHECK(shown_bytes((std::uint64_t{160} << 20) + 1) == "161 MiB");
}

TEST_CASE("budget: a charge for the run is held until the budget ends", "[budget]") {
    Budget budget(100);
    Budget::Scope installed(budget);
    charge_for_run(70, "reading a.claims");
    CHECK(budget.used() == 70);
    CHECK_THROWS_AS(charge_for_run(31, "reading b.claims"), LimitExceeded);
    CHECK(budget.used() == 70);
    CHECK_THROWS_AS(Charge(31, "indexing a.txt"), LimitExceeded);
}
