#!/usr/bin/env python3
# Spreadsheets as tables end to end: workbooks written at test time (tests/sheets/make_workbooks.py)
# checked against the same table as CSV (the same verdicts and exact values, .xlsx and .ods alike);
# exact numbers from the digits stored, shared, inline and rich strings, dates in both epochs and
# around Excel's 29 Feb 1900, merged headers, sheets and ranges chosen or defaulted; and every
# bad workbook, sheet, range and cell as a clear error.
import os
import pathlib
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claimcheck_e2e as e2e  # noqa: E402

sys.path.insert(0, str(e2e.ROOT / "tests" / "sheets"))
import make_workbooks as wb  # noqa: E402

RELEASE_CHECKS = [
    "count(t) == 3",
    "sum(t.offences_2016) == 4080",
    "sum(t.offences_2017) == 4197",
    'sum(t.offences_2017 where t.force == "Kent") == 1905',
    "sum(t.rate) == 0.5",
    "max(t.rate) == 0.25",
    "count(t where t.published <= 2017-03-02) == 2",
    "sum(t.offences_2016) == 4000",
]


def claims_for(table_line, checks):
    text = table_line + "\n"
    for i, check in enumerate(checks):
        text += f'\nclaim c{i} in "x.txt":\n  check {check}\n'
    return text


def run_json(copy, binary, claims_text, name="t.claims"):
    copy.path(name).write_text(claims_text, encoding="utf-8")
    return copy.run(binary, "check", name, "--format", "json")


def results(run):
    return [(c["id"], c["verdict"], [ch.get("actual", {}).get("exact") for ch in c["checks"]])
            for c in run.json()["claims"]]


def test_same_as_csv(binary, suite):
    with e2e.ProjectCopy() as copy:
        copy.path("release.csv").write_text(wb.release_csv(), encoding="utf-8")
        wb.xlsx(copy.path("release.xlsx"), wb.release_sheets())
        wb.ods(copy.path("release.ods"), wb.release_sheets())
        wb.xlsx(copy.path("relocated.xlsx"), wb.release_sheets(), relocate=True)
        csv = run_json(copy, binary, claims_for('table t from "release.csv"', RELEASE_CHECKS))
        if not suite.check(csv.stdout.startswith("{"), csv.describe()):
            return
        expected = results(csv)
        suite.equal([v for _, v, _ in expected], ["pass"] * 7 + ["fail"], "the CSV's verdicts")
        for table_line in ['table t from "release.xlsx" sheet "Table 3" range "A5:E60"',
                           'table t from "release.xlsx" sheet "Table 3" range "A5:E"',
                           'table t from "release.ods" sheet "Table 3" range "A5:E60"',
                           'table t from "relocated.xlsx" sheet "Table 3" range "A5:E60"']:
            run = run_json(copy, binary, claims_for(table_line, RELEASE_CHECKS))
            if suite.check(run.stdout.startswith("{"), f"{table_line}\n  {run.describe()}"):
                suite.equal(results(run), expected, f"{table_line}: verdicts and exact values as the CSV's")
                suite.equal(run.json()["tables"][0]["rows"], 3, f"{table_line}: rows")


