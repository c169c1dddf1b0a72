#!/usr/bin/env python3
# The shown value never contradicts the verdict (engine/core/shown.cpp, language.md section 7), checked
# against Python's fractions on values at, and 10^-3 to 10^-25 either side of, every bound.
"""For each kind of stated figure (rounded, truncated, to K dp, to the nearest N, within,
==, !=, <, <=, a negative figure, an expression with no finite decimal), a first run gives the
strict interval; then values at each bound and just either side of it are checked in one run.
For every check, JSON's `display` and `decimal`, read back as exact fractions, must lie inside
the interval exactly when the exact value does, never across a bound, and on a bound when the
value is one. Every suggestion is then re-checked and must pass, and the exact figure's wording
must lie where the value does.
"""
import os
import pathlib
import sys
import tempfile
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

# (stated test, unit): the subject is a share (percent) or a plain figure.
FORMS = [
    ("is 44%", "pct"), ("is 44.8%", "pct"), ("is -44%", "pct"), ("is 44% truncated", "pct"),
    ("is 44.84% to 2 dp", "pct"), ("is 40% to the nearest 10%", "pct"), ("is 44% within 1 point", "pct"),
    ("is (100% / 3) within 1 point", "pct"), ("== 100% / 3", "pct"), ("is 5,700", "num"), ("is 15", "num"),
    ("is 5,600 within 1%", "num"), ("== 3", "num"), ("!= 3", "num"), ("< 2.5", "num"), ("<= 7", "num"),
    ("> 1 / 3", "num"),
]
OFFSETS = [Fraction(0)] + [Fraction(sign, 10**p) for p in (3, 9, 20, 25) for sign in (-1, 1)]


def decimal_digits(x, places=40):
    """x as a decimal with up to `places` places, exactly when it has a finite decimal that short."""
    scaled = x * 10**places
    if scaled.denominator != 1:
        return None
    n = abs(scaled.numerator)
    digits = str(n).rjust(places + 1, "0")
    whole, fraction = digits[:-places], digits[-places:].rstrip("0")
    return ("-" if x < 0 else "") + whole + ("." + fraction if fraction else "")


def subject(i, value, unit):
    """(lets, subject) standing for `value`: a share of two whole numbers, or a figure as written."""
    if unit == "pct":
        return f"let p{i} = {value.numerator}\nlet w{i} = {value.denominator}\n", f"share(p{i}, w{i})"
    return f"let v{i} = {decimal_digits(value)}\n", f"v{i}"


def run_claims(binary, suite, text, name):
    with tempfile.TemporaryDirectory(prefix="claimcheck-shown-") as tmp:
        path = pathlib.Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        result = e2e.run(binary, "check", str(path), "--format", "json")
    if not suite.check(result.status in (0, 1), f"{name}: accepted\n  {result.describe()}"):
        suite.finish()
    return result.json()


def intervals(binary, suite):
    """The strict interval of each form, from a run on a value far from it."""
    lines, cases = [], []
    for i, (stated, unit) in enumerate(FORMS):
        lets, subj = subject(i, Fraction(1, 2) if unit == "pct" else Fraction(1), unit)
        lines += [lets, f'claim f{i} in "a.txt":\n  check {subj} {stated}\n']
        cases.append(f"f{i}")
    report = run_claims(binary, suite, "".join(lines), "forms.claims")
    return {c["id"]: c["checks"][0]["interval"] for c in report["claims"]}


def test_values_beside_bounds(binary, suite):
    by_form = intervals(binary, suite)
    lines, cases = [], []
    for f, (stated, unit) in enumerate(FORMS):
        interval = by_form[f"f{f}"]
        for bound in (interval["low"], interval["high"]):
            if bound is None:
                continue
            for offset in OFFSETS:
                value = Fraction(bound) + offset
                if unit == "num" and decimal_digits(value) is None:
                    continue  # a figure written in a let is a finite decimal
                i = len(cases)
                lets, subj = subject(i, value, unit)
                lines += [lets, f'claim c{i} in "a.txt":\n  check {subj} {stated}\n']
                cases.append((value, stated))
    report = run_claims(binary, suite, "".join(lines), "beside.claims")
    suggestions = []
    for claim in report["claims"]:
        value, stated = cases[int(claim["id"][1:])]
        check = claim["checks"][0]
        where = f"{check['text']} with the value {value}"
        actual = check["actual"]
        suite.equal(Fraction(actual["exact"]), value, f"{where}: exact")
        for field in ("display", "decimal"):
            text = actual[field]
            shown = e2e.figure_of(text) if field == "display" else (None if "…" in text else Fraction(text))
            if shown is None:  # a bound no decimal can write, shown as the bound is
                suite.check(decimal_digits(value) is None and "…" in check["interval"]["text"],
                            f"{where}: {field} {text!r} marked as going on, for a value with a finite decimal")
                continue
            why = e2e.unfaithful(value, shown, check["interval"])
            suite.check(why is None, f"{where}: {field} {text!r}: {why}")
        for s in check.get("suggestions", []):
            suggestions.append((where, claim["id"], s))
            if " == " in s["check"] and "…" not in s["wording"]:
                why = e2e.unfaithful(value, e2e.figure_of(s["wording"]), check["interval"])
                suite.check(why is None, f"{where}: suggested wording {s['wording']!r}: {why}")
    # Every suggestion, re-checked with the same figures, passes.
    lets = "".join(line for line in lines if line.startswith("let"))
    recheck = lets + "".join(f'claim s{k} in "a.txt":\n  check {s["check"]}\n' for k, (_, _, s) in enumerate(suggestions))
    rechecked = run_claims(binary, suite, recheck, "recheck.claims")["claims"]
    for (where, _, s), claim in zip(suggestions, rechecked):
        suite.equal(claim["verdict"], "pass", f"{where}: suggestion {s['wording']!r} re-checked as {s['check']!r}")
    print(f"    {len(cases)} values beside {sum(1 for i in by_form.values() for b in ('low', 'high') if i[b])} bounds, "
          f"{len(suggestions)} suggestions re-checked")
    suite.check(len(cases) >= 200, f"only {len(cases)} values checked")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("shown values")
    suite.run_test(test_values_beside_bounds, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
