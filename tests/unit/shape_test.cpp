// engine/lang/shape: recognising lone calls, names and numbers, the terms of totals, and the text of a node as checked.
#include "engine/lang/shape.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Analyzed;
using claimcheck::test::analyze_text;

namespace {

const std::string lets = "let a = 1\nlet b = 2\nlet c = 3\n";

// The subject of `check <subject> == 0`, parsed in a file with a, b and c. Shapes are
// syntax: a unit mismatch with the 0 does not matter, so static errors are allowed.
struct Subject {
    Analyzed analyzed;
    const ast::Expr& expr() const { return analyzed.checks().at(0)->subject; }
    std::string text_of(const ast::Operand& operand) const {
        return std::string(analyzed.main().source.text_of(*tagged(operand)));
    }
};

Subject subject(const std::string& text) {
    Subject s{analyze_text(lets + "claim x in \"a.txt\":\n  check " + text + " == 0\n")};
    REQUIRE(s.analyzed.checks().size() == 1);
    return s;
}

std::vector<std::string> terms(const std::string& text) {
    Subject s = subject(text);
    std::vector<std::string> out;
    for (const ast::Operand* term : total_terms(s.expr())) out.push_back(s.text_of(*term));
    return out;
}

}  // namespace

TEST_CASE("lone_call: one call, with or without parentheses", "[shape]") {
    Subject call = subject("change(a, b)");
    REQUIRE(lone_call(call.expr()) != nullptr);
    CHECK(lone_call(call.expr())->function.text == "change");
    CHECK(lone_call(call.expr())->args.size() == 2);
    Subject wrapped = subject("((sum(a, b, c)))");
    REQUIRE(lone_call(wrapped.expr()) != nullptr);
    CHECK(lone_call(wrapped.expr())->function.text == "sum");
}

TEST_CASE("lone_call: not for a call inside arithmetic, a name or a number", "[shape]") {
    CHECK(lone_call(subject("change(a, b) + 1").expr()) == nullptr);
    CHECK(lone_call(subject("(change(a, b)) * 2").expr()) == nullptr);
    CHECK(lone_call(subject("a").expr()) == nullptr);
    CHECK(lone_call(subject("5").expr()) == nullptr);
}

TEST_CASE("lone_name: one name, with or without parentheses", "[shape]") {
    Subject plain = subject("a");
    REQUIRE(lone_name(plain.expr()) != nullptr);
    CHECK(lone_name(plain.expr())->text == "a");
    Subject wrapped = subject("((b))");
    REQUIRE(lone_name(wrapped.expr()) != nullptr);
    CHECK(lone_name(wrapped.expr())->text == "b");
}

TEST_CASE("lone_name: not for a negated name, a sum or a call", "[shape]") {
    CHECK(lone_name(subject("-a").expr()) == nullptr);
    CHECK(lone_name(subject("a + b").expr()) == nullptr);
    CHECK(lone_name(subject("sum(a, b)").expr()) == nullptr);
}

TEST_CASE("lone_number: one written number", "[shape]") {
    Subject plain = subject("5,653");
    REQUIRE(lone_number(plain.expr()) != nullptr);
    CHECK(lone_number(plain.expr())->digits == "5,653");
    Subject wrapped = subject("(44%)");
    REQUIRE(lone_number(wrapped.expr()) != nullptr);
    CHECK(lone_number(wrapped.expr())->digits == "44");
    CHECK(lone_number(subject("1 + 2").expr()) == nullptr);
    CHECK(lone_number(subject("a").expr()) == nullptr);
}

TEST_CASE("total_terms: the parts of a + b + c", "[shape]") {
    CHECK(terms("a + b + c") == std::vector<std::string>{"a", "b", "c"});
    CHECK(terms("a + change(a, b)") == std::vector<std::string>{"a", "change(a, b)"});
    CHECK(terms("(a + b)") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("total_terms: the arguments of sum(...)", "[shape]") {
    CHECK(terms("sum(a, b, c)") == std::vector<std::string>{"a", "b", "c"});
    CHECK(terms("(sum(c, a))") == std::vector<std::string>{"c", "a"});
}

TEST_CASE("total_terms: nothing for what is not a total", "[shape]") {
    CHECK(terms("a").empty());
    CHECK(terms("a - b").empty());
    CHECK(terms("a + b - c").empty());
    CHECK(terms("a * b").empty());
    CHECK(terms("change(a, b)").empty());
    CHECK(terms("sum(a + b, c)").empty());  // a term must be one operand
    CHECK(terms("sum(a, b) * 2").empty());
}

TEST_CASE("written_text: a file's text as written; an apply's claims with the names it renamed", "[shape]") {
    Subject plain = subject("a + (b - c) + 2");
    const Module& main = plain.analyzed.main();
    CHECK(written_text(main, plain.expr()) == "a + (b - c) + 2");
    CHECK(head_text(main, plain.expr(), 1) == "a + (b - c)");

    Analyzed applied = analyze_text("let k.a = 1\nlet k.b = 2\ntemplate t(x):\n  claim c in \"a.txt\":\n"
                                    "    check x.a + (x.b - x.a) + 2 is more than 3\nend\napply t(k)\n");
    REQUIRE(applied.instances.modules.size() == 1);
    const Module& instance = *applied.instances.modules[0];
    const auto& check = boost::get<ast::Check>(boost::get<ast::Claim>(instance.ast.at(0).get()).items.at(0).get());
    CHECK(written_text(instance, check.subject) == "k.a + (k.b - k.a) + 2");
    CHECK(head_text(instance, check.subject, 1) == "k.a + (k.b - k.a)");
    CHECK(written_text(instance, check) == "check k.a + (k.b - k.a) + 2 is more than 3");  // "than" stays a word
}