def test_values(binary, suite):
    rows = {1: ["name", "n", "x", "day", "share", "flag"],
            2: ["shared", wb.Num("0.1"), wb.Num("12345678901234567890"), wb.Date("59"), wb.Pct("0.171"), wb.Bool(True)],
            3: [wb.Inline("inline"), wb.Num("1E-3"), wb.Num("1"), wb.Date("61"), wb.Pct("0.5"), wb.Bool(False)],
            4: [wb.Rich(["ri", "ch"]), wb.Num("1.2345E-2"), wb.Num("-2"), wb.Date("42795.75"), wb.Pct("1"), wb.Bool(True)]}
    checks = ["sum(t.n) == 0.113345", "sum(t.x) == 12345678901234567889", "count(t where t.day == 1900-02-28) == 1",
              "count(t where t.day == 1900-03-01) == 1", "count(t where t.day == 2017-03-01) == 1",
              "sum(t.share) == 167.1", 'count(t where t.name == "rich") == 1', 'count(t where t.name == "inline") == 1',
              'count(t where t.flag == "TRUE") == 2']
    with e2e.ProjectCopy() as copy:
        for kind in ("xlsx", "ods"):
            sheet = wb.Sheet("Data", rows)
            if kind == "xlsx":
                wb.xlsx(copy.path("v.xlsx"), [sheet])
            else:  # ods stores dates as dates, not serials
                ods_rows = {k: [wb.Date({"59": "1900-02-28", "61": "1900-03-01", "42795.75": "2017-03-01T18:00:00"}[c.value])
                                if isinstance(c, wb.Date) else c for c in v] for k, v in rows.items()}
                wb.ods(copy.path("v.ods"), [wb.Sheet("Data", ods_rows)])
            run = run_json(copy, binary, claims_for(f'table t from "v.{kind}"', checks))
            if suite.check(run.stdout.startswith("{"), f"{kind}: {run.describe()}"):
                suite.equal([(i, v) for i, v, _ in results(run)], [(f"c{i}", "pass") for i in range(len(checks))],
                            f"{kind}: exact numbers, strings of each kind, dates, percentages, booleans")
        # Serial 60 is Excel's 29 February 1900, a day that never was: a date column says so, at the cell.
        wb.xlsx(copy.path("leap.xlsx"), [wb.Sheet("Data", {1: ["day"], 2: [wb.Date("60")]})])
        copy.path("leap.claims").write_text(claims_for('table t from "leap.xlsx"', ["count(t) == 1"]), encoding="utf-8")
        run = copy.run(binary, "check", "leap.claims")
        suite.equal(run.status, 2, f"serial 60: {run.describe()}")
        suite.check('leap.xlsx: error: sheet "Data" cell A2: no such date: "1900-02-29"' in run.stderr, run.stderr)
        # The 1904 epoch: serial 0 is 1 January 1904.
        wb.xlsx(copy.path("mac.xlsx"), [wb.Sheet("Data", {1: ["day"], 2: [wb.Date("0")], 3: [wb.Date("1")]})],
                date1904=True)
        run = run_json(copy, binary, claims_for('table t from "mac.xlsx"', ["count(t where t.day == 1904-01-01) == 1",
                                                                            "count(t where t.day == 1904-01-02) == 1"]))
        if suite.check(run.stdout.startswith("{"), run.describe()):
            suite.equal([v for _, v, _ in results(run)], ["pass", "pass"], "the 1904 epoch")


def test_cells_as_writers_write_them(binary, suite):
    """Rows and cells without their r="…" (each follows the last), a formula's text, an error
    value, ISO date cells."""
    sheet = (f'<worksheet xmlns="{wb.MAIN}"><sheetData>'
             '<row><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>n</t></is></c>'
             '<c t="inlineStr"><is><t>day</t></is></c></row>'
             '<row><c t="str"><f>A1</f><v>from a formula</v></c><c><v>2</v></c><c t="d"><v>2017-03-01T00:00:00</v></c></row>'
             '<row r="5"><c r="A5" t="e"><v>#N/A</v></c><c r="B5"><v>3</v></c><c r="C5" t="d"><v>2017-03-02</v></c></row>'
             '</sheetData></worksheet>')
    checks = ["sum(t.n) == 5", 'count(t where t.name == "from a formula") == 1', 'count(t where t.name == "#N/A") == 1',
              "count(t where t.day >= 2017-03-01) == 2"]
    with e2e.ProjectCopy() as copy:
        parts = dict(wb.xlsx_parts([wb.Sheet("S", {})]))
        parts["xl/worksheets/sheet1.xml"] = sheet
        wb.write_zip(copy.path("w.xlsx"), parts.items())
        run = run_json(copy, binary, claims_for('table t from "w.xlsx"', checks))
        if suite.check(run.stdout.startswith("{"), run.describe()):
            suite.equal([v for _, v, _ in results(run)], ["pass"] * len(checks), "cells without references, of each type")


