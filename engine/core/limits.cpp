#include "engine/core/limits.hpp"

namespace claimcheck {

std::size_t bits_of(const Rational& x) {
    const auto* q = x.backend().data();
    return mpz_sizeinbase(mpq_numref(q), 2) + mpz_sizeinbase(mpq_denref(q), 2);
}

std::string over_limit(const std::string& what, std::uintmax_t limit, const std::string& flag) {
    return what + ", over the limit of " + std::to_string(limit) + "; " + flag + " raises it";
}

}  // namespace claimcheck
