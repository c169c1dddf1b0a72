// engine/articles/text_builder: white space run together, breaks only between text, and
// the map of what is written to the bytes it comes from.
#include "engine/articles/text_builder.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("white space runs together and is dropped at a block's ends", "[text_builder]") {
    TextBuilder b;
    b.space(0, 2);  // before any text: nothing
    b.put("a", 2, 3);
    b.space(3, 4);
    b.space(4, 6);  // one space, standing for both runs
    b.put("b", 6, 7);
    b.space(7, 8);
    b.paragraph_break();  // a break swallows the space before it
    b.put("c", 20, 21);
    b.space(21, 22);  // nothing after it: dropped
    const ReadText r = std::move(b).finish();
    CHECK(r.text == "a b\n\nc");
    CHECK(r.map.origin(1) == 3);
    CHECK(r.map.until(1) == 6);
    CHECK(r.map.origin(3) == 20);  // a break is placed where the text after it begins
    CHECK(r.map.until(4) == 20);
    CHECK(r.map.origin(5) == 20);
}

TEST_CASE("line breaks add up to a blank line at most", "[text_builder]") {
    TextBuilder b;
    b.line_break();  // before any text: nothing
    b.put("a", 0, 1);
    b.line_break();
    b.line_break();  // a list item's end and the next one's start: one break
    b.put("b", 1, 2);
    b.another_line_break();
    b.another_line_break();
    b.another_line_break();  // <br><br><br>: a blank line
    b.put("c", 2, 3);
    b.paragraph_break();
    b.line_break();  // a paragraph's end then a list item: still a blank line
    b.put("d", 3, 4);
    CHECK(std::move(b).finish().text == "a\nb\n\nc\n\nd");
}

TEST_CASE("text put as it is keeps its white space", "[text_builder]") {
    TextBuilder b;
    b.put("x  y\n z", 0, 7);
    b.put("&", 7, 12);  // an entity: one byte for five
    const ReadText r = std::move(b).finish();
    CHECK(r.text == "x  y\n z&");
    CHECK(r.map.origin(7) == 7);
    CHECK(r.map.until(7) == 12);
    CHECK(r.map.until(6) == 7);
}
