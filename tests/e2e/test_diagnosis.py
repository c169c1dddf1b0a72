#!/usr/bin/env python3
# Diagnoses, suggestions and conflicts (engine/advice/diagnose.cpp, suggest.cpp, checker conflicts) on the examples.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

NSPCC = "examples/nspcc-2017"
FORTY_FOUR = re.compile(r"^44 ?(%|per cent|percent)$")


def report_of(binary, suite, directory, status):
    result = e2e.run(binary, "check", directory, "--format", "json")
    suite.equal(result.status, status, f"exit status of check {directory}\n  {result.describe()}")
    return result.json()


def only_check(suite, claims, file, claim_id, index=0):
    claim = claims.get((file, claim_id))
    if not suite.check(claim is not None, f"{file}: no claim {claim_id}"):
        return {}
    if not suite.check(len(claim["checks"]) > index, f"{file} {claim_id}: no check {index}"):
        return {}
    return claim["checks"][index]


def wordings(check):
    return [s["wording"] for s in check.get("suggestions", [])]


def test_kent_ratio_as_increase(binary, suite):
    # 361 / 63 = 5.73: the ratio was reported as the rise, which is 473%.
    claims = e2e.claims_by_key(report_of(binary, suite, NSPCC, 1))
    check = only_check(suite, claims, "002-kent.claims", "kent_rise")
    suite.equal(check.get("verdict"), "fail", "kent_rise verdict")
    suite.equal(check.get("diagnosis"), "ratio-as-increase", "kent_rise diagnosis")
    suite.check("473%" in (check.get("suggestion") or ""),
                f"kent_rise: first suggestion mentions 473%, got {check.get('suggestion')!r}")
    suite.check(check.get("suggestion") == (wordings(check) or [None])[0],
                f"kent_rise: suggestion is the first of suggestions: {check.get('suggestion')!r} vs {wordings(check)}")
    suite.check(any("473%" in s.get("check", "") for s in check.get("suggestions", [])),
                f"kent_rise: a suggested check line says 473%: {check.get('suggestions')}")
    suite.check("explanation" in check and "5.73" in check["explanation"],
                f"kent_rise: the explanation shows the ratio 5.73: {check.get('explanation')!r}")


def test_forty_four_truncated(binary, suite):
    # 1750/3903 = 44.84%: every "44%" was cut, not rounded; rounded it is 45%.
    report = report_of(binary, suite, NSPCC, 1)
    seen = 0
    for claim in report["claims"]:
        for check in claim["checks"]:
            if not FORTY_FOUR.match(check["claimed"]):
                continue
            seen += 1
            where = f"{claim['file']} {claim['id']} ({check['claimed']})"
            suite.equal(check.get("diagnosis"), "truncated", f"{where}: diagnosis")
            suite.check("45" in (check.get("suggestion") or ""), f"{where}: suggestion {check.get('suggestion')!r}")
            # the wording keeps the article's own form: "per cent" stays "per cent"
            if "per cent" in check["claimed"]:
                suite.check("45 per cent" in (check.get("suggestion") or ""),
                            f"{where}: suggestion keeps 'per cent': {check.get('suggestion')!r}")
            else:
                suite.check("45%" in (check.get("suggestion") or ""),
                            f"{where}: suggestion keeps '%': {check.get('suggestion')!r}")
    suite.equal(seen, 5, "checks claiming 44% in the five articles")


def test_hundreds_has_a_suggestion(binary, suite):
    # 183 is not "hundreds": vocabulary gets no diagnosis, but a wording that holds.
    claims = e2e.claims_by_key(report_of(binary, suite, NSPCC, 1))
    check = only_check(suite, claims, "003-thames-valley.claims", "hundreds")
    suite.equal(check.get("verdict"), "fail", "003 hundreds verdict")
    suite.check(bool(check.get("suggestion")), f"003 hundreds: a suggestion, got {check.get('suggestion')!r}")
    suite.check(len(check.get("suggestions", [])) >= 1, "003 hundreds: suggestions listed")
    suite.check("diagnosis" not in check, f"003 hundreds: no diagnosis for vocabulary, got {check.get('diagnosis')!r}")