def test_sheets_and_ranges(binary, suite):
    sheets = [wb.Sheet("First", {3: [None, "a", "b"], 4: [None, wb.Num("1"), wb.Num("2")], 6: [None, wb.Num("3"), wb.Num("4")]}),
              wb.Sheet('Bob\'s "best" sheet', {1: ["a", "b"], 2: [wb.Num("10"), wb.Num("20")], 3: [wb.Num("30"), wb.Num("40")]})]
    cases = [('table t from "s.xlsx"', "sum(t.a) == 4"),  # the first sheet, its used area B3:C6
             ('table t from "s.xlsx" range "B4:C6"', "count(t) == 1"),  # row 4 the header
             ('table t from "s.xlsx" sheet "Bob\'s \\"best\\" sheet"', "sum(t.b) == 60"),
             ('table t from "s.xlsx" sheet "Bob\'s \\"best\\" sheet" range "B1:B"', "sum(t.b) == 60"),
             ('table t from "s.ods" sheet "Bob\'s \\"best\\" sheet" range "A2:B3"', "count(t) == 1")]
    with e2e.ProjectCopy() as copy:
        wb.xlsx(copy.path("s.xlsx"), sheets)
        wb.ods(copy.path("s.ods"), sheets)
        for table_line, check in cases:
            run = run_json(copy, binary, claims_for(table_line, [check]))
            if suite.check(run.stdout.startswith("{"), f"{table_line}: {run.describe()}"):
                suite.equal(results(run)[0][1], "pass", f"{table_line}: {check}")


def bomb(path):
    """A workbook whose sheet claims to unpack to 4 GB: the size in both of its zip headers."""
    wb.xlsx(path, wb.release_sheets())
    data = bytearray(pathlib.Path(path).read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet2.xml")
    local = info.header_offset
    data[local + 22:local + 26] = (0xFFFFFF00).to_bytes(4, "little")
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_length] == b"xl/worksheets/sheet2.xml":
            data[central + 24:central + 28] = (0xFFFFFF00).to_bytes(4, "little")
        central = data.find(b"PK\x01\x02", central + 4)
    pathlib.Path(path).write_bytes(bytes(data))


