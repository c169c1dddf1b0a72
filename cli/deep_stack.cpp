// Runs a command on a thread whose stack fits the deepest nesting the limits allow.
#include "deep_stack.hpp"

#include "sanitized.hpp"

#include <pthread.h>

namespace claimcheck::cli {

std::size_t stack_for(std::size_t max_depth) {
    // A level is about 1.3 KB; under AddressSanitizer, whose frames carry red zones, several
    // times that (the evaluator's frames grew past 4 KB there), and address space is no concern.
#ifdef CLAIMCHECK_ASAN
    constexpr std::size_t base = std::size_t{64} << 20, per_level = 16384;
#else
    constexpr std::size_t base = std::size_t{64} << 20, per_level = 4096;
#endif
    return base + max_depth * max_depth * per_level;
}

namespace {

struct Job {
    const std::function<int()>& work;
    int result = 0;
};

void* run_job(void* job) {
    auto* j = static_cast<Job*>(job);
    j->result = j->work();
    return nullptr;
}

}  // namespace

int run_with_stack(std::size_t bytes, const std::function<int()>& work) {
    Job job{work};
    pthread_attr_t attributes;
    pthread_t thread;
    bool started = pthread_attr_init(&attributes) == 0 && pthread_attr_setstacksize(&attributes, bytes) == 0 &&
                   pthread_create(&thread, &attributes, run_job, &job) == 0;
    pthread_attr_destroy(&attributes);
    if (!started) return work();
    pthread_join(thread, nullptr);
    return job.result;
}

}  // namespace claimcheck::cli