def test_passing_checks_have_no_diagnosis(binary, suite):
    report = report_of(binary, suite, NSPCC, 1)
    for claim in report["claims"]:
        for check in claim["checks"]:
            if check["verdict"] in ("pass", "unverifiable"):
                where = f"{claim['file']} {claim['id']} {check['text']}"
                suite.check("diagnosis" not in check, f"{where}: {check['verdict']} with a diagnosis")
                suite.check(not check.get("suggestions"), f"{where}: {check['verdict']} with suggestions")


def test_forces_conflict(binary, suite):
    # 000 says 38 forces, 002 and 004 say 39: the only disagreement between the articles.
    report = report_of(binary, suite, NSPCC, 1)
    conflicts = report.get("conflicts")
    if not suite.check(isinstance(conflicts, list), f"top-level conflicts array, got {conflicts!r}"):
        return
    suite.equal(len(conflicts), 1, f"number of conflicts: {conflicts}")
    if not conflicts:
        return
    conflict = conflicts[0]
    suite.equal(conflict.get("quantity"), "forces.2016_17", "conflict quantity")
    statements = conflict.get("statements", [])
    found = sorted((s["file"].rsplit("/", 1)[-1][:3], s["claimed"]) for s in statements)
    suite.equal(found, [("000", "38"), ("002", "39"), ("004", "39")], "conflicting statements (article, claimed)")
    for s in statements:
        suite.equal(s.get("claim"), "forces_reporting", f"{s.get('file')}: claim of the statement")
        suite.check(s.get("source", "").startswith(s["file"].rsplit("/", 1)[-1][:3]),
                    f"{s.get('file')}: statement source is its article, got {s.get('source')!r}")
        expected = "fail" if s["claimed"] == "38" else "pass"
        suite.equal(s.get("verdict"), expected, f"{s.get('file')}: verdict of the statement claiming {s['claimed']}")


def test_demo_points_vs_percent(binary, suite):
    # 18% to 24% is 6 points, not a 6% rise.
    claims = e2e.claims_by_key(report_of(binary, suite, "examples/demo", 1))
    check = only_check(suite, claims, "article.claims", "young_rise")
    suite.equal(check.get("verdict"), "fail", "demo young_rise verdict")
    suite.equal(check.get("diagnosis"), "points-vs-percent", "demo young_rise diagnosis")
    rise = only_check(suite, claims, "article.claims", "rise")
    suite.equal(rise.get("diagnosis"), "truncated", "demo rise: 27.63% written as 27%")
    suite.check("28%" in (rise.get("suggestion") or ""), f"demo rise: suggestion 28%, got {rise.get('suggestion')!r}")



DIRECTIONS = """use house-style
let before = 250
let fewer = 220
let more = 300

claim directions in "article.txt":
  check change(before, fewer) is a fall of 12%
  check change(before, fewer) is a rise of 12%
  check change(before, more) is down 20%
  check change(before, more) is a rise of 12%
  check change(before, fewer) is cut by 12.0%
"""


def test_direction_words(binary, suite):
    # A fall printed as a rise is inverted-change, put right with its true direction; a rise
    # of the wrong size is no inversion (the near miss).
    with e2e.ProjectCopy() as copy:
        copy.path("directions.claims").write_text(DIRECTIONS, encoding="utf-8")
        result = copy.run(binary, "check", "directions.claims", "--format", "json")
        suite.equal(result.status, 1, f"exit status\n  {result.describe()}")
        checks = result.json()["claims"][0]["checks"]
    expected = [("pass", None, None), ("fail", "inverted-change", "a fall of 12%"),
                ("fail", "inverted-change", "a rise of 20%"), ("fail", None, "a rise of 20%"), ("pass", None, None)]
    suite.equal(len(checks), len(expected), "checks")
    for check, (verdict, diagnosis, wording) in zip(checks, expected):
        where = check.get("claimed")
        suite.equal(check.get("verdict"), verdict, f"{where}: verdict")
        suite.equal(check.get("diagnosis"), diagnosis, f"{where}: diagnosis")
        if wording:
            suite.equal((wordings(check) or [None])[0], wording, f"{where}: first suggestion")

def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("diagnosis")
    for test in (test_kent_ratio_as_increase, test_forty_four_truncated, test_hundreds_has_a_suggestion,
                 test_passing_checks_have_no_diagnosis, test_forces_conflict, test_demo_points_vs_percent,
                 test_direction_words):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
