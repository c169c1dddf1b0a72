// engine/advice/series: the lowest rank in a run of sorted values, and the figures of a series a wrong
// figure was worked out from, each against trying every figure in name order.
#include "engine/advice/series.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

std::uint32_t seed = 12345;
long next(long n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<long>((seed >> 16) % static_cast<std::uint32_t>(n));
}

Interval between(Rational low, Rational high) { return Interval{Bound{low, true}, Bound{high, false}}; }

Value count(long n, std::optional<Period> period = std::nullopt) {
    return Value{Rational(n), Type{Unit{Dimension::count}, period}};
}

Period span(long first, long last) { return Period{first, last, "p"}; }

}  // namespace

TEST_CASE("RankedValues: the lowest rank of a run, with one rank left out", "[series]") {
    RankedValues values;
    const std::vector<long> raw = {5, 3, 9, 3, 7, 1, 8, 2, 6, 4, 0};
    for (std::size_t rank = 0; rank < raw.size(); ++rank) values.add(raw[rank], rank);
    values.finish();
    for (std::size_t first = 0; first <= raw.size(); ++first)
        for (std::size_t last = first; last <= raw.size(); ++last)
            for (std::optional<std::size_t> except : {std::optional<std::size_t>{}, std::optional<std::size_t>{3},
                                                      std::optional<std::size_t>{0}}) {
                std::optional<std::size_t> expected;
                for (std::size_t i = first; i < last; ++i)
                    if (values.rank(i) != except && (!expected || values.rank(i) < *expected)) expected = values.rank(i);
                INFO(first << ".." << last);
                CHECK(values.lowest(first, last, except) == expected);
            }
}

TEST_CASE("SeriesIndex finds the figure a change was measured from, as trying each in order does", "[series]") {
    for (int round = 0; round < 200; ++round) {
        std::vector<SeriesFigure> figures;
        const long size = 1 + next(12);
        for (long i = 0; i < size; ++i) {
            Value v = count(next(21) - 10);
            if (next(5) == 0) v.type.unit = Unit{Dimension::percent};
            figures.push_back({"s." + std::to_string(i), v});
        }
        SeriesIndex index(figures);
        const Rational to = next(41) - 20;
        const Rational low = Rational(next(41) - 20, 4);
        const Interval wanted = next(2) ? between(low, low + Rational(next(9), 4)) : Interval{Bound{low, false}, Bound{low + 1, true}};
        const std::string self = "s." + std::to_string(next(size));
        const SeriesFigure* expected = nullptr;
        for (const auto& f : figures) {
            if (f.name == self || f.value.number == 0 || f.value.type.unit.dimension != Dimension::count) continue;
            if (wanted.contains((to - f.value.number) / abs(f.value.number))) {
                expected = &f;
                break;
            }
        }
        const SeriesFigure* found = index.changed_from(self, Dimension::count, to, wanted);
        INFO("round " << round);
        CHECK((found ? found->name : "none") == (expected ? expected->name : "none"));
    }
}

TEST_CASE("SeriesIndex finds the figure that adjoins a period and makes the total stated", "[series]") {
    for (int round = 0; round < 200; ++round) {
        std::vector<SeriesFigure> figures;
        const long size = 1 + next(12);
        for (long i = 0; i < size; ++i) {
            const long start = 100 * next(4);
            figures.push_back({"s." + std::to_string(i), count(next(30), span(start, start + 99))});
        }
        SeriesIndex index(figures);
        const Period mine = span(100, 199);
        const Rational value = next(30);
        const Rational low = next(60);
        const Interval wanted = between(low, low + next(10));
        const SeriesFigure* expected = nullptr;
        for (const auto& f : figures) {
            const Period& theirs = *f.value.type.period;
            if (theirs.first != mine.last + 1 && mine.first != theirs.last + 1) continue;
            if (wanted.contains(value + f.value.number)) {
                expected = &f;
                break;
            }
        }
        const SeriesFigure* found = index.adjoining(Unit{Dimension::count}, mine, value, wanted);
        INFO("round " << round);
        CHECK((found ? found->name : "none") == (expected ? expected->name : "none"));
    }
}
