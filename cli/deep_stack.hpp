#pragma once
// Runs a command on a thread with a stack sized for the nesting the limits allow:
// figures defined through figures, each written in brackets, recurse depth x depth
// levels deep, far past the 8 MB a process's main thread has.
#include <cstddef>
#include <functional>

namespace claimcheck::cli {

// The stack the worst input within max_depth needs, with room for sanitizer builds.
std::size_t stack_for(std::size_t max_depth);

// Runs work on a thread with a stack of `bytes` and returns its result; on the calling
// thread when no such thread can be made.
int run_with_stack(std::size_t bytes, const std::function<int()>& work);

}  // namespace claimcheck::cli
