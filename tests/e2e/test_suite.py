#!/usr/bin/env python3
# `claimcheck test` (cli/test_command.cpp): claim files as a suite, each claim's verdict against its expect.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

SUITE = "tests/cases/suite"
VERDICTS = ("pass", "warn", "fail", "unverifiable", "error")
# "ok      FILE:LINE  ID  VERDICT" or "FAILED  FILE:LINE  ID  VERDICT, expected X"
RESULT = re.compile(r"^(?P<status>ok|FAILED) +(?P<file>[^: ]+):(?P<line>\d+)  (?P<id>.+)  "
                    r"(?P<verdict>pass|warn|fail|unverifiable|error)(?:, expected (?P<expected>\w+))?$")
TOTALS = re.compile(r"^(\d+) passed, (\d+) failed$")


def parse_results(suite, run):
    """The result lines of `test` output as dicts, and the (passed, failed) totals of its last line."""
    lines = run.stdout.rstrip("\n").split("\n")
    results = [m.groupdict() for line in lines if (m := RESULT.match(line))]
    totals = TOTALS.match(lines[-1]) if lines else None
    suite.check(totals is not None, f"last line is 'N passed, N failed': {lines[-1:]!r}\n  {run.describe()}")
    return results, (int(totals.group(1)), int(totals.group(2))) if totals else None


def claim_count(binary, *args, cwd=None):
    report = e2e.run(binary, "check", *args, "--format", "json", cwd=cwd).json()
    return len(report["claims"])


def test_examples_pass(binary, suite):
    run = e2e.run(binary, "test", "examples/")
    suite.equal(run.status, 0, f"test examples/ exit status\n  {run.describe()}")
    results, totals = parse_results(suite, run)
    n = claim_count(binary, "examples/")
    suite.check(n >= 70, f"examples/ holds the three examples' claims, found {n}")
    suite.equal(totals, (n, 0), "test examples/ totals")
    suite.equal(len(results), n, "one result line per claim")
    suite.check(all(r["status"] == "ok" for r in results), "every example claim ok")
    suite.check(run.stdout.endswith(f"{n} passed, 0 failed\n"), f"output ends with the totals: {run.stdout[-80:]!r}")
    suite.equal(run.stderr, "", "test examples/ stderr")


def test_flipped_expectation_fails(binary, suite):
    # Kent's 573% fails and is pinned so; pinning it to pass must break the suite.
    with e2e.ProjectCopy("examples/nspcc-2017") as copy:
        directory = "examples/nspcc-2017"
        n = claim_count(binary, directory, *copy.root_args(), cwd=copy.base)
        before = copy.run(binary, "test", directory)
        suite.equal(before.status, 0, f"unchanged copy passes\n  {before.describe()}")
        copy.edit(f"{directory}/002-kent.claims", "  expect fail\n", "  expect pass\n")
        run = copy.run(binary, "test", directory)
        suite.equal(run.status, 1, f"exit status with one unmet expectation\n  {run.describe()}")
        results, totals = parse_results(suite, run)
        suite.equal(totals, (n - 1, 1), "totals with one unmet expectation")
        failed = [r for r in results if r["status"] == "FAILED"]
        suite.equal([(r["file"], r["line"], r["id"], r["verdict"], r["expected"]) for r in failed],
                    [(f"{directory}/002-kent.claims", "5", "kent_rise", "fail", "pass")], "the FAILED line")
        # Under the FAILED line: the failing check, its actual value and diagnosis.
        after = run.stdout.split("FAILED", 1)[-1]
        suite.check("473.02%" in after and "ratio-as-increase" in after,
                    f"FAILED claim shows its actual value and diagnosis:\n{after[:600]}")


