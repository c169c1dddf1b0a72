#!/usr/bin/env python3
# Tables end to end: the NSPCC claims checked against counts.csv give the verdicts they give against
# typed-in counts; aggregates, filters and grouping against Python's fractions on generated tables;
# malformed rows as positioned errors; numbers as spreadsheets print them (1,820, £3.50, 17.1%), and
# with spaces around or an exponent (against Python's fractions);
# --lenient; one read of the file however many aggregates.
import os
import random
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

EXAMPLE = "examples/nspcc-2017"


def verdicts(report):
    return {(c["file"].split("/")[-1], c["id"]): (c["verdict"], [ch.get("actual") for ch in c["checks"]])
            for c in report["claims"]}


def test_nspcc_from_the_table(binary, suite):
    plain = e2e.run(binary, "check", EXAMPLE, "--format", "json")
    with e2e.ProjectCopy(EXAMPLE) as copy:
        for claims in sorted(copy.path(EXAMPLE).glob("0*.claims")):
            text = claims.read_text(encoding="utf-8")
            suite.check('use "counts.claims"' in text, f"{claims.name} does not use counts.claims")
            claims.write_text(text.replace('use "counts.claims"', 'use "counts-table.claims"'), encoding="utf-8")
        tabled = copy.run(binary, "check", EXAMPLE, "--format", "json")
        suite.equal(tabled.status, plain.status, f"exit status from the table\n  {tabled.describe()}")
        if tabled.stdout.startswith("{"):
            a, b = verdicts(plain.json()), verdicts(tabled.json())
            suite.equal(len(a), 55, "claims")
            for key in a:
                suite.equal(b.get(key), a[key], f"{key}: verdict and exact values from counts.csv")
            tables = tabled.json()["tables"]
            size = copy.path(f"{EXAMPLE}/counts.csv").stat().st_size
            suite.equal([(t["path"].split("/")[-1], t["rows"], t["bytes"]) for t in tables],
                        [("counts.csv", 8, size)], "counts.csv read once, whole")


def write_project(copy, csv_text, claims_text):
    copy.path("t.csv").write_bytes(csv_text if isinstance(csv_text, bytes) else csv_text.encode("utf-8"))
    copy.path("t.claims").write_text(claims_text, encoding="utf-8")


def test_bad_rows(binary, suite):
    cases = [
        ("a,b\n1,2\n3\n", "3:", "field"),
        ("a,b\n1,2\nx,4\n", "3:", "x"),
        ('a,b\n1,2\n"3,4\n', "3:", "quote"),
        (b"a,b\n1,2\n\xff,4\n", "3:", "UTF-8"),
    ]
    claims = 'table t from "t.csv":\n  column a integer\n  column b integer\n\nclaim s in "x.txt":\n  check sum(t.b) > 0\n'
    for csv_text, where, words in cases:
        with e2e.ProjectCopy() as copy:
            write_project(copy, csv_text, claims)
            run = copy.run(binary, "check", "t.claims")
            suite.equal(run.status, 2, f"bad row {csv_text!r}: exit status\n  {run.describe()}")
            suite.check(f"t.csv:{where}" in run.stderr and words.lower() in run.stderr.lower(),
                        f"bad row {csv_text!r}: message names t.csv:{where} and {words!r}:\n{run.stderr}")
            lenient = copy.run(binary, "check", "t.claims", "--lenient", "--format", "json")
            if lenient.stdout.startswith("{"):
                report = lenient.json()
                suite.equal(report["tables"][0]["skipped"], 1, f"--lenient skips {csv_text!r}")
                suite.equal(report["claims"][0]["verdict"], "warn", "--lenient: a pass resting on skipped rows warns")
            else:
                suite.check(False, f"--lenient on {csv_text!r}:\n  {lenient.describe()}")


def python_answers(rows, queries):
    out = []
    for kind, col, pred in queries:
        picked = [r for r in rows if pred(r)]
        vals = [Fraction(r[col]) for r in picked] if col else []
        if kind == "count":
            out.append(Fraction(len(picked)))
        elif kind == "sum":
            out.append(sum(vals, Fraction(0)))
        elif kind == "mean":
            out.append(sum(vals, Fraction(0)) / len(vals) if vals else None)
        elif kind in ("min", "max"):
            out.append((min if kind == "min" else max)(vals) if vals else None)
    return out


