// engine/articles/clauses: where clauses and sentences end in article text.
#include "engine/articles/clauses.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

namespace {
using V = std::vector<std::string>;

V texts(std::string_view text, const std::vector<Span>& spans) {
    V out;
    for (const auto& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

Span span_of(std::string_view text, std::string_view part) {
    std::size_t at = text.find(part);
    REQUIRE(at != std::string_view::npos);
    return {at, at + part.size()};
}
}  // namespace

TEST_CASE("semicolons, brackets and spaced dashes end clauses, not sentences", "[clauses]") {
    std::string_view text = "Police recorded 3,903 offences; crime rose by 44% (up from 2015/16) - in all.";
    Divided d = divide(text);
    CHECK(texts(text, d.clauses) ==
          V{"Police recorded 3,903 offences", " crime rose by 44% ", "up from 2015/16", "in all"});
    CHECK(texts(text, d.sentences) == V{std::string(text.substr(0, text.size() - 1))});
}

TEST_CASE("a decimal point, an abbreviation and an unspaced colon do not end a sentence", "[clauses]") {
    std::string_view text = "The rate was 15.5 a day. No. 10 said so at 10:30! Then e.g. 7 more? Yes";
    CHECK(texts(text, divide(text).sentences) ==
          V{"The rate was 15.5 a day", " No. 10 said so at 10:30", " Then e.g. 7 more", " Yes"});
}

TEST_CASE("a full stop before a closing quote ends the sentence", "[clauses]") {
    std::string_view text = "He said \"it rose.\" Then it fell.\u201D Next";
    CHECK(texts(text, divide(text).sentences) == V{"He said \"it rose", "\" Then it fell", "\u201D Next"});
}

TEST_CASE("line breaks end sentences; a hand-wrapped line does not", "[clauses]") {
    std::string_view text = "Over 50 crimes in the county\nPolice said 53 crimes were\nsolved,\n\nmostly\nToday";
    CHECK(texts(text, divide(text).sentences) ==
          V{"Over 50 crimes in the county", "Police said 53 crimes were\nsolved,", "mostly", "Today"});
}

TEST_CASE("an em dash sets a clause apart without spaces; a hyphen does not", "[clauses]") {
    std::string_view text = "Crime\u2014all of it\u2014rose; well-known -- said one";
    CHECK(texts(text, divide(text).clauses) == V{"Crime", "all of it", "rose", " well-known", "said one"});
}

TEST_CASE("a control character ends a sentence, so no quote holds one", "[clauses]") {
    std::string_view text = "Police said \x1b[31mcrime\x1b[0m rose by 50%.";
    CHECK(texts(text, divide(text).sentences) == V{"Police said ", "[31mcrime", "[0m rose by 50%"});
}

TEST_CASE("stretches without a letter or a digit are left out", "[clauses]") {
    std::string_view text = "(...) 44 crimes; - ; ok";
    CHECK(texts(text, divide(text).clauses) == V{" 44 crimes", " ok"});
}

TEST_CASE("holding finds the stretch a span lies in, or none", "[clauses]") {
    std::string_view text = "One 1; two 2; three 3";
    std::vector<Span> clauses = divide(text).clauses;
    REQUIRE(clauses.size() == 3);
    CHECK(holding(clauses, span_of(text, "One 1")) == 0);  // the whole stretch
    CHECK(holding(clauses, span_of(text, "1")) == 0);
    CHECK(holding(clauses, span_of(text, "2")) == 1);
    CHECK(holding(clauses, span_of(text, "three 3")) == 2);
    CHECK(holding(clauses, span_of(text, "2; three")) == clauses.size());  // across a break
    CHECK(holding(clauses, span_of(text, ";")) == clauses.size());         // in a break
    CHECK(holding({}, span_of(text, "1")) == 0);
}

TEST_CASE("trimming drops spaces and punctuation at the ends but keeps the mention whole", "[clauses]") {
    std::string_view text = " \u201C- crime rose 44%.\u201D, ";
    Span all{0, text.size()};
    Span trimmed_span = trimmed(text, all, span_of(text, "44"));
    CHECK(text.substr(trimmed_span.begin, trimmed_span.end - trimmed_span.begin) == "crime rose 44%");
    Span kept = trimmed(text, all, span_of(text, "44%.\u201D"));
    CHECK(text.substr(kept.begin, kept.end - kept.begin) == "crime rose 44%.\u201D");
    std::string_view bare = "- 15 -";
    Span number = trimmed(bare, {0, bare.size()}, span_of(bare, "15"));
    CHECK(bare.substr(number.begin, number.end - number.begin) == "15");
    std::string_view negative = "- -3 degrees, ";
    Span sign = trimmed(negative, {0, negative.size()}, span_of(negative, "degrees"));
    CHECK(negative.substr(sign.begin, sign.end - sign.begin) == "-3 degrees");  // a minus sign is the number's
}