def test_unpinned_failure_counts(binary, suite):
    # A claim with no expect must pass: a failing one is a failed test, expected pass.
    with e2e.ProjectCopy() as copy:
        copy.path("one.claims").write_text(
            'let staff = 12\n\nclaim ok_claim in "a.txt":\n  check staff == 12\n\n'
            'claim wrong in "a.txt":\n  check staff == 13\n', encoding="utf-8")
        run = copy.run(binary, "test", "one.claims")
        suite.equal(run.status, 1, f"exit status\n  {run.describe()}")
        results, totals = parse_results(suite, run)
        suite.equal(totals, (1, 1), "totals")
        suite.equal([(r["status"], r["id"], r["verdict"], r["expected"]) for r in results],
                    [("ok", "ok_claim", "pass", None), ("FAILED", "wrong", "fail", "pass")], "result lines")


def test_unpinned_warn_and_unverifiable_count(binary, suite):
    # Without expect only pass meets the expectation: warn and unverifiable are failures too.
    with e2e.ProjectCopy() as copy:
        copy.path("two.claims").write_text(
            'let unknown = missing "not published"\n\nclaim cut in "a.txt":\n  check 10.9 is 10\n\n'
            'claim no_data in "a.txt":\n  check unknown == 1\n', encoding="utf-8")
        run = copy.run(binary, "test", "two.claims")
        suite.equal(run.status, 1, f"exit status\n  {run.describe()}")
        results, totals = parse_results(suite, run)
        suite.equal(totals, (0, 2), "totals")
        suite.equal([(r["status"], r["id"], r["verdict"], r["expected"]) for r in results],
                    [("FAILED", "cut", "warn", "pass"), ("FAILED", "no_data", "unverifiable", "pass")], "result lines")


def test_static_errors_exit_2(binary, suite):
    bad = {
        "type.claims": ('let a = 5\n\nclaim c in "a.txt":\n  check a is 5%\n', "type.claims:4:"),
        "parse.claims": ('let a = 5\n\nclaim c in "a.txt":\n  check a ==\n', "parse.claims:4:"),
        "expect.claims": ('let a = 5\n\nclaim c in "a.txt":\n  check a == 5\n  expect sometimes\n', "expect.claims:5:"),
        "unknown.claims": ('claim c in "a.txt":\n  check nobody == 5\n', "unknown.claims:2:"),
        "apply.claims": ('template t(x):\n  claim c in "a":\n    check x == 1\nend\nlet v = 1\n'
                         'apply t(v)\n  expect nothere fail\n', "apply.claims:7:"),
        # two claims of one name would be one testcase to a CI reader
        "duplicate.claims": ('let a = 5\nclaim c in "a":\n  check a == 5\nclaim c in "b":\n  check a == 6\n',
                             "duplicate.claims:4:"),
        "twice.claims": ('template t(x):\n  claim c in "a":\n    check x == 5\nend\nlet a = 5\napply t(a)\napply t(a)\n',
                         "twice.claims:7:"),
    }
    with e2e.ProjectCopy() as copy:
        copy.path("good.claims").write_text('let a = 5\n\nclaim c in "a.txt":\n  check a == 5\n', encoding="utf-8")
        for name, (text, where) in bad.items():
            copy.path(name).write_text(text, encoding="utf-8")
            for args in ((name,), ("good.claims", name)):
                run = copy.run(binary, "test", *args)
                suite.equal(run.status, 2, f"test {' '.join(args)}: exit status\n  {run.describe()}")
                suite.equal(run.stdout, "", f"test {' '.join(args)}: nothing on stdout")
                suite.check(where in run.stderr, f"test {' '.join(args)}: error at {where}\n  {run.describe()}")
            junit = copy.run(binary, "test", name, "--format", "junit")
            suite.equal((junit.status, junit.stdout), (2, ""), f"test {name} --format junit: exit 2, no XML")
        for args in (("nothere.claims",), ("good.claims", "--format", "tap")):
            run = copy.run(binary, "test", *args)
            suite.equal(run.status, 2, f"test {' '.join(args)}: exit status\n  {run.describe()}")


