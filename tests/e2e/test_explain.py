#!/usr/bin/env python3
# `claimcheck explain FILE:LINE` (cli/explain_command.cpp, engine/pipeline/checker.cpp explain_line) end to end.
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

KENT = "examples/nspcc-2017/002-kent.claims"
NEXT_YEAR = "examples/nspcc-regression/next-year.claims"
HEADER = re.compile(r"^claim (?P<id>.+) at (?P<file>[^:]+):(?P<line>\d+): (?P<verdict>\w+)$")
CHECK = re.compile(r"^check at line (?P<line>\d+): (?P<text>.+)$")
FIGURE = re.compile(r"^    (?P<name>[A-Za-z_][\w.]*) = (?P<value>.+)$")
NAME = re.compile(r"\b[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)+\b")


def explain(binary, suite, where, status=0, copy=None):
    run = copy.run(binary, "explain", where) if copy else e2e.run(binary, "explain", where)
    suite.equal(run.status, status, f"explain {where}: exit status\n  {run.describe()}")
    return run


def parse(stdout):
    """Claims explained, in order: [{id, file, line, verdict, checks: [{line, text, figures{name: (value, how)}, lines}]}]."""
    claims = []
    lines = stdout.split("\n")
    for i, line in enumerate(lines):
        if m := HEADER.match(line):
            claims.append({**m.groupdict(), "checks": [], "lines": []})
        elif claims and (m := CHECK.match(line)):
            claims[-1]["checks"].append({**m.groupdict(), "figures": {}, "lines": []})
        elif claims and claims[-1]["checks"] and (m := FIGURE.match(line)):
            how = lines[i + 1].strip() if i + 1 < len(lines) else ""
            claims[-1]["checks"][-1]["figures"][m.group("name")] = (m.group("value"), how)
        if claims:
            (claims[-1]["checks"][-1] if claims[-1]["checks"] else claims[-1])["lines"].append(line)
    return claims


def test_kent_check_line(binary, suite):
    # Every step behind 573%: the figures and where they are defined, 298/63, the interval, the diagnosis.
    run = explain(binary, suite, f"{KENT}:7")
    claims = parse(run.stdout)
    suite.equal([(c["id"], c["file"], c["line"], c["verdict"]) for c in claims], [("kent_rise", KENT, "5", "fail")],
                "claims explained")
    if not claims or not claims[0]["checks"]:
        suite.check(False, f"no check explained:\n{run.stdout}")
        return
    check = claims[0]["checks"][0]
    suite.equal(check["text"], "change(kent.2015_16, kent.2016_17) is up by 573%", "check text")
    figures = check["figures"]
    suite.equal(sorted(figures), ["kent.2015_16", "kent.2016_17"], "figures listed")
    for name, value, line in (("kent.2015_16", "63", 17), ("kent.2016_17", "361", 18)):
        shown, how = figures.get(name, ("", ""))
        suite.equal(shown, value, f"{name} value")
        suite.check(f"examples/nspcc-2017/counts.claims:{line}" in how, f"{name}: defined at counts.claims:{line}: {how!r}")
        suite.check("source nspcc" in how, f"{name}: its source: {how!r}")
    text = run.stdout
    suite.check("366 days" in figures.get("kent.2015_16", ("", ""))[1], "FY2015/16 shown with 366 days")
    for part, what in (("298/63", "the exact change"), ("473.02%", "the change as a percentage"),
                       ("[572.5%, 573.5%)", "the interval 573% stands for"),
                       ("rounded to the nearest 1%, halves away from zero", "the rounding rule"),
                       ("verdict fail", "the verdict"), ("diagnosis ratio-as-increase", "the diagnosis"),
                       ('"a rise of 473%"', "a wording with 473%"), ("is 473%", "the check line of that wording")):
        suite.check(part in text, f"explain {KENT}:7 lacks {what} ({part!r}):\n{text}")
    suite.equal(run.stderr, "", "stderr")


