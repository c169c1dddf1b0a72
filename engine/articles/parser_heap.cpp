// Blocks for the article parsers, on a list of all held, charged a megabyte at a time.
#include "engine/articles/parser_heap.hpp"

#include "engine/core/deadline.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/limits.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace claimcheck {

namespace {
constexpr std::size_t charge_step = std::size_t{1} << 20;
}

// Before each block: the list of blocks held, and the block's size for realloc. Its size
// keeps the block after it aligned as malloc's are.
struct alignas(std::max_align_t) ParserHeap::Header {
    Header* previous;
    Header* next;
    std::size_t bytes;
};

ParserHeap::~ParserHeap() {
    for (Header* h = blocks_; h;) {
        Header* next = h->next;
        std::free(h);
        h = next;
    }
}

void ParserHeap::take(std::size_t bytes) {
    held_ += bytes;
    while (charged_ < held_) {
        charges_.emplace_back(charge_step, doing_);
        charged_ += charge_step;
    }
    if (++taken_ % 4096 == 0) checkpoint(doing_);
}

void ParserHeap::refuse(std::size_t offset, const std::string& why) const {
    if (file_) throw LimitExceeded(diagnose(*file_, offset, "stopped " + doing_ + ": " + why));
    throw LimitExceeded(Diagnostic{"", {}, "stopped " + doing_ + ": " + why, "", {}});
}

void* ParserHeap::allocate(std::size_t bytes) {
    if (bytes > SIZE_MAX - sizeof(Header)) throw std::bad_alloc();
    take(sizeof(Header) + bytes);
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + bytes));
    if (!h) throw std::bad_alloc();
    h->previous = nullptr;
    h->next = blocks_;
    h->bytes = bytes;
    if (blocks_) blocks_->previous = h;
    blocks_ = h;
    return h + 1;
}

void* ParserHeap::allocate_zeroed(std::size_t count, std::size_t size) {
    if (size != 0 && count > SIZE_MAX / size) throw std::bad_alloc();
    void* block = allocate(count * size);
    std::memset(block, 0, count * size);
    return block;
}

void* ParserHeap::reallocate(void* block, std::size_t bytes) {
    if (!block) return allocate(bytes);
    const std::size_t had = (static_cast<Header*>(block) - 1)->bytes;
    void* moved = allocate(bytes);
    std::memcpy(moved, block, had < bytes ? had : bytes);
    release(block);
    return moved;
}

void ParserHeap::release(void* block) {
    if (!block) return;
    Header* h = static_cast<Header*>(block) - 1;
    if (h->previous) h->previous->next = h->next;
    else blocks_ = h->next;
    if (h->next) h->next->previous = h->previous;
    held_ -= sizeof(Header) + h->bytes;
    std::free(h);
}

}  // namespace claimcheck
