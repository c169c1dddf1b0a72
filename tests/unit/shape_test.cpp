// engine/shape: recognising lone calls, names and numbers, the terms of totals, and quantity keys.
#include "engine/shape.hpp"

#include "support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck;
using claimcheck::test::Analyzed;
using claimcheck::test::analyze_text;
using claimcheck::test::Project;
using claimcheck::test::rendered;

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

// The quantity keys of several subjects, each checked in one file (keys name the file).
std::vector<std::string> keys(const std::vector<std::string>& subjects) {
    std::string text = lets + "claim x in \"a.txt\":\n";
    for (const auto& s : subjects) text += "  check " + s + " == 0\n";
    Analyzed a = analyze_text(text);
    std::vector<std::string> out;
    for (const ast::Check* check : a.checks()) out.push_back(quantity_key(check->subject, a.scopes.at(&a.main())));
    REQUIRE(out.size() == subjects.size());
    return out;
}

bool same_quantity(const std::string& x, const std::string& y) {
    auto k = keys({x, y});
    return k[0] == k[1];
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

TEST_CASE("quantity_key: the same expression, however spaced", "[shape]") {
    CHECK(same_quantity("a + b", "a+b"));
    CHECK(same_quantity("change(a, b)", "change( a,b )"));
}

TEST_CASE("quantity_key: different expressions differ", "[shape]") {
    CHECK_FALSE(same_quantity("a + b", "a - b"));
    CHECK_FALSE(same_quantity("change(a, b)", "points(a, b)"));
    CHECK_FALSE(same_quantity("change(a, b)", "change(b, a)"));
    CHECK_FALSE(same_quantity("a", "b"));
    CHECK_FALSE(same_quantity("a * 2", "a * 3"));
}

TEST_CASE("quantity_key: one let used from two files is one quantity", "[shape]") {
    Project p;
    p.file("counts.claims", "let forces = 39\n");
    p.file("one.claims", "use \"counts.claims\"\nclaim x in \"1.txt\":\n  check forces == 38\n");
    p.file("two.claims", "use \"counts.claims\"\nclaim y in \"2.txt\":\n  check forces == 39\n");
    p.file("own.claims", "let forces = 39\nclaim z in \"3.txt\":\n  check forces == 39\n");
    LoadResult loaded = p.load({"one.claims", "two.claims", "own.claims"});
    INFO(rendered(loaded.errors));
    REQUIRE(loaded.errors.empty());
    std::vector<Diagnostic> errors;
    Scopes scopes = claimcheck::bind(loaded.program, errors);
    REQUIRE(errors.empty());
    std::vector<std::string> keys;
    for (const Module* m : loaded.program.targets())
        for (const auto& statement : m->ast)
            if (const auto* c = boost::get<ast::Claim>(&statement.get()))
                for (const auto& item : c->items)
                    if (const auto* check = boost::get<ast::Check>(&item.get()))
                        keys.push_back(quantity_key(check->subject, scopes.at(m)));
    REQUIRE(keys.size() == 3);
    CHECK(keys[0] == keys[1]);
    CHECK(keys[0] != keys[2]);  // another file's own let of the same name is another figure
}
