// engine/advice/vocabulary_index: the words suggestions try, worked out once a scope, each query against
// trying every word in the vocabulary's order.
#include "engine/advice/vocabulary_index.hpp"

#include "engine/lang/meaning.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Analyzed;
using claimcheck::test::analyze_text;
using claimcheck::test::rendered;

namespace {

std::uint32_t seed = 4242;
int next(int n) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<int>((seed >> 16) % static_cast<std::uint32_t>(n));
}

// "qa", "qb", ...: words the grammar reads as words.
std::string word(int n) {
    std::string letters;
    do {
        letters.insert(letters.begin(), static_cast<char>('a' + n % 26));
        n /= 26;
    } while (n > 0);
    return "q" + letters;
}

}  // namespace

TEST_CASE("VocabularyIndex: the first word alone that holds, as trying each in order finds it", "[vocabulary_index]") {
    for (int round = 0; round < 20; ++round) {
        std::string text;
        for (int i = 0; i < 40; ++i) {
            const int low = next(20), high = low + next(8);
            const char* open = next(2) ? "[" : "(";
            const char* close = next(2) ? "]" : ")";
            text += "define " + word(i) + "\n  means " + open + (next(6) ? std::to_string(low) : "-inf") + ", " +
                    (next(6) ? std::to_string(high) : "inf") + close + "\n";
        }
        text += "define seven = 7\ndefine sept = 7\ndefine half = 50%\ndefine third = 100% / 3\n";
        Analyzed a = analyze_text(text);
        INFO(rendered(a.errors));
        REQUIRE(a.errors.empty());
        Evaluator evaluator(a.scopes, a.typed);
        MeaningBuilder meanings(evaluator);
        const Scope& scope = a.scopes.at(&a.main());
        VocabularyIndex index(scope, meanings);
        for (int x2 = -4; x2 <= 60; ++x2) {
            const Rational x(x2, 2);
            std::string expected = "none";
            for (const auto& [key, definition] : scope.vocabulary()) {
                if (definition->define->value) continue;
                if (meanings.phrase(PhraseTerm{definition, nullptr, nullptr, ""}).strict.holds_for(x)) {
                    expected = key;
                    break;
                }
            }
            const VocabularyIndex::Word* found = index.first_holding(x);
            INFO("round " << round << ", x = " << fraction_text(x));
            CHECK((found ? found->key : "none") == expected);
        }
        REQUIRE(index.numeral(7));
        CHECK(index.numeral(7)->key == "sept");  // the first in the vocabulary's (sorted) order
        CHECK_FALSE(index.numeral(8));
        std::vector<std::string> near;
        for (const auto* v : index.valued_within(Dimension::percent, Interval{Bound{Rational(3, 10), true}, Bound{Rational(1, 2), true}}))
            near.push_back(v->word.key);
        CHECK(near == std::vector<std::string>{"half", "third"});
        CHECK(index.valued_within(Dimension::percent, Interval{Bound{Rational(1, 2), false}, std::nullopt}).empty());
    }
}
