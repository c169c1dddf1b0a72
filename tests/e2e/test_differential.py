#!/usr/bin/env python3
# Differential test of exact arithmetic (grammar + evaluator + builtins) against fractions.Fraction.
"""Generates random typed expressions, checks them all in one claimcheck run, and
compares each check's actual.exact and actual.decimal with Python's exact result
(a decimal never shows a value other than 0 as the 0 it is checked against).

Expressions follow the language's unit rules so that they type-check: plain
numbers, percentages (among themselves, scaled by numbers, plus points) and
ratios are generated as separate families and mixed only where the rules allow.
"""
import math
import os
import pathlib
import random
import sys
import tempfile
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

SEED = int(os.environ.get("CLAIMCHECK_DIFF_SEED", "20170601"))
COUNT = 1500


class DivZero:
    """The value of an expression that divides by zero somewhere."""


DIVZERO = DivZero()

# Precedence of a node: how tightly its text binds (atoms and calls bind tightest).
ADD, MUL, UNARY, ATOM = 1, 2, 3, 4


class Node:
    def __init__(self, text, value, kind, precedence):
        self.text = text
        self.value = value  # Fraction or DIVZERO
        self.kind = kind  # "num", "pct" or "ratio"
        self.precedence = precedence


def grouped(n):
    return f"{n:,}"


