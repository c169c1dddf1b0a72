#include "deep_stack.hpp"

#include <pthread.h>

namespace claimcheck::cli {

std::size_t stack_for(std::size_t max_depth) {
    constexpr std::size_t base = std::size_t{64} << 20, per_level = 4096;  // a level is about 1.3 KB, 4 KB under ASan
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
