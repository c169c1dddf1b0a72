#include "limits.hpp"

namespace claimcheck {

std::size_t bits_of(const Rational& x) {
    const auto* q = x.backend().data();
    return mpz_sizeinbase(mpq_numref(q), 2) + mpz_sizeinbase(mpq_denref(q), 2);
}

}  // namespace claimcheck
