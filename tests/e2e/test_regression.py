#!/usr/bin/env python3
# The regression example (examples/nspcc-regression): templates re-run on new counts change only what depends on them.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

SUITE = "examples/nspcc-regression"
COUNTS = f"{SUITE}/counts-next-year.claims"
NEXT = f"{SUITE}/next-year.claims"
RESULT = re.compile(r"^(ok|FAILED) +(\S+):(\d+)  (.+)  (\w+)(?:, expected (\w+))?$")


def key(claim):
    return claim["file"], claim["id"]


def report(binary, suite, copy, what):
    run = copy.run(binary, "check", SUITE, "--format", "json")
    suite.check(run.status in (0, 1), f"check {SUITE} ({what}): exit status\n  {run.describe()}")
    claims = {key(c): c for c in run.json()["claims"]}
    suite.equal(len(claims), len(run.json()["claims"]), f"{what}: claims are unique by (file, id)")
    return claims


def mentions(claim, figure):
    return any(re.search(rf"(?<![\w.]){re.escape(figure)}(?![\w.])", c["text"]) for c in claim["checks"])


def compare(suite, before, after, figure, expected_changed, expected_verdicts):
    """Only claims whose checks use `figure` may differ; `expected_verdicts` are those whose verdict changes."""
    suite.equal(sorted(after), sorted(before), f"{figure}: the same claims before and after")
    depends = sorted(k for k, c in before.items() if mentions(c, figure))
    suite.equal(depends, sorted(expected_changed), f"{figure}: claims whose checks use it")
    differ = sorted(k for k in before if k in after and before[k] != after[k])
    suite.equal(differ, sorted(expected_changed), f"{figure}: claims whose report changed")
    changed = {k: (before[k]["verdict"], after[k]["verdict"]) for k in before
               if k in after and before[k]["verdict"] != after[k]["verdict"]}
    suite.equal(changed, expected_verdicts, f"{figure}: verdicts that changed (before, after)")


def assert_result_lines(suite, run, expected_failed, total):
    lines = [m.groups() for line in run.stdout.split("\n") if (m := RESULT.match(line))]
    failed = sorted((f, i, v, e) for status, f, _, i, v, e in lines if status == "FAILED")
    suite.equal(failed, sorted(expected_failed), "FAILED lines (file, claim, verdict, expected)")
    suite.check(run.stdout.endswith(f"{total - len(expected_failed)} passed, {len(expected_failed)} failed\n"),
                f"totals line: {run.stdout[-60:]!r}")


def test_suite_passes(binary, suite):
    run = e2e.run(binary, "test", SUITE)
    suite.equal(run.status, 0, f"test {SUITE}\n  {run.describe()}")
    suite.check(run.stdout.endswith("14 passed, 0 failed\n"), f"test {SUITE} totals: {run.stdout[-60:]!r}")


def kent(claim):
    return NEXT, f"force(kent, 2016_17, 2017_18).{claim}"


def national(claim):
    return NEXT, f"national(2016_17, 2017_18).{claim}"


def test_kent_falls(binary, suite):
    # Kent 2017/18 down to 150: it neither rose nor is "hundreds"; nothing else moves.
    with e2e.ProjectCopy(SUITE, "examples/nspcc-2017") as copy:
        before = report(binary, suite, copy, "before")
        copy.edit(COUNTS, "let kent.2017_18 = 402 during", "let kent.2017_18 = 150 during")
        after = report(binary, suite, copy, "kent.2017_18 = 150")
        compare(suite, before, after, "kent.2017_18", [kent("rose"), kent("hundreds")],
                {kent("rose"): ("pass", "fail"), kent("hundreds"): ("pass", "fail")})
        run = copy.run(binary, "test", SUITE)
        suite.equal(run.status, 1, f"test after kent.2017_18 = 150\n  {run.describe()}")
        assert_result_lines(suite, run, [(NEXT, kent("rose")[1], "fail", "pass"),
                                       (NEXT, kent("hundreds")[1], "fail", "pass")], len(before))


def test_national_rise(binary, suite):
    # England and Wales 2017/18 up to 8,000: a rise of 41.5%, more than a third; only the national claims move.
    with e2e.ProjectCopy(SUITE, "examples/nspcc-2017") as copy:
        before = report(binary, suite, copy, "before")
        copy.edit(COUNTS, "let ew.2017_18 = 6,200 during", "let ew.2017_18 = 8,000 during")
        after = report(binary, suite, copy, "ew.2017_18 = 8,000")
        compare(suite, before, after, "ew.2017_18", [national("rise"), national("daily_average"), national("thousands")],
                {national("rise"): ("fail", "pass")})
        rise = after.get(national("rise"), {"checks": [{}]})["checks"][0]
        suite.equal((rise.get("actual") or {}).get("exact"), "2347/5653", "the new change, (8000 - 5653) / 5653")
        daily = after.get(national("daily_average"), {"checks": [{}]})["checks"][0]
        suite.equal((daily.get("actual") or {}).get("exact"), "1600/73", "the new daily average, 8000 / 365")
        run = copy.run(binary, "test", SUITE)
        suite.equal(run.status, 1, f"test after ew.2017_18 = 8,000\n  {run.describe()}")
        # the pinned `expect rise fail` is now wrong: the suite says so, and nothing else
        assert_result_lines(suite, run, [(NEXT, national("rise")[1], "pass", "fail")], len(before))


def test_2017_counts_reach_every_year(binary, suite):
    # Each count is stated once: a correction to the 2017 counts moves 2017.claims and next-year.claims alike.
    with e2e.ProjectCopy(SUITE, "examples/nspcc-2017") as copy:
        before = report(binary, suite, copy, "before")
        copy.edit("examples/nspcc-2017/counts.claims", "let lincolnshire.2016_17 = 58 during",
                  "let lincolnshire.2016_17 = 250 during")
        after = report(binary, suite, copy, "lincolnshire.2016_17 = 250 in the 2017 counts")
        applied = (f"{SUITE}/2017.claims", "force(lincolnshire, 2015_16, 2016_17)")
        # next-year.claims takes lincolnshire.2016_17 from the same file: 70 in 2017/18 is no rise on 250
        following = (NEXT, "force(lincolnshire, 2016_17, 2017_18)")
        suite.equal(sorted(k for k in before if before[k] != after.get(k)),
                    [(applied[0], f"{applied[1]}.hundreds"), (applied[0], f"{applied[1]}.rose"),
                     (following[0], f"{following[1]}.rose")],
                    "claims whose report changed")
        suite.equal({k: after[k]["verdict"] for k in before if before[k]["verdict"] != after[k]["verdict"]},
                    {(applied[0], f"{applied[1]}.hundreds"): "pass", (applied[0], f"{applied[1]}.rose"): "pass",
                     (following[0], f"{following[1]}.rose"): "fail"},
                    "new verdicts")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("regression example")
    for test in (test_suite_passes, test_kent_falls, test_national_rise, test_2017_counts_reach_every_year):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
