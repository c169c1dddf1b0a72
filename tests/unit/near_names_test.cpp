// engine/lang/near_names: "did you mean" within a run's budget of letters compared.
#include "engine/lang/near_names.hpp"

#include "engine/lang/scope.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;

TEST_CASE("NearNames gives what closest gives, listing each key's names once", "[near_names]") {
    NearNames near;
    int listed = 0;
    const std::vector<std::string> names = {"ew.2015_16", "ew.2016_17", "kent.2016_17"};
    auto list = [&] {
        ++listed;
        return names;
    };
    const int key = 0;
    CHECK(near.closest("ew.2016_71", &key, list) == closest("ew.2016_71", names));
    CHECK(near.closest("kent.2016_16", &key, list) == "kent.2016_17");
    CHECK(near.closest("lincolnshire", &key, list) == "");
    CHECK(listed == 1);
}

TEST_CASE("NearNames stops hinting once its budget of letters is spent", "[near_names]") {
    const std::vector<std::string> names = {"total", "totals", "subtotal"};  // 19 letters, 3 names
    const int key = 0;
    // "totl" costs (4 + 1) * (19 + 3) = 110 cells: two hints fit in 250, a third does not.
    NearNames near(250);
    CHECK(near.closest("totl", &key, [&] { return names; }) == "total");
    CHECK(near.closest("totl", &key, [&] { return names; }) == "total");
    CHECK(near.closest("totl", &key, [&] { return names; }) == "");
    CHECK(near.closest("t", &key, [&] { return names; }) == "");  // spent: nothing more, however cheap
}