def fraction_text(f):
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def test_differential(binary, suite):
    rng = random.Random(20170601)
    forces = ["Kent", "Essex", "Thames Valley", "West Midlands"]
    for round_ in range(5):
        rows = []
        for _ in range(rng.randint(1, 300)):
            rows.append({"month": f"{rng.randint(2015, 2017)}-{rng.randint(1, 12):02d}", "force": rng.choice(forces),
                         "age": str(rng.randint(0, 17)), "amount": f"{rng.randint(-999, 999)}.{rng.randint(0, 99):02d}"})
        csv_text = "month,force,age,amount\n" + "".join(
            f'{r["month"]},"{r["force"]}",{r["age"]},{r["amount"]}\n' for r in rows)
        force, age = rng.choice(forces), rng.randint(0, 17)
        fy = lambda r: (r["month"] >= "2016-04") and (r["month"] <= "2017-03")  # noqa: E731
        queries = [
            ("count", None, lambda r: True, "count(t)"),
            ("sum", "amount", lambda r: True, "sum(t.amount)"),
            ("sum", "amount", lambda r: r["force"] == force, f'sum(t.amount where t.force == "{force}")'),
            ("mean", "amount", lambda r: int(r["age"]) < age, f"mean(t.amount where t.age < {age})"),
            ("min", "amount", lambda r: fy(r), "min(t.amount where t.month in FY2016/17)"),
            ("max", "age", lambda r: not (r["force"] == force or int(r["age"]) >= age),
             f'max(t.age where not (t.force == "{force}" or t.age >= {age}))'),
            ("count", None, lambda r: r["force"] in (force, "Kent") and fy(r),
             f'count(t where t.force in ("{force}", "Kent") and t.month in FY2016/17)'),
        ]
        expected = python_answers(rows, [(k, c, p) for k, c, p, _ in queries])
        claims = 'table t from "t.csv":\n  column month date\n  column force text\n  column age integer\n  column amount decimal\n'
        for i, (_, _, _, text) in enumerate(queries):
            claims += f'\nclaim q{i} in "x.txt":\n  check {text} == 0\n'
        with e2e.ProjectCopy() as copy:
            write_project(copy, csv_text, claims)
            run = copy.run(binary, "check", "t.claims", "--format", "json")
            if not suite.check(run.stdout.startswith("{"), f"round {round_}:\n  {run.describe()}"):
                continue
            for claim, want in zip(run.json()["claims"], expected):
                actual = claim["checks"][0]["actual"]
                got = actual["exact"] if actual else None
                suite.equal(got, fraction_text(want) if want is not None else None,
                            f"round {round_} {claim['checks'][0]['text']}")


def test_grouping_and_mode(binary, suite):
    csv_text = "age,count\n13,200\n12,100\n13,57\n5,260\n"
    claims = ('table t from "t.csv"\n\n'
              'claim most_common in "x.txt":\n  check top(sum(t.count by t.age)) == 13\n  check max(sum(t.count by t.age)) == 260\n\n'
              'claim mode in "x.txt":\n  check mode(t.age) == 13\n  check distinct(t.age) == 3\n')
    with e2e.ProjectCopy() as copy:
        write_project(copy, csv_text, claims)
        run = copy.run(binary, "check", "t.claims", "--format", "json")
        if suite.check(run.stdout.startswith("{"), run.describe()):
            got = {c["id"]: [ch["verdict"] for ch in c["checks"]] for c in run.json()["claims"]}
            suite.equal(got, {"most_common": ["fail", "pass"], "mode": ["pass", "pass"]},
                        "top is 5 (260 offences), max is 260, mode of rows is 13, three distinct ages")