def test_errors(binary, suite):
    with e2e.ProjectCopy() as copy:
        wb.xlsx(copy.path("r.xlsx"), wb.release_sheets())
        copy.path("r.csv").write_text(wb.release_csv(), encoding="utf-8")
        bomb(copy.path("bomb.xlsx"))
        parts = dict(wb.xlsx_parts(wb.release_sheets()))
        parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet2.xml"].replace("</sheetData>", "</sheetdata>")
        wb.write_zip(copy.path("corrupt.xlsx"), parts.items())
        copy.path("zip.xlsx").write_text("Force,Offences\n", encoding="utf-8")
        big_row = "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell office:value-type=\"string\" " \
                  "table:number-columns-repeated=\"16384\"><text:p>x</text:p></table:table-cell></table:table-row>"
        content = dict(wb.ods_parts([wb.Sheet("S", {1: ["a"]})]))["content.xml"].replace(
            "<table:table-row>", big_row + "<table:table-row>", 1)
        wb.write_zip(copy.path("big.ods"), [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                           ("content.xml", content)])
        cases = [
            ('table t from "r.xlsx" sheet "Table 9"', "t.claims:1:29: error: no sheet \"Table 9\" in the workbook; "
             "its sheets are \"Notes\", \"Table 3\""),
            ('table t from "r.xlsx" sheet "Table 3" range "A5-E60"', "t.claims:1:45: error: range \"A5-E60\" is not a range"),
            ('table t from "r.xlsx" sheet "Table 3" range "A100:E200"', "t.claims:1:45: error: range \"A100:E200\" holds no "
             "cell of sheet \"Table 3\", whose cells are in A1:E9"),
            ('table t from "r.csv" sheet "Table 3"', "t.claims:1:28: error: a sheet is for spreadsheets (.xlsx, .ods)"),
            ('table t from "r.xlsx" delimiter ";"', "t.claims:1:1: error: a delimiter is for CSV files"),
            ('table t from "zip.xlsx"', "t.claims:1:1: error: cannot read zip.xlsx: not a workbook: not a zip archive"),
            ('table t from "corrupt.xlsx" sheet "Table 3"', "cannot read corrupt.xlsx: xl/worksheets/sheet2.xml: "
             "not well-formed XML at line 2: mismatched tag"),
            ('table t from "bomb.xlsx" sheet "Table 3"', "t.claims:1:1: error: the workbook's part xl/worksheets/sheet2.xml unpacks to "
             "4294967040 bytes, over the limit"),
            ('table t from "big.ods"', "t.claims:1:1: error: the workbook's sheet has more than 4000000 cells"),
        ]
        for table_line, expected in cases:
            copy.path("t.claims").write_text(claims_for(table_line, ["count(t) > 0"]), encoding="utf-8")
            run = copy.run(binary, "check", "t.claims")
            suite.equal(run.status, 2, f"{table_line}: exit status\n  {run.describe()}")
            suite.check(expected in run.stderr, f"{table_line}: expected {expected!r} in\n{run.stderr}")
        # A bad cell, by its sheet and reference; --lenient skips its row and says so.
        bad = wb.release_sheets()
        bad[1].rows[8][1] = "n/a"
        wb.xlsx(copy.path("release.xlsx"), bad)
        copy.path("t.claims").write_text(claims_for('table t from "release.xlsx" sheet "Table 3" range "A5:E60":\n'
                                                    '  column offences_2016 integer', ["sum(t.offences_2016) > 0"]),
                                         encoding="utf-8")
        run = copy.run(binary, "check", "t.claims")
        suite.check('release.xlsx: error: sheet "Table 3" cell B8: text in an integer column: "n/a"' in run.stderr,
                    f"the bad cell named:\n{run.stderr}")
        # A suppression marker in a sheet's cell withholds the figure, as in a CSV file's, named by sheet and row.
        marked = wb.release_sheets()
        marked[1].rows[8][1] = "[x]"
        wb.xlsx(copy.path("marked.xlsx"), marked)
        copy.path("m.claims").write_text(claims_for('table t from "marked.xlsx" sheet "Table 3" range "A5:E":\n'
                                                    '  column offences_2016 integer', ["sum(t.offences_2016) == 4080"]),
                                         encoding="utf-8")
        run = copy.run(binary, "check", "m.claims")
        suite.check('unverifiable' in run.stdout and '(marked.xlsx sheet "Table 3" row 8)' in run.stdout,
                    f"a withheld cell makes the sum unverifiable:\n  {run.describe()}")
        lenient = copy.run(binary, "check", "t.claims", "--lenient", "--format", "json")
        if suite.check(lenient.stdout.startswith("{"), lenient.describe()):
            suite.equal(lenient.json()["tables"][0]["skipped"], 1, "--lenient skips the bad row")
            suite.equal(lenient.json()["claims"][0]["verdict"], "warn", "--lenient: a pass on skipped rows warns")


def test_explain_names_sheet_rows(binary, suite):
    with e2e.ProjectCopy() as copy:
        wb.xlsx(copy.path("release.xlsx"), wb.release_sheets())
        copy.path("t.claims").write_text(claims_for('table t from "release.xlsx" sheet "Table 3" range "A5:E"',
                                                    ['sum(t.offences_2017 where t.force == "Kent" or t.rate > 0.2) == 3193']),
                                         encoding="utf-8")
        run = copy.run(binary, "explain", "t.claims:4")
        suite.check('2 rows, first release.xlsx sheet "Table 3" row 7, last release.xlsx sheet "Table 3" row 8' in run.stdout,
                    f"explain names the rows by sheet and row:\n  {run.describe()}")


def test_committed_fixtures(binary, suite):
    """tests/bad/data's workbooks are what make_workbooks.py writes."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        wb.bad_data(d)
        for made in sorted(pathlib.Path(d).iterdir()):
            committed = e2e.ROOT / "tests" / "bad" / "data" / made.name
            suite.check(committed.exists() and committed.read_bytes() == made.read_bytes(),
                        f"{committed} is not what make_workbooks.py bad-data writes: run it again")


def main():
    binary = e2e.binary_from_argv()
    suite = e2e.Suite("sheets")
    for test in (test_same_as_csv, test_values, test_cells_as_writers_write_them, test_sheets_and_ranges, test_errors,
                 test_explain_names_sheet_rows, test_committed_fixtures):
        suite.run_test(test, binary, suite)
    suite.finish()


if __name__ == "__main__":
    main()
