// engine/lang/phrase: matching the words after "is" against the vocabulary in scope.
#include "engine/lang/phrase.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace claimcheck;
using claimcheck::test::analyze_text;
using claimcheck::test::Analyzed;

namespace {

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

ast::Number number(std::string digits, std::string unit = "") {
    ast::Number n;
    n.digits = std::move(digits);
    n.unit = std::move(unit);
    return n;
}

// The house style, plus a few definitions of this test's own.
const Analyzed& vocabulary() {
    static const Analyzed a = analyze_text("use house-style\n"
                                           "define one\n  means [1, 1]\n"  // shadows the spelled number: no value
                                           "define lots of N\n  means (N, inf)\n");
    return a;
}

const Scope& scope() { return vocabulary().scopes.at(&vocabulary().main()); }

// `after`: the words after the number ("more" in "5 times more").
PhraseTerm resolved(const std::string& text, const ast::Number* n = nullptr, const std::string& after = "") {
    auto result = resolve_phrase(words(text), n, words(after), scope());
    if (auto* message = std::get_if<std::string>(&result)) FAIL(text << ": " << *message);
    return std::get<PhraseTerm>(result);
}

std::string refused(const std::string& text, const ast::Number* n = nullptr, const std::string& after = "") {
    auto result = resolve_phrase(words(text), n, words(after), scope());
    REQUIRE(std::holds_alternative<std::string>(result));
    return std::get<std::string>(result);
}

}  // namespace

TEST_CASE("the test vocabulary loads without errors", "[phrase]") {
    CHECK(vocabulary().errors.empty());
}

TEST_CASE("a word with no parameter resolves on its own", "[phrase]") {
    PhraseTerm t = resolved("hundreds");
    CHECK(t.definition->phrase == "hundreds");
    CHECK_FALSE(t.argument);
    CHECK(t.number == nullptr);
    CHECK(t.text() == "hundreds");
}

TEST_CASE("N can be a written number", "[phrase]") {
    ast::Number hundred = number("100");
    PhraseTerm t = resolved("nearly", &hundred);
    CHECK(t.definition->phrase == "nearly N");
    CHECK(t.number == &hundred);
    CHECK(t.text() == "nearly 100");
    ast::Number pct = number("40", "%");
    CHECK(resolved("more than", &pct).text() == "more than 40%");
    ast::Number pts = number("3", "points");
    CHECK(resolved("at least", &pts).text() == "at least 3 points");
}

TEST_CASE("N can be a word that has a value", "[phrase]") {
    PhraseTerm t = resolved("more than a third");
    CHECK(t.definition->phrase == "more than N");
    REQUIRE(t.argument);
    CHECK(t.argument->definition->phrase == "a third");
    CHECK(t.text() == "more than a third");

    PhraseTerm d = resolved("nearly doubled");
    CHECK(d.definition->phrase == "nearly N");
    REQUIRE(d.argument);
    CHECK(d.argument->definition->phrase == "doubled");

    CHECK(resolved("nearly a hundred").argument->definition->phrase == "a hundred");
}

TEST_CASE("the longest phrase wins: one in five is not one", "[phrase]") {
    PhraseTerm t = resolved("one in five");
    CHECK(t.definition->phrase == "one in N");
    REQUIRE(t.argument);
    CHECK(t.argument->definition->phrase == "five");
    CHECK(t.text() == "one in five");
    ast::Number five = number("5");
    CHECK(resolved("one in", &five).text() == "one in 5");
}

TEST_CASE("multi-word phrases beat their prefixes", "[phrase]") {
    CHECK(resolved("just over a third").definition->phrase == "just over N");
    CHECK(resolved("a third").definition->phrase == "a third");
    CHECK(resolved("two thirds").definition->phrase == "two thirds");
    CHECK(resolved("more than two thirds").argument->definition->phrase == "two thirds");
}

TEST_CASE("phrases nest: N of a phrase may itself take N", "[phrase]") {
    PhraseTerm t = resolved("lots of one in five");
    CHECK(t.definition->phrase == "lots of N");
    REQUIRE(t.argument);
    CHECK(t.argument->definition->phrase == "one in N");
    REQUIRE(t.argument->argument);
    CHECK(t.argument->argument->definition->phrase == "five");
}

