#pragma once
// CLAIMCHECK_HOT_CLONES marks the few functions a scan runs at every row: GCC builds each twice,
// for x86-64-v3 processors (AVX2, BMI; most made since 2015) and for any x86-64, and the loader
// picks the first where the processor has it. One binary for every machine, and about 3% off a
// 1 GB scan (docs/benchmarks.md); elsewhere, or with another compiler, it marks nothing.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define CLAIMCHECK_HOT_CLONES [[gnu::target_clones("arch=x86-64-v3", "default")]]
#else
#define CLAIMCHECK_HOT_CLONES
#endif
