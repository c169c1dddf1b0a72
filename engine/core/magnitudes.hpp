#pragma once
// The words that scale a printed figure ("3.14 million", "1.2bn", "15k"), in one list for the
// grammar that reads them in claims and the scanner that finds them in articles. A short form
// counts only attached to its digits: "5m" is five million, "5 m" may be five metres.
#include <array>
#include <string_view>

namespace claimcheck {

struct MagnitudeWord {
    std::string_view word;  // lower case
    int exponent;           // the power of ten it stands for
    bool attached_only;
};

inline constexpr std::array<MagnitudeWord, 8> magnitude_words{{{"thousand", 3, false},
                                                               {"k", 3, true},
                                                               {"million", 6, false},
                                                               {"m", 6, true},
                                                               {"mn", 6, true},
                                                               {"billion", 9, false},
                                                               {"bn", 9, false},
                                                               {"trillion", 12, false}}};

// The power of ten a lower-case word stands for, written attached to its digits or not; 0 for none.
constexpr int magnitude_exponent(std::string_view word, bool attached) {
    for (const MagnitudeWord& m : magnitude_words)
        if (m.word == word && (attached || !m.attached_only)) return m.exponent;
    return 0;
}

}  // namespace claimcheck
