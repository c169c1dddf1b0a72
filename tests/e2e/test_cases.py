#!/usr/bin/env python3
# The .claims language end to end: every claim in tests/cases/*.claims against its `expect`.
"""Each claim in tests/cases/*.claims carries `expect <verdict>` (none means pass).

For every file the test checks, from the JSON report: each claim's verdict is its
expectation, every claim of the file is reported (and nothing else), each claim's
and check's line:col point at its `claim` and `check` keywords, the summary counts
the verdicts, and the exit status is the one the verdicts imply, with and
without --strict. Then all files are checked in one run, which must agree.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

CLAIM = re.compile(r'^claim (\S+) in "')
EXPECT = re.compile(r"^\s+expect (\w+)")
CHECK = re.compile(r"^\s+check ")

# Where a vocabulary word's definition must come from: (file, claim, check index) -> file named.
DEFINITIONS = {
    ("override.claims", "own_definition_wins", 0): "tests/cases/override.claims:7",
    ("override.claims", "later_use_wins", 0): "tests/cases/lib/strict-style.claims:2",
    ("override.claims", "untouched_definitions_remain", 0): "rules/house-style.claims",
    ("vocabulary.claims", "hundreds_needs_two_hundred", 0): "rules/house-style.claims",
}


def read_case(path):
    """Claims of a case file in order: id -> {line, expect, checks: [line numbers]}."""
    claims = {}
    current = None
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for number, line in enumerate(lines, start=1):
        if m := CLAIM.match(line):
            current = claims[m.group(1)] = {"line": number, "expect": None, "checks": []}
        elif current and (m := EXPECT.match(line)):
            current["expect"] = m.group(1)
        elif current and CHECK.match(line):
            current["checks"].append(number)
    return claims, lines


def column_of(line, text):
    """1-based column, in code points, of text's first occurrence in line."""
    return line.index(text) + 1


def check_report(suite, name, claims, lines, report_claims):
    ids = [c["id"] for c in report_claims]
    suite.equal(ids, list(claims), f"{name}: claims reported, in file order")
    for claim in report_claims:
        expected = claims.get(claim["id"])
        if expected is None:
            continue
        where = f"{name}: claim {claim['id']}"
        suite.equal(claim["verdict"], expected["expect"] or "pass", f"{where}: verdict")
        suite.equal(claim.get("expect"), expected["expect"], f"{where}: expect field")
        suite.equal(claim["file"], f"tests/cases/{name}", f"{where}: file")
        suite.equal((claim["line"], claim["column"]), (expected["line"], 1), f"{where}: line:col of 'claim'")
        suite.equal([c["line"] for c in claim["checks"]], expected["checks"], f"{where}: lines of its checks")
        for check in claim["checks"]:
            text = lines[check["line"] - 1]
            suite.equal(check["column"], column_of(text, "check"), f"{where}: column of check at line {check['line']}")
            suite.check(text.rstrip().endswith(check["text"]) or check["text"] in text,
                        f"{where}: check text {check['text']!r} is not on line {check['line']}: {text!r}")
        # A claim is as bad as its worst check (pass < unverifiable < warn < fail < error).
        order = ["pass", "unverifiable", "warn", "fail", "error"]
        if claim["checks"]:
            worst = max((c["verdict"] for c in claim["checks"]), key=order.index)
            suite.equal(claim["verdict"], worst, f"{where}: verdict is its worst check's")
        else:
            suite.equal(claim["verdict"], "unverifiable", f"{where}: a claim without checks")


def test_each_file(binary, suite, files, accepted):
    """Checks each file on its own; `accepted` collects those claimcheck ran (exit 0 or 1)."""
    for path in files:
        name = path.name
        claims, lines = read_case(path)
        suite.check(claims, f"{name}: has no claims")
        result = e2e.run(binary, "check", f"tests/cases/{name}", "--format", "json")
        if not suite.check(result.status in (0, 1), f"{name}: expected exit 0 or 1\n  {result.describe()}"):
            continue
        accepted.append(path)
        report = result.json()
        check_report(suite, name, claims, lines, report["claims"])
        verdicts = [c["verdict"] for c in report["claims"]]
        suite.equal(report["summary"], e2e.summary_of(report["claims"]), f"{name}: summary")
        suite.equal(result.status, e2e.implied_status(verdicts), f"{name}: exit status for verdicts {sorted(set(verdicts))}")
        strict = e2e.run(binary, "check", f"tests/cases/{name}", "--format", "json", "--strict")
        suite.equal(strict.status, e2e.implied_status(verdicts, strict=True),
                    f"{name}: exit status with --strict for verdicts {sorted(set(verdicts))}")
        suite.equal(strict.stdout, result.stdout, f"{name}: --strict changes only the exit status")
        for (file, claim_id, index), origin in DEFINITIONS.items():
            if file != name:
                continue
            claim = next((c for c in report["claims"] if c["id"] == claim_id), None)
            definition = claim["checks"][index].get("definition", "") if claim else ""
            suite.check(origin in definition, f"{name}: {claim_id} should use the definition at {origin}, "
                        f"report says {definition!r}")


def test_all_files_in_one_run(binary, suite, files):
    # Several inputs at once: the same verdicts, and one exit status for all. Only files
    # accepted on their own take part, so one rejected file is reported once, above.
    result = e2e.run(binary, "check", *[f"tests/cases/{p.name}" for p in files], "--format", "json")
    if not suite.check(result.status in (0, 1), f"one run of all cases: {result.describe()}"):
        return
    report = result.json()
    expected = []
    for path in files:
        claims, _ = read_case(path)
        expected += [(f"tests/cases/{path.name}", i, c["expect"] or "pass") for i, c in claims.items()]
    got = [(c["file"], c["id"], c["verdict"]) for c in report["claims"]]
    suite.equal(len(got), len(expected), "one run of all case files: number of claims")
    for want, have in zip(expected, got):
        suite.equal(have, want, "one run of all case files: (file, id, verdict)")
    suite.equal(result.status, 1, "one run of all case files: some claims fail, so exit 1")


def test_used_files_are_not_reported(binary, suite):
    # lib/counts.claims holds a failing claim; uses.claims only uses it.
    result = e2e.run(binary, "check", "tests/cases/uses.claims", "--format", "json")
    files = {c["file"] for c in result.json()["claims"]} if result.status in (0, 1) else set()
    suite.equal(files, {"tests/cases/uses.claims"}, "files whose claims are reported for uses.claims")
    suite.equal(result.status, 0, "uses.claims exit status (the failing claim in lib/ is not checked)")
    direct = e2e.run(binary, "check", "tests/cases/lib/counts.claims", "--format", "json")
    suite.equal(direct.status, 1, "lib/counts.claims checked directly: its own claim fails")


def test_case_count(suite, files):
    suite.check(len(files) >= 15, f"expected at least 15 case files, found {len(files)}")
    total = sum(len(read_case(p)[0]) for p in files)
    print(f"  {len(files)} case files, {total} claims")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("claim cases")
    files = sorted(e2e.CASES.glob("*.claims"))
    suite.run_test(test_case_count, suite, files)
    accepted = []
    suite.run_test(test_each_file, binary, suite, files, accepted)
    suite.run_test(test_all_files_in_one_run, binary, suite, accepted)
    suite.run_test(test_used_files_are_not_reported, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
