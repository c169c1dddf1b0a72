#pragma once
// The memory a C parser of articles (cmark, gumbo) takes, through its allocator hooks:
// each block is charged to the run's budget (--max-memory) and counted towards the
// run's time (--timeout) as it is taken, so a page built to make the parser's tree
// explode stops the run with a limit, not with the machine's memory; and every block
// still held is freed when the heap ends, so a run stopped inside the parser, or a
// tree never walked down to be freed node by node (gumbo frees by recursion, one
// frame a level of nesting), leaks nothing. A limit reached inside the parser is an
// exception thrown through its C frames: Debian builds both libraries with unwind
// tables (.eh_frame), and nothing of theirs outlives the heap.
#include "engine/core/budget.hpp"
#include "engine/core/source.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck {

class ParserHeap {
public:
    // `doing` says what the memory is for when the budget or the clock stops the run;
    // `file`, when given, is what is parsed, for refuse() to point into.
    explicit ParserHeap(std::string doing, const SourceFile* file = nullptr) : doing_(std::move(doing)), file_(file) {}
    ~ParserHeap();
    ParserHeap(const ParserHeap&) = delete;
    ParserHeap& operator=(const ParserHeap&) = delete;

    // As malloc, calloc, realloc and free; throw LimitExceeded past the budget or the time.
    void* allocate(std::size_t bytes);
    void* allocate_zeroed(std::size_t count, std::size_t size);
    void* reallocate(void* block, std::size_t bytes);
    void release(void* block);

    // Stops the run before parsing what the parser could not parse in bounded time (HTML
    // nested beyond any page's need), at `offset` of the file: throws LimitExceeded.
    [[noreturn]] void refuse(std::size_t offset, const std::string& why) const;

private:
    struct Header;
    void take(std::size_t bytes);

    std::string doing_;
    const SourceFile* file_;
    Header* blocks_ = nullptr;  // every block held, to free them all at the end
    std::size_t held_ = 0;      // bytes held, headers too
    std::size_t taken_ = 0;     // blocks taken, to look at the clock every so many
    std::vector<Charge> charges_;  // the budget held, a step at a time
    std::size_t charged_ = 0;
};

}  // namespace claimcheck