def test_nothing_to_check_exits_2(binary, suite):
    # A run without a single claim must not look like a green suite: test and check both exit 2 and say so.
    with e2e.ProjectCopy() as copy:
        copy.path("counts/figures.claims").parent.mkdir(parents=True)
        copy.path("counts/figures.claims").write_text("let a = 5\nlet b = 7\n", encoding="utf-8")
        copy.path("counts/templates.claims").write_text('template t(x):\n  claim c in "a":\n    check x == 5\nend\n',
                                                        encoding="utf-8")
        copy.path("good.claims").write_text('let a = 5\n\nclaim c in "a.txt":\n  check a == 5\n', encoding="utf-8")
        for command in ("test", "check"):
            for args in (("counts",), ("counts/figures.claims",), ("counts", "--format", "junit" if command == "test" else "json")):
                run = copy.run(binary, command, *args)
                label = f"{command} {' '.join(args)}"
                suite.equal(run.status, 2, f"{label}: exit status\n  {run.describe()}")
                suite.equal(run.stdout, "", f"{label}: nothing on stdout")
                suite.check("nothing to check" in run.stderr, f"{label}: says there is nothing to check\n  {run.describe()}")
        # One claim anywhere in the run is enough.
        run = copy.run(binary, "test", "counts", "good.claims")
        suite.equal(run.status, 0, f"test counts good.claims: exit status\n  {run.describe()}")


def test_own_suite_passes(binary, suite):
    # tests/cases/suite/: every verdict pinned at least once, in claims and in applies.
    run = e2e.run(binary, "test", SUITE)
    suite.equal(run.status, 0, f"test {SUITE}\n  {run.describe()}")
    results, totals = parse_results(suite, run)
    n = claim_count(binary, SUITE)
    suite.equal(totals, (n, 0), f"test {SUITE} totals")
    suite.equal(len(results), n, "one result line per claim")
    for verdict in VERDICTS:
        for file in ("expectations.claims", "templates.claims"):
            suite.check(any(r["verdict"] == verdict and r["file"].endswith(file) for r in results),
                        f"{file}: no claim with verdict {verdict}")
    applied = [r["id"] for r in results if r["file"].endswith("templates.claims")]
    suite.check("growth(branch.c, 2022, 2023).quarter" in applied, f"applied claim ids: {applied}")


def pinned_lines(text):
    """(line index, indent, claim or None, verdict) of each `expect` line."""
    found = []
    for index, line in enumerate(text.split("\n")):
        if m := re.match(r"^(\s+)expect (?:(\S+) )?(\w+)$", line):
            found.append((index, m.group(1), m.group(2), m.group(3)))
    return found


def check_pins(text):
    """(line index, the line up to its pin, verdict, the rest) of each check pinned on its own line."""
    found = []
    for index, line in enumerate(text.split("\n")):
        if m := re.match(r"^(\s+check .*?) expect (\w+)(\s*(?:#.*)?)$", line):
            found.append((index, m.group(1), m.group(2), m.group(3)))
    return found