def test_claim_lines_explain_the_claim(binary, suite):
    # The header, quote, check, expect and note lines of a claim all explain that claim.
    reference = explain(binary, suite, f"{KENT}:7").stdout
    for line in (5, 6, 8, 9):
        run = explain(binary, suite, f"{KENT}:{line}")
        suite.check(run.stdout == reference, f"explain {KENT}:{line} differs from :7:\n{run.stdout}")


def test_vocabulary_definition(binary, suite):
    # "hundreds" shows the house style's definition text, where it is, and a wording that holds.
    where = "examples/nspcc-2017/003-thames-valley.claims:7"
    run = explain(binary, suite, where)
    text = run.stdout
    for part, what in (("means [200, 1,000)", "the definition text"), ("define hundreds", "the definition head"),
                       ("thames_valley.2016_17 = 183", "the figure"), ("counts.claims:22", "where the figure is defined"),
                       ("verdict fail", "the verdict"), ("write instead", "a wording")):
        suite.check(part in text, f"explain {where} lacks {what} ({part!r}):\n{text}")
    suite.check(re.search(r"rules/house-style\.claims:\d+", text), f"explain {where}: where 'hundreds' is defined:\n{text}")
    suite.check("diagnosis" not in text, f"explain {where}: no diagnosis for a vocabulary phrase:\n{text}")


def test_no_claim_there(binary, suite):
    # Comment, use, blank and let lines: no claim, exit 2, nothing on stdout, and the claims nearest.
    for where in (f"{KENT}:1", f"{KENT}:2", f"{KENT}:4", f"{KENT}:10", "examples/nspcc-2017/counts.claims:7"):
        run = explain(binary, suite, where, status=2)
        suite.equal(run.stdout, "", f"explain {where}: stdout")
        suite.check("no claim" in run.stderr, f"explain {where}: says 'no claim': {run.stderr!r}")
    run = explain(binary, suite, f"{KENT}:4", status=2)
    suite.equal(run.stderr, f"claimcheck: no claim or apply at {KENT}:4; the nearest is the claim at line 5\n",
                "a line before the first claim points to it")


def test_line_past_the_end(binary, suite):
    # However many digits: past the end, with the file's length, never an overflow or "no claim".
    lines = len((e2e.ROOT / KENT).read_text(encoding="utf-8").splitlines())
    for line in ("999", "99999999999999999999999"):
        run = explain(binary, suite, f"{KENT}:{line}", status=2)
        suite.equal(run.stdout, "", f"explain {KENT}:{line}: stdout")
        suite.equal(run.stderr, f"claimcheck: explain: line {line} is past the end of {KENT}, which has {lines} lines\n",
                    f"explain {KENT}:{line}: stderr")


def test_line_and_column(binary, suite):
    # FILE:LINE:COL, as editors and compilers write a place, explains the line; the column picks nothing more.
    reference = explain(binary, suite, f"{KENT}:7").stdout
    for where in (f"{KENT}:7:3", f"{KENT}:7:1", f"{KENT}:7:200"):
        suite.equal(explain(binary, suite, where).stdout, reference, f"explain {where} is explain {KENT}:7")


def test_bad_argument(binary, suite):
    for where in (KENT, f"{KENT}:", f"{KENT}:x", f"{KENT}:0", f"{KENT}:-3", f"{KENT}:7x", ":7", ":7:3",
                  f"{KENT}:7:", f"{KENT}:7:x", f"{KENT}:7:0",
                  "examples/nspcc-2017/nothere.claims:3", "tests/bad/unknown_name.claims:3"):
        run = explain(binary, suite, where, status=2)
        suite.equal(run.stdout, "", f"explain {where}: stdout")
        suite.check(run.stderr.strip() != "", f"explain {where}: says why on stderr")
    usage = "claimcheck: explain takes FILE:LINE or FILE:LINE:COL, such as examples/nspcc-2017/002-kent.claims:7; "
    for where, why in ((":3", '":3" names no file before the line number'),
                       (f"{KENT}:", f'"{KENT}:" has no line number after the colon'),
                       (f"{KENT}:abc", f'"abc" in "{KENT}:abc" is not a line number'),
                       (f"{KENT}:-1", f'"-1" in "{KENT}:-1" is not a line number'),
                       (f"{KENT}:0", "lines are numbered from 1, not 0"),
                       (f"{KENT}:7:x", f'"x" in "{KENT}:7:x" is not a column number'),
                       (KENT, f'"{KENT}" has no line number')):
        suite.equal(explain(binary, suite, where, status=2).stderr, usage + why + "\n", f"explain {where}: stderr")