class Generator:
    def __init__(self, rng):
        self.rng = rng

    # ---- literals ------------------------------------------------------------
    def whole_digits(self):
        r = self.rng.random()
        if r < 0.15:
            return 0
        if r < 0.55:
            return self.rng.randint(1, 20)
        if r < 0.8:
            return self.rng.randint(21, 999)
        if r < 0.95:
            return self.rng.randint(1000, 9_999_999)
        return self.rng.randint(10**12, 10**21)  # far beyond 64 bits

    def unsigned_literal(self):
        """(text, value) of an unsigned decimal as journalists write it."""
        whole = self.whole_digits()
        # Thousands separators on most large numbers, plain digits on some.
        text = grouped(whole) if whole >= 1000 and self.rng.random() < 0.8 else str(whole)
        value = Fraction(whole)
        if self.rng.random() < 0.35:
            places = self.rng.randint(1, 3)
            fraction_digits = self.rng.randint(0, 10**places - 1)
            digits = str(fraction_digits).rjust(places, "0")
            text += "." + digits  # may end in 0: "2.50"
            value += Fraction(fraction_digits, 10**places)
        return text, value

    def number_literal(self):
        text, value = self.unsigned_literal()
        if self.rng.random() < 0.15:  # a signed literal: "-5" is one number
            return Node("-" + text, -value, "num", ATOM)
        return Node(text, value, "num", ATOM)

    def percent_literal(self):
        text, value = self.unsigned_literal()
        suffix = self.rng.choice(["%", "%", "%", " per cent", " percent"])
        sign = "-" if self.rng.random() < 0.15 else ""
        value = value / 100
        return Node(sign + text + suffix, -value if sign else value, "pct", ATOM)

    def points_literal(self):
        text, value = self.unsigned_literal()
        word = self.rng.choice(["points", "point", "percentage points", "pp"])
        return Node(f"{text} {word}", value / 100, "points", ATOM)

    def ratio_literal(self):
        text, value = self.unsigned_literal()
        return Node(f"{text} times", value, "ratio", ATOM)

    # ---- composition ---------------------------------------------------------
    @staticmethod
    def wrap(node, needs):
        return f"({node.text})" if needs else node.text

    def binary(self, op, left, right, kind):
        p = ADD if op in "+-" else MUL
        # Left-associative: the right operand of the same level needs parentheses.
        text = f"{self.wrap(left, left.precedence < p)} {op} {self.wrap(right, right.precedence <= p)}"
        if DIVZERO in (left.value, right.value):
            value = DIVZERO
        elif op == "+":
            value = left.value + right.value
        elif op == "-":
            value = left.value - right.value
        elif op == "*":
            value = left.value * right.value
        else:
            value = DIVZERO if right.value == 0 else left.value / right.value
        node = Node(text, value, kind, p)
        if self.rng.random() < 0.1:  # redundant parentheses are harmless
            node = Node(f"({text})", value, kind, ATOM)
        return node

    def negate(self, inner):
        # "-(a + b)", "-x", "- 5" (negation with a space), "--5" (negating a signed literal).
        if inner.precedence < UNARY:
            text = f"-({inner.text})"
        elif self.rng.random() < 0.3:
            text = f"- {inner.text}"
        else:
            text = f"-{inner.text}"
        value = DIVZERO if inner.value is DIVZERO else -inner.value
        return Node(text, value, inner.kind, UNARY)

    def call(self, name, args, kind):
        text = f"{name}({', '.join(a.text for a in args)})"  # ", ": never a thousands separator
        values = [a.value for a in args]
        if DIVZERO in values:
            value = DIVZERO
        elif name in ("ratio", "share"):
            value = DIVZERO if values[1] == 0 else values[0] / values[1]
        elif name == "change":
            value = DIVZERO if values[0] == 0 else (values[1] - values[0]) / abs(values[0])
        elif name == "sum":
            value = sum(values, Fraction(0))
        elif name == "mean":
            value = sum(values, Fraction(0)) / len(values)
        elif name == "min":
            value = min(values)
        else:
            value = max(values)
        return Node(text, value, kind, ATOM)

    def zero_of(self, kind):
        """An expression that is exactly zero, to reach division by zero often enough."""
        a = self.expression(kind, 1)
        return Node(f"({a.text} - {self.wrap(a, a.precedence <= ADD)})",
                    DIVZERO if a.value is DIVZERO else Fraction(0), kind, ATOM)

    def aggregate(self, kinds, result_kind, depth):
        name = self.rng.choice(["sum", "mean", "min", "max"])
        args = [self.expression(self.rng.choice(kinds), depth - 1) for _ in range(self.rng.randint(1, 4))]
        if result_kind == "ratio" and all(a.kind != "ratio" for a in args):
            args[0] = self.expression("ratio", depth - 1)
        return self.call(name, args, result_kind)

    def expression(self, kind, depth):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.25:
            return {"num": self.number_literal, "pct": self.percent_literal, "ratio": self.ratio_literal}[kind]()
        e = lambda k: self.expression(k, depth - 1)  # noqa: E731
        choice = rng.random()
        if kind == "num":
            if choice < 0.6:
                op = rng.choice("+-*/")
                right = self.zero_of("num") if op == "/" and rng.random() < 0.1 else e("num")
                return self.binary(op, e("num"), right, "num")
            if choice < 0.75:
                return self.negate(e("num"))
            return self.aggregate(["num"], "num", depth)
        if kind == "pct":
            if choice < 0.2:
                return self.binary(rng.choice("+-"), e("pct"), e("pct"), "pct")
            if choice < 0.3:
                return self.binary("*", e("pct"), e("num"), "pct")
            if choice < 0.4:
                return self.binary("*", e("num"), e("pct"), "pct")
            if choice < 0.47:
                return self.binary("/", e("pct"), e("num"), "pct")
            if choice < 0.52:
                return self.binary("*", e("pct"), e("pct"), "pct")
            if choice < 0.58:  # percent +/- points is a percentage
                if rng.random() < 0.5:
                    return self.binary(rng.choice("+-"), e("pct"), self.points_literal(), "pct")
                return self.binary(rng.choice("+-"), self.points_literal(), e("pct"), "pct")
            if choice < 0.64:
                return self.negate(e("pct"))
            if choice < 0.76:
                k = rng.choice(["num", "num", "pct"])
                first = self.zero_of(k) if rng.random() < 0.1 else e(k)
                return self.call("change", [first, e(k)], "pct")
            if choice < 0.86:
                k = rng.choice(["num", "num", "pct"])
                return self.call("share", [e(k), e(k)], "pct")
            return self.aggregate(["pct"], "pct", depth)
        # ratio
        if choice < 0.25:
            k = rng.choice(["num", "num", "pct"])
            return self.call("ratio", [e(k), e(k)], "ratio")
        if choice < 0.35:
            return self.binary("/", e("pct"), e("pct"), "ratio")
        if choice < 0.5:
            left, right = rng.choice([("ratio", "num"), ("num", "ratio"), ("ratio", "ratio")])
            return self.binary("*", e(left), e(right), "ratio")
        if choice < 0.6:
            return self.binary("/", e("ratio"), e(rng.choice(["num", "ratio"])), "ratio")
        if choice < 0.75:
            left, right = rng.choice([("ratio", "num"), ("num", "ratio"), ("ratio", "ratio")])
            return self.binary(rng.choice("+-"), e(left), e(right), "ratio")
        if choice < 0.85:
            return self.negate(e("ratio"))
        return self.aggregate(["num", "ratio"], "ratio", depth)


def fraction_text(x):
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def decimal_text(x, places=7):
    """x to `places` decimals, halves away from zero, trailing zeros trimmed."""
    scaled = x * 10**places
    n = math.floor(abs(scaled) + Fraction(1, 2))
    digits = str(n).rjust(places + 1, "0")
    whole, fraction = digits[:-places], digits[-places:].rstrip("0")
    sign = "-" if n != 0 and scaled < 0 else ""
    return sign + whole + ("." + fraction if fraction else "")


