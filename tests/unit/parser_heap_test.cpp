// engine/articles/parser_heap: blocks as malloc's, kept across realloc, charged to the
// run's budget, and a refusal that names the place in the file.
#include "engine/articles/parser_heap.hpp"

#include "engine/core/budget.hpp"
#include "engine/core/limits.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

using namespace claimcheck;

TEST_CASE("blocks are usable, zeroed when asked, and kept across reallocation", "[parser_heap]") {
    ParserHeap heap("testing");
    auto* zeroed = static_cast<unsigned char*>(heap.allocate_zeroed(16, 4));
    CHECK(std::all_of(zeroed, zeroed + 64, [](unsigned char c) { return c == 0; }));
    auto* text = static_cast<char*>(heap.allocate(6));
    std::memcpy(text, "hello", 6);
    text = static_cast<char*>(heap.reallocate(text, 1 << 16));
    CHECK(std::strcmp(text, "hello") == 0);
    heap.release(zeroed);
    heap.release(nullptr);
    CHECK(heap.reallocate(nullptr, 8) != nullptr);
    // the rest is freed with the heap
}

TEST_CASE("the parser's memory is charged to the run's budget", "[parser_heap]") {
    Budget budget(std::uint64_t{8} << 20);
    const Budget::Scope scope(budget);
    ParserHeap heap("reading the article a.html as HTML");
    heap.allocate(1 << 20);
    CHECK(budget.used() >= (std::uint64_t{1} << 20));
    try {
        for (int i = 0; i < 16; ++i) heap.allocate(1 << 20);
        FAIL("no limit");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.message.find("reading the article a.html as HTML") != std::string::npos);
    }
}

TEST_CASE("a refusal is at its place in the file", "[parser_heap]") {
    const SourceFile file("a.html", "<p>\n<div>x");
    const ParserHeap heap("reading the article a.html as HTML", &file);
    try {
        heap.refuse(4, "too deep");
        FAIL("not refused");
    } catch (const LimitExceeded& e) {
        CHECK(e.diagnostic.path == "a.html");
        CHECK(e.diagnostic.at.line == 2);
        CHECK(e.diagnostic.message == "stopped reading the article a.html as HTML: too deep");
    }
}
