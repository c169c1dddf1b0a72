// engine/tables/row_cube: rows counted by the ids of their key cells, with their sums, largest
// addends and first rows, sums in 128 bits, and the cube fills.
#include "engine/tables/row_cube.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <vector>

using namespace claimcheck;

TEST_CASE("row_cube: a class per distinct key, its ids given back", "[row_cube]") {
    RowCube cube(3, 1);
    const std::uint32_t a[] = {4095, 0, 17}, b[] = {17, 0, 4095};
    const auto ca = cube.class_of(a), cb = cube.class_of(b);
    REQUIRE(ca != RowCube::full_class);
    REQUIRE(cb != RowCube::full_class);
    CHECK(ca != cb);
    CHECK(cube.class_of(a) == ca);
    CHECK(cube.size() == 2);
    CHECK(cube.id(ca, 0) == 4095);
    CHECK(cube.id(ca, 2) == 17);
    CHECK(cube.id(cb, 0) == 17);
    CHECK(cube.rows(ca) == 0);  // made, with no rows yet
}

TEST_CASE("row_cube: rows, first row, sums and the largest addend's first row", "[row_cube]") {
    RowCube cube(1, 2);
    const std::uint32_t key[] = {3};
    const auto c = cube.class_of(key);
    const std::int64_t rows[][2] = {{5, -2}, {9, -7}, {9, -1}, {-4, -1}};
    std::uint64_t line = 10;
    const std::size_t places[] = {0, 1};
    for (const auto& r : rows) cube.add(c, r, places, line++);
    CHECK(cube.rows(c) == 4);
    CHECK(cube.first(c) == 10);
    CHECK(cube.sum(c, 0) == 19);
    CHECK(cube.sum(c, 1) == -11);
    CHECK(cube.largest(c, 0) == 9);
    CHECK(cube.largest_line(c, 0) == 11);  // the first of the two 9s
    CHECK(cube.largest(c, 1) == -1);
    CHECK(cube.largest_line(c, 1) == 12);
}

TEST_CASE("row_cube: sums hold 128 bits", "[row_cube]") {
    RowCube cube(0, 1);
    const auto c = cube.class_of(nullptr);
    const std::int64_t most[] = {std::numeric_limits<std::int64_t>::max()}, least[] = {std::numeric_limits<std::int64_t>::min()};
    const std::size_t place[] = {0};
    for (int i = 0; i < 4; ++i) cube.add(c, most, place, 2);
    CHECK(cube.sum(c, 0) == static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) * 4);
    for (int i = 0; i < 6; ++i) cube.add(c, least, place, 3);
    CHECK(cube.sum(c, 0) == static_cast<__int128>(std::numeric_limits<std::int64_t>::max()) * 4 +
                                static_cast<__int128>(std::numeric_limits<std::int64_t>::min()) * 6);
    CHECK(cube.largest(c, 0) == std::numeric_limits<std::int64_t>::max());
}

TEST_CASE("row_cube: full at `most` classes; known ones are still found; clear empties it", "[row_cube]") {
    RowCube cube(2, 0);
    std::uint32_t ids[2] = {0, 0};
    for (std::uint32_t i = 0; i < RowCube::most; ++i) {
        ids[0] = i % 4096, ids[1] = i / 4096;
        REQUIRE(cube.class_of(ids) != RowCube::full_class);
    }
    CHECK(cube.full());
    ids[0] = 4095, ids[1] = 4095;
    CHECK(cube.class_of(ids) == RowCube::full_class);
    ids[0] = 5, ids[1] = 1;
    CHECK(cube.class_of(ids) == 4096 + 5);
    cube.clear();
    CHECK(cube.size() == 0);
    CHECK(cube.class_of(ids) == 0);
}
