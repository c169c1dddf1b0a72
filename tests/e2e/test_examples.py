#!/usr/bin/env python3
# The NSPCC example end to end (examples/nspcc-2017): verdicts, exit status, quotes and the three report formats.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

EXAMPLE = "examples/nspcc-2017"
FORTY_FOUR = re.compile(r"^44 ?(%|per cent|percent)$")
LINE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<verdict>pass|warn|fail|unverifiable|error|conflict|note): (?P<rest>.+)$")


def json_report(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--format", "json")
    suite.equal(result.status, 1, f"exit status of the example (Kent's 573% fails)\n  {result.describe()}")
    return result.json()


def test_headline_verdicts(binary, suite):
    claims = e2e.claims_by_key(json_report(binary, suite))

    def verdict(file, claim_id):
        claim = claims.get((file, claim_id))
        suite.check(claim is not None, f"{file}: no claim {claim_id}")
        return claim and claim["verdict"]

    suite.equal(verdict("002-kent.claims", "kent_rise"), "fail", "002 kent_rise: 573% for a rise of 473%")
    kent = claims.get(("002-kent.claims", "kent_rise"))
    if kent:
        actual = kent["checks"][0]["actual"] or {}
        suite.equal(actual.get("exact"), "298/63", "002 kent_rise: exact change (361 - 63) / 63")
        suite.equal(actual.get("decimal"), "4.7301587", "002 kent_rise: decimal change")
        interval = kent["checks"][0].get("interval") or {}
        suite.equal((interval.get("low"), interval.get("low_closed"), interval.get("high"), interval.get("high_closed")),
                    ("229/40", True, "1147/200", False), "002 kent_rise: 573% means [572.5%, 573.5%)")
    suite.equal(verdict("003-thames-valley.claims", "hundreds"), "fail", "003 hundreds: 183 is not hundreds")
    suite.equal(verdict("004-west-midlands.claims", "hundreds"), "pass", "004 hundreds: 241 is hundreds")
    for file in ("000-lincolnshire.claims", "001-cambridgeshire.claims", "003-thames-valley.claims",
                 "004-west-midlands.claims"):
        suite.equal(verdict(file, "daily_average"), "pass", f"{file} daily_average: 5,653 / 365 = 15.49 a day")
        daily = claims.get((file, "daily_average"))
        if daily:
            suite.equal((daily["checks"][0]["actual"] or {}).get("exact"), "5653/365",
                        f"{file} daily_average: FY2016/17 has 365 days")


def test_forty_four_per_cent_warns(binary, suite):
    # 1750/3903 = 44.84%: "44%" holds only if truncated, in every article that says it.
    report = json_report(binary, suite)
    seeds_with_44 = set()
    for claim in report["claims"]:
        for check in claim["checks"]:
            if FORTY_FOUR.match(check["claimed"]):
                seeds_with_44.add(claim["source"])
                where = f"{claim['file']} {claim['id']} ({check['claimed']})"
                suite.equal(check["verdict"], "warn", f"{where}: check verdict")
                suite.equal(claim["verdict"], "warn", f"{where}: claim verdict")
                suite.equal((check["actual"] or {}).get("exact"), "1750/3903", f"{where}: exact change")
    suite.equal(len(seeds_with_44), 5, f"articles with a 44% claim (found {sorted(seeds_with_44)})")


def test_age_claims_unverifiable(binary, suite):
    # No age table was published: every claim about ages is unverifiable, never pass.
    report = json_report(binary, suite)
    age_claims = [c for c in report["claims"] if any(re.search(r"\bage\.", ch["text"]) for ch in c["checks"])]
    suite.check(len(age_claims) >= 15, f"expected the age claims of all five articles, found {len(age_claims)}")
    for claim in age_claims:
        suite.equal(claim["verdict"], "unverifiable", f"{claim['file']} {claim['id']}: age claim")
        for check in claim["checks"]:
            suite.equal(check["actual"], None, f"{claim['file']} {claim['id']}: a missing figure has no actual value")


def test_summary(binary, suite):
    report = json_report(binary, suite)
    suite.equal(report["tool"], "claimcheck", "tool field")
    suite.equal(report["summary"], e2e.summary_of(report["claims"]), "summary counts against the claims array")
    verdicts = {k: n for k, n in report["summary"].items() if k != "drafted"}  # each claim has one verdict
    suite.equal(sum(verdicts.values()), len(report["claims"]), "summary total")


def test_text_report(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE)
    suite.equal(result.status, 1, f"text report: exit status\n  {result.describe()}")
    suite.check(re.search(r"^\s*FAIL\s+kent_rise\b", result.stdout, re.M),
                f"text report: no 'FAIL kent_rise' line:\n{result.stdout[:3000]}")
    suite.check("298/63" in result.stdout, "text report: the exact change 298/63 is not shown")
    suite.check("\x1b[" not in result.stdout, "text report: colour codes on a pipe")
    summary = re.search(r"^(\d+) claims: (\d+) pass, (\d+) warn, (\d+) fail, (\d+) unverifiable, (\d+) error$",
                        result.stdout, re.M)
    if suite.check(summary, f"text report: no summary line:\n{result.stdout[-500:]}"):
        counts = json_report(binary, suite)["summary"]
        suite.equal([int(g) for g in summary.groups()[1:]],
                    [counts[v] for v in ("pass", "warn", "fail", "unverifiable", "error")], "text summary line")


def test_line_report(binary, suite):
    result = e2e.run(binary, "check", EXAMPLE, "--format", "line")
    suite.equal(result.status, 1, f"line report: exit status\n  {result.describe()}")
    lines = result.stdout.splitlines()
    found = []
    for line in lines:
        m = LINE.match(line)
        if suite.check(m, f"line report: not file:line:col: verdict: ...: {line!r}"):
            found.append((m["file"], int(m["line"]), int(m["col"]), m["verdict"]))
    # One line per check (or per claim that has none), at the check's position,
    # then one per statement in a conflict between sources.
    expected = []
    report = json_report(binary, suite)
    for claim in report["claims"]:
        # Without --articles no article is found: a note at each quote says it was not located.
        issue = claim.get("quote_issue")
        if suite.check(issue and issue["severity"] == "note", f"line report: {claim['id']} has no note: {issue}"):
            expected.append((issue["file"], issue["line"], issue["column"], "note"))
        if not claim["checks"]:
            expected.append((claim["file"], claim["line"], claim["column"], claim["verdict"]))
        for check in claim["checks"]:
            expected.append((claim["file"], check["line"], check["column"], check["verdict"]))
    for conflict in report["conflicts"]:
        for statement in conflict["statements"]:
            expected.append((statement["file"], statement["line"], statement["column"], "conflict"))
    suite.equal(found, expected, "line report: (file, line, col, verdict) of each line")
    suite.check(any(l.startswith(f"{EXAMPLE}/002-kent.claims:7:3: fail: kent_rise") for l in lines),
                "line report: no line for kent_rise at 002-kent.claims:7:3")
    for file, line, col, _ in found:
        source = (e2e.ROOT / file).read_text(encoding="utf-8").splitlines()
        suite.check(line <= len(source) and source[line - 1][col - 1:].startswith(("check", "claim", "quote")),
                    f"line report: {file}:{line}:{col} does not point at a check, a claim or a quote")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("NSPCC example")
    for test in (test_headline_verdicts, test_forty_four_per_cent_warns, test_age_claims_unverifiable, test_summary,
                 test_text_report, test_line_report):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