def test_missing_file(binary, suite):
    # A file that is not there is named as missing, not as "not a .claims file".
    run = explain(binary, suite, "nosuch.claims:3", status=2)
    suite.equal(run.stdout, "", "explain nosuch.claims:3: stdout")
    suite.equal(run.stderr, "claimcheck: explain: nosuch.claims does not exist\n", "explain nosuch.claims:3: stderr")


def test_template_line_points_to_applies(binary, suite):
    # A template's lines make no claim: explain names the applies that make them, each explainable.
    templates = "examples/nspcc-regression/templates.claims"
    for line, name in ((9, "national"), (10, "national"), (19, "force")):
        run = explain(binary, suite, f"{templates}:{line}", status=2)
        suite.equal(run.stdout, "", f"explain {templates}:{line}: stdout")
        suite.check(f"inside template {name}" in run.stderr, f"explain {templates}:{line} names the template:\n{run.stderr}")
        pointed = re.findall(r"claimcheck explain (\S+)", run.stderr)
        expected = pointed_expected(name)
        suite.check(len(expected) >= 2, f"the example applies {name} in both years: {expected}")
        suite.equal(pointed, expected, f"explain {templates}:{line}: the applies pointed to")
        for where in pointed:
            suite.check(explain(binary, suite, where).stdout.startswith("claim "), f"explain {where} explains")


def pointed_expected(name):
    """The apply lines of the regression example that apply a template, in file order."""
    found = []
    for file in ("2017.claims", "next-year.claims"):
        path = e2e.ROOT / "examples" / "nspcc-regression" / file
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text.startswith(f"apply {name}("):
                found.append(f"examples/nspcc-regression/{file}:{number}")
    return found


def test_directory_is_not_a_file(binary, suite):
    # FILE:LINE names one file: a directory has no line 7, whichever file it holds first.
    run = explain(binary, suite, "examples/nspcc-2017:7", status=2)
    suite.equal(run.stdout, "", "explain examples/nspcc-2017:7: stdout")
    suite.equal(run.stderr, "claimcheck: explain: examples/nspcc-2017 is a directory; "
                "explain takes one .claims file and a line of it\n", "explain examples/nspcc-2017:7: stderr")


def test_agrees_with_check(binary, suite):
    # explain and check judge alike: each claim's and check's verdict is the one in the JSON report.
    report = e2e.run(binary, "check", "examples/nspcc-2017", "--format", "json").json()
    for claim in report["claims"]:
        where = f"{claim['file']}:{claim['line']}"
        explained = parse(explain(binary, suite, where).stdout)
        if not suite.equal(len(explained), 1, f"explain {where}: claims explained"):
            continue
        suite.equal((explained[0]["id"], explained[0]["verdict"]), (claim["id"], claim["verdict"]), f"explain {where}")
        found = [(c["line"], c["text"]) for c in explained[0]["checks"]]
        suite.equal(found, [(str(c["line"]), c["text"]) for c in claim["checks"]], f"explain {where}: checks")
        for check, lines in zip(claim["checks"], (c["lines"] for c in explained[0]["checks"])):
            suite.check(any(line.startswith(f"  verdict {check['verdict']}") for line in lines),
                        f"explain {where} check {check['line']}: verdict {check['verdict']}")