TEST_CASE("a spelled number alone is its value", "[phrase]") {
    PhraseTerm t = resolved("three");
    CHECK(t.definition->phrase == "three");
    CHECK_FALSE(t.argument);
}

TEST_CASE("unknown words are named in the error", "[phrase]") {
    CHECK(refused("zillions") ==
          "no definition of 'zillions' is in scope (is `use house-style` missing, or a `define` for it?)");
    CHECK_THAT(refused("nearly zillions"), Catch::StartsWith("no definition of 'zillions'"));
}

TEST_CASE("a parameter phrase without its N is refused", "[phrase]") {
    CHECK(refused("nearly") == "'nearly' needs a number after it (nearly N)");
    CHECK(refused("one in") == "'one in' needs a number after it (one in N)");
}

TEST_CASE("a word with no parameter takes nothing after it", "[phrase]") {
    ast::Number five = number("5");
    CHECK(refused("hundreds", &five) == "'hundreds' takes no number after it");
    CHECK(refused("hundreds more") == "'hundreds' takes no words after it");
}

TEST_CASE("a word for a number takes a unit as the grammar reads one", "[phrase]") {
    CHECK(resolved("eight per cent").unit == "%");
    CHECK(resolved("eight percent").unit == "%");
    CHECK(resolved("seven percentage points").unit == "points");
    CHECK(resolved("three times").unit == "times");
    PhraseTerm nearly = resolved("nearly nine per cent");
    REQUIRE(nearly.argument);
    CHECK(nearly.argument->unit == "%");
    CHECK(nearly.text() == "nearly nine per cent");
    CHECK(refused("eight percentage") == "'eight' takes no words after it");  // no "points": no unit
    CHECK(refused("dozens per cent") == "'dozens' takes no words after it");  // no value: no unit
    ast::Number five = number("5");
    CHECK(refused("eight per cent", &five) == "'eight' takes no words after it");
}

TEST_CASE("a word without a value cannot stand for N", "[phrase]") {
    CHECK(refused("nearly dozens") == "'dozens' has no value, so it cannot stand for a number here");
    // 'one' is redefined here with a meaning but no value.
    CHECK(refused("nearly one") == "'one' has no value, so it cannot stand for a number here");
}

TEST_CASE("a phrase with a value word and a number too is refused", "[phrase]") {
    ast::Number five = number("5");
    CHECK_FALSE(std::holds_alternative<PhraseTerm>(resolve_phrase(words("nearly a third"), &five, {}, scope())));
}

TEST_CASE("N between words: the words on both sides of the figure", "[phrase]") {
    ast::Number five = number("5", "times");
    CHECK(resolved("", &five, "more").text() == "5 times more");
    CHECK(resolved("", &five, "more").definition->phrase == "N times more");
    ast::Number bare = number("5");
    CHECK(resolved("increased", &bare, "fold").definition->phrase == "increased N fold");
    // the figure in words: N is itself a word with a value
    PhraseTerm words_only = resolved("increased five times");
    CHECK(words_only.definition->phrase == "increased N times");
    REQUIRE(words_only.argument);
    CHECK(words_only.argument->definition->phrase == "five");
    CHECK(resolved("five times higher").text() == "five times higher");
}

TEST_CASE("fivefold and five-fold are five and fold", "[phrase]") {
    CHECK(resolved("a fivefold rise").definition->phrase == "a N fold rise");
    CHECK(resolved("a five-fold rise").text() == "a five-fold rise");
    CHECK(resolved("a tenfold increase").argument->definition->phrase == "ten");
    // "fold" alone, or a stem that is no number word, is not a multiple
    CHECK(refused("a fold rise").find("no definition") != std::string::npos);
    CHECK(refused("a manyfold rise").find("no definition") != std::string::npos);
}

TEST_CASE("words after the figure must make a phrase with N between", "[phrase]") {
    ast::Number five = number("5", "times");
    CHECK(refused("", &five, "sideways").find("sideways") != std::string::npos);
}
