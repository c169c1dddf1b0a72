#!/usr/bin/env python3
# Suggestions (engine/advice/suggest.cpp): every fail and warn in the test corpus has one, and each re-checked passes.
"""Every failing or warning check in the test corpus has a suggestion, and every suggestion is re-checked and passes.

The corpus is examples/ and every file under tests/cases/ (not bad/) that claimcheck
accepts. For each suggestion of each check, a copy of the project gets the check's
line replaced by `check <suggestion.check>` (same indentation and line ending), and
the check at that line must then pass. A suggestion of the exact figure (`x == 1 / 3`) is
re-checked as its wording too (`x is 0.3333333`): the wording a reader takes away must hold,
and so can never be the figure that failed. Checks of applied templates live in the
template file and their suggestion is written with the apply's arguments in place:
those are re-checked in an extra file that `use`s the applying file.
"""
import os
import re
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

RECHECK_FILE = "zz_recheck_suggestion.claims"
LEADING = re.compile(rb"^[ \t]*")


def corpus_reports(binary, suite, copy):
    """(label, JSON report) for examples/ and each accepted case file, checked in the copy."""
    reports = []
    result = copy.run(binary, "check", "examples", "--format", "json")
    if suite.check(result.status in (0, 1), f"check examples/ is accepted\n  {result.describe()}"):
        reports.append(("examples", result.json()))
    cases = sorted(p for p in copy.path("tests/cases").rglob("*.claims") if "bad" not in p.relative_to(copy.base).parts)
    rejected = []
    for path in cases:
        relative = str(path.relative_to(copy.base))
        result = copy.run(binary, "check", relative, "--format", "json")
        if result.status == 2:
            rejected.append(relative)
            continue
        suite.check(result.status in (0, 1), f"{relative}: exit status\n  {result.describe()}")
        reports.append((relative, result.json()))
    # Only accepted files are re-checked; the top-level cases must all be, or the corpus would silently shrink.
    if rejected:
        print(f"    not re-checked (rejected by check): {', '.join(rejected)}")
    top_level = [r for r in rejected if "/" not in r[len("tests/cases/"):]]
    suite.equal(top_level, [], "top-level case files rejected by check (exit 2)")
    return reports


def replace_line(data, line_number, column, new_text):
    """data with line `line_number` replaced by new_text, keeping its indentation and line ending."""
    lines = data.split(b"\n")
    old = lines[line_number - 1]
    ending = b"\r" if old.endswith(b"\r") else b""
    indent = LEADING.match(old).group(0)
    if len(indent) != column - 1 or not old[len(indent):].startswith(b"check"):
        raise AssertionError(f"line {line_number} col {column} is not a check: {old!r}")
    lines[line_number - 1] = indent + new_text.encode("utf-8") + ending
    return b"\n".join(lines)


def find_check(report, file, line):
    for claim in report["claims"]:
        for check in claim["checks"]:
            if check.get("file", claim["file"]) == file and check["line"] == line:
                return claim, check
    return None, None


def stated_figure(wording):
    """The figure a wording states, as a check writes it: "a fall of 48%" -> "-48%", "15.49 a day"
    -> "15.49", "0.3333333…" -> "0.3333333" (the value as shown, marked as going on)."""
    if wording == "no change":
        return "0"
    for frame, sign in (("a rise of ", ""), ("a fall of ", "-")):
        if wording.startswith(frame):
            wording = sign + wording[len(frame):]
    wording = re.sub(r" a (day|week|month|year)$", "", wording)
    return wording.replace("…", "")


def checks_of(check, suggestion):
    """Its check, and for the exact figure (`x == 29999997 / 10000000`) its wording read at the
    places it shows (`x is 2.9999997`): the wording the reader takes away must hold too. A rank
    check's wordings name keys ("Hillside is the highest"), not a figure shown at some places."""
    checks = [suggestion["check"]]
    if " == " in suggestion["check"] and "keys" not in (check.get("actual") or {}):
        checks.append(suggestion["check"].split(" == ")[0] + " is " + stated_figure(suggestion["wording"]))
    return checks


def check_wording_faithful(suite, where, check, suggestion):
    """The exact figure's wording lies where the value does beside the check that failed: never the
    figure that failed (3 for `a == 3` when a is 2.9999997), never across one of its bounds."""
    # A granularity check that no whole count meets has no actual value: its wordings are members'.
    if " == " not in suggestion["check"] or not check.get("interval") or not (check.get("actual") or {}).get("exact"):
        return
    shown = e2e.figure_of(suggestion["wording"])
    if shown is None:  # a bound no decimal can write: shown as the bound is
        return
    why = e2e.unfaithful(Fraction(check["actual"]["exact"]), shown, check["interval"])
    suite.check(why is None, f"{where}: wording {suggestion['wording']!r}: {why}")


