// engine/articles/offset_map: pieces copied byte for byte, pieces that stand for more or
// fewer bytes, and bytes stretched over.
#include "engine/articles/offset_map.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("bytes copied one for one count on; a run is one piece", "[offset_map]") {
    OffsetMap m;
    m.append(3, 10, 13);
    m.append(2, 13, 15);  // runs on
    CHECK(m.size() == 5);
    CHECK(m.origin(0) == 10);
    CHECK(m.origin(4) == 14);
    CHECK(m.until(4) == 15);
}

TEST_CASE("a piece that stands for other bytes maps every byte to all of them", "[offset_map]") {
    OffsetMap m;
    m.append(1, 0, 1);  // "R"
    m.append(1, 1, 6);  // "&" from "&amp;"
    m.append(1, 6, 7);  // "D"
    m.append(2, 20, 20);  // a paragraph break from no bytes, placed where the next text is
    m.append(3, 20, 23);
    CHECK(m.origin(1) == 1);
    CHECK(m.until(1) == 6);
    CHECK(m.origin(2) == 6);
    CHECK(m.origin(3) == 20);
    CHECK(m.until(3) == 20);
    CHECK(m.origin(5) == 20);
    CHECK(m.until(7) == 23);
    CHECK(m.origin(8) == 23);  // past the end: the end
}

TEST_CASE("stretching makes the last byte reach over what was dropped", "[offset_map]") {
    OffsetMap m;
    m.append(2, 0, 2);
    m.stretch(5);  // three bytes dropped after the second
    m.append(1, 5, 6);
    CHECK(m.origin(0) == 0);
    CHECK(m.until(0) == 1);  // the first byte is still itself
    CHECK(m.origin(1) == 1);
    CHECK(m.until(1) == 5);
    CHECK(m.origin(2) == 5);
    OffsetMap none;
    none.stretch(4);  // nothing before: nothing to stretch
    CHECK(none.size() == 0);
    CHECK(none.origin(0) == 0);
}