def test_each_pinned_verdict_can_fail(binary, suite):
    # Changing any one expect in the suite (in a claim or under an apply) fails exactly that claim.
    with e2e.ProjectCopy(SUITE) as copy:
        n = claim_count(binary, SUITE, *copy.root_args(), cwd=copy.base)
        mutated = 0
        for file in ("expectations.claims", "templates.claims"):
            relative = f"{SUITE}/{file}"
            path = copy.path(relative)
            original = path.read_text(encoding="utf-8")
            for index, indent, claim, verdict in pinned_lines(original):
                other = "pass" if verdict != "pass" else "fail"
                lines = original.split("\n")
                lines[index] = f"{indent}expect {claim + ' ' if claim else ''}{other}"
                path.write_text("\n".join(lines), encoding="utf-8")
                run = copy.run(binary, "test", SUITE)
                path.write_text(original, encoding="utf-8")
                mutated += 1
                where = f"{file}:{index + 1} expect {verdict} -> {other}"
                suite.equal(run.status, 1, f"{where}: exit status\n  {run.describe()}")
                results, totals = parse_results(suite, run)
                suite.equal(totals, (n - 1, 1), f"{where}: totals")
                failed = [r for r in results if r["status"] == "FAILED"]
                if not suite.equal(len(failed), 1, f"{where}: FAILED lines"):
                    continue
                suite.equal((failed[0]["verdict"], failed[0]["expected"]), (verdict, other), f"{where}: FAILED line")
                if claim:
                    suite.check(failed[0]["id"].endswith(f").{claim}"), f"{where}: failed claim {failed[0]['id']}")
                else:
                    # the claim the expect belongs to is the last `claim` header above it
                    header = [line for line in original.split("\n")[:index] if line.startswith("claim ")][-1]
                    suite.equal(failed[0]["id"], header.split()[1], f"{where}: failed claim")
        suite.check(mutated >= 12, f"only {mutated} expect lines mutated")


def test_each_check_pin_can_fail(binary, suite):
    # Changing any one check's pin fails exactly its claim, and names the check by file:line:col.
    relative = f"{SUITE}/checks.claims"
    with e2e.ProjectCopy(SUITE) as copy:
        n = claim_count(binary, SUITE, *copy.root_args(), cwd=copy.base)
        path = copy.path(relative)
        original = path.read_text(encoding="utf-8")
        pins = check_pins(original)
        suite.check(len(pins) >= 7 and {p[2] for p in pins} == set(VERDICTS), f"pins in {relative}: {pins}")
        for index, head, verdict, rest in pins:
            other = "pass" if verdict != "pass" else "fail"
            lines = original.split("\n")
            lines[index] = f"{head} expect {other}{rest}"
            path.write_text("\n".join(lines), encoding="utf-8")
            run = copy.run(binary, "test", SUITE)
            path.write_text(original, encoding="utf-8")
            where = f"checks.claims:{index + 1} expect {verdict} -> {other}"
            suite.equal(run.status, 1, f"{where}: exit status\n  {run.describe()}")
            results, totals = parse_results(suite, run)
            suite.equal(totals, (n - 1, 1), f"{where}: totals")
            header = [line for line in original.split("\n")[:index] if line.startswith("claim ")][-1]
            suite.equal([r["id"] for r in results if r["status"] == "FAILED"], [header.split()[1]], f"{where}: failed claim")
            column = len(head) - len(head.lstrip()) + 1
            moved = f"          {verdict}, expected {other}  {relative}:{index + 1}:{column}  {head.strip()[len('check '):]}"
            suite.check(any(line.startswith(moved) for line in run.stdout.splitlines()),
                        f"{where}: the moved check named, {moved!r}:\n{run.stdout}")