def test_spreadsheet_numbers(binary, suite):
    """Cells as spreadsheets print them: thousands separators, currency, percent, footnotes; exact sums."""
    csv_text = ('ward,people,spend,rate,cost\n'
                'Riverside,"1,820","\u00a31,234.50",17.1%,$5 [note 1]\n'
                'Hillside,"12,345","\u20ac0.10",2.9%,7[a]\n'
                'Lowfield,3,"\u00a30.20",0,"1,000"\n')
    claims = ('table t from "t.csv":\n  column spend decimal\n  column rate decimal\n\n'
              'claim c in "x.txt":\n  check sum(t.people) == 14168\n  check sum(t.spend) == 1234.8\n'
              '  check sum(t.rate) == 20\n  check sum(t.cost) == 1012\n'
              '  check sum(t.people where t.ward == "Riverside") == 1820\n')
    with e2e.ProjectCopy() as copy:
        write_project(copy, csv_text, claims)
        run = copy.run(binary, "check", "t.claims", "--format", "json")
        if suite.check(run.stdout.startswith("{"), run.describe()):
            claim = run.json()["claims"][0]
            suite.equal([(ch["verdict"], ch["actual"]["exact"]) for ch in claim["checks"]],
                        [("pass", "14168"), ("pass", "6174/5"), ("pass", "20"), ("pass", "1012"), ("pass", "1820")],
                        "exact sums of 1,820-style cells, \u00a3 and \u20ac amounts, 17.1% as 17.1, footnoted cells")
        write_project(copy, 'ward,people\nRiverside,"1,820"\nHillside,"1,82"\n',
                      'table t from "t.csv":\n  column people integer\n\nclaim c in "x.txt":\n  check sum(t.people) > 0\n')
        bad = copy.run(binary, "check", "t.claims")
        suite.equal(bad.status, 2, f"a malformed 1,82 is an error\n  {bad.describe()}")
        suite.check('t.csv:3:10: error: text in an integer column: "1,82" (field 2)' in bad.stderr,
                    f"the error names the row and column of 1,82:\n{bad.stderr}")


def printed(rng, digits, point):
    """A decimal given by its digits and the place of its point, written as people and programs
    print it: plain, with spaces around (typed by hand), or with an exponent (R, pandas)."""
    whole = digits[:point] or "0"
    fraction = digits[point:]
    plain = whole.lstrip("0") or "0"
    plain += "." + fraction if fraction else ""
    form = rng.randrange(3)
    if form == 0:
        return plain
    if form == 1:
        return " " * rng.randint(0, 2) + plain + " " * rng.randint(1, 2)
    # d.ddd e(+/-)x: the first digit before the point, the exponent the shift
    significant = digits.lstrip("0") or "0"
    shift = len(digits) - len(digits.lstrip("0"))  # leading zeros of the digits
    exponent = point - shift - 1
    mantissa = significant[0] + ("." + significant[1:] if len(significant) > 1 else "")
    return f"{mantissa}{rng.choice('eE')}{'+' if exponent >= 0 and rng.random() < 0.5 else ''}{exponent}"


def test_printed_forms(binary, suite):
    """Numbers written with spaces around or with an exponent: the exact sum, against Python's
    fractions of the same decimals."""
    rng = random.Random(20261204)
    for round_ in range(3):
        values, cells = [], []
        for _ in range(rng.randint(20, 60)):
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 12)))
            point = rng.randint(0, len(digits))
            values.append(Fraction(int(digits), 10 ** (len(digits) - point)))
            cells.append(printed(rng, digits, point))
        csv_text = "area,x\n" + "".join(f"a{i},{c}\n" for i, c in enumerate(cells))
        claims = 'table t from "t.csv":\n  column x decimal\n\nclaim c in "x.txt":\n  check sum(t.x) > -1\n'
        with e2e.ProjectCopy() as copy:
            write_project(copy, csv_text, claims)
            run = copy.run(binary, "check", "t.claims", "--format", "json")
            if suite.check(run.stdout.startswith("{"), f"round {round_}: {run.describe()}"):
                got = run.json()["claims"][0]["checks"][0]["actual"]["exact"]
                suite.equal(got, fraction_text(sum(values, Fraction(0))),
                            f"round {round_}: the exact sum of {len(cells)} cells such as {cells[:4]}")