def test_apply_line(binary, suite):
    # An apply line explains every claim the apply makes, with the apply's names in place.
    report = e2e.run(binary, "check", NEXT_YEAR, "--format", "json").json()
    applies = {}
    for claim in report["claims"]:
        applies.setdefault(claim["line"], []).append(claim)
    suite.equal(sorted(applies), [7, 11, 13], "apply lines of next-year.claims")
    for line, claims in applies.items():
        where = f"{NEXT_YEAR}:{line}"
        run = explain(binary, suite, where)
        explained = parse(run.stdout)
        suite.equal([(c["id"], c["file"], c["line"], c["verdict"]) for c in explained],
                    [(c["id"], c["file"], str(c["line"]), c["verdict"]) for c in claims], f"explain {where}: claims")
        for claim, ex in zip(claims, explained):
            label = f"explain {where} {claim['id']}"
            suite.check(any(f"from the template at examples/nspcc-regression/templates.claims:" in l for l in ex["lines"]),
                        f"{label}: names the template")
            suite.equal([(c["line"], c["text"]) for c in ex["checks"]],
                        [(str(c["line"]), c["text"]) for c in claim["checks"]], f"{label}: checks")
            for check in ex["checks"]:
                body = "\n".join(check["lines"])
                # names in which a part is one of the template's parameters (name, previous, latest)
                leaked = sorted({n for n in NAME.findall(body) if {"name", "previous", "latest"} & set(n.split("."))})
                suite.equal(leaked, [], f"{label}: template parameter names in the explanation:\n{body}")
                for name in sorted(set(NAME.findall(check["text"]))):
                    _, how = check["figures"].get(name, ("", ""))
                    # the next year's counts state only 2017/18; the earlier years are the 2017 release's
                    home = "counts-next-year.claims:" if name.endswith("2017_18") else "nspcc-2017/counts.claims:"
                    suite.check(home in how, f"{label}: figure {name} listed with where it is defined ({home}):\n{body}")
    # A line under the apply (its expect lines) explains the same claims.
    suite.equal(explain(binary, suite, f"{NEXT_YEAR}:8").stdout, explain(binary, suite, f"{NEXT_YEAR}:7").stdout,
                "explain on an apply's expect line")


def test_relation_figures(binary, suite):
    # Both sides of an exact relation are figures of the claim: each is listed with where it is defined.
    with e2e.ProjectCopy() as copy:
        copy.path("rel.claims").write_text(
            'let a.x = 5\nlet a.y = 3\n\nclaim bigger in "x.txt":\n  check a.x > a.y * 2\n', encoding="utf-8")
        run = explain(binary, suite, "rel.claims:5", copy=copy)
        explained = parse(run.stdout)
        if not explained or not explained[0]["checks"]:
            suite.check(False, f"nothing explained:\n{run.stdout}")
            return
        check = explained[0]["checks"][0]
        suite.equal(sorted(check["figures"]), ["a.x", "a.y"], f"figures listed:\n{run.stdout}")
        suite.check("rel.claims:2" in check["figures"].get("a.y", ("", ""))[1], f"a.y defined at rel.claims:2:\n{run.stdout}")
        suite.check(re.search(r"a\.y \* 2 = 6\b", run.stdout), f"the arithmetic of the right-hand side:\n{run.stdout}")


def rows_text(path, lines):
    """What explain says of the rows (file lines) a part of a `where` held for."""
    if not lines:
        return "no row"
    if len(lines) == 1:
        return f"1 row, {path}:{lines[0]}"
    return f"{len(lines)} rows, first {path}:{lines[0]}, last {path}:{lines[-1]}"


