// Which exact-rational backend should the engine use? The same claim-shaped
// workloads on GMP's mpq and Boost's header-only cpp_rational, in one process.
#include <benchmark/benchmark.h>
#include <boost/multiprecision/cpp_int.hpp>
#include <boost/multiprecision/gmp.hpp>

#include <random>
#include <vector>

namespace mp = boost::multiprecision;
using Gmp = mp::number<mp::gmp_rational, mp::et_off>;
using Cpp = mp::number<mp::cpp_rational_backend, mp::et_off>;

namespace {

std::vector<std::pair<long, long>> counts(std::size_t n) {
    std::mt19937_64 random(20170601);
    std::uniform_int_distribution<long> count(1, 1'000'000);
    std::vector<std::pair<long, long>> out(n);
    for (auto& pair : out) pair = {count(random), count(random)};
    return out;
}

// change(from, to), then "is N%": round half away from zero at 1% and compare.
template <typename Q>
void judge_changes(benchmark::State& state) {
    auto pairs = counts(static_cast<std::size_t>(state.range(0)));
    const Q step(1, 100);
    for (auto _ : state) {
        long passes = 0;
        for (const auto& [from, to] : pairs) {
            Q change = (Q(to) - Q(from)) / Q(from);
            Q k = abs(change / step) + Q(1, 2);
            Q rounded = Q(numerator(k) / denominator(k)) * step;
            passes += rounded == Q(44, 100);
        }
        benchmark::DoNotOptimize(passes);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// Summing decimal figures with two places, as a table column would be.
template <typename Q>
void sum_decimals(benchmark::State& state) {
    auto pairs = counts(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        Q total = 0;
        for (const auto& pair : pairs) total += Q(pair.first, 100);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// A chain of divisions: denominators grow, which is where GMP's algorithms matter.
template <typename Q>
void division_chain(benchmark::State& state) {
    auto pairs = counts(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        Q x = 1;
        for (const auto& [a, b] : pairs) x = x * Q(a) / Q(b) + Q(1, 3);
        benchmark::DoNotOptimize(x);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

BENCHMARK_TEMPLATE(judge_changes, Gmp)->Arg(10'000);
BENCHMARK_TEMPLATE(judge_changes, Cpp)->Arg(10'000);
BENCHMARK_TEMPLATE(sum_decimals, Gmp)->Arg(100'000);
BENCHMARK_TEMPLATE(sum_decimals, Cpp)->Arg(100'000);
BENCHMARK_TEMPLATE(division_chain, Gmp)->Arg(200);
BENCHMARK_TEMPLATE(division_chain, Cpp)->Arg(200);

BENCHMARK_MAIN();