def test_markers_totals_and_months(binary, suite):
    """Suppression markers leave a claim unverifiable, naming the marker; total rows stay out of
    sums with a note; an unlabelled total is an error; months print as spreadsheets print them."""
    csv_text = ('ward,month,people\n'
                'Riverside,Apr-22,"1,200"\n'
                'Hillside,April 2022,[c]\n'
                'Lowfield,2022 MAY,"1,230"\n'
                'Total,Total,"2,430"\n')
    claims = ('table t from "t.csv"\n\n'
              'claim total in "x.txt":\n  check sum(t.people where t.ward != "Hillside") == 2430\n\n'
              'claim april in "x.txt":\n  check sum(t.people where t.month in April 2022) == 1200\n\n'
              'claim may in "x.txt":\n  check count(t where t.month in May 2022) == 1\n\n'
              'claim named in "x.txt":\n  check sum(t.people where t.ward == "Total") == 2430\n')
    with e2e.ProjectCopy() as copy:
        write_project(copy, csv_text, claims)
        run = copy.run(binary, "check", "t.claims", "--format", "json")
        if suite.check(run.stdout.startswith("{"), run.describe()):
            checks = {c["id"]: c["checks"][0] for c in run.json()["claims"]}
            total = checks["total"]
            suite.equal((total["verdict"], total["actual"]["exact"]), ("pass", "2430"),
                        "the Total row is not added to the rows it totals")
            suite.check("1 total row of t.csv kept out (\"Total\", t.csv:5)" in total["message"],
                        f"the note says which row was kept out: {total['message']!r}")
            april = checks["april"]
            suite.equal(april["verdict"], "unverifiable", "a sum over a withheld cell has no value")
            suite.check('t.csv:3' in april["message"] and '"[c]"' in april["message"],
                        f"the marker and its row are named: {april['message']!r}")
            suite.equal(checks["may"]["verdict"], "pass", "2022 MAY is May 2022")
            suite.equal((checks["named"]["verdict"], checks["named"]["actual"]["exact"]), ("pass", "2430"),
                        "a filter that names the total row counts it")
        write_project(copy, 'force,n\nKent,10\nEssex,20\nSurrey,5\nEngland and Wales,35\n',
                      'table t from "t.csv"\n\nclaim c in "x.txt":\n  check sum(t.n) == 70\n')
        doubled = copy.run(binary, "check", "t.claims", "--format", "json")
        if suite.check(doubled.stdout.startswith("{"), doubled.describe()):
            check = doubled.json()["claims"][0]["checks"][0]
            suite.equal(check["verdict"], "error", "a row that is the sum of the others is not silently added")
            suite.check("t.csv:5 holds exactly the sum of the other rows" in check["message"],
                        f"the message names the row: {check['message']!r}")


def test_title_above_the_header(binary, suite):
    """A CSV saved from a spreadsheet with a title and a source above its table and notes under it:
    the header is the first line of two cells or more, the notes are no rows, and a bad row is named
    by its line in the file."""
    csv_text = ('Table 1: People by ward;;\n"Source: council register; May 2022";;\n;;\n'
                'Ward;Month;People\nRiverside;Apr-22;"1,200"\nLowfield;Apr-22;"1,230"\nHillside;Apr-22;many\n'
                ';;\nNotes:;;\n"1. Figures for Hillside are withheld; see the register."\n')
    with e2e.ProjectCopy() as copy:
        write_project(copy, csv_text, 'table t from "t.csv":\n  column people integer\n\n'
                      'claim c in "x.txt":\n  check sum(t.people where t.ward != "Hillside") == 2430\n')
        run = copy.run(binary, "check", "t.claims", "--lenient", "--format", "json")
        if suite.check(run.stdout.startswith("{"), run.describe()):
            check = run.json()["claims"][0]["checks"][0]
            suite.equal((check["actual"]["exact"]), "2430", "the rows under the header, the title not among them")
        strict = copy.run(binary, "check", "t.claims")
        suite.equal(strict.status, 2, f"a bad row stops a strict run\n  {strict.describe()}")
        suite.check("t.csv:7:" in strict.stderr and "many" in strict.stderr,
                    f"the bad row is named by its line in the file\n  {strict.describe()}")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("tables")
    for test in (test_nspcc_from_the_table, test_bad_rows, test_differential, test_grouping_and_mode,
                 test_spreadsheet_numbers, test_printed_forms, test_markers_totals_and_months,
                 test_title_above_the_header):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