def test_moved_check_fails_and_update_repins_it(binary, suite):
    # A claim pinned as a whole does not see its passing check move; once it pins its checks, it does.
    text = ('let a = 5\nlet b = 7\n\nclaim two in "a.txt":\n  check a is 6\n  check b == 7\n  expect fail\n\n'
            'claim pinned in "a.txt":\n  check a is 6 expect fail  # known\n  check b == 7\n')
    with e2e.ProjectCopy() as copy:
        copy.path("two.claims").write_text(text, encoding="utf-8")
        suite.equal(copy.run(binary, "test", "two.claims").status, 0, "both claims meet their pins")
        copy.edit("two.claims", "let b = 7\n", "let b = 8\n")
        run = copy.run(binary, "test", "two.claims")
        suite.equal(run.status, 1, f"exit status once b moved\n  {run.describe()}")
        results, totals = parse_results(suite, run)
        suite.equal([(r["status"], r["id"], r["verdict"], r["expected"]) for r in results],
                    [("ok", "two", "fail", None), ("FAILED", "pinned", "fail", None)],
                    "only the claim that pins its checks notices")
        suite.check("          fail, expected pass  two.claims:11:3  b == 7: actual 8\n" in run.stdout,
                    f"the moved check, by file:line:col:\n{run.stdout}")
        junit = copy.run(binary, "test", "two.claims", "--format", "junit")
        suite.check('message="check at two.claims:11 expected pass, got fail"' in junit.stdout,
                    f"the JUnit failure names the check:\n{junit.stdout}")
        json_checks = copy.run(binary, "check", "two.claims", "--format", "json").json()["claims"][1]["checks"]
        suite.equal([c.get("expect") for c in json_checks], ["fail", None], "the JSON report's pins")
        update = copy.run(binary, "test", "two.claims", "--update")
        suite.equal(update.status, 0, f"--update exit status\n  {update.describe()}")
        suite.equal([line for line in update.stdout.splitlines() if line.startswith("updated ")],
                    ["updated two.claims:11  pinned: b == 7  no expect (pass) -> expect fail"], "the change said")
        head, tail = text.replace("let b = 7\n", "let b = 8\n").rsplit("  check b == 7\n", 1)
        suite.equal(copy.path("two.claims").read_text(encoding="utf-8"), head + "  check b == 7 expect fail\n" + tail,
                    "the check pinned on its line; the claim pinned as a whole left alone")
        suite.equal(copy.run(binary, "test", "two.claims").status, 0, "the suite passes after --update")
        # Back to 7: the pin goes again, the comment after the first pin stays.
        copy.edit("two.claims", "let b = 8\n", "let b = 7\n")
        back = copy.run(binary, "test", "two.claims", "--update")
        suite.equal([line for line in back.stdout.splitlines() if line.startswith("updated ")],
                    ["updated two.claims:11  pinned: b == 7  expect fail -> no expect (pass)"], "the pin removed")
        suite.equal(copy.path("two.claims").read_text(encoding="utf-8"), text, "the file as it was")


def test_template_check_pin_holds_for_every_instance(binary, suite):
    # A check pinned in a template is pinned so in each claim an apply makes; --update leaves it to the writer.
    text = ('template t(x):\n  claim c in "a.txt":\n    check x == 5 expect fail\n    check x > 0\nend\n'
            'let a = 6\nlet b = 5\napply t(a)\napply t(b)\n')
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(text, encoding="utf-8")
        run = copy.run(binary, "test", "t.claims")
        suite.equal(run.status, 1, f"exit status\n  {run.describe()}")
        results, totals = parse_results(suite, run)
        suite.equal([(r["status"], r["id"], r["verdict"], r["expected"]) for r in results],
                    [("ok", "t(a).c", "fail", None), ("FAILED", "t(b).c", "pass", "fail")], "result lines")
        suite.check("          pass, expected fail  t.claims:3:5  b == 5: actual 5\n" in run.stdout,
                    f"the moved check, where the template has it:\n{run.stdout}")
        update = copy.run(binary, "test", "t.claims", "--update")
        suite.check("updated " not in update.stdout, f"an apply's claims are left to the writer:\n{update.stdout}")
        suite.equal(copy.path("t.claims").read_text(encoding="utf-8"), text, "the file unchanged")


