#!/usr/bin/env python3
# PostgreSQL tables end to end, against a real server (pg_cluster.py): the same claims give the same
# verdicts and exact values from a CSV file and from its copy in PostgreSQL (filters, periods, ranks,
# means, modes, distinct counts, floats read as printed); hostile table, column and cell names; a
# write through `query` refused by the READ ONLY session; --time-limit as the statement timeout;
# positioned errors for an unknown relation or column, a refused connection, a bad query; a total
# row counted with its rows named as in a file.
import csv
import io
import os
import random
import sys
import time
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402
import pg_cluster  # noqa: E402

REGIONS = ["North", "S\u00f6uth \"quoted\"", "semi;colon", "'; DROP TABLE sales; --", "\u00dcn\u00efc\u00f6d\u00e9 \u2603",
           "back\\slash"]
COLUMNS = "  column region text\n  column day date\n  column qty integer\n  column amount decimal\n  column ratio decimal\n"


def claims_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(rng, n):
    rows = []
    for _ in range(n):
        rows.append({"region": rng.choice(REGIONS), "day": f"20{rng.randint(20, 22)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                     "qty": str(rng.randint(-3, 40)), "amount": f"{rng.randint(-500, 5000)}.{rng.randint(0, 99):02d}",
                     # Python and PostgreSQL both print a float as its shortest exact decimal.
                     "ratio": repr(rng.randint(1, 99999) / 1000)})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["region", "day", "qty", "amount", "ratio"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return rows, out.getvalue()


def queries(rng):
    r1, r2 = claims_string(rng.choice(REGIONS)), claims_string(rng.choice(REGIONS))
    return [
        "count(t)", "sum(t.amount)", "sum(t.qty)", "mean(t.amount)", "mean(t.ratio)", "sum(t.ratio)",
        "min(t.amount)", "max(t.qty)", "min(t.ratio)", "distinct(t.region)", "distinct(t.qty)", "distinct(t.day)",
        "mode(t.qty)", f"sum(t.amount where t.region == {r1})", f"count(t where t.region != {r2})",
        "mean(t.qty where t.amount < 0)", "sum(t.amount where t.day in FY2021/22)",
        "count(t where t.day in March 2021)", "count(t where t.day < 2021-06-01)",
        "count(t where t.day >= 2021-06-01 and t.qty > 10)", f"count(t where t.region in ({r1}, {r2}))",
        f"count(t where not (t.qty > 5 or t.region == {r1}))", "count(t where t.qty in (3, 5, 7))",
        "count(t where t.ratio > 50.5)", "sum(t.qty where t.amount >= 0.5)", "mean(t.amount where t.qty == 1000)",
        "top(sum(t.amount by t.region)) == \"North\"", "max(sum(t.qty by t.region))", "bottom(count(t by t.qty)) == 3",
        "max(mean(t.amount by t.region))", "min(distinct(t.qty by t.region))", "top(count(t by t.day)) == \"2021-03-04\"",
        "max(mode(t.qty by t.region))", f"top(sum(t.ratio where t.region != {r1} by t.region)) == {r2}",
    ]


def claims_file(table_line, texts):
    out = table_line + ":\n" + COLUMNS
    for i, text in enumerate(texts):
        out += f'\nclaim q{i} in "x.txt":\n  check {text}{"" if text.startswith(("top(", "bottom(")) else " == 0"}\n'
    return out


def outcome(report):
    return [(c["id"], [(ch["verdict"], ch.get("actual")) for ch in c["checks"]]) for c in report["claims"]]


def test_differential(binary, suite, pg):
    rng = random.Random(20261203)
    for round_ in range(4):
        # No round of a handful of rows: there one row could be the sum of the others by chance.
        rows, csv_text = generate(rng, rng.randint(50, 400) if round_ else 0)
        pg.psql("DROP TABLE IF EXISTS sales; CREATE TABLE sales (region text, day date, qty integer, "
                "amount numeric(12, 2), ratio double precision)")
        pg.copy_in("sales", csv_text)
        texts = queries(rng)
        with e2e.ProjectCopy() as copy:
            copy.path("t.csv").write_text(csv_text, encoding="utf-8")
            copy.path("csv.claims").write_text(claims_file('table t from "t.csv"', texts), encoding="utf-8")
            db = f'table t from postgres "{pg.conninfo()}" relation "public.sales"'
            copy.path("pg.claims").write_text(claims_file(db, texts), encoding="utf-8")
            from_csv = copy.run(binary, "check", "csv.claims", "--format", "json")
            from_pg = copy.run(binary, "check", "pg.claims", "--format", "json")
            suite.equal(from_pg.status, from_csv.status, f"round {round_}: exit status\n  {from_pg.describe()}")
            if not (from_csv.stdout.startswith("{") and from_pg.stdout.startswith("{")):
                suite.check(False, f"round {round_}:\n  {from_csv.describe()}\n  {from_pg.describe()}")
                continue
            a, b = outcome(from_csv.json()), outcome(from_pg.json())
            for (claim, want), text in zip(a, texts):
                suite.equal(dict(b).get(claim), want, f"round {round_}: {text}: the same from PostgreSQL as from CSV")
            # And both right: the plain aggregates against Python's fractions.
            amounts = [Fraction(r["amount"]) for r in rows]
            exact = {0: Fraction(len(rows)), 1: sum(amounts, Fraction(0)),
                     3: sum(amounts, Fraction(0)) / len(rows) if rows else None}
            for i, want in exact.items():
                actual = dict(b)[f"q{i}"][0][1]
                got = actual["exact"] if actual else None
                text = None if want is None else (str(want.numerator) if want.denominator == 1 else str(want))
                suite.equal(got, text, f"round {round_}: {texts[i]} against Python")
            tables = from_pg.json()["tables"]
            suite.equal([(t["path"], t["rows"]) for t in tables], [("public.sales", len(rows))], "the table read")


def test_hostile_names(binary, suite, pg):
    name = 'we"ird; DROP TABLE sales; --'
    pg.psql('CREATE TABLE sales_kept (n integer); INSERT INTO sales_kept VALUES (1);'
            f'CREATE TABLE public."{name.replace(chr(34), chr(34) * 2)}" ("a""b;c" integer, "\u00dcn\u00ef ""col""" text);'
            f'INSERT INTO public."{name.replace(chr(34), chr(34) * 2)}" VALUES (5, \'x"; DROP TABLE sales_kept; --\'), (7, \'y\')')
    relation = 'public."' + name.replace('"', '""') + '"'
    claims = (f'table t from postgres "{pg.conninfo()}" relation {claims_string(relation)}:\n'
              '  column "a\\"b;c" as ab integer\n  column "\u00dcn\u00ef \\"col\\"" as label text\n\n'
              'claim c in "x.txt":\n  check sum(t.ab) == 12\n'
              '  check sum(t.ab where t.label == "x\\"; DROP TABLE sales_kept; --") == 5\n'
              '  check count(t where t.label != "y\') OR TRUE --") == 2\n')
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(claims, encoding="utf-8")
        run = copy.run(binary, "check", "t.claims", "--format", "json")
        if suite.check(run.stdout.startswith("{"), f"hostile names:\n  {run.describe()}"):
            suite.equal([ch["verdict"] for ch in run.json()["claims"][0]["checks"]], ["pass", "pass", "pass"],
                        "quoted identifiers and values as parameters")
    suite.equal(pg.psql("SELECT count(*) FROM sales_kept").strip(), "1", "nothing dropped")


def test_explain(binary, suite, pg):
    pg.psql("CREATE TABLE explained (area text, n integer); "
            "INSERT INTO explained VALUES ('Kent', 3), ('Essex', 5), ('Kent', 7)")
    claims = (f'table t from postgres "{pg.conninfo()}" relation "explained"\n\nclaim c in "x.txt":\n'
              '  check sum(t.n where t.area == "Kent" and t.n > 4) == 7\n')
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(claims, encoding="utf-8")
        run = copy.run(binary, "explain", "t.claims:4")
        suite.check('one scan of explained\n      t.area == "Kent" and t.n > 4: 1 row\n        t.area == "Kent": 2 rows\n'
                    '        t.n > 4: 2 rows\n' in run.stdout,
                    f"explain counts the rows of each part of the where, from the one statement:\n  {run.describe()}")


def test_draft(binary, suite, pg):
    """Drafting reads a sample of the table's texts (TableSource::sample): the same checks as from CSV."""
    pg.psql("CREATE TABLE drafted (force text, n integer); "
            "INSERT INTO drafted VALUES ('Kent', 3), ('Essex', 5), ('Kent', 7)")
    columns = '  column force text\n  column n integer label "offences"\n'
    with e2e.ProjectCopy() as copy:
        copy.path("a.txt").write_text("Kent recorded 10 offences last year, and Essex 5.\n", encoding="utf-8")
        copy.path("s.csv").write_text("force,n\nKent,3\nEssex,5\nKent,7\n", encoding="utf-8")
        copy.path("csv.claims").write_text('table t from "s.csv":\n' + columns, encoding="utf-8")
        copy.path("pg.claims").write_text(f'table t from postgres "{pg.conninfo()}" relation "drafted":\n' + columns,
                                          encoding="utf-8")
        from_csv = copy.run(binary, "draft", "a.txt", "--data", "csv.claims")
        from_pg = copy.run(binary, "draft", "a.txt", "--data", "pg.claims")
        suite.check('check sum(t.n where t.force == "Kent") is 10' in from_pg.stdout,
                    f"a check drafted from the table's texts:\n  {from_pg.describe()}")
        suite.equal(from_pg.stdout.replace("pg.claims", "csv.claims"), from_csv.stdout, "the same draft as from CSV")


def check_error(binary, suite, table_line, where, words, what, extra=()):
    claims = table_line + '\n\nclaim c in "x.txt":\n  check count(t) > 0\n'
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(claims, encoding="utf-8")
        run = copy.run(binary, "check", "t.claims", *extra)
        suite.equal(run.status, 2, f"{what}: exit status\n  {run.describe()}")
        lines = run.stderr.splitlines()
        suite.check(lines and lines[0].startswith(f"t.claims:{where}: error: ") and words in lines[0],
                    f"{what}: the error is at t.claims:{where} and says {words!r}:\n{run.stderr}")
        suite.check(len(lines) > 2 and lines[2].strip() == "^", f"{what}: a caret under the text:\n{run.stderr}")
        return run


def test_total_rows(binary, suite, pg):
    """A total row counted with the rows it totals is found as in a file, by its sum: an error
    naming it, never a silent double count; `where` leaves it out."""
    pg.psql("DROP TABLE IF EXISTS wards; CREATE TABLE wards (ward text, n integer); "
            "INSERT INTO wards VALUES ('Riverside', 1200), ('Hill', 500), ('Total', 1930), ('All Saints', 230)")
    head = f'table t from postgres "{pg.conninfo()}" relation "wards"\n\nclaim c in "x.txt":\n'
    for check, want in (("sum(t.n) == 1930", "a row of wards holds exactly the sum of the other rows sum(...) adds up"),
                        ('top(sum(t.n by t.ward)) == "Riverside"',
                         'the group "Total" holds exactly the sum of the other groups'),
                        ('mean(t.n) > 0', "a row of wards holds exactly the sum of the other rows mean(...) adds up")):
        with e2e.ProjectCopy() as copy:
            copy.path("t.claims").write_text(head + f"  check {check}\n", encoding="utf-8")
            run = copy.run(binary, "check", "t.claims")
            suite.check(want + ": a total counted twice? Leave it out with `where`" in run.stdout and run.status == 1,
                        f"{check}: the total row named\n  {run.describe()}")
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(head + '  check sum(t.n where t.ward != "Total") == 1930\n'
                                         '  check top(sum(t.n where t.ward != "Total" by t.ward)) == "Riverside"\n',
                                         encoding="utf-8")
        run = copy.run(binary, "check", "t.claims")
        suite.equal(run.status, 0, f"the total row left out with where\n  {run.describe()}")


def test_errors(binary, suite, pg):
    pg.psql("DROP TABLE IF EXISTS sales; CREATE TABLE sales (region text, qty integer); "
            "INSERT INTO sales VALUES ('a', 1), ('b', NULL); CREATE SEQUENCE IF NOT EXISTS s; "
            "CREATE OR REPLACE FUNCTION wipe() RETURNS bigint LANGUAGE sql AS 'DELETE FROM sales RETURNING 1'")
    address = pg.conninfo()
    head = f'table t from postgres "{address}"'
    column = len(head) + 2  # the relation's or query's string, after ` relation `
    check_error(binary, suite, head + ' relation "public.nope"', f"1:{column + 9}",
                'relation "public.nope" does not exist', "unknown relation")
    check_error(binary, suite, head + ' relation "sales":\n  column nope integer', "2:10",
                'no column "nope" in the relation; its columns are "region", "qty"', "unknown column")
    check_error(binary, suite, head + ' relation "sales":\n  column region integer', "2:10",
                'column "region" is text in PostgreSQL, not integer', "a declared type the column lacks")
    check_error(binary, suite, head + ' relation "sales"', f"1:{column + 9}",
                "1 NULL cell in the integer column qty", "a NULL in a number column")
    check_error(binary, suite, head + ' query "SELECT 1 AS \\"A b\\", 2 AS a_b"', f"1:{column + 6}",
                'two columns named "a_b" in the query\'s answer', "two columns with one name")
    check_error(binary, suite, head + ' query "WITH d AS (DELETE FROM sales RETURNING *) SELECT count(*) AS n FROM d"',
                f"1:{column + 6}", "data-modifying statement must be at the top level", "a DELETE through query")
    check_error(binary, suite, head + ' query "SELECT wipe() AS n"', f"1:{column + 6}",
                "cannot execute DELETE in a read-only transaction", "a DELETE in a function through query")
    check_error(binary, suite, head + ' query "SELECT nextval(\'s\') AS n"', f"1:{column + 6}", "read-only transaction",
                "a sequence moved through query")
    check_error(binary, suite, head + ' query "SELECT 1 AS n; DROP TABLE sales"', f"1:{column + 6}",
                "syntax error", "two statements in query")
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(head + ' query "SELECT qty FROM sales WHERE qty IS NOT NULL; "\n\n'
                                         'claim c in "x.txt":\n  check sum(t.qty) == 1\n', encoding="utf-8")
        run = copy.run(binary, "check", "t.claims")
        suite.equal(run.status, 0, f"a query may end in a semicolon\n  {run.describe()}")
    suite.equal(pg.psql("SELECT count(*) FROM sales").strip(), "2", "nothing deleted")
    elsewhere = address.replace(f"port={pg.port}", f"port={pg.port + 1}")
    check_error(binary, suite, f'table t from postgres "{elsewhere}" relation "sales"', "1:23",
                "cannot connect: connection to server on socket", "no server at the address")
    started = time.monotonic()
    with e2e.ProjectCopy() as copy:
        copy.path("t.claims").write_text(head + ' query "SELECT 1 AS n FROM pg_sleep(30)"\n\nclaim c in "x.txt":\n'
                                         '  check count(t) > 0\n', encoding="utf-8")
        run = copy.run(binary, "check", "t.claims", "--time-limit", "1")
        suite.equal(run.stderr, "claimcheck: error: stopped while querying PostgreSQL: the run took longer than its "
                    "limit of 1 s; --time-limit raises it\n1 error; nothing was checked\n", "the time limit")
        suite.equal(run.status, 2, f"the time limit: exit status\n  {run.describe()}")
    suite.check(time.monotonic() - started < 10, "the statement is cancelled at the time limit")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("postgres")
    with pg_cluster.Cluster() as pg:
        for test in (test_differential, test_hostile_names, test_explain, test_draft, test_total_rows, test_errors):
            suite.run_test(test, binary, suite, pg)
    suite.finish()


if __name__ == "__main__":
    main()