def decimal_beside_zero(x):
    """JSON's decimal of x checked `== 0`: 7 places, or the fewest more that do not show a value
    other than 0 as 0 (language.md section 7: the shown value never contradicts the verdict)."""
    places = 7
    while x != 0 and decimal_text(x, places) in ("0", "-0"):
        places += 1
    return decimal_text(x, places)


def self_test(suite):
    # The Python oracle itself, on values whose decimals are known by hand.
    suite.equal(decimal_text(Fraction(298, 63)), "4.7301587", "oracle decimal of 298/63")
    suite.equal(decimal_text(Fraction(-5, 10**8)), "-0.0000001", "oracle: -0.00000005 rounds away from zero")
    suite.equal(decimal_text(Fraction(-4, 10**8)), "0", "oracle: -0.00000004 rounds to 0")
    suite.equal(decimal_text(Fraction(5, 2)), "2.5", "oracle decimal of 5/2")
    suite.equal(fraction_text(Fraction(-3, 4)), "-3/4", "oracle fraction text")
    suite.equal(decimal_beside_zero(Fraction(-4, 10**8)), "-0.00000004", "oracle: -0.00000004 is not shown as 0")
    suite.equal(decimal_beside_zero(Fraction(1, 3 * 10**20)), "0.000000000000000000003", "oracle: 1/(3*10^20)")
    suite.equal(decimal_beside_zero(Fraction(0)), "0", "oracle: 0 itself")


def main():
    binary = e2e.binary_from_argv()
    print(f"differential test: seed {SEED} (set CLAIMCHECK_DIFF_SEED to change), {COUNT} expressions")
    suite = e2e.Suite("differential arithmetic")
    self_test(suite)
    rng = random.Random(SEED)
    generator = Generator(rng)
    cases = []
    for i in range(COUNT):
        kind = rng.choice(["num", "num", "pct", "ratio"])
        cases.append((f"e{i:04d}", generator.expression(kind, rng.randint(1, 4))))
    zero_divisions = sum(1 for _, node in cases if node.value is DIVZERO)
    print(f"  {zero_divisions} of them divide by zero")
    suite.check(zero_divisions >= 20, f"the generator should divide by zero at least 20 times, did {zero_divisions}")

    lines = [f"# Generated by tests/e2e/test_differential.py, seed {SEED}."]
    for claim_id, node in cases:
        zero = "0%" if node.kind == "pct" else "0"
        lines += ["", f'claim {claim_id} in "generated":', f"  check {node.text} == {zero}"]
    with tempfile.TemporaryDirectory(prefix="claimcheck-diff-") as tmp:
        path = pathlib.Path(tmp) / "generated.claims"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = e2e.run(binary, "check", str(path), "--format", "json")
        if result.status not in (0, 1):
            kept = pathlib.Path(tempfile.gettempdir()) / f"claimcheck-diff-{SEED}.claims"
            kept.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            suite.check(False, f"claimcheck rejected the generated file (kept at {kept}):\n{result.describe()}")
            suite.finish()
    report = result.json()
    by_id = {c["id"]: c for c in report["claims"]}
    suite.equal(len(report["claims"]), COUNT, "number of claims in the report")
    mismatches = 0
    for claim_id, node in cases:
        claim = by_id.get(claim_id)
        if not suite.check(claim is not None and len(claim["checks"]) == 1, f"{claim_id}: missing from the report"):
            continue
        check = claim["checks"][0]
        before = len(suite.failures)
        where = f"{claim_id}: {node.text}"
        if node.value is DIVZERO:
            suite.equal(check["verdict"], "error", f"{where}: divides by zero, so the verdict")
            suite.equal(check["actual"], None, f"{where}: divides by zero, so actual")
        else:
            actual = check.get("actual") or {}
            suite.equal(actual.get("exact"), fraction_text(node.value), f"{where}: actual.exact")
            suite.equal(actual.get("decimal"), decimal_beside_zero(node.value), f"{where}: actual.decimal")
            suite.equal(check["verdict"], "pass" if node.value == 0 else "fail", f"{where}: verdict of == 0")
        suite.equal(claim["verdict"], check["verdict"], f"{where}: claim verdict is its one check's")
        mismatches += len(suite.failures) > before
    verdicts = [c["verdict"] for c in report["claims"]]
    suite.equal(result.status, e2e.implied_status(verdicts), "exit status implied by the verdicts")
    print(f"  {COUNT - mismatches} of {COUNT} expressions agree with fractions.Fraction")
    suite.finish()


if __name__ == "__main__":
    main()