def test_pin_checks_pins_a_whole_suite(binary, suite):
    # --pin-checks moves every pin to the checks; the suite passes, then notices any check that moves.
    with e2e.ProjectCopy("examples/demo") as copy:
        path = "examples/demo/article.claims"
        alone = copy.run(binary, "test", "examples/demo", "--pin-checks")
        suite.equal((alone.status, alone.stdout), (2, ""), f"--pin-checks needs --update\n  {alone.describe()}")
        run = copy.run(binary, "test", "examples/demo", "--update", "--pin-checks")
        suite.equal(run.status, 0, f"exit status\n  {run.describe()}")
        updates = [line for line in run.stdout.splitlines() if line.startswith("updated ")]
        suite.check(len(updates) >= 6, f"the changes said:\n{run.stdout}")
        text = copy.path(path).read_text(encoding="utf-8")
        suite.check(not re.search(r"^\s+expect \w+$", text, re.M), f"no claim keeps a line of its own:\n{text}")
        suite.check("  check change(under_16_share.2022_23, under_16_share.2023_24) is a rise of 6% expect fail\n" in text,
                    f"young_rise's check pinned:\n{text}")
        suite.equal(copy.run(binary, "test", "examples/demo").status, 0, "the suite passes after --pin-checks")
        again = copy.run(binary, "test", "examples/demo", "--update", "--pin-checks")
        suite.check(again.status == 0 and "updated " not in again.stdout, f"a second run changes nothing\n  {again.describe()}")
        report = copy.run(binary, "check", "examples/demo", "--format", "json").json()
        pins = [(c["text"], c.get("expect")) for claim in report["claims"] for c in claim["checks"]]
        wanted = [(c["text"], None if c["verdict"] == "pass" else c["verdict"])
                  for claim in report["claims"] for c in claim["checks"]]
        suite.check(any(p for _, p in pins), f"some check pinned: {pins}")
        suite.equal(pins, wanted, "each check pinned to its verdict, a pass left unpinned")


def test_update_rewrites_expectations(binary, suite):
    # Three moves at once: a pinned fail that now passes loses its line, a pass that now warns gains
    # one, a pinned verdict that moved is rewritten; then the suite passes, and an update changes nothing.
    with e2e.ProjectCopy("examples/demo") as copy:
        path = "examples/demo/article.claims"
        copy.edit(path, "  check change(visits.2022_23, visits.2023_24) is 27%\n  expect warn\n",
                  "  check change(visits.2022_23, visits.2023_24) is 27%\n")
        copy.edit(path, "  check new_cards.2023_24 is nearly 3,000\n", "  check new_cards.2023_24 is nearly 3,000\n  expect fail\n")
        copy.edit(path, " is a rise of 6%\n  expect fail\n", " is a rise of 6%\n  expect warn\n")
        wanted = (e2e.ROOT / path).read_text(encoding="utf-8")
        run = copy.run(binary, "test", "examples/demo", "--update")
        suite.equal(run.status, 0, f"--update exit status\n  {run.describe()}")
        updates = [line for line in run.stdout.splitlines() if line.startswith("updated ")]
        suite.equal(updates, [f"updated {path}:16  rise  no expect (pass) -> expect warn",
                              f"updated {path}:51  young_rise  expect warn -> expect fail",
                              f"updated {path}:62  new_cards  expect fail -> no expect (pass)"], "the changes said")
        text = copy.path(path).read_text(encoding="utf-8")
        suite.equal(sorted(text.splitlines()), sorted(wanted.splitlines()), "the file holds the verdicts found")
        suite.equal(copy.run(binary, "test", "examples/demo").status, 0, "the suite passes after --update")
        again = copy.run(binary, "test", "examples/demo", "--update")
        suite.check(again.status == 0 and "updated " not in again.stdout, f"a second update changes nothing\n  {again.describe()}")
        suite.equal(copy.path(path).read_text(encoding="utf-8"), text, "the file after a second update")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("test command")
    for test in (test_examples_pass, test_flipped_expectation_fails, test_unpinned_failure_counts,
                 test_unpinned_warn_and_unverifiable_count, test_static_errors_exit_2, test_nothing_to_check_exits_2,
                 test_own_suite_passes,
                 test_each_pinned_verdict_can_fail, test_each_check_pin_can_fail,
                 test_moved_check_fails_and_update_repins_it, test_template_check_pin_holds_for_every_instance,
                 test_pin_checks_pins_a_whole_suite,
                 test_update_rewrites_expectations):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