def recheck_in_place(binary, suite, copy, claim, check, suggestion, text):
    """Substitute the suggested check `text` for the claim's own and check that file again."""
    path = copy.path(check["file"])
    original = path.read_bytes()
    where = f"{check['file']}:{check['line']} {claim['id']}: suggestion {suggestion['wording']!r}"
    try:
        path.write_bytes(replace_line(original, check["line"], check["column"], "check " + text))
        result = copy.run(binary, "check", claim["file"], "--format", "json")
        if not suite.check(result.status in (0, 1), f"{where}: re-check accepted\n  {result.describe()}"):
            return
        _, rechecked = find_check(result.json(), check["file"], check["line"])
        if suite.check(rechecked is not None, f"{where}: no check at the replaced line"):
            suite.equal((rechecked["text"], rechecked["verdict"]), (text, "pass"),
                        f"{where}: re-checked (text, verdict)")
    finally:
        path.write_bytes(original)


def recheck_applied(binary, suite, copy, claim, check, suggestion, text):
    """A template's check: its suggestion names the applying file's figures, so check it from there."""
    applying = copy.path(claim["file"])
    extra = applying.parent / RECHECK_FILE
    relative = str(extra.relative_to(copy.base))
    where = f"{claim['file']} {claim['id']} (template {check['file']}:{check['line']}): suggestion {suggestion['wording']!r}"
    extra.write_text(f'use "{applying.name}"\n\nclaim recheck in "x":\n  check {text}\n', encoding="utf-8")
    try:
        result = copy.run(binary, "check", relative, "--format", "json")
        if not suite.check(result.status in (0, 1), f"{where}: re-check accepted\n  {result.describe()}"):
            return
        claims = result.json()["claims"]
        suite.equal([(c["id"], c["verdict"]) for c in claims], [("recheck", "pass")], f"{where}: re-checked")
    finally:
        extra.unlink()


def test_every_suggestion_passes(binary, suite):
    with e2e.ProjectCopy("examples", "tests/cases") as copy:
        rechecked = {"in place": 0, "applied": 0}
        needing = {"fail": 0, "warn": 0, "granularity": 0}
        for label, report in corpus_reports(binary, suite, copy):
            for claim in report["claims"]:
                for check in claim["checks"]:
                    suggestions = check.get("suggestions", [])
                    # Every fail and warn gets a wording that would hold (issue 4), granularity checks included.
                    if check["verdict"] in ("fail", "warn"):
                        suite.check(suggestions, f"{label} {claim['id']} {check['file']}:{check['line']} "
                                                 f"{check['text']!r} ({check['verdict']}): no suggestion")
                        needing["fail" if check["verdict"] == "fail" else "warn"] += 1
                        needing["granularity"] += check["text"].startswith(("any_share", "any_mean"))
                    if "suggestion" in check:
                        suite.check(suggestions and check["suggestion"] == suggestions[0]["wording"],
                                    f"{label} {claim['id']}: suggestion is the first wording of suggestions")
                    for suggestion in suggestions:
                        check_wording_faithful(suite, f"{label} {claim['id']} {check['file']}:{check['line']}",
                                               check, suggestion)
                        for text in checks_of(check, suggestion):
                            if check["file"] == claim["file"]:
                                recheck_in_place(binary, suite, copy, claim, check, suggestion, text)
                                rechecked["in place"] += 1
                            else:
                                recheck_applied(binary, suite, copy, claim, check, suggestion, text)
                                rechecked["applied"] += 1
        total = sum(rechecked.values())
        print(f"    re-checked {total} suggestions ({rechecked['in place']} in place, "
              f"{rechecked['applied']} from applied templates)")
        # The corpus has dozens of failing and warning checks; far fewer means suggestions went missing.
        suite.check(total >= 50, f"only {total} suggestions re-checked")
        suite.check(rechecked["applied"] >= 1, "no suggestion of an applied template re-checked")
        print(f"    {needing['fail']} failing and {needing['warn']} warning checks, "
              f"{needing['granularity']} of them granularity checks")
        # The corpus must hold warns and granularity checks, or their suggestions go unchecked.
        suite.check(needing["warn"] >= 5, f"only {needing['warn']} warning checks in the corpus")
        suite.check(needing["granularity"] >= 5, f"only {needing['granularity']} granularity checks in the corpus")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("suggestions")
    suite.run_test(test_every_suggestion_passes, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
