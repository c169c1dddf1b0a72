#include "limits.hpp"

#include <cstdio>

namespace claimcheck {

bool Limits::out_of_time() const {
    return std::chrono::steady_clock::now() - started > std::chrono::duration<double>(time_limit);
}

void Limits::check_time(const std::string& doing) const {
    if (!out_of_time()) return;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", time_limit);
    throw LimitExceeded(Diagnostic{"claimcheck", {},
                                   "stopped " + doing + ": the run took longer than its limit of " + seconds +
                                       " s; --time-limit raises it",
                                   {}, {}});
}

std::size_t bits_of(const Rational& x) {
    const auto* q = x.backend().data();
    return mpz_sizeinbase(mpq_numref(q), 2) + mpz_sizeinbase(mpq_denref(q), 2);
}

}  // namespace claimcheck