def test_table_filters_count_rows(binary, suite):
    # Kent's counts read from counts.csv: under each sum, the rows its whole `where` and each comparison held for,
    # worked out here from the CSV itself (no field holds a line end, so row k is line k + 1).
    import csv
    table = "examples/nspcc-2017/counts.csv"
    with open(e2e.ROOT / table, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    with e2e.ProjectCopy("examples") as copy:
        copy.edit(KENT, 'use "counts.claims"\n', 'use "counts-table.claims"\n')
        run = explain(binary, suite, f"{KENT}:7", copy=copy)
        lines = run.stdout.split("\n")
        for year in ("2015/16", "2016/17"):
            kent = [i + 2 for i, r in enumerate(records) if r["area"] == "Kent"]
            in_year = [i + 2 for i, r in enumerate(records) if r["year"].removeprefix("FY") == year]
            both = [line for line in kent if line in in_year]
            where = f'counts.area == "Kent" and counts.year == FY{year}'
            wanted = [f"{where}: {rows_text(table, both)}", f'  counts.area == "Kent": {rows_text(table, kent)}',
                      f"  counts.year == FY{year}: {rows_text(table, in_year)}"]
            at = next((i for i, line in enumerate(lines) if line.strip().startswith(where + ":")), None)
            if not suite.check(at is not None, f"no row counts for {where}:\n{run.stdout}"):
                continue
            indent = len(lines[at]) - len(lines[at].lstrip())
            suite.equal([line[indent:] for line in lines[at:at + 3]], wanted, f"the rows of {where}")
            suite.check("one scan of examples/nspcc-2017/counts.csv" in lines[at - 1], f"under its scan: {lines[at - 1]!r}")
    suite.check("counts.area ==" not in e2e.run(binary, "explain", f"{KENT}:7").stdout, "typed-in counts have no rows")


def test_table_filters_or_not_and_none(binary, suite):
    # `or` and `not` nest their parts; a part that holds for no row says so; an aggregate without `where` shows none.
    with e2e.ProjectCopy() as copy:
        copy.path("t.csv").write_text("name,n\na,1\nb,2\na,3\nc,4\n", encoding="utf-8")
        copy.path("t.claims").write_text(
            'table t from "t.csv":\n  column name text\n  column n integer\n\nclaim c in "x.txt":\n'
            '  check count(t where t.name == "a" or not t.n < 4) == 3\n'
            '  check sum(t.n where t.name == "zzz") == 0\n  check count(t) == 4\n'
            '  check mean(t.n where t.name == "zzz" or t.n > 3) == 4\n'
            '  check mean(t.n where t.name == "zzz" or t.n > 9) == 1\n', encoding="utf-8")
        run = explain(binary, suite, "t.claims:5", copy=copy)
        text = run.stdout
        for part in ('\n      t.name == "a" or not t.n < 4: 3 rows, first t.csv:2, last t.csv:5\n'
                     '        t.name == "a": 2 rows, first t.csv:2, last t.csv:4\n'
                     '        not t.n < 4: 1 row, t.csv:5\n'
                     '          t.n < 4: 3 rows, first t.csv:2, last t.csv:4\n',
                     '\n      t.name == "zzz": no row\n',
                     # a mean of no row has no value: the check is an error, and the counts say why
                     '\n    mean(t.n where t.name == "zzz" or t.n > 9) = no value\n'
                     '      one scan of t.csv: no row matches\n'
                     '      t.name == "zzz" or t.n > 9: no row\n'
                     '        t.name == "zzz": no row\n'
                     '        t.n > 9: no row\n',
                     '\n      t.name == "zzz" or t.n > 3: 1 row, t.csv:5\n'):
            suite.check(part in text, f"explain lacks {part!r}:\n{text}")
        count_all = text.split("count(t) = 4", 1)[-1].split("\n")
        suite.check(len(count_all) > 2 and count_all[1].strip() == "one scan of t.csv" and ":" not in count_all[2],
                    f"count(t) has no where, and no rows under it:\n{text}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("explain")
    for test in (test_kent_check_line, test_claim_lines_explain_the_claim, test_vocabulary_definition, test_missing_file,
                 test_template_line_points_to_applies, test_no_claim_there, test_line_past_the_end, test_line_and_column,
                 test_bad_argument, test_directory_is_not_a_file, test_agrees_with_check,
                 test_apply_line, test_relation_figures, test_table_filters_count_rows,
                 test_table_filters_or_not_and_none):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
